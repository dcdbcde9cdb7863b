"""Who reaches dialogue records: the dialogue team and the city's admins (no personal data here)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import has_role
from core.models import Role

from .models import Dialogue

EDITORS = (Role.DIALOGUE_TEAM, Role.ADMIN)


def dialogues_for_user(user: Any) -> QuerySet[Dialogue]:
    if has_role(user, *EDITORS):
        return Dialogue.objects.select_related("accommodation", "district")
    return Dialogue.objects.none()


def get_dialogue_for_user(user: Any, pk: int) -> Dialogue:
    return get_object_or_404(dialogues_for_user(user), pk=pk)
