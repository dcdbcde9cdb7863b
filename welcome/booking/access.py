"""The access chokepoint for Welcome Center records: every view goes through these."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import acting_organisation, is_city_admin, organisation_ids_for_role
from core.models import Role, User

from ..models import Appointment, CounsellorOffer


def own_offer_for_user(user: User) -> CounsellorOffer:
    """The counsellor's own booking offer in their first counselling organisation. Before its first
    save it is not in the database: the page shows these defaults, and reading it writes nothing."""
    organisation = acting_organisation(user, Role.COUNSELLOR)
    offer = CounsellorOffer.objects.filter(counsellor=user, organisation=organisation).first()
    return offer or CounsellorOffer(counsellor=user, organisation=organisation, languages=["de"],
                                    channels=["in_person"])


def appointments_for_user(user: User | AnonymousUser) -> QuerySet[Appointment]:
    """Appointments the user may see: city admins all; counsellors their organisations'. (Anonymous: none;
    welcome/booking/views.py still passes HttpRequest.user, not StaffRequest's.)"""
    base = Appointment.objects.select_related("topic", "counsellor")
    if is_city_admin(user):
        return base
    return base.filter(organisation_id__in=organisation_ids_for_role(user, Role.COUNSELLOR))


def get_appointment_for_user(user: User | AnonymousUser, pk: int) -> Appointment:
    return get_object_or_404(appointments_for_user(user), pk=pk)


def get_own_appointment(user: User, pk: int) -> Appointment:
    """Counsellors mark only their own appointments as held or no-show."""
    return get_object_or_404(appointments_for_user(user).filter(counsellor_id=user.pk), pk=pk)


