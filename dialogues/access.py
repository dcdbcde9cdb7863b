"""Who reaches dialogue records: the dialogue team and the city's admins (no personal data here)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import memberships_of
from core.models import Organisation, Role, User

from .models import Dialogue, Initiative, SupportGroupActivity, SupportGroupMember

EDITORS = (Role.DIALOGUE_TEAM, Role.ADMIN)


def is_dialogue_editor(user: User) -> bool:
    """The city's dialogue team and admins (both roles exist only in the city)."""
    return any(m.role in EDITORS and m.organisation.kind == Organisation.Kind.CITY for m in memberships_of(user))


def dialogues_for_user(user: User) -> QuerySet[Dialogue]:
    if is_dialogue_editor(user):
        return Dialogue.objects.select_related("accommodation", "district")
    return Dialogue.objects.none()


def initiatives_for_user(user: User) -> QuerySet[Initiative]:
    if is_dialogue_editor(user):
        return Initiative.objects.select_related("dialogue")
    return Initiative.objects.none()


def support_group_members_for_user(user: User) -> QuerySet[SupportGroupMember]:
    """The Support Group Refugees' members are named people: the dialogue team's only."""
    if is_dialogue_editor(user):
        return SupportGroupMember.objects.all()
    return SupportGroupMember.objects.none()


def support_group_activities_for_user(user: User) -> QuerySet[SupportGroupActivity]:
    if is_dialogue_editor(user):
        return SupportGroupActivity.objects.prefetch_related("members")
    return SupportGroupActivity.objects.none()


def get_dialogue_for_user(user: User, pk: int) -> Dialogue:
    return get_object_or_404(dialogues_for_user(user), pk=pk)
