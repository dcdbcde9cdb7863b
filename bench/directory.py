"""The public directory and the home page under load, each beside a bare view reading the same rows.

    ./portal bench directory [--entries N] [--requests N] [--concurrency C]

Fills the bench database up to N directory entries (default 20,000; demo-marked, all kinds, all
districts, checked within the last year), starts gunicorn (2 workers) on 127.0.0.1 and prints
requests per second and p95 latency for:
  - /de/directory/ (no filter, a German course search by level, district and evening, a text
    search, page 50 of everything)  vs  a bare view running the same query, count and page of 20
    and writing them as plain HTML (bench/bench_urls.py)
  - the home page /ar/  vs  a bare view reading the same places, hours, closures and topics.
Each pair runs three rounds in turn: requests per second of each side as median (min, max), the
median of the per-round ratios as the figure, the machine's load beside each pair.
The goal (issue 11): the pages stay within 2x their bare view. The load generator shares the two
cores with the server, so absolute figures understate; the ratios compare like with like.
The run has a database of its own (bench/common.py), dropped at the end.
"""

from __future__ import annotations

import random
import statistics
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BenchError, bootstrap, gunicorn, hammer, machine, spread  # noqa: E402

bootstrap()

from django.db import connection  # noqa: E402
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
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE welcome_directoryentry")
    seed_place(stdout=sys.stdout)
    print(f"directory entries: {DirectoryEntry.objects.count()}")


def main() -> None:
    from core.models import District

    fill(ENTRIES)
    n = int(ARGS[ARGS.index("--requests") + 1]) if "--requests" in ARGS else 200
    concurrency = int(ARGS[ARGS.index("--concurrency") + 1]) if "--concurrency" in ARGS else 8
    mitte = District.objects.get(name="Mitte").pk
    server = gunicorn()
    base = server.base

    def load(url: str) -> float:
        result = hammer(lambda s, i: s.get(base + url, timeout=60).status_code, n=n, concurrency=concurrency)
        if set(result.statuses) != {200}:
            raise BenchError(f"{url}: answers {dict(result.statuses)}")
        return result.rps

    try:
        print(f"== {n} requests per side and round, {concurrency} threads, gunicorn 2 workers on 127.0.0.1; "
              f"{ROUNDS} rounds in turn\n   before: {machine()}", flush=True)
        cases: dict[str, dict[str, Any]] = {
            "directory, no filter": {},
            "German course B1 Mitte evening": {"kind": "german_course", "level": "B1", "district": mitte,
                                               "schedule": "evening"},
            "text search": {"q": "club-01"},
            "page 50 of everything": {"page": 50},
        }
        ratios = []
        pages = {**{label: (f"/de/directory/?{urlencode(params)}", f"/bench/bare-directory/?{urlencode(params)}")
                    for label, params in cases.items()},
                 "home page /ar/": ("/ar/", "/bench/bare-home/")}
        for label, (page_url, bare_url) in pages.items():
            load(page_url)  # warm-up of both sides (caches, the workers' first request)
            load(bare_url)
            page_rps: list[float] = []
            bare_rps: list[float] = []
            for index in range(ROUNDS):
                # Page and bare in turn, the order swapped each round, so that a burst of other
                # load hits both sides alike.
                for side in (("page", "bare") if index % 2 == 0 else ("bare", "page")):
                    (page_rps if side == "page" else bare_rps).append(load(page_url if side == "page" else bare_url))
            rounds = [b / p for p, b in zip(page_rps, bare_rps, strict=True)]
            ratio = statistics.median(rounds)
            ratios.append(ratio)
            print(f"   {label}: page {spread(page_rps, '{:.0f}')} req/s | bare {spread(bare_rps, '{:.0f}')} req/s | "
                  f"bare / page median {ratio:.2f}x (rounds {', '.join(f'{r:.2f}' for r in rounds)}) | {machine()}",
                  flush=True)
        print(f"   worst median ratio: {max(ratios):.2f} x (goal: at most 2)\n   after:  {machine()}")
    finally:
        server.stop()
if __name__ == "__main__":
    main()
