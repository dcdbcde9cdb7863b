"""Occupancy figures: monthly totals, by district and operator, change on the previous year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Count, F, QuerySet, Sum

from .models import Accommodation, FimPlacement, Occupancy


@dataclass
class MonthTotal:
    month: date
    residents: int
    accommodations: int
    previous_year: int | None

    @property
    def change_percent(self) -> float | None:
        if not self.previous_year:
            return None
        return round((self.residents - self.previous_year) / self.previous_year * 100, 1)


def occupancy_for(accommodations: QuerySet[Accommodation]) -> QuerySet[Occupancy]:
    return Occupancy.objects.filter(accommodation__in=accommodations)


def monthly_totals(accommodations: QuerySet[Accommodation]) -> list[MonthTotal]:
    rows = (
        occupancy_for(accommodations).values("month")
        .annotate(residents=Sum("residents"), accommodations=Count("accommodation"))
        .order_by("month")
    )
    by_month = {r["month"]: r for r in rows}
    totals = []
    for month, r in by_month.items():
        previous = by_month.get(month.replace(year=month.year - 1))
        totals.append(MonthTotal(month, r["residents"], r["accommodations"],
                                 previous["residents"] if previous else None))
    return totals


def breakdown(accommodations: QuerySet[Accommodation], *, month: date, by: str) -> list[Any]:
    field = {"district": "accommodation__district__name", "operator": "accommodation__operator__name"}[by]
    return list(
        occupancy_for(accommodations).filter(month=month).values(label=F(field))
        .annotate(residents=Sum("residents"), accommodations=Count("accommodation"))
        .order_by("label")
    )


def fim_granted(year: int) -> dict[str, int]:
    from .models import FimGrant

    rows = FimGrant.objects.filter(year=year).values("kind").annotate(places=Sum("places"))
    return {r["kind"]: r["places"] for r in rows}


def fim_occupied(on: date) -> dict[str, int]:
    """Occupied places on a date: placements running that day, by kind."""
    rows = (FimPlacement.objects.filter(starts_on__lte=on, ends_on__gte=on)
            .values(kind=F("grant__kind")).annotate(occupied=Count("id")))
    return {r["kind"]: r["occupied"] for r in rows}


