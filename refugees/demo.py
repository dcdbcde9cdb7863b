"""Demo accommodations in all 23 districts and monthly occupancy that follows the published
totals (May 2014: 1,815; 1 July 2016: 8,141, the peak; Aug 2017: 7,362), linear in between."""

from __future__ import annotations

import random
from datetime import date
from typing import TextIO

from core.models import District, Organisation

from .models import Accommodation, Occupancy

ANCHORS = [
    (date(2014, 5, 1), 1815), (date(2015, 11, 1), 5400), (date(2016, 7, 1), 8141), (date(2016, 11, 1), 7874),
    (date(2017, 2, 1), 7827), (date(2017, 5, 1), 7672), (date(2017, 7, 1), 7574), (date(2017, 8, 1), 7362),
    (date(2017, 12, 1), 7100),
]
SIZES = {"small": 60, "large": 120}


def months(start: date, end: date) -> list[date]:
    out, current = [], start
    while current <= end:
        out.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return out


def total_for(month: date) -> int:
    for (d0, v0), (d1, v1) in zip(ANCHORS, ANCHORS[1:], strict=False):
        if d0 <= month <= d1:
            span = (d1 - d0).days or 1
            return round(v0 + (v1 - v0) * (month - d0).days / span)
    return ANCHORS[-1][1]


def seed(*, scale: str, rng: random.Random, password: str, stdout: TextIO) -> None:
    operators = list(Organisation.objects.filter(kind=Organisation.Kind.WELFARE).order_by("name"))
    districts = list(District.objects.order_by("name"))
    if not operators or Accommodation.objects.exists():
        return
    kinds = [k for k, _ in Accommodation.Kind.choices]
    places = []
    for i in range(SIZES[scale]):
        places.append(Accommodation.objects.create(
            name=f"Unterkunft {districts[i % len(districts)].name} {i // len(districts) + 1}",
            address=f"{rng.choice(['Am Bach', 'Lindenstraße', 'Wiesenweg', 'Hauptstraße'])} {rng.randint(1, 120)}",
            district=districts[i % len(districts)], operator=operators[i % len(operators)],
            kind=kinds[i % len(kinds)], capacity=rng.choice([150, 180, 200, 220, 250]),
            opened_on=date(2014, 1, 1),
        ))
    total_capacity = sum(p.capacity for p in places)
    rows = []
    for month in months(ANCHORS[0][0], ANCHORS[-1][0]):
        total = total_for(month)
        shares = [total * p.capacity // total_capacity for p in places]
        for i in range(total - sum(shares)):  # the rounding remainder, so the city total is exact
            shares[i % len(shares)] += 1
        rows += [Occupancy(accommodation=p, month=month, residents=s) for p, s in zip(places, shares, strict=True)]
    Occupancy.objects.bulk_create(rows, batch_size=5000)
    stdout.write(f"  accommodations: {len(places)}, occupancy rows: {len(rows)}\n")
