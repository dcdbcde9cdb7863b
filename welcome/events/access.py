"""The access chokepoint for Welcome Center records: every view goes through these."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import is_city_admin, organisation_ids_for_role, organisations_for_role
from core.models import Organisation, Role, User

from ..models import GroupEvent
from .models import GroupEventQuerySet


def group_events_for_user(user: User) -> GroupEventQuerySet:
    """Events the user may manage: city admins all, counsellors their organisations' events."""
    if is_city_admin(user):
        return GroupEvent.objects.select_related("organisation", "theme")
    org_ids = organisation_ids_for_role(user, Role.COUNSELLOR)
    return GroupEvent.objects.select_related("organisation", "theme").filter(organisation_id__in=org_ids)


def get_group_event_for_user(user: User, pk: int) -> GroupEvent:
    return get_object_or_404(group_events_for_user(user), pk=pk)


def event_organisations(user: User) -> QuerySet[Organisation]:
    if is_city_admin(user):
        return Organisation.objects.filter(is_active=True)
    return organisations_for_role(user, Role.COUNSELLOR)
