"""Load on the public booking pages over loopback, next to bare Django views on the same server.

    ./portal bench booking [--requests N] [--concurrency C]

Starts gunicorn (2 workers, the machine has 2 cores) on 127.0.0.1 with the bench database, then
sends a bounded number of requests from threads (keep-alive sessions) and prints requests per
second and p95 latency for:
  - the slot page (GET /de/book/times/?...)       vs  a bare GET view
  - the booking POST (a distinct free slot each)  vs  a bare POST view
The load generator runs on the same two cores as the server, so absolute figures understate
what a separate client would see; the ratios compare like with like. Booked rows are removed.
"""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import requests  # noqa: E402
from django.utils import timezone  # noqa: E402

ARGS = sys.argv[1:]
N = int(ARGS[ARGS.index("--requests") + 1]) if "--requests" in ARGS else 400
CONCURRENCY = int(ARGS[ARGS.index("--concurrency") + 1]) if "--concurrency" in ARGS else 8


def setup_offers():
    from datetime import time as dtime

    from core.models import Membership, Role
    from welcome.models import CounsellorOffer, Topic, WeeklyHours

    topic = Topic.objects.get(slug="work")
    for membership in Membership.objects.filter(role=Role.COUNSELLOR).select_related("user")[:20]:
        offer, created = CounsellorOffer.objects.get_or_create(
            counsellor=membership.user, organisation=membership.organisation,
            defaults={"languages": ["de", "en", "ar"], "channels": ["in_person", "phone"]},
        )
        offer.topics.add(topic)
        if created or not offer.hours.exists():
            for weekday in range(7):
                WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=dtime(8), ends=dtime(18))
    return topic


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(label, make_request, n):
    latencies: list[float] = []
    lock = threading.Lock()
    counter = iter(range(n))

    def worker():
        session = requests.Session()
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            start = time.perf_counter()
            status = make_request(session, i)
            elapsed = time.perf_counter() - start
            assert status in (200, 302), (label, status)
            with lock:
                latencies.append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    p95 = statistics.quantiles(latencies, n=20)[18] * 1000
    rps = len(latencies) / wall
    print(f"{label:<28} {rps:8.0f} req/s   p95 {p95:7.1f} ms")
    return rps, p95


def main():
    from welcome.models import Appointment
    from welcome.slots import free_slots

    topic = setup_offers()
    port = free_port()
    broker = BASE / "var" / "bench-broker"
    # Emails are queued for Celery as in production; this run's queue is thrown away afterwards.
    env = {**os.environ, "PORTAL_URLCONF": "bench_urls", "PORTAL_BOOKING_RATE_PER_IP": "1000000/h",
           "PORTAL_BROKER_DIR": str(broker), "PORTAL_BOOKING_RATE_NOJS": "1000000/h",
           "PORTAL_BOOKING_RATE_PER_EMAIL": "1000000/h", "PORTAL_BOOKING_MAX_OPEN_PER_EMAIL": "1000000"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--pythonpath", str(BASE / "bench"), "--log-level", "warning"],
        cwd=BASE, env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                requests.get(base + "/bench/bare/", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        choice = urlencode({"topic": topic.pk, "language": "de", "channel": "phone"})
        print(f"== {N} requests each, {CONCURRENCY} concurrent, gunicorn 2 workers on 127.0.0.1")
        slot_page = run("slot page GET", lambda s, i: s.get(f"{base}/de/book/times/?{choice}").status_code, N)
        bare = run("bare view GET", lambda s, i: s.get(f"{base}/bench/bare/").status_code, N)
        print(f"{'ratio (bare / slot page)':<28} {bare[0] / slot_page[0]:8.1f} x rps   {slot_page[1] / bare[1]:5.1f} x p95")

        before = Appointment.objects.order_by("-id").values_list("id", flat=True).first() or 0
        slots = free_slots(topic=topic, language="de", channel="phone", start=timezone.localdate(), days=28)
        n_post = min(N, len(slots))
        tokens: dict[int, str] = {}

        def book(session, i):
            slot = slots[i]
            query = urlencode({"topic": topic.pk, "language": "de", "channel": "phone", "c": slot.counsellor_id,
                               "t": slot.starts_at.isoformat()})
            url = f"{base}/de/book/details/?{query}"
            if id(session) not in tokens:
                page = session.get(url)
                found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
                assert found, page.status_code
                tokens[id(session)] = found.group(1)
            return session.post(url, data={"csrfmiddlewaretoken": tokens[id(session)], "name": "Bench",
                                           "email": f"bench{i}@bench.example", "phone": "0711 1", "consent": "on"},
                                headers={"Referer": url}, allow_redirects=False).status_code

        post = run("booking POST", book, n_post)
        bare_post = run("bare view POST", lambda s, i: s.post(f"{base}/bench/bare-post/", data={"x": i},
                                                               allow_redirects=False).status_code, n_post)
        print(f"{'ratio (bare / booking POST)':<28} {bare_post[0] / post[0]:8.1f} x rps   {post[1] / bare_post[1]:5.1f} x p95")
        booked = Appointment.objects.filter(id__gt=before).count()
        print(f"(bookings made: {booked} of {n_post}; removed again)")
        Appointment.objects.filter(id__gt=before).delete()
    finally:
        server.terminate()
        server.wait(timeout=20)
        import shutil

        shutil.rmtree(broker, ignore_errors=True)


if __name__ == "__main__":
    main()
