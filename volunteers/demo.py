"""Demo volunteers and tandems matching the published figures: 85 welcome mentors, 190 tandems."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TextIO

from core.models import District, Organisation

from .models import Tandem, Volunteer

FIRST = ["Anna", "Jonas", "Leyla", "Peter", "Maria", "Omid", "Sabine", "Tarek", "Ute", "Yasmin"]
LAST = ["Maier", "Schmid", "Kaya", "Novak", "Haddad", "Fischer", "Rahimi", "Weber"]


def seed(*, scale: str, rng: random.Random, password: str, stdout: TextIO) -> None:
    city = Organisation.objects.filter(kind=Organisation.Kind.CITY).first()
    if city is None or Volunteer.objects.exists():
        return
    districts = list(District.objects.all())
    mentors = []
    for i in range(85):
        mentors.append(Volunteer.objects.create(
            organisation=city, name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", email=f"pate{i:03d}@welcome.example",
            languages=["de", *rng.sample(["en", "ar", "fa", "tr", "ru", "uk"], 2)], district=rng.choice(districts),
            interests=rng.choice(["Fußball Kochen", "Musik Wandern", "Schach Lesen", "Garten Fahrrad"]),
            roles=["welcome_mentor"], status="active", active_since=date(2016, 1, 1),
            consent_purpose="Koordination des Engagements",
        ))
    for i in range(90):
        Volunteer.objects.create(organisation=city, name=f"Sportpat*in {i:02d}", email=f"sport{i:02d}@welcome.example",
                                 roles=["sports_mentor"], status="active", consent_purpose="Koordination")
    tandems = []
    for i in range(190):
        proposed = date(2016, 3, 1) + timedelta(days=4 * i)
        ended = i < 150
        tandems.append(Tandem(
            organisation=city, mentor=mentors[i % 85], newcomer_reference=f"WT-{i:03d}",
            newcomer_languages=rng.sample(["ar", "fa", "ti", "ku"], 1), consent_given_on=proposed,
            status="ended" if ended else "active", proposed_on=proposed, started_on=proposed + timedelta(days=10),
            ended_on=proposed + timedelta(days=200) if ended else None,
            end_reason="Ziel erreicht" if ended else "",
        ))
    Tandem.objects.bulk_create(tandems)
    stdout.write("  welcome mentors: 85, sports mentors: 90, tandems: 190\n")
    seed_circles(stdout=stdout)


# Demo circles: the seeds count 39 circles in the districts but name none, so these are marked as
# demo entries in the directory; no contact person is published (none has consented).
DEMO_CIRCLES = ["Mitte", "Bad Cannstatt", "Feuerbach", "Vaihingen", "Zuffenhausen", "Ost"]


def seed_circles(*, stdout: TextIO) -> None:
    from .models import Circle
    from .services import circle_publish

    coordination = Organisation.objects.filter(kind=Organisation.Kind.CITY).first()
    if coordination is None or Circle.objects.exists():
        return
    for name in DEMO_CIRCLES:
        circle = Circle.objects.create(name=f"Freundeskreis Flüchtlinge {name} (Demo)")
        circle.districts.set(District.objects.filter(name=name))
        entry = circle_publish(actor=None, circle=circle, organisation=coordination)
        entry.is_demo = True
        entry.save(update_fields=["is_demo"])
    stdout.write(f"  volunteer circles in the directory: {len(DEMO_CIRCLES)}\n")
