"""The access chokepoint for Welcome Center records: every view goes through these."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import is_city_admin, organisation_ids_for_role, organisations_for_role
from core.models import Organisation, Role, User

from ..models import Consultation
from .models import ConsultationQuerySet


def counsellor_organisations(user: User) -> QuerySet[Organisation]:
    """Organisations the user may log consultations for."""
    return organisations_for_role(user, Role.COUNSELLOR)


def consultations_for_user(user: User) -> ConsultationQuerySet:
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


def get_consultation_for_user(user: User, pk: int) -> Consultation:
    return get_object_or_404(consultations_for_user(user), pk=pk)


def get_consultation_for_change(user: User, pk: int) -> Consultation:
    """Only the counsellor who logged a consultation changes or deletes it, while still a counsellor there."""
    org_ids = organisation_ids_for_role(user, Role.COUNSELLOR)
    return get_object_or_404(
        Consultation.objects.with_relations().filter(counsellor=user, organisation_id__in=org_ids), pk=pk
    )


