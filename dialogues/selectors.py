from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Avg, Count, F, QuerySet

from .models import Dialogue, Initiative, Proposal


def dialogue_figures(dialogues: QuerySet[Dialogue], *, start: date | None = None, end: date | None = None) -> dict:
    """Dialogues held and average participants; proposals by status; initiatives that grew out."""
    if start:
        dialogues = dialogues.filter(held_on__gte=start)
    if end:
        dialogues = dialogues.filter(held_on__lte=end)
    totals: dict[str, Any] = dialogues.aggregate(
        held=Count("id"), average=Avg(F("refugees") + F("staff") + F("volunteers") + F("neighbours")))
    by_status = dict(Proposal.objects.filter(dialogue__in=dialogues).values_list("status").annotate(n=Count("id")))
    return {
        "held": totals["held"], "average": round(totals["average"] or 0, 1), "proposals": by_status,
        "initiatives": Initiative.objects.filter(dialogue__in=dialogues).count(),
    }
