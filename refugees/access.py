"""The access chokepoint for accommodations and occupancy."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import has_role, is_city_admin, organisation_ids_for_role
from core.models import ROLE_KINDS, Organisation, Role, User

from .models import Accommodation, IntegrationPlan, IntegrationStaffing

READERS = (Role.ADMIN, Role.REPORT_VIEWER, Role.OPERATOR)


def accommodations_for_user(user: User) -> QuerySet[Accommodation]:
    base = Accommodation.objects.select_related("district", "operator")
    if is_city_admin(user) or has_role(user, Role.REPORT_VIEWER):
        # The city sees every accommodation (figures, no personal data).
        return base
    # Operators see their own.
    return base.filter(operator_id__in=organisation_ids_for_role(user, Role.OPERATOR))


def accommodations_for_change(user: User) -> QuerySet[Accommodation]:
    """Figures are kept by the operator; the city's admins may correct them."""
    base = Accommodation.objects.select_related("district", "operator")
    if is_city_admin(user):
        return base
    return base.filter(operator_id__in=organisation_ids_for_role(user, Role.OPERATOR))


def get_accommodation_for_user(user: User, pk: int) -> Accommodation:
    return get_object_or_404(accommodations_for_user(user), pk=pk)


def accommodations_for_plans(user: User) -> QuerySet[Accommodation]:
    """Where a plan's person may live: an integration manager follows the person, not one
    operator's houses, so every accommodation not yet closed (names and addresses of houses,
    nothing about people). Nobody else starts plans."""
    if not has_role(user, Role.INTEGRATION_MANAGER):
        return Accommodation.objects.none()
    return Accommodation.objects.select_related("district").exclude(status=Accommodation.Status.CLOSED)


def plans_for_counts(user: User) -> QuerySet[IntegrationPlan]:
    """The plans behind the published counts (per organisation, no plan shown): the city's admins
    and report viewers, and integration managers."""
    if is_city_admin(user) or has_role(user, Role.REPORT_VIEWER, Role.INTEGRATION_MANAGER):
        return IntegrationPlan.objects.all()
    return IntegrationPlan.objects.none()


def plans_for_user(user: User) -> QuerySet[IntegrationPlan]:
    """Only the managing organisation's integration managers read plans; everybody else sees counts."""
    org_ids = organisation_ids_for_role(user, Role.INTEGRATION_MANAGER)
    return IntegrationPlan.objects.select_related("manager", "accommodation").filter(
        organisation_id__in=org_ids, anonymised_at=None
    )


def get_plan_for_user(user: User, pk: int) -> IntegrationPlan:
    return get_object_or_404(plans_for_user(user), pk=pk)


def staffing_organisations_for_user(user: User) -> QuerySet[Organisation]:
    """Whose integration-management staffing a user records: the city's admins any organisation's
    that can hold integration managers, an integration manager their own organisations'."""
    kinds = ROLE_KINDS[Role.INTEGRATION_MANAGER]
    base = Organisation.objects.filter(kind__in=kinds, is_active=True).order_by("name")
    if is_city_admin(user):
        return base
    return base.filter(pk__in=organisation_ids_for_role(user, Role.INTEGRATION_MANAGER))


def staffing_for_user(user: User) -> QuerySet[IntegrationStaffing]:
    return IntegrationStaffing.objects.select_related("organisation").filter(
        organisation__in=staffing_organisations_for_user(user))
