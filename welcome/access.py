"""The access chokepoint for Welcome Center records: every view goes through these."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import is_city_admin, organisation_ids_for_role
from core.models import Organisation, Role, User

from .models import Appointment, Consultation, CounsellorOffer, GroupEvent
from .models.consultations import ConsultationQuerySet


def counsellor_organisations(user: Any) -> QuerySet[Organisation]:
    """Organisations the user may log consultations for."""
    return Organisation.objects.filter(id__in=organisation_ids_for_role(user, Role.COUNSELLOR))


def consultations_for_user(user: Any) -> ConsultationQuerySet:
    """Consultations the user may read."""
    if is_city_admin(user):
        # The city's admins read every organisation's consultations (no personal data on them).
        return Consultation.objects.with_relations()
    org_ids = organisation_ids_for_role(user, Role.COUNSELLOR)
    if org_ids:
        # Counsellors read their own organisations' consultations.
        return Consultation.objects.with_relations().filter(organisation_id__in=org_ids)
    # Every other role sees statistics, never the records.
    return Consultation.objects.none()


def get_consultation_for_user(user: Any, pk: int) -> Consultation:
    return get_object_or_404(consultations_for_user(user), pk=pk)


def get_consultation_for_change(user: Any, pk: int) -> Consultation:
    """Only the counsellor who logged a consultation changes or deletes it, while still a counsellor there."""
    org_ids = organisation_ids_for_role(user, Role.COUNSELLOR)
    return get_object_or_404(
        Consultation.objects.with_relations().filter(counsellor=user, organisation_id__in=org_ids), pk=pk
    )


def own_offer_for_user(user: User) -> CounsellorOffer:
    """The counsellor's own booking offer in their first counselling organisation. Before its first
    save it is not in the database: the page shows these defaults, and reading it writes nothing."""
    organisation = counsellor_organisations(user).first()
    offer = CounsellorOffer.objects.filter(counsellor=user, organisation=organisation).first()
    return offer or CounsellorOffer(counsellor=user, organisation=organisation, languages=["de"],
                                    channels=["in_person"])


def appointments_for_user(user: Any) -> QuerySet[Appointment]:
    """Appointments the user may see: city admins all; counsellors their organisations'."""
    base = Appointment.objects.select_related("topic", "counsellor")
    if is_city_admin(user):
        return base
    return base.filter(organisation_id__in=organisation_ids_for_role(user, Role.COUNSELLOR))


def get_appointment_for_user(user: Any, pk: int) -> Appointment:
    return get_object_or_404(appointments_for_user(user), pk=pk)


def get_own_appointment(user: Any, pk: int) -> Appointment:
    """Counsellors mark only their own appointments as held or no-show."""
    return get_object_or_404(appointments_for_user(user).filter(counsellor_id=user.pk), pk=pk)


def group_events_for_user(user: Any) -> QuerySet[GroupEvent]:
    """Events the user may manage: city admins all, counsellors their organisations' events."""
    if is_city_admin(user):
        return GroupEvent.objects.select_related("organisation", "theme")
    org_ids = organisation_ids_for_role(user, Role.COUNSELLOR)
    return GroupEvent.objects.select_related("organisation", "theme").filter(organisation_id__in=org_ids)


def get_group_event_for_user(user: Any, pk: int) -> GroupEvent:
    return get_object_or_404(group_events_for_user(user), pk=pk)


def event_organisations(user: Any) -> QuerySet[Organisation]:
    if is_city_admin(user):
        return Organisation.objects.filter(is_active=True)
    return counsellor_organisations(user)
