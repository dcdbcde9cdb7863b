"""Statistics and the refugee report on a million consultations, next to the raw SQL they rest on.

    ./portal bench statistics_report            (seeds the large demo data into the run's own database)
    ./portal bench statistics_report --quick    (fewer repetitions)

Data: the large demo set, a million consultations over three years and five years of monthly
occupancy for 120 accommodations (plus appointments, events, plans, dialogues, volunteers).

Prints, each measured in this run (median, min and max of alternating repetitions, 5 or 3 with
--quick), with the machine's load before and after:
  full statistics run:  reporting.statistics.refresh(full=True) - every statistic of every month,
                        deleted and inserted in checkpointed chunks  vs  the raw SQL aggregates the
                        tables hold (one plain GROUP BY per breakdown over the whole table), inserted
                        in one transaction into a table with reporting_statvalue's indexes;
  refugee report:       build_refugee_report() for the whole period, read from the statistics
                        tables  vs  the raw SQL aggregates over the records the report shows,
                        written into a plain workbook (a sheet per query, no layout or charts);
  peak memory:          the resident set of a fresh process doing the run / building the report.
Goal (issue 7): within 1.5x of the raw SQL; peak memory under 200 MB.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BASE, bootstrap, machine, spread  # noqa: E402

bootstrap()

from django.db import connection  # noqa: E402

QUICK = "--quick" in sys.argv
REPEAT = 3 if QUICK else 5
ROWS = 1_000_000
MONTH = "date_trunc('month', c.held_at AT TIME ZONE 'Europe/Berlin')::date"

# The raw aggregates: what the statistics tables hold, as the plain GROUP BY one would write,
# each (statistic, dimension, SELECT month, key, value).
RAW_STATISTICS = [
    ("consultations", "channel", f"SELECT {MONTH}, c.channel, count(*) FROM welcome_consultation c GROUP BY 1, 2"),
    ("consultations", "language", f"SELECT {MONTH}, c.language, count(*) FROM welcome_consultation c GROUP BY 1, 2"),
    ("consultations", "target_group", f"SELECT {MONTH}, tg.slug, count(*) FROM welcome_consultation c "
     "JOIN welcome_targetgroup tg ON tg.id = c.target_group_id GROUP BY 1, 2"),
    ("consultations", "organisation", f"SELECT {MONTH}, o.name, count(*) FROM welcome_consultation c "
     "JOIN core_organisation o ON o.id = c.organisation_id GROUP BY 1, 2"),
    ("consultations", "topic", f"SELECT {MONTH}, t.slug, count(*) FROM welcome_consultation c "
     "JOIN welcome_consultation_topics ct ON ct.consultation_id = c.id JOIN welcome_topic t ON t.id = ct.topic_id "
     "GROUP BY 1, 2"),
    ("consultations", "total", f"SELECT {MONTH}, '', count(*) FROM welcome_consultation c GROUP BY 1"),
    ("occupancy", "district", "SELECT o.month, d.name, sum(o.residents) FROM refugees_occupancy o "
     "JOIN refugees_accommodation a ON a.id = o.accommodation_id JOIN core_district d ON d.id = a.district_id "
     "GROUP BY 1, 2"),
    ("occupancy", "operator", "SELECT o.month, org.name, sum(o.residents) FROM refugees_occupancy o "
     "JOIN refugees_accommodation a ON a.id = o.accommodation_id JOIN core_organisation org "
     "ON org.id = a.operator_id GROUP BY 1, 2"),
    ("occupancy", "total", "SELECT o.month, '', sum(o.residents) FROM refugees_occupancy o GROUP BY 1"),
]
# The raw side writes what it computes into a table shaped and indexed as reporting_statvalue.
RAW_TABLE = """
    CREATE TABLE bench_raw_stat (id bigserial PRIMARY KEY, statistic varchar(60) NOT NULL, month date NOT NULL,
                                 dimension varchar(30) NOT NULL, key varchar(120) NOT NULL, value bigint NOT NULL);
    CREATE UNIQUE INDEX bench_raw_stat_unique ON bench_raw_stat (statistic, month, dimension, key);
    CREATE INDEX bench_raw_stat_lookup ON bench_raw_stat (statistic, dimension, month);
"""


def raw_small_statistics() -> list[str]:
    """The smaller statistics' own aggregate SQL over all months, without chunks or checkpoints."""
    from reporting.statistics import STATISTICS

    return [name for name in STATISTICS if name not in ("consultations", "occupancy")]


def run_raw_statistics() -> None:
    """Every aggregate over the whole tables, written into bench_raw_stat in one transaction."""
    from django.db import transaction
    from django.utils import timezone

    from reporting.statistics import STATISTICS

    params = {"start": date(2000, 1, 1), "end": date(timezone.localdate().year + 1, 1, 1)}
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM bench_raw_stat")
        for name, dimension, sql in RAW_STATISTICS:
            cursor.execute("INSERT INTO bench_raw_stat (statistic, month, dimension, key, value) "
                           f"SELECT %s, m, %s, k, v FROM ({sql}) AS agg(m, k, v) WHERE v IS NOT NULL",
                           [name, dimension])
        for name in raw_small_statistics():
            cursor.execute("INSERT INTO bench_raw_stat (statistic, month, dimension, key, value) "
                           f"SELECT %(name)s, m, d, k, v FROM ({STATISTICS[name].sql}) AS agg(m, d, k, v) "
                           "WHERE v IS NOT NULL", {**params, "name": name})


def report_period() -> tuple[date, date]:
    from django.utils import timezone

    return date(2014, 1, 1), timezone.localdate()


def run_raw_report() -> None:
    """What the refugee report shows, aggregated from the records for its period and the year before and
    written into a plain workbook, a sheet per query (the report's own layout and charts are not)."""
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
    import xlsxwriter

    with tempfile.TemporaryFile() as out:
        workbook = xlsxwriter.Workbook(out, {"constant_memory": True})
        with connection.cursor() as cursor:
            for number, sql in enumerate(queries):
                cursor.execute(sql, window)
                sheet = workbook.add_worksheet(f"Q{number}")
                for row_number, row in enumerate(cursor.fetchall()):
                    sheet.write_row(row_number, 0, row)
        workbook.close()


CHILD = """
import os, sys, time, io
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
# VmHWM, not ru_maxrss: Linux carries the parent's high-water mark over fork and exec into ru_maxrss.
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(elapsed, peak / 1024)
"""


def child(what: str) -> tuple[float, float]:
    """A fresh process does the work: its time and its peak resident memory (MB)."""
    start, end = report_period()
    with tempfile.TemporaryDirectory() as tmp:
        code = CHILD.format(base=str(BASE), what=what, out=f"{tmp}/report.xlsx", start=start.isoformat(),
                            end=end.isoformat())
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if out.returncode:
        raise RuntimeError(f"the {what} child failed:\n{out.stderr[-3000:]}")
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
    print("seeding the large demo data (a million consultations; a few minutes)...", flush=True)
    call_command("seed_demo", "--scale", "large", "--password", "bench-password-2026")


def main() -> None:
    ensure_data()
    from refugees.models import Accommodation, Occupancy
    from reporting.models import StatValue
    from welcome.models import Consultation

    with connection.cursor() as cursor:
        cursor.execute(RAW_TABLE)
        cursor.execute("ANALYZE")
    months = Occupancy.objects.dates("month", "month").count()
    print(f"data: {Consultation.objects.count():,} consultations, {Accommodation.objects.count()} accommodations "
          f"with {months} months of occupancy ({Occupancy.objects.count():,} rows)\nbefore: {machine()}", flush=True)
    child("statistics")  # warm-up: caches and the first fill of the tables
    stats_times, stats_peaks, raw_stats = [], [], []
    report_times, report_peaks, raw_report = [], [], []
    for _ in range(REPEAT):
        raw_stats.append(timed(run_raw_statistics))
        seconds, peak = child("statistics")
        stats_times.append(seconds)
        stats_peaks.append(peak)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM bench_raw_stat")
        raw_rows = cursor.fetchone()[0]  # type: ignore[index]  # a count: always one row
    print(f"rows written: statistics tables {StatValue.objects.count():,}, raw side {raw_rows:,}")
    run_raw_report()
    for _ in range(REPEAT):
        raw_report.append(timed(run_raw_report))
        seconds, peak = child("report")
        report_times.append(seconds)
        report_peaks.append(peak)
    s, r = statistics.median(stats_times), statistics.median(raw_stats)
    print(f"full statistics run:  {spread(stats_times, '{:.2f}')} s; raw SQL aggregates: {spread(raw_stats, '{:.2f}')} s; "
          f"ratio of medians {s / r:4.2f}x; peak RSS {spread(stats_peaks, '{:.0f}')} MB")
    b, rr = statistics.median(report_times), statistics.median(raw_report)
    start, end = report_period()
    print(f"refugee report {start:%Y-%m}..{end:%Y-%m}: {spread(report_times, '{:.2f}')} s; raw SQL aggregates: "
          f"{spread(raw_report, '{:.2f}')} s; ratio of medians {b / rr:4.2f}x; peak RSS {spread(report_peaks, '{:.0f}')} MB")
    print("goal: within 1.5x of the raw SQL, peak memory under 200 MB")
    print(f"after: {machine()}")


if __name__ == "__main__":
    main()
