"""Access chokepoint for volunteers and tandems: coordinators of the coordinating organisation."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import has_role, is_city_admin, organisation_ids_for_role
from core.models import Role, User

from .models import Circle, Tandem, TandemRequest, Volunteer


def volunteers_for_user(user: User) -> QuerySet[Volunteer]:
    if is_city_admin(user):
        return Volunteer.objects.select_related("district", "organisation")
    return Volunteer.objects.select_related("district", "organisation").filter(
        organisation_id__in=organisation_ids_for_role(user, Role.VOLUNTEER_COORDINATOR))


def tandems_for_user(user: User) -> QuerySet[Tandem]:
    if is_city_admin(user):
        return Tandem.objects.select_related("mentor", "newcomer_district")
    return Tandem.objects.select_related("mentor", "newcomer_district").filter(
        organisation_id__in=organisation_ids_for_role(user, Role.VOLUNTEER_COORDINATOR))


def tandem_requests_for_user(user: User) -> QuerySet[TandemRequest]:
    """Newcomers' requests: city admins all; volunteer coordinators their organisations'; nobody else any."""
    if is_city_admin(user):
        return TandemRequest.objects.select_related("organisation", "district", "tandem")
    if has_role(user, Role.VOLUNTEER_COORDINATOR):
        return TandemRequest.objects.select_related("organisation", "district", "tandem").filter(
            organisation_id__in=organisation_ids_for_role(user, Role.VOLUNTEER_COORDINATOR))
    return TandemRequest.objects.none()


def get_volunteer_for_user(user: User, pk: int) -> Volunteer:
    return get_object_or_404(volunteers_for_user(user), pk=pk)


def get_tandem_for_user(user: User, pk: int) -> Tandem:
    return get_object_or_404(tandems_for_user(user), pk=pk)


def get_tandem_request_for_user(user: User, pk: int) -> TandemRequest:
    return get_object_or_404(tandem_requests_for_user(user), pk=pk)


def circles_for_user(user: User) -> QuerySet[Circle]:
    """Volunteer circles are the city's list: every coordinator and the city's admins read it."""
    if is_city_admin(user) or has_role(user, Role.VOLUNTEER_COORDINATOR):
        return Circle.objects.prefetch_related("districts")
    return Circle.objects.none()


def can_change_circles(user: User) -> bool:
    """Only the city's coordination (and its admins) changes the city-wide list; a volunteer
    organisation's coordinator reads it."""
    from core.access import memberships_of
    from core.models import Organisation

    return is_city_admin(user) or any(
        m.role == Role.VOLUNTEER_COORDINATOR and m.organisation.kind == Organisation.Kind.CITY
        for m in memberships_of(user))


def circles_for_change(user: User) -> QuerySet[Circle]:
    return Circle.objects.prefetch_related("districts") if can_change_circles(user) else Circle.objects.none()
