"""The public booking on gunicorn, beside a bare one-INSERT view on the same server.

    ./portal bench booking [--requests N] [--concurrency C] [--rounds R]

Runs in a database of its own (bench/common.py): 100 counsellors of one organisation, each offering
08:00-18:00 every day in German by phone, and three topics offered by 10, 50 and 100 of them.
Prints, with the machine's load beside every block:

1. The slot page (a week of /de/book/times/) at 10, 50 and 100 counsellors, one client, median of
   R rounds x 7 requests: first with the slot cache off (what the first visitor after any booking
   waits, since every booking drops the cache), then cached. Target: flat within 1.5x from 10 to 100.
2. Booking POST vs a bare POST: R rounds (default 3), in turn, of N POSTs (default 400) from C
   threads (default 8) with keep-alive sessions against gunicorn with 2 sync workers. Each booking
   POST holds a distinct free slot of the 10-counsellor topic (the real form, the real service and
   its mail queued through the outbox); the bare view INSERTs the same form's fields into one table.
   Both go through the same middleware with the same CSRF token. Figures: req/s median (min, max),
   the ratio of the medians. Target: the booking reaches a third of the bare view.
3. Oversells: 40 threads, each with its own session, POST the same slot at once to a gunicorn of
   2 workers x 20 threads (so that all 40 are in flight), three times; the appointments holding each
   slot are counted in the database. Must be 0; the bench exits 1 otherwise.
The load generator shares the machine's cores with the server and PostgreSQL, so absolute figures
understate what a separate client would see; both sides of each comparison pay the same. The mails
the bookings queue wait in the run's own queue, which nothing consumes; it goes at the end.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import threading
from collections.abc import Callable
from datetime import time as dtime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    BenchError,
    gunicorn,
    hammer,
    machine,
    queued_tasks,
    spread,
    timed_ms,
)
from common import bootstrap as _bootstrap  # noqa: E402

_bootstrap()

import requests  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

ARGS = sys.argv[1:]
N = int(ARGS[ARGS.index("--requests") + 1]) if "--requests" in ARGS else 400
CONCURRENCY = int(ARGS[ARGS.index("--concurrency") + 1]) if "--concurrency" in ARGS else 8
ROUNDS = int(ARGS[ARGS.index("--rounds") + 1]) if "--rounds" in ARGS else 3
SIZES = (10, 50, 100)
RACERS = 40
SLOT_PAGE_REQUESTS = 7
# Limits that would turn the bench's own traffic away: the bench measures the work, not the limits.
UNLIMITED = {"PORTAL_BOOKING_RATE_PER_IP": "1000000/h", "PORTAL_BOOKING_RATE_NOJS": "1000000/h",
             "PORTAL_BOOKING_RATE_PER_EMAIL": "1000000/h", "PORTAL_BOOKING_MAX_OPEN_PER_EMAIL": "1000000"}
CHOICE = {"language": "de", "channel": "phone"}


def setup() -> dict[int, Any]:
    """100 counsellors with weekly hours; topics offered by 10, 50 and 100 of them; the bare table."""
    from core.models import Membership, Organisation, Role, User
    from welcome.booking.slots import slots_changed
    from welcome.models import CounsellorOffer, Topic, WeeklyHours

    topics = list(Topic.objects.filter(slug__in=["work", "training", "german"]).order_by("slug"))
    assert len(topics) == 3, "the migrations load the topics work, training and german"
    Topic.objects.filter(pk__in=[t.pk for t in topics]).update(slot_minutes=45, buffer_minutes=15)
    by_size = dict(zip(SIZES, topics, strict=True))
    org = Organisation.objects.create(name="Bench-Beratung", kind=Organisation.Kind.WELFARE)
    users = User.objects.bulk_create([User(email=f"bench-counsellor-{i:03d}@bench.example", is_active=True)
                                      for i in range(max(SIZES))])
    Membership.objects.bulk_create([Membership(user=u, organisation=org, role=Role.COUNSELLOR) for u in users])
    offers = CounsellorOffer.objects.bulk_create([
        CounsellorOffer(counsellor=u, organisation=org, languages=["de", "en"], channels=["phone"]) for u in users])
    through = CounsellorOffer.topics.through
    through.objects.bulk_create([through(counselloroffer_id=o.pk, topic_id=by_size[size].pk)
                                 for i, o in enumerate(offers) for size in SIZES if i < size])
    WeeklyHours.objects.bulk_create([WeeklyHours(offer=o, weekday=d, starts=dtime(8), ends=dtime(18))
                                     for o in offers for d in range(7)])
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE bench_bare_booking (id bigserial PRIMARY KEY, name text NOT NULL, "
                       "email text NOT NULL, phone text NOT NULL, created_at timestamptz NOT NULL)")
        cursor.execute("ANALYZE")
    slots_changed()
    return by_size


def slot_query(topic: Any, **extra: Any) -> str:
    return urlencode({"topic": topic.pk, **CHOICE, **extra})


def free(topic: Any) -> list[Any]:
    from welcome.booking.slots import free_slots

    return free_slots(topic=topic, language=CHOICE["language"], channel=CHOICE["channel"],
                      start=timezone.localdate(), days=28)


def contact_url(base: str, topic: Any, slot: Any) -> str:
    return f"{base}/de/book/details/?{slot_query(topic, c=slot.counsellor_id, t=slot.starts_at.isoformat())}"


def csrf_setup(url: str) -> Callable[[Any], None]:
    """Each session fetches the contact page once, as a visitor does, for its CSRF cookie and token."""
    def setup_session(session: Any) -> None:
        page = session.get(url, timeout=60)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        if page.status_code != 200 or not found:
            raise BenchError(f"the contact page answered {page.status_code} without a CSRF token")
        session.bench_token = found.group(1)
        session.bench_referer = url
        # A threaded server drops a keep-alive connection idle for 2 s (while the other sessions set
        # up) and a POST is not retried on it: the POSTs open connections of their own.
        session.close()
    return setup_session


def form(session: Any, email: str) -> dict[str, str]:
    return {"csrfmiddlewaretoken": session.bench_token, "name": "Bench Besucherin", "email": email,
            "phone": "0711 123456", "consent": "on"}


def bench_slot_page(by_size: dict[int, Any]) -> None:
    from welcome.models import CounsellorOffer

    for size, topic in by_size.items():
        offered = CounsellorOffer.objects.filter(topics=topic, is_active=True).count()
        assert offered == size, (size, offered)
    print(f"\n== 1. slot page, one client, {ROUNDS} rounds x {SLOT_PAGE_REQUESTS} requests per size, in turn (ms)\n"
          f"   before: {machine()}", flush=True)
    for label, env in (("slot cache off", {"PORTAL_SLOTS_CACHE_SECONDS": "0"}), ("cached", {})):
        server = gunicorn(env={**UNLIMITED, **env})
        times: dict[int, list[float]] = {size: [] for size in SIZES}
        try:
            with requests.Session() as session:
                def page(topic: Any, session: Any = session, base: str = server.base) -> None:
                    response = session.get(f"{base}/de/book/times/?{slot_query(topic)}", timeout=60)
                    if response.status_code != 200 or "/de/book/details/" not in response.text:
                        raise BenchError(f"the slot page answered {response.status_code} without times")
                for topic in by_size.values():
                    page(topic)
                    page(topic)
                for _ in range(ROUNDS):
                    for size, topic in by_size.items():
                        for _ in range(SLOT_PAGE_REQUESTS):
                            times[size].append(timed_ms(partial(page, topic)))
        finally:
            server.stop()
        for size in SIZES:
            print(f"   {label:<15} {size:>3} counsellors: {spread(times[size])}", flush=True)
        ratio = statistics.median(times[100]) / statistics.median(times[10])
        print(f"   {label:<15} 100 / 10 counsellors: {ratio:.2f}x (target: at most 1.5x)", flush=True)
    print(f"   after:  {machine()}", flush=True)


def bench_posts(topic: Any) -> None:
    from welcome.models import Appointment

    slots = free(topic)
    warm = 2 * CONCURRENCY
    n = min(N, (len(slots) - warm - 3) // ROUNDS)
    if n < N:
        print(f"   (only {len(slots)} free slots: {n} POSTs per round)")
    print(f"\n== 2. booking POST vs bare one-INSERT POST: {ROUNDS} rounds of {n} POSTs each, {CONCURRENCY} threads, "
          f"gunicorn 2 sync workers\n   before: {machine()}", flush=True)
    server = gunicorn(env=UNLIMITED)
    base = server.base
    setup_session = csrf_setup(contact_url(base, topic, slots[-1]))
    used = iter(range(len(slots)))
    lock = threading.Lock()

    def book(session: Any, i: int) -> int:
        with lock:
            slot = slots[next(used)]
        url = contact_url(base, topic, slot)
        return session.post(url, data=form(session, f"visitor-{slot.counsellor_id}-{slot.starts_at:%m%d%H%M}"
                                                    "@bench.example"),
                            headers={"Referer": session.bench_referer}, allow_redirects=False, timeout=60).status_code

    def bare(session: Any, i: int) -> int:
        return session.post(f"{base}/bench/bare-post/", data=form(session, f"bare-{i}@bench.example"),
                            headers={"Referer": session.bench_referer}, allow_redirects=False, timeout=60).status_code

    def bare_rows() -> int:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM bench_bare_booking")
            return cursor.fetchone()[0]  # type: ignore[index]  # a count: always one row

    def check(label: str, load: Any, count_before: int, count_after: int, expected: int) -> None:
        if set(load.statuses) != {302} or count_after - count_before != expected:
            raise BenchError(f"{label}: answers {dict(load.statuses)}, {count_after - count_before} rows written "
                             f"for {expected} POSTs\n{server.log.read_text()[-3000:]}")

    bare_rps: list[float] = []
    book_rps: list[float] = []
    try:
        hammer(book, n=warm, concurrency=CONCURRENCY, session_setup=setup_session)
        hammer(bare, n=warm, concurrency=CONCURRENCY, session_setup=setup_session)
        for index in range(ROUNDS):
            order = (("bare", bare), ("booking", book)) if index % 2 == 0 else (("booking", book), ("bare", bare))
            figures = {}
            for label, request in order:
                count = (Appointment.objects.count if label == "booking" else bare_rows)
                before = count()
                load = hammer(request, n=n, concurrency=CONCURRENCY, session_setup=setup_session)
                check(label, load, before, count(), n)
                (book_rps if label == "booking" else bare_rps).append(load.rps)
                figures[label] = f"{label} {load.rps:5.0f} req/s (p95 {load.p95_ms:5.0f} ms)"
            print(f"   round {index + 1}: {figures['bare']} | {figures['booking']} | {machine()}", flush=True)
    finally:
        server.stop()
    ratio = statistics.median(book_rps) / statistics.median(bare_rps)
    print(f"   bare one-INSERT POST: {spread(bare_rps, '{:.0f}')} req/s")
    print(f"   booking POST:         {spread(book_rps, '{:.0f}')} req/s")
    print(f"   booking / bare: {ratio:.2f} (median / median; per round "
          f"{', '.join(f'{b / a:.2f}' for a, b in zip(bare_rps, book_rps, strict=True))}) "
          f"- target: at least 0.33{'' if ratio >= 1 / 3 else '  << BELOW TARGET'}")
    print(f"   after:  {machine()}", flush=True)


def bench_race(topic: Any) -> int:
    from welcome.models import Appointment

    tries = 3
    print(f"\n== 3. {RACERS} concurrent POSTs of one slot, {tries} times, gunicorn 2 workers x 20 threads\n"
          f"   before: {machine()}", flush=True)
    server = gunicorn(threads=20, env=UNLIMITED)
    oversells = nobody = 0
    try:
        for attempt in range(tries):
            slot = free(topic)[attempt * 7]
            url = contact_url(server.base, topic, slot)

            def post(session: Any, i: int, url: str = url, attempt: int = attempt) -> int:
                return session.post(url, data=form(session, f"racer-{attempt}-{i}@bench.example"),
                                    headers={"Referer": url}, allow_redirects=False, timeout=120).status_code

            load = hammer(post, n=RACERS, concurrency=RACERS, session_setup=csrf_setup(url))
            holders = Appointment.objects.filter(
                counsellor_id=slot.counsellor_id, status__in=Appointment.BLOCKING,
                starts_at__lt=slot.ends_at, ends_at__gt=slot.starts_at).count()
            oversells += max(0, holders - 1)
            nobody += 0 if holders else 1
            outcome = ", ".join(f"{count} x {status}" for status, count in sorted(load.statuses.items()))
            print(f"   slot {timezone.localtime(slot.starts_at):%a %d.%m. %H:%M}: {outcome}; "
                  f"appointments holding it in the database: {holders}", flush=True)
            if holders != 1 or load.statuses.get(302) != 1 or sum(load.statuses.values()) != RACERS:
                print("   !! expected exactly one 302 and one appointment", flush=True)
    finally:
        server.stop()
    print(f"   oversells: {oversells} (must be 0){f'; {nobody} slots nobody got' if nobody else ''}\n"
          f"   after:  {machine()}", flush=True)
    return oversells + nobody


def main() -> int:
    from core.models import Outbox
    from welcome.models import Appointment

    os.environ.update(UNLIMITED)
    by_size = setup()
    print(f"data: {max(SIZES)} counsellors, 08:00-18:00 daily; topics offered by "
          f"{', '.join(f'{size} ({topic.slug})' for size, topic in by_size.items())}; {machine()}", flush=True)
    bench_slot_page(by_size)
    bench_posts(by_size[10])
    failures = bench_race(by_size[10])
    held = Appointment.objects.filter(status=Appointment.Status.HELD).count()
    print(f"\nbookings held: {held:,}; their mails: {Outbox.objects.count():,} outbox rows, {queued_tasks():,} tasks in "
          f"the run's own queue (nothing consumes it; both go at the end)", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
