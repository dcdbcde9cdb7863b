"""Free appointment slots, generated in Europe/Berlin wall-clock time and returned in UTC.

Wall-clock arithmetic on aware datetimes keeps a 09:00 slot at 09:00 on both sides of the
changes to and from summer time (last Sundays of March and October).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from ..models import Appointment, AvailabilityException, CentreClosure, CounsellorOffer, Topic

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class Slot:
    counsellor_id: int
    organisation_id: int
    starts_at: datetime
    ends_at: datetime

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(BERLIN)


@lru_cache(maxsize=8)
def public_holidays(year: int) -> holidays.HolidayBase:
    return holidays.Germany(subdiv="BW", years=year)


def is_closed(day: date, closures: set[date]) -> bool:
    return day in public_holidays(day.year) or day in closures


def _blocks(offer: CounsellorOffer, day: date) -> list[tuple[time, time]]:
    blocks = [(h.starts, h.ends) for h in offer.hours.all() if h.weekday == day.weekday()]
    for exc in offer.exceptions.all():
        if exc.date != day:
            continue
        if exc.kind == AvailabilityException.Kind.EXTRA and exc.starts and exc.ends:
            blocks.append((exc.starts, exc.ends))
        elif exc.kind == AvailabilityException.Kind.ABSENCE:
            if exc.starts is None or exc.ends is None:
                return []
            blocks = _subtract(blocks, exc.starts, exc.ends)
    return sorted(blocks)


def _subtract(blocks: list[tuple[time, time]], start: time, end: time) -> list[tuple[time, time]]:
    out = []
    for b_start, b_end in blocks:
        if end <= b_start or start >= b_end:
            out.append((b_start, b_end))
            continue
        if b_start < start:
            out.append((b_start, start))
        if end < b_end:
            out.append((end, b_end))
    return out


def free_slots(
    *, topic: Topic, language: str, channel: str, start: date, days: int, now: datetime | None = None,
    offers: list[CounsellorOffer] | None = None,
) -> list[Slot]:
    now = now or timezone.now()
    earliest = now + timedelta(minutes=settings.PORTAL_BOOKING_LEAD_MINUTES)
    if offers is None:
        offers = list(
            CounsellorOffer.objects.filter(
                is_active=True, topics=topic, languages__contains=[language], channels__contains=[channel]
            ).prefetch_related("hours", "exceptions")
        )
    if not offers:
        return []
    end = start + timedelta(days=days)
    window_start = datetime.combine(start, time.min, tzinfo=BERLIN)
    window_end = datetime.combine(end, time.min, tzinfo=BERLIN)
    closures = set(CentreClosure.objects.filter(date__gte=start, date__lt=end).values_list("date", flat=True))
    busy: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for counsellor_id, b_start, b_end, b_topic_buffer in Appointment.objects.filter(
        counsellor_id__in=[o.counsellor_id for o in offers], status__in=Appointment.BLOCKING,
        starts_at__lt=window_end, ends_at__gt=window_start,
    ).values_list("counsellor_id", "starts_at", "ends_at", "topic__buffer_minutes"):
        busy[counsellor_id].append((b_start, b_end + timedelta(minutes=b_topic_buffer)))
    length = timedelta(minutes=topic.slot_minutes)
    step = length + timedelta(minutes=topic.buffer_minutes)
    slots: list[Slot] = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        if is_closed(day, closures):
            continue
        for offer in offers:
            for from_time, until_time in _blocks(offer, day):
                cursor = datetime.combine(day, from_time, tzinfo=BERLIN)
                block_end = datetime.combine(day, until_time, tzinfo=BERLIN)
                block_end_utc = block_end.astimezone(UTC)
                while cursor < block_end:
                    s_utc = cursor.astimezone(UTC)
                    e_utc = s_utc + length  # elapsed time, even across a clock change
                    if e_utc > block_end_utc:
                        break
                    # 02:30 on the last Sunday of March does not exist; skip it rather than
                    # let it alias 03:30.
                    exists = s_utc.astimezone(BERLIN).replace(tzinfo=None) == cursor.replace(tzinfo=None)
                    taken = any(s_utc < be and bs < e_utc for bs, be in busy[offer.counsellor_id])
                    if exists and s_utc >= earliest and not taken:
                        slots.append(Slot(offer.counsellor_id, offer.organisation_id, s_utc, e_utc))
                    cursor += step  # wall-clock steps: 09:00, 10:00 ... on both sides of a change
    slots.sort(key=lambda s: (s.starts_at, s.counsellor_id))
    return slots


def first_free_per_time(slots: list[Slot]) -> list[Slot]:
    """What the public sees: one entry per start time (the newcomer chooses a time, not a person)."""
    seen: set[datetime] = set()
    out = []
    for slot in slots:
        if slot.starts_at not in seen:
            seen.add(slot.starts_at)
            out.append(slot)
    return out


# The public slot page computes a week of slots for every matching counsellor; the result is kept
# briefly and dropped whenever a booking, an offer, hours, an absence or a closure changes. Booking
# itself always recomputes (appointment_hold), and the database constraint has the last word.
SLOTS_VERSION_KEY = "slots-version"


def _slots_version() -> int:
    version = cache.get(SLOTS_VERSION_KEY)
    if version is None:
        cache.add(SLOTS_VERSION_KEY, 1, timeout=None)
        version = cache.get(SLOTS_VERSION_KEY) or 1
    return int(version)


def slots_changed(*args: object, **kwargs: object) -> None:
    try:
        cache.incr(SLOTS_VERSION_KEY)
    except ValueError:
        cache.set(SLOTS_VERSION_KEY, 1, timeout=None)


def cached_free_slots(*, topic: Topic, language: str, channel: str, start: date, days: int) -> list[Slot]:
    key = f"slots:{_slots_version()}:{topic.pk}:{language}:{channel}:{start.isoformat()}:{days}"
    found = cache.get(key)
    if found is None:
        found = free_slots(topic=topic, language=language, channel=channel, start=start, days=days)
        cache.set(key, found, timeout=settings.PORTAL_SLOTS_CACHE_SECONDS)
    earliest = timezone.now() + timedelta(minutes=settings.PORTAL_BOOKING_LEAD_MINUTES)
    return [slot for slot in found if slot.starts_at >= earliest]
