"""Statistics and the refugee report on a million consultations, next to the raw SQL they rest on.

    ./portal bench statistics_report            (seeds the large demo data on first use)
    ./portal bench statistics_report --quick    (fewer repetitions)

Data: the large demo set, a million consultations over three years and five years of monthly
occupancy for 120 accommodations (plus appointments, events, plans, dialogues, volunteers).

Prints, each measured in this run (median of alternating repetitions):
  full statistics run:  reporting.statistics.refresh(full=True) - every statistic of every month,
                        deleted and inserted in checkpointed chunks  vs  the raw SQL aggregates the
                        tables hold (one plain GROUP BY per breakdown over the whole table, fetched);
  refugee report:       build_refugee_report() for the whole period, read from the statistics
                        tables  vs  the raw SQL aggregates over the records the report shows;
  peak memory:          the resident set of a fresh process doing the run / building the report.
Goal (issue 7): within 1.5x of the raw SQL; peak memory under 200 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

QUICK = "--quick" in sys.argv
REPEAT = 3 if QUICK else 5
ROWS = 1_000_000
MONTH = "date_trunc('month', c.held_at AT TIME ZONE 'Europe/Berlin')::date"

# The raw aggregates: what the statistics tables hold, as the plain GROUP BY one would write.
RAW_STATISTICS = [
    f"SELECT {MONTH}, c.channel, count(*) FROM welcome_consultation c GROUP BY 1, 2",
    f"SELECT {MONTH}, c.language, count(*) FROM welcome_consultation c GROUP BY 1, 2",
    f"SELECT {MONTH}, tg.slug, count(*) FROM welcome_consultation c "
    "JOIN welcome_targetgroup tg ON tg.id = c.target_group_id GROUP BY 1, 2",
    f"SELECT {MONTH}, o.name, count(*) FROM welcome_consultation c "
    "JOIN core_organisation o ON o.id = c.organisation_id GROUP BY 1, 2",
    f"SELECT {MONTH}, t.slug, count(*) FROM welcome_consultation c "
    "JOIN welcome_consultation_topics ct ON ct.consultation_id = c.id JOIN welcome_topic t ON t.id = ct.topic_id "
    "GROUP BY 1, 2",
    f"SELECT {MONTH}, count(*) FROM welcome_consultation c GROUP BY 1",
    "SELECT o.month, d.name, sum(o.residents) FROM refugees_occupancy o JOIN refugees_accommodation a "
    "ON a.id = o.accommodation_id JOIN core_district d ON d.id = a.district_id GROUP BY 1, 2",
    "SELECT o.month, org.name, sum(o.residents) FROM refugees_occupancy o JOIN refugees_accommodation a "
    "ON a.id = o.accommodation_id JOIN core_organisation org ON org.id = a.operator_id GROUP BY 1, 2",
    "SELECT o.month, sum(o.residents) FROM refugees_occupancy o GROUP BY 1",
]


def raw_small_statistics() -> list[str]:
    """The smaller statistics' own aggregate SQL over all months, without chunks or inserts."""
    from reporting.statistics import STATISTICS

    return [name for name in STATISTICS if name not in ("consultations", "occupancy")]


def run_raw_statistics() -> None:
    from django.utils import timezone

    from reporting.statistics import STATISTICS

    params = {"start": date(2000, 1, 1), "end": date(timezone.localdate().year + 1, 1, 1)}
    with connection.cursor() as cursor:
        for sql in RAW_STATISTICS:
            cursor.execute(sql)
            cursor.fetchall()
        for name in raw_small_statistics():
            cursor.execute(STATISTICS[name].sql, params)
            cursor.fetchall()


def report_period() -> tuple[date, date]:
    from django.utils import timezone

    return date(2014, 1, 1), timezone.localdate()


def run_raw_report() -> None:
    """What the refugee report shows, aggregated from the records for its period and the year before."""
    start, end = report_period()
    before = start.replace(year=start.year - 1)
    window = {"start": before, "end": end}
    queries = [
        "SELECT month, sum(residents) FROM refugees_occupancy WHERE month BETWEEN %(start)s AND %(end)s GROUP BY 1",
        "SELECT d.name, sum(o.residents) FROM refugees_occupancy o JOIN refugees_accommodation a "
        "ON a.id = o.accommodation_id JOIN core_district d ON d.id = a.district_id "
        "WHERE o.month = (SELECT max(month) FROM refugees_occupancy WHERE month <= %(end)s) GROUP BY 1",
        "SELECT org.name, sum(o.residents) FROM refugees_occupancy o JOIN refugees_accommodation a "
        "ON a.id = o.accommodation_id JOIN core_organisation org ON org.id = a.operator_id "
        "WHERE o.month = (SELECT max(month) FROM refugees_occupancy WHERE month <= %(end)s) GROUP BY 1",
        "SELECT count(*) FROM welcome_consultation WHERE held_at >= %(start)s AND held_at < %(end)s",
        "SELECT t.slug, count(*) FROM welcome_consultation c JOIN welcome_consultation_topics ct "
        "ON ct.consultation_id = c.id JOIN welcome_topic t ON t.id = ct.topic_id "
        "WHERE c.held_at >= %(start)s AND c.held_at < %(end)s GROUP BY 1",
        "SELECT status, count(*) FROM welcome_appointment WHERE starts_at >= %(start)s AND starts_at < %(end)s "
        "GROUP BY 1",
        "SELECT e.format, count(DISTINCT e.id), count(r.id) FROM welcome_groupevent e LEFT JOIN welcome_registration r "
        "ON r.event_id = e.id WHERE e.starts_at >= %(start)s AND e.starts_at < %(end)s GROUP BY 1",
        "SELECT o.name, count(*) FROM refugees_integrationplan p JOIN core_organisation o ON o.id = p.organisation_id "
        "WHERE p.started_on <= %(end)s AND (p.closed_on IS NULL OR p.closed_on > %(end)s) GROUP BY 1",
        "SELECT field, count(*) FROM refugees_goal WHERE status = 'reached' AND changed_at >= %(start)s "
        "AND changed_at < %(end)s GROUP BY 1",
        "SELECT g.kind, sum(g.places) FROM refugees_fimgrant g WHERE g.year = extract(year FROM %(end)s::date) GROUP BY 1",
        "SELECT g.kind, count(*) FROM refugees_fimplacement p JOIN refugees_fimgrant g ON g.id = p.grant_id "
        "WHERE %(end)s BETWEEN p.starts_on AND p.ends_on GROUP BY 1",
        "SELECT kind, count(*), sum(refugees + staff + volunteers + neighbours) FROM dialogues_dialogue "
        "WHERE held_on BETWEEN %(start)s AND %(end)s GROUP BY 1",
        "SELECT p.status, count(*) FROM dialogues_proposal p JOIN dialogues_dialogue d ON d.id = p.dialogue_id "
        "WHERE d.held_on BETWEEN %(start)s AND %(end)s GROUP BY 1",
        "SELECT kind, count(*) FROM dialogues_initiative WHERE is_active AND started_on <= %(end)s GROUP BY 1",
        "SELECT count(*) FROM volunteers_tandem WHERE status <> 'proposed' "
        "AND coalesce(started_on, proposed_on) BETWEEN %(start)s AND %(end)s",
        "SELECT r, count(*) FROM volunteers_volunteer, unnest(roles) r WHERE status = 'active' GROUP BY 1",
    ]
    with connection.cursor() as cursor:
        for sql in queries:
            cursor.execute(sql, window)
            cursor.fetchall()


CHILD = """
import os, resource, sys, time, io
sys.path.insert(0, {base!r})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
import django
django.setup()
from datetime import date
what = {what!r}
start = time.perf_counter()
if what == "statistics":
    from reporting.statistics import refresh
    refresh(full=True)
else:
    from reporting.report import build_refugee_report
    with open({out!r}, "wb") as target:
        build_refugee_report(target, start=date.fromisoformat({start!r}), end=date.fromisoformat({end!r}))
elapsed = time.perf_counter() - start
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def child(what: str) -> tuple[float, float]:
    """A fresh process does the work: its time and its peak resident memory (MB)."""
    start, end = report_period()
    with tempfile.TemporaryDirectory() as tmp:
        code = CHILD.format(base=str(BASE), what=what, out=f"{tmp}/report.xlsx", start=start.isoformat(),
                            end=end.isoformat())
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, peak = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), float(peak)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ensure_data() -> None:
    from django.core.management import call_command

    from welcome.models import Consultation

    if Consultation.objects.count() >= ROWS:
        return
    print("seeding the large demo data (a million consultations; once, a few minutes)...", flush=True)
    call_command("seed_demo", "--scale", "large", "--password", "bench-password-2026")


def main() -> None:
    ensure_data()
    from refugees.models import Accommodation, Occupancy
    from reporting.models import StatValue
    from welcome.models import Consultation

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    months = Occupancy.objects.dates("month", "month").count()
    print(f"data: {Consultation.objects.count():,} consultations, {Accommodation.objects.count()} accommodations "
          f"with {months} months of occupancy ({Occupancy.objects.count():,} rows)")
    child("statistics")  # warm-up: caches and the first fill of the tables
    stats_times, stats_peaks, raw_stats = [], [], []
    report_times, report_peaks, raw_report = [], [], []
    for _ in range(REPEAT):
        raw_stats.append(timed(run_raw_statistics))
        seconds, peak = child("statistics")
        stats_times.append(seconds)
        stats_peaks.append(peak)
    print(f"statistics tables: {StatValue.objects.count():,} rows")
    run_raw_report()
    for _ in range(REPEAT):
        raw_report.append(timed(run_raw_report))
        seconds, peak = child("report")
        report_times.append(seconds)
        report_peaks.append(peak)
    s, r = statistics.median(stats_times), statistics.median(raw_stats)
    print(f"full statistics run: {s:6.2f} s   raw SQL aggregates: {r:6.2f} s   ratio {s / r:4.2f}x   "
          f"peak RSS {max(stats_peaks):5.0f} MB")
    b, rr = statistics.median(report_times), statistics.median(raw_report)
    start, end = report_period()
    print(f"refugee report {start:%Y-%m}..{end:%Y-%m}: {b:6.2f} s   raw SQL aggregates: {rr:6.2f} s   "
          f"ratio {b / rr:4.2f}x   peak RSS {max(report_peaks):5.0f} MB")
    print("goal: within 1.5x of the raw SQL, peak memory under 200 MB")


if __name__ == "__main__":
    main()
