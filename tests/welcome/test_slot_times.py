"""The public slot page's times (one per start time, counsellor with the lowest id) are computed from the
distinct blocks of hours, not counsellor by counsellor: they must equal the reference, every counsellor's
free slots reduced to the first per time, on random offices (shared and own hours, absences whole-day and
partial, extra hours, bookings with buffers, a closure, a public holiday and the clock changes)."""

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from core.models import Role
from tests.core.factories import staff
from welcome.booking.slots import BERLIN, counsellor_slot, first_free_per_time, first_free_times, free_slots
from welcome.models import (
    Appointment,
    AvailabilityException,
    CentreClosure,
    CounsellorOffer,
    Topic,
    WeeklyHours,
)

pytestmark = pytest.mark.django_db
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
PATTERNS = [  # most counsellors share one of a few patterns, as in an office
    [(time(8), time(12)), (time(13), time(17))],
    [(time(9), time(12))],
    [(time(14), time(18, 30))],
    [(time(7, 45), time(11, 15)), (time(11, 30), time(15))],
]


def _office(rng: random.Random, org, topic, counsellors: int, start: date, days: int) -> None:
    for n in range(counsellors):
        person = staff(Role.COUNSELLOR, org, email=f"c{n}-{rng.random()}@test.example")
        offer = CounsellorOffer.objects.create(counsellor=person, organisation=org, languages=["de", "ar"],
                                               channels=["phone"], is_active=rng.random() > 0.1)
        offer.topics.add(topic)
        own = rng.random() < 0.2
        for weekday in range(7):
            if rng.random() < 0.15:
                continue  # a day off
            blocks = ([(time(rng.randint(6, 10), rng.choice([0, 15, 30])), time(rng.randint(13, 19)))] if own
                      else rng.choice(PATTERNS))
            for starts, ends in blocks:
                WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=starts, ends=ends)
        for _ in range(rng.randint(0, 3)):
            day = start + timedelta(days=rng.randrange(days))
            kind = rng.choice(["absence", "absence", "extra"])
            if kind == "absence" and rng.random() < 0.5:
                AvailabilityException.objects.create(offer=offer, date=day, kind=kind)
            else:
                hour = rng.randint(7, 16)
                AvailabilityException.objects.create(offer=offer, date=day, kind=kind, starts=time(hour),
                                                     ends=time(hour + rng.randint(1, 3)))
        for _ in range(rng.randint(0, 4)):
            day = start + timedelta(days=rng.randrange(days))
            begins = datetime.combine(day, time(rng.randint(7, 17), rng.choice([0, 30])), tzinfo=BERLIN)
            try:
                with transaction.atomic():  # a random time may overlap an earlier one: the database says no
                    Appointment.objects.create(
                        counsellor=person, organisation=org, topic=topic, language="de", channel="phone",
                        starts_at=begins, ends_at=begins + timedelta(minutes=45),
                        status=rng.choice([Appointment.Status.CONFIRMED, Appointment.Status.HELD,
                                           Appointment.Status.CANCELLED]),
                        hold_expires_at=begins, email="x@test.example", ui_language="de")
            except IntegrityError:
                pass


@pytest.mark.parametrize(("seed", "start"), [
    (1, date(2027, 3, 22)),  # the spring clock change (28 March 2027)
    (2, date(2027, 10, 25)),  # the autumn one (31 October 2027)
    (3, date(2027, 12, 20)),  # Christmas: public holidays
    (4, date(2027, 6, 7)),
])
def test_first_free_times_equal_the_reference(org_a, seed, start):
    rng = random.Random(seed)
    topic = Topic.objects.get(slug="work")
    Topic.objects.filter(pk=topic.pk).update(slot_minutes=45, buffer_minutes=15)
    topic.refresh_from_db()
    days = 7
    _office(rng, org_a, topic, 25, start, days)
    CentreClosure.objects.create(date=start + timedelta(days=2), reason="demo")
    kwargs: dict[str, Any] = {"topic": topic, "language": "de", "channel": "phone", "start": start, "days": days}
    reference = first_free_per_time(free_slots(**kwargs, now=LONG_AGO))
    assert len(reference) > 30  # the office is busy enough to be a test
    assert first_free_times(**kwargs, now=LONG_AGO) == reference
    # ... and with "now" in the middle of the week (the lead time cuts the first days)
    middle = datetime.combine(start + timedelta(days=3), time(11), tzinfo=BERLIN)
    assert first_free_times(**kwargs, now=middle) == first_free_per_time(free_slots(**kwargs, now=middle))


def test_other_languages_and_channels_see_nothing(org_a):
    topic = Topic.objects.get(slug="work")
    _office(random.Random(5), org_a, topic, 5, date(2027, 6, 7), 7)
    assert first_free_times(topic=topic, language="tr", channel="phone", start=date(2027, 6, 7), days=7) == []
    assert first_free_times(topic=topic, language="de", channel="online", start=date(2027, 6, 7), days=7) == []


def test_the_queries_do_not_grow_with_the_counsellors(org_a):
    topic = Topic.objects.get(slug="work")
    rng = random.Random(6)
    counts = []
    for _round in range(2):
        _office(rng, org_a, topic, 10, date(2027, 6, 7), 7)
        with CaptureQueriesContext(connection) as queries:
            first_free_times(topic=topic, language="de", channel="phone", start=date(2027, 6, 7), days=7,
                             now=LONG_AGO)
        counts.append(len(queries))
    # grouped hours, the week's exceptions, closures, the appointments that block
    assert counts == [4, 4]


@pytest.mark.parametrize(("seed", "start"), [(7, date(2027, 3, 22)), (8, date(2027, 10, 25)), (9, date(2027, 6, 7))])
def test_counsellor_slot_agrees_with_every_counsellors_slots(org_a, seed, start):
    """The booking's one-query check of the chosen counsellor against the reference: each free slot
    is found (with its organisation), and each time that is not free for that counsellor is not."""
    rng = random.Random(seed)
    topic = Topic.objects.get(slug="work")
    _office(rng, org_a, topic, 8, start, 7)
    CentreClosure.objects.create(date=start + timedelta(days=2), reason="demo")
    kwargs: dict[str, Any] = {"topic": topic, "language": "de", "channel": "phone"}
    free = free_slots(**kwargs, start=start, days=7, now=LONG_AGO)
    assert len(free) > 50
    free_keys = {(s.counsellor_id, s.starts_at) for s in free}
    for slot in rng.sample(free, 40):
        found = counsellor_slot(**kwargs, counsellor_id=slot.counsellor_id, starts_at=slot.starts_at, now=LONG_AGO)
        assert found is not None and found[0] == slot and found[1].organisation_id == slot.organisation_id
    counsellors = sorted({s.counsellor_id for s in free})
    misses = 0
    for _ in range(200):  # times on the half hour and quarter hour, in and out of the hours
        when = datetime.combine(start + timedelta(days=rng.randrange(7)),
                                time(rng.randint(6, 19), rng.choice([0, 15, 30, 45])), tzinfo=BERLIN).astimezone(UTC)
        counsellor = rng.choice(counsellors)
        found = counsellor_slot(**kwargs, counsellor_id=counsellor, starts_at=when, now=LONG_AGO)
        assert (found is not None) == ((counsellor, when) in free_keys)
        misses += found is None
    assert misses > 50  # the random times include many that are not free (the closure day among them)
