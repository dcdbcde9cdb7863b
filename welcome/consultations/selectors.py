"""Reads of the Welcome Center that are more than one line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from django.db.models import QuerySet, StringAgg, Value
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from ..models import Consultation
from .models import ConsultationQuerySet

PAGE_SIZES = (25, 50, 100, 200)


def consultation_filter(qs: ConsultationQuerySet, data: dict[str, Any]) -> ConsultationQuerySet:
    tz = timezone.get_current_timezone()
    if data.get("date_from"):
        qs = qs.filter(held_at__gte=datetime.combine(data["date_from"], time.min, tzinfo=tz))
    if data.get("date_to"):
        qs = qs.filter(held_at__lte=datetime.combine(data["date_to"], time.max, tzinfo=tz))
    if data.get("topic"):
        qs = qs.filter(topics=data["topic"])
    for field in ("language", "channel", "target_group", "counsellor", "organisation"):
        if data.get(field):
            qs = qs.filter(**{field: data[field]})
    return qs


@dataclass
class Page:
    rows: list[Consultation]
    next_cursor: str


def encode_cursor(row: Consultation) -> str:
    return f"{row.held_at.isoformat()}_{row.pk}"


def decode_cursor(cursor: str) -> tuple[datetime, int] | None:
    stamp, _, pk = cursor.rpartition("_")
    when = parse_datetime(stamp) if stamp else None
    if when is None or not pk.isdigit():
        return None
    return when, int(pk)


def consultation_page(qs: ConsultationQuerySet, *, cursor: str, size: int) -> Page:
    """Keyset pagination on (held_at, id): the same cost on page 1 and 900,000 rows deep."""
    position = decode_cursor(cursor) if cursor else None
    if position:
        qs = qs.keyset_before(*position)
    rows = list(qs.order_by("-held_at", "-id")[: size + 1])
    has_more = len(rows) > size
    rows = rows[:size]
    return Page(rows=rows, next_cursor=encode_cursor(rows[-1]) if has_more and rows else "")


def consultation_day(qs: QuerySet[Consultation], *, day: date) -> QuerySet[Consultation]:
    tz = timezone.get_current_timezone()
    return qs.filter(
        held_at__gte=datetime.combine(day, time.min, tzinfo=tz), held_at__lte=datetime.combine(day, time.max, tzinfo=tz)
    ).order_by("held_at", "id")


EXPORT_COLUMNS = (
    "id", "held_at", "organisation", "counsellor", "channel", "language", "topics", "target_group",
    "country_of_origin", "duration_minutes", "referrals", "client_code", "outcome_note",
)


def consultation_export_rows(qs: QuerySet[Consultation], *, lang: str) -> Iterator[tuple[Any, ...]]:
    """One tuple per consultation, from one server-side cursor: constant memory for any size."""
    name = f"name_{lang}" if lang else "name"
    rows = (
        qs.order_by()
        .select_related(None)
        .prefetch_related(None)
        .annotate(
            topic_names=StringAgg(f"topics__{name}", delimiter=Value("; "), distinct=True),
            referral_names=StringAgg(f"referrals__{name}", delimiter=Value("; "), distinct=True),
        )
        .values_list(
            "id", "held_at", "organisation__name", "counsellor__email", "channel", "language", "topic_names",
            f"target_group__{name}", "country_of_origin", "duration_minutes", "referral_names", "client_code",
            "outcome_note",
        )
        .order_by("-held_at", "-id")
    )
    tz = timezone.get_current_timezone()
    for row in rows.iterator(chunk_size=5000):
        yield (row[0], timezone.localtime(row[1], tz).replace(tzinfo=None), *row[2:])
