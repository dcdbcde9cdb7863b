"""The public directory and the home page under load, each beside a bare view reading the same rows.

    ./portal bench directory [--entries N] [--requests N] [--concurrency C]

Fills the bench database up to N directory entries (default 20,000; demo-marked, all kinds, all
districts, checked within the last year), starts gunicorn (2 workers) on 127.0.0.1 and prints
requests per second and p95 latency for:
  - /de/directory/ (no filter, a German course search by level, district and evening, a text
    search, page 50 of everything)  vs  a bare view running the same query, count and page of 20
    and writing them as plain HTML (bench/bench_urls.py)
  - the home page /ar/  vs  a bare view reading the same places, hours, closures and topics.
Each pair runs three rounds in turn; the median ratio is the figure.
The goal (issue 11): the pages stay within 2x their bare view. The load generator shares the two
cores with the server, so absolute figures understate; the ratios compare like with like.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))
sys.path.insert(0, str(BASE / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import requests  # noqa: E402
from booking import free_port, run  # noqa: E402
from django.utils import timezone  # noqa: E402

ARGS = sys.argv[1:]
ENTRIES = int(ARGS[ARGS.index("--entries") + 1]) if "--entries" in ARGS else 20_000
ROUNDS = 3


def fill(n: int) -> None:
    from core.models import District, Organisation
    from welcome.directory.models import ClubCategory, CounsellingType, CourseLevel, DirectoryEntry, Schedule
    from welcome.info.demo import seed_place

    if not Organisation.objects.exists():
        Organisation.objects.create(name="Bench-Stadt", kind="city")
    if not DirectoryEntry.objects.filter(is_demo=True).exists() or DirectoryEntry.objects.count() < n:
        rng = random.Random(2014)  # noqa: S311 - bench data
        orgs = list(Organisation.objects.all())
        districts = list(District.objects.all())
        today = timezone.localdate()
        rows = []
        for i in range(DirectoryEntry.objects.count(), n):
            kind = rng.choice(["german_course", "german_course", "counselling", "club", "volunteer_circle"])
            name = f"Bench-{kind}-{i:05d}"
            extra: dict = {}
            if kind == "german_course":
                start = rng.randrange(6)
                extra = {"levels": CourseLevel.values[start:start + rng.randint(1, 2)],
                         "is_integration_course": rng.random() < 0.3, "childcare": rng.random() < 0.3}
            elif kind == "counselling":
                extra = {"counselling_type": rng.choice(CounsellingType.values)}
            elif kind == "club":
                extra = {"club_category": rng.choice(ClubCategory.values)}
            rows.append(DirectoryEntry(
                organisation=rng.choice(orgs), kind=kind, name=name, name_de=name, name_ar=f"{name}-ar",
                description_de="Bench", district=rng.choice(districts), is_demo=True,
                schedules=rng.sample(Schedule.values, rng.randint(1, 2)),
                languages=rng.sample(["de", "en", "ar", "fa", "tr", "uk"], 2),
                last_checked_on=today - timedelta(days=rng.randrange(300)), **extra))
        DirectoryEntry.objects.bulk_create(rows, batch_size=5000)
    with __import__("django.db").db.connection.cursor() as cursor:
        cursor.execute("ANALYZE welcome_directoryentry")
    seed_place(stdout=sys.stdout)
    print(f"directory entries: {DirectoryEntry.objects.count()}")


def main() -> None:
    from core.models import District

    fill(ENTRIES)
    n = int(ARGS[ARGS.index("--requests") + 1]) if "--requests" in ARGS else 200
    mitte = District.objects.get(name="Mitte").pk
    port = free_port()
    env = {**os.environ, "PORTAL_URLCONF": "bench_urls"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2",
         "--pythonpath", str(BASE / "bench"), "--log-level", "warning"], cwd=BASE, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                requests.get(base + "/bench/bare/", timeout=10)
                break
            except requests.RequestException:
                time.sleep(0.2)
        print(f"== {n} requests each, gunicorn 2 workers on 127.0.0.1")
        cases: dict[str, dict[str, Any]] = {
            "directory, no filter": {},
            "German course B1 Mitte evening": {"kind": "german_course", "level": "B1", "district": mitte,
                                               "schedule": "evening"},
            "text search": {"q": "club-01"},
            "page 50 of everything": {"page": 50},
        }
        ratios = []
        print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores)")
        pages = {**{label: (f"/de/directory/?{urlencode(params)}", f"/bench/bare-directory/?{urlencode(params)}")
                    for label, params in cases.items()},
                 "home page /ar/": ("/ar/", "/bench/bare-home/")}
        for label, (page_url, bare_url) in pages.items():
            # Three rounds, page and bare in turn, so a burst of other load hits both sides alike.
            rounds = []
            for _ in range(ROUNDS):
                page = run(f"{label}", lambda s, i, u=page_url: s.get(base + u).status_code, n)
                bare = run("  bare, same rows", lambda s, i, u=bare_url: s.get(base + u).status_code, n)
                rounds.append(bare[0] / page[0])
            ratio = statistics.median(rounds)
            ratios.append(ratio)
            print(f"{'  ratio (bare / page)':<28} median {ratio:5.2f} x rps  (rounds: "
                  f"{', '.join(f'{r:.2f}' for r in rounds)})")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        print(f"worst median ratio: {max(ratios):.2f} x (goal: at most 2)")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
