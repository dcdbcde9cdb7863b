"""The public directory search: filters on indexed columns, one page of rows, names in the
visitor's language."""

from __future__ import annotations

from typing import Any

from django.db.models import CharField, F, Q, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation

from .models import DirectoryEntry


def directory_search(filters: dict[str, Any]) -> QuerySet[DirectoryEntry]:
    lang = (translation.get_language() or "de").split("-")[0]
    entries = DirectoryEntry.objects.public().select_related("district")
    if filters.get("q"):
        text = filters["q"]
        entries = entries.filter(
            Q(**{f"name_{lang}__icontains": text}) | Q(name_de__icontains=text) | Q(provider__icontains=text)
            | Q(**{f"description_{lang}__icontains": text}) | Q(address__icontains=text)
        )
    if filters.get("kind"):
        entries = entries.filter(kind=filters["kind"])
    if filters.get("district"):
        entries = entries.filter(district_id=filters["district"])
    if filters.get("language"):
        entries = entries.filter(languages__contains=[filters["language"]])
    if filters.get("target_group"):
        entries = entries.filter(target_groups__id=filters["target_group"])
    if filters.get("level"):
        entries = entries.filter(levels__contains=[filters["level"]])
    if filters.get("schedule"):
        entries = entries.filter(schedules__contains=[filters["schedule"]])
    if filters.get("counselling_type"):
        entries = entries.filter(counselling_type=filters["counselling_type"])
    if filters.get("club_category"):
        entries = entries.filter(club_category=filters["club_category"])
    if filters.get("integration_course"):
        entries = entries.filter(is_integration_course=True)
    if filters.get("childcare"):
        entries = entries.filter(childcare=True)
    if filters.get("free"):
        entries = entries.filter(is_free=True)
    if lang == "de":
        return entries.order_by("name_de", "id")  # the German source: indexed (directory_public_name_idx)
    label = Coalesce(NullIf(F(f"name_{lang}"), Value("")), F("name_de"), output_field=CharField())
    return entries.annotate(sort_name=label).order_by("sort_name", "id")
