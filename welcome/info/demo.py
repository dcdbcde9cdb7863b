"""Demo content of the public side: the place with its hours and closures, and a directory of
offers. Facts from the seeds only; invented details are marked as demo."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any, TextIO

from django.conf import settings
from django.utils import timezone

from core.models import District, Organisation

from ..directory.models import DirectoryEntry
from ..models import CentreClosure, TargetGroup
from .models import DemoField, OpeningHours, Place
from .texts import TEXTS

LANGS = [code for code, _name in settings.LANGUAGES]


def _tr(field: str, key: str) -> dict[str, str]:
    """``{field_de: ..., field_en: ...}`` for every language the demo text has."""
    return {f"{field}_{code}": text for code, text in TEXTS[key].items() if code in LANGS}


def seed_place(*, stdout: TextIO) -> Place:
    place = Place.objects.filter(sort_order=0).first()
    if place is None:
        place = Place(
            street="Charlottenplatz", postcode="70173", city="Stuttgart",
            postal_address="Eberhardstraße 61, 70173 Stuttgart",
            phone="+49 711 0000000", step_free=True,
            latitude=Decimal("48.77700"), longitude=Decimal("9.18150"),
            demo_fields=[DemoField.PHONE, DemoField.HOURS, DemoField.ENTRANCE, DemoField.ACCESS,
                         DemoField.TRANSPORT, DemoField.COORDINATES],
            **_tr("name", "place.name"), **_tr("building", "place.building"), **_tr("entrance", "place.entrance"),
            **_tr("access_notes", "place.access_notes"), **_tr("transport", "place.transport"),
        )
        place.save()
        # Demo hours: weekdays with a lunch break, a long Thursday.
        for weekday in range(5):
            OpeningHours.objects.create(place=place, weekday=weekday, opens=time(9), closes=time(12, 30))
            OpeningHours.objects.create(place=place, weekday=weekday, opens=time(13, 30),
                                        closes=time(18) if weekday == 3 else time(16))
    year = timezone.localdate().year
    for day, reason_de, reason_en in ((date(year, 12, 24), "Heiligabend", "Christmas Eve"),
                                      (date(year, 12, 31), "Silvester", "New Year's Eve")):
        CentreClosure.objects.get_or_create(date=day, defaults={"reason_de": reason_de, "reason_en": reason_en,
                                                                 "reason": reason_de})
    stdout.write(f"  places: {Place.objects.count()}\n")
    return place


# (key, kind, owner, extra fields); names and descriptions from texts.py.
DIRECTORY: list[tuple[str, str, str, dict[str, Any]]] = [
    ("integration-course", "german_course", "Stadt", {
        "provider": "vhs stuttgart", "levels": ["A1", "A2", "B1"], "is_integration_course": True,
        "schedules": ["morning", "evening"], "childcare": True, "is_free": False, "district": "Mitte",
        "languages": ["de"], "is_demo": True}),
    ("refugee-course", "german_course", "Stadt", {
        "provider": "Landeshauptstadt Stuttgart", "levels": ["A1", "A2"], "schedules": ["afternoon"],
        "childcare": True, "district": "Bad Cannstatt", "languages": ["de", "ar", "fa"], "is_demo": True,
        "target_groups": ["refugee"]}),
    ("job-course", "german_course", "Stadt", {
        "levels": ["B1", "B2", "C1"], "schedules": ["evening", "weekend"], "district": "Mitte",
        "languages": ["de"], "is_demo": True, "target_groups": ["skilled-worker", "refugee"]}),
    ("migration-service", "counselling", "Caritas", {
        "provider": "Caritasverband für Stuttgart", "counselling_type": "adult_migration", "district": "Mitte",
        "languages": ["de", "en", "ar", "tr"], "is_demo": True}),
    ("integration-management", "counselling", "Caritas", {
        "provider": "Caritasverband für Stuttgart", "counselling_type": "social", "languages": ["de", "ar", "fa"],
        "target_groups": ["refugee"]}),
    ("training-campus", "counselling", "Stadt", {
        "counselling_type": "work", "address": "Jägerstraße", "district": "Mitte",
        "target_groups": ["refugee"]}),
    ("forum-cultures", "club", "Stadt", {"club_category": "migrant_organisation"}),
    ("dtf", "club", "Stadt", {"club_category": "culture"}),
    ("djr", "club", "Stadt", {"club_category": "migrant_organisation"}),
    ("football", "club", "Stadt", {"club_category": "sport", "district": "Ost", "schedules": ["evening"],
                                   "is_demo": True, "target_groups": ["refugee"]}),
    ("swimming", "club", "Stadt", {"club_category": "sport", "district": "Bad Cannstatt", "women_only": True,
                                   "schedules": ["weekend"], "is_demo": True}),
]


def seed_directory(*, stdout: TextIO) -> None:
    if DirectoryEntry.objects.exists():
        return
    owners = {o.short_name: o for o in Organisation.objects.all()}
    districts = {d.name: d for d in District.objects.all()}
    groups = {g.slug: g for g in TargetGroup.objects.all()}
    for key, kind, owner, extra in DIRECTORY:
        if owner not in owners:
            continue
        extra = dict(extra)
        wanted_groups = extra.pop("target_groups", [])
        district = districts.get(extra.pop("district", ""))
        entry = DirectoryEntry(
            organisation=owners[owner], kind=kind, district=district,
            last_checked_on=timezone.localdate() - timedelta(days=30),
            **_tr("name", f"dir.{key}.name"), **_tr("description", f"dir.{key}.description"),
            **(_tr("cost_note", f"dir.cost.{key}") if f"dir.cost.{key}" in TEXTS else {}), **extra,
        )
        entry.save()
        entry.target_groups.set([groups[slug] for slug in wanted_groups if slug in groups])
    stdout.write(f"  directory entries: {DirectoryEntry.objects.count()}\n")


def seed(*, stdout: TextIO) -> Place:
    # The legal pages, channel instructions and what to bring come with migration welcome 0010.
    place = seed_place(stdout=stdout)
    seed_directory(stdout=stdout)
    return place
