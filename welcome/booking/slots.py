"""Free appointment slots, generated in Europe/Berlin wall-clock time and returned in UTC.

Wall-clock arithmetic on aware datetimes keeps a 09:00 slot at 09:00 on both sides of the
changes to and from summer time (last Sundays of March and October).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

import holidays
from django.conf import settings
from django.contrib.postgres.aggregates import ArrayAgg
from django.db import connection
from django.db.models import F, QuerySet
from django.utils import timezone

from core.versioned_cache import VersionedCache

from ..models import (
    Appointment,
    AvailabilityException,
    CentreClosure,
    CounsellorOffer,
    Place,
    Topic,
    WeeklyHours,
)

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
    return _day_blocks(
        [(h.starts, h.ends) for h in offer.hours.all() if h.weekday == day.weekday()],
        [(e.kind, e.starts, e.ends) for e in offer.exceptions.all() if e.date == day],
    )


def _day_blocks(weekly: list[tuple[time, time]],
                exceptions: list[tuple[str, time | None, time | None]]) -> list[tuple[time, time]]:
    """One day's blocks: the weekday's hours, with the day's extra hours added and absences taken out
    (in the exceptions' order: by start, a whole-day absence last)."""
    blocks = list(weekly)
    for kind, starts, ends in exceptions:
        if kind == AvailabilityException.Kind.EXTRA and starts and ends:
            blocks.append((starts, ends))
        elif kind == AvailabilityException.Kind.ABSENCE:
            if starts is None or ends is None:
                return []
            blocks = _subtract(blocks, starts, ends)
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


def _times(day: date, from_time: time, until_time: time, length: timedelta, step: timedelta,
           earliest: datetime) -> Iterator[tuple[datetime, datetime]]:
    """The start and end (UTC) of each slot of one block that exists and lies after ``earliest``."""
    cursor = datetime.combine(day, from_time, tzinfo=BERLIN)
    block_end = datetime.combine(day, until_time, tzinfo=BERLIN)
    block_end_utc = block_end.astimezone(UTC)
    while cursor < block_end:
        s_utc = cursor.astimezone(UTC)
        e_utc = s_utc + length  # elapsed time, even across a clock change
        if e_utc > block_end_utc:
            break
        # 02:30 on the last Sunday of March does not exist; skip it rather than let it alias 03:30.
        exists = s_utc.astimezone(BERLIN).replace(tzinfo=None) == cursor.replace(tzinfo=None)
        if exists and s_utc >= earliest:
            yield s_utc, e_utc
        cursor += step  # wall-clock steps: 09:00, 10:00 ... on both sides of a change


def _busy(intervals: list[tuple[datetime, datetime]], s_utc: datetime, e_utc: datetime) -> bool:
    return any(s_utc < be and bs < e_utc for bs, be in intervals)


def _busy_times(appointments: QuerySet[Appointment], window_start: datetime,
                window_end: datetime) -> dict[int, list[tuple[datetime, datetime]]]:
    """Per counsellor, the times their holding appointments block, each with its topic's buffer after it."""
    busy: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for counsellor_id, b_start, b_end, b_topic_buffer in appointments.filter(
        status__in=Appointment.BLOCKING, starts_at__lt=window_end, ends_at__gt=window_start,
    ).values_list("counsellor_id", "starts_at", "ends_at", "topic__buffer_minutes"):
        busy[counsellor_id].append((b_start, b_end + timedelta(minutes=b_topic_buffer)))
    return busy


def _closures(start: date, end: date) -> set[date]:
    return set(CentreClosure.objects.filter(date__gte=start, date__lt=end).values_list("date", flat=True))


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
    closures = _closures(start, end)
    busy = _busy_times(Appointment.objects.filter(counsellor_id__in=[o.counsellor_id for o in offers]),
                       window_start, window_end)
    length = timedelta(minutes=topic.slot_minutes)
    step = length + timedelta(minutes=topic.buffer_minutes)
    slots: list[Slot] = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        if is_closed(day, closures):
            continue
        for offer in offers:
            for from_time, until_time in _blocks(offer, day):
                for s_utc, e_utc in _times(day, from_time, until_time, length, step, earliest):
                    if not _busy(busy[offer.counsellor_id], s_utc, e_utc):
                        slots.append(Slot(offer.counsellor_id, offer.organisation_id, s_utc, e_utc))
    slots.sort(key=lambda s: (s.starts_at, s.counsellor_id))
    return slots


# One statement for the booking's check of one counsellor's day. Written out because the same query
# through the ORM (nine ArraySubquery annotations) spent 11 ms compiling for 1.4 ms in PostgreSQL.
COUNSELLOR_DAY_SQL = """
SELECT o.id, o.organisation_id, o.online_url,
       (SELECT count(*) FROM {appointment} a WHERE a.email = %(email)s AND a.status = ANY(%(blocking)s)
        AND a.starts_at > %(now)s),
       COALESCE(o.place_id, (SELECT p.id FROM {place} p WHERE p.is_active ORDER BY p.sort_order, p.id LIMIT 1)),
       EXISTS (SELECT 1 FROM {closure} c WHERE c.date = %(day)s),
       ARRAY(SELECT h.starts FROM {hours} h WHERE h.offer_id = o.id AND h.weekday = %(weekday)s
             ORDER BY h.starts, h.ends, h.id),
       ARRAY(SELECT h.ends FROM {hours} h WHERE h.offer_id = o.id AND h.weekday = %(weekday)s
             ORDER BY h.starts, h.ends, h.id),
       ARRAY(SELECT e.kind FROM {exception} e WHERE e.offer_id = o.id AND e.date = %(day)s
             ORDER BY e.starts NULLS LAST, e.id),
       ARRAY(SELECT e.starts FROM {exception} e WHERE e.offer_id = o.id AND e.date = %(day)s
             ORDER BY e.starts NULLS LAST, e.id),
       ARRAY(SELECT e.ends FROM {exception} e WHERE e.offer_id = o.id AND e.date = %(day)s
             ORDER BY e.starts NULLS LAST, e.id),
       ARRAY(SELECT a.starts_at FROM {appointment} a WHERE a.counsellor_id = o.counsellor_id
             AND a.status = ANY(%(blocking)s) AND a.starts_at < %(until)s AND a.ends_at > %(since)s),
       ARRAY(SELECT a.ends_at + make_interval(mins => t.buffer_minutes) FROM {appointment} a
             JOIN {topic} t ON t.id = a.topic_id WHERE a.counsellor_id = o.counsellor_id
             AND a.status = ANY(%(blocking)s) AND a.starts_at < %(until)s AND a.ends_at > %(since)s)
FROM {offer} o
WHERE o.counsellor_id = %(counsellor)s AND o.is_active AND o.languages @> ARRAY[%(language)s]::varchar[]
  AND o.channels @> ARRAY[%(channel)s]::varchar[]
  AND EXISTS (SELECT 1 FROM {offer_topics} ot WHERE ot.counselloroffer_id = o.id AND ot.topic_id = %(topic)s)
ORDER BY o.id
"""


class CounsellorSlot(NamedTuple):
    slot: Slot
    offer: CounsellorOffer  # with the place the appointment takes: the offer's or the centre's first
    open_for_email: int  # the email's open appointments (held or confirmed, ahead), when one is given


def counsellor_slot(
    *, topic: Topic, language: str, channel: str, counsellor_id: int, starts_at: datetime,
    now: datetime | None = None, email: str = "",
) -> CounsellorSlot | None:
    """The chosen counsellor's free slot at ``starts_at``, the offer it comes from and how many open
    appointments ``email`` holds, or None.

    One query reads this counsellor's matching offers, each with that weekday's hours, that date's
    exceptions, the day's closure and the counsellor's holding appointments that day: a booking checks
    one person's day, not the city's. Two bookings of one slot both pass here; the exclusion
    constraint lets one of them in."""
    now = now or timezone.now()
    earliest = now + timedelta(minutes=settings.PORTAL_BOOKING_LEAD_MINUTES)
    day = timezone.localtime(starts_at).date()
    if starts_at < earliest or day in public_holidays(day.year):
        return None
    sql = COUNSELLOR_DAY_SQL.format(
        offer=CounsellorOffer._meta.db_table, offer_topics=CounsellorOffer.topics.through._meta.db_table,
        hours=WeeklyHours._meta.db_table, exception=AvailabilityException._meta.db_table,
        closure=CentreClosure._meta.db_table, appointment=Appointment._meta.db_table,
        topic=Topic._meta.db_table, place=Place._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, {
            "day": day, "weekday": day.weekday(), "counsellor": counsellor_id, "language": language,
            "channel": channel, "topic": topic.pk, "blocking": list(Appointment.BLOCKING), "email": email,
            "now": now,
            "since": datetime.combine(day, time.min, tzinfo=BERLIN),
            "until": datetime.combine(day + timedelta(days=1), time.min, tzinfo=BERLIN),
        })
        rows = cursor.fetchall()
    length = timedelta(minutes=topic.slot_minutes)
    step = length + timedelta(minutes=topic.buffer_minutes)
    for (offer_id, organisation_id, online_url, open_for_email, place_id, closed, hour_starts, hour_ends, kinds, exc_starts,
         exc_ends, busy_starts, busy_ends) in rows:
        if closed:
            return None
        taken = list(zip(busy_starts, busy_ends, strict=True))
        blocks = _day_blocks(list(zip(hour_starts, hour_ends, strict=True)),
                             list(zip(kinds, exc_starts, exc_ends, strict=True)))
        for from_time, until_time in blocks:
            for s_utc, e_utc in _times(day, from_time, until_time, length, step, earliest):
                if s_utc == starts_at and not _busy(taken, s_utc, e_utc):
                    offer = CounsellorOffer(pk=offer_id, counsellor_id=counsellor_id, organisation_id=organisation_id,
                                            online_url=online_url, place_id=place_id)
                    return CounsellorSlot(Slot(counsellor_id, organisation_id, s_utc, e_utc), offer, open_for_email)
    return None


def first_free_per_time(slots: list[Slot]) -> list[Slot]:
    """What the public sees: one entry per start time (the newcomer chooses a time, not a person)."""
    seen: set[datetime] = set()
    out = []
    for slot in slots:
        if slot.starts_at not in seen:
            seen.add(slot.starts_at)
            out.append(slot)
    return out


def first_free_times(
    *, topic: Topic, language: str, channel: str, start: date, days: int, now: datetime | None = None,
) -> list[Slot]:
    """The public slot page: for each start time, the free slot of the counsellor with the lowest id;
    the same list as ``first_free_per_time(free_slots(...))`` (a test compares them on random data).

    Its cost follows the distinct hours, not the number of counsellors: the database returns each
    distinct block of weekly hours once with the offers that share it (in counsellor order), a time is
    generated once per block, and the first counsellor of the block who is not busy takes it. Only
    offers with an exception on a day are worked out one by one for that day.
    """
    now = now or timezone.now()
    earliest = now + timedelta(minutes=settings.PORTAL_BOOKING_LEAD_MINUTES)
    offers = CounsellorOffer.objects.filter(
        is_active=True, topics=topic, languages__contains=[language], channels__contains=[channel])
    groups = list(
        WeeklyHours.objects.filter(offer__in=offers.values("pk"))
        .values("weekday", "starts", "ends")
        .annotate(offer_ids=ArrayAgg("offer_id", order_by=("offer__counsellor_id", "offer_id")),
                  counsellor_ids=ArrayAgg("offer__counsellor_id", order_by=("offer__counsellor_id", "offer_id")),
                  organisation_ids=ArrayAgg("offer__organisation_id",
                                            order_by=("offer__counsellor_id", "offer_id")))
        .order_by("weekday", "starts", "ends")
    )
    end = start + timedelta(days=days)
    exceptions: dict[tuple[int, date], list[tuple[str, time | None, time | None]]] = defaultdict(list)
    people: dict[int, tuple[int, int]] = {}
    for offer_id, counsellor_id, organisation_id, day, kind, starts, ends in (
        AvailabilityException.objects.filter(offer__in=offers.values("pk"), date__gte=start, date__lt=end)
        .order_by("date", F("starts").asc(nulls_last=True), "pk")
        .values_list("offer_id", "offer__counsellor_id", "offer__organisation_id", "date", "kind", "starts", "ends")
    ):
        exceptions[(offer_id, day)].append((kind, starts, ends))
        people[offer_id] = (counsellor_id, organisation_id)
    if not groups and not exceptions:
        return []
    window_start = datetime.combine(start, time.min, tzinfo=BERLIN)
    window_end = datetime.combine(end, time.min, tzinfo=BERLIN)
    closures = _closures(start, end)
    busy = _busy_times(Appointment.objects.filter(counsellor_id__in=offers.values("counsellor_id")),
                       window_start, window_end)
    length = timedelta(minutes=topic.slot_minutes)
    step = length + timedelta(minutes=topic.buffer_minutes)
    best: dict[datetime, Slot] = {}

    def offer_slot(counsellor_id: int, organisation_id: int, s_utc: datetime, e_utc: datetime) -> None:
        current = best.get(s_utc)
        if (current is None or counsellor_id < current.counsellor_id) and not _busy(busy[counsellor_id], s_utc, e_utc):
            best[s_utc] = Slot(counsellor_id, organisation_id, s_utc, e_utc)

    for offset in range(days):
        day = start + timedelta(days=offset)
        if is_closed(day, closures):
            continue
        special = {offer_id for offer_id, on in exceptions if on == day}
        weekly: dict[int, list[tuple[time, time]]] = defaultdict(list)
        for group in groups:
            if group["weekday"] != day.weekday():
                continue
            members = list(zip(group["offer_ids"], group["counsellor_ids"], group["organisation_ids"], strict=True))
            for offer_id, counsellor_id, organisation_id in members:
                if offer_id in special:
                    weekly[offer_id].append((group["starts"], group["ends"]))
                    people[offer_id] = (counsellor_id, organisation_id)
            regular = [m for m in members if m[0] not in special] if special else members
            for s_utc, e_utc in _times(day, group["starts"], group["ends"], length, step, earliest):
                for _offer_id, counsellor_id, organisation_id in regular:
                    current = best.get(s_utc)
                    if current is not None and current.counsellor_id <= counsellor_id:
                        break  # the members come in counsellor order: nobody later can be lower
                    if not _busy(busy[counsellor_id], s_utc, e_utc):
                        best[s_utc] = Slot(counsellor_id, organisation_id, s_utc, e_utc)
                        break
        for offer_id in special:
            counsellor_id, organisation_id = people[offer_id]
            for from_time, until_time in _day_blocks(sorted(weekly[offer_id]), exceptions[(offer_id, day)]):
                for s_utc, e_utc in _times(day, from_time, until_time, length, step, earliest):
                    offer_slot(counsellor_id, organisation_id, s_utc, e_utc)
    return [best[t] for t in sorted(best)]


# The public slot page's times are kept briefly and dropped whenever a booking, an offer, hours, an
# absence or a closure changes (welcome/apps.py watches them). Booking itself always checks the
# chosen counsellor afresh (appointment_hold), and the database constraint has the last word.
SLOTS = VersionedCache("slots")
slots_changed = SLOTS.bump


def cached_first_free_times(*, topic: Topic, language: str, channel: str, start: date, days: int) -> list[Slot]:
    found, _built = SLOTS.get_or_build(
        f"{topic.pk}:{language}:{channel}:{start.isoformat()}:{days}",
        lambda: first_free_times(topic=topic, language=language, channel=channel, start=start, days=days),
        settings.PORTAL_SLOTS_CACHE_SECONDS,
    )
    earliest = timezone.now() + timedelta(minutes=settings.PORTAL_BOOKING_LEAD_MINUTES)
    return [slot for slot in found if slot.starts_at >= earliest]


# What is offered changes with the offers and the topics, not with every booking: its own family, so
# that a booking (which drops the slots) leaves it cached.
OFFERS = VersionedCache("offers")


def offered_topics() -> dict[int, Topic]:
    """The active topics somebody offers, by id: what the booking form lets a newcomer choose. Kept
    until an offer, its topics or a topic changes, so cleaning a choice asks no query."""
    found, _built = OFFERS.get_or_build("offered-topics", lambda: {
        topic.pk: topic for topic in Topic.objects.filter(is_active=True, offers__is_active=True).distinct()
    }, settings.PORTAL_SLOTS_CACHE_SECONDS)
    return dict(found)
