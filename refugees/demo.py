"""Demo accommodations in all 23 districts and monthly occupancy that follows the published
totals (May 2014: 1,815; 1 July 2016: 8,141, the peak; Aug 2017: 7,362), linear in between
(flat after December 2017 at the large scale, which covers five years)."""

from __future__ import annotations

import random
from datetime import date
from typing import TextIO

from core.models import District, Organisation

from .models import Accommodation, Movement, Occupancy, Quota

ANCHORS = [
    (date(2014, 5, 1), 1815), (date(2015, 11, 1), 5400), (date(2016, 7, 1), 8141), (date(2016, 11, 1), 7874),
    (date(2017, 2, 1), 7827), (date(2017, 5, 1), 7672), (date(2017, 7, 1), 7574), (date(2017, 8, 1), 7362),
    (date(2017, 12, 1), 7100),
]
SIZES = {"small": 60, "large": 120}
GOAL_TEXTS = {
    "language": "Integrationskurs bis B1 abschließen", "work": "Praktikum und danach Ausbildungsplatz finden",
    "education": "Schulabschluss anerkennen lassen", "housing": "Eigene Wohnung finden",
    "health": "Hausarztpraxis finden", "social": "Sportverein im Stadtbezirk kennenlernen",
    "other": "Führerschein beginnen",
}


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
    # The large scale (benchmarks) keeps five years of monthly figures: May 2014 to April 2019.
    for month in months(ANCHORS[0][0], date(2019, 4, 1) if scale == "large" else ANCHORS[-1][0]):
        total = total_for(month)
        shares = [total * p.capacity // total_capacity for p in places]
        for i in range(total - sum(shares)):  # the rounding remainder, so the city total is exact
            shares[i % len(shares)] += 1
        rows += [Occupancy(accommodation=p, month=month, residents=s) for p, s in zip(places, shares, strict=True)]
    Occupancy.objects.bulk_create(rows, batch_size=5000)
    stdout.write(f"  accommodations: {len(places)}, occupancy rows: {len(rows)}\n")
    # The two figures of the report's first chapter the seeds state: the peak month's arrivals
    # (November 2015: 1,116) and the quota (Königsteiner Schlüssel: 6.47 %). No other month is invented.
    Movement.objects.create(month=date(2015, 11, 1), stage=Movement.Stage.PRELIMINARY,
                            direction=Movement.Direction.ARRIVAL, people=1116)
    Quota.objects.create(valid_from=date(2015, 1, 1), percent="6.47")
    seed_plans_and_fim(rng=rng, places=places, stdout=stdout)


def seed_plans_and_fim(*, rng: random.Random, places: list[Accommodation], stdout: TextIO) -> None:
    from datetime import timedelta

    from core.models import Membership, Role

    from .models import FimGrant, FimPlacement, Goal, GoalField, IntegrationPlan

    managers = list(Membership.objects.filter(role=Role.INTEGRATION_MANAGER).select_related("user", "organisation"))
    fields = [f for f, _ in GoalField.choices]
    statuses = [s for s, _ in Goal.Status.choices]
    for i in range(40 if managers else 0):
        m = managers[i % len(managers)]
        started = date(2018, 1, 1) + timedelta(days=rng.randint(0, 400))
        plan = IntegrationPlan.objects.create(
            organisation=m.organisation, manager=m.user, reference=f"IM-{started:%Y}-{i:03d}",
            birth_year=rng.randint(1960, 1999), country_of_origin=rng.choice(["SY", "AF", "IQ", "ER", "NG"]),
            languages=rng.choice(["ar, de", "fa, de", "ti, en", "ku, ar"]), accommodation=rng.choice(places),
            children=rng.choice([0, 0, 1, 2, 3]), started_on=started, consent_purpose="Integrationsmanagement",
            consent_given_on=started,
        )
        for field in rng.sample(fields, 2):
            Goal.objects.create(plan=plan, field=field, description=GOAL_TEXTS[field], status=rng.choice(statuses))
    internal = FimGrant.objects.create(year=2016, kind="internal", provider="accommodation",
                                       title="Arbeitsgelegenheiten in den Unterkünften", places=189)
    external = FimGrant.objects.create(year=2016, kind="external", provider="non_profit",
                                       title="Externe Arbeitsgelegenheiten", places=563)
    FimPlacement.objects.bulk_create(
        [FimPlacement(grant=internal, starts_on=date(2017, 6, 1), ends_on=date(2017, 11, 30)) for _ in range(167)]
        + [FimPlacement(grant=external, starts_on=date(2017, 7, 1), ends_on=date(2017, 12, 31)) for _ in range(153)]
    )
    stdout.write(f"  integration plans: {IntegrationPlan.objects.count()}, FIM grants: 2\n")
