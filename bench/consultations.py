"""Consultations at a million rows: list page, export, import, each next to a same-run baseline.

    ./portal bench consultations            (seeds a million consultations into the run's own database)
    ./portal bench consultations --quick    (fewer repetitions, a smaller import)
    ./portal bench consultations [--rounds R] [--no-export] [--no-import]

The run has a database of its own (bench/common.py), seeded with the large demo set; one in ten
consultations gets an outcome note and one in five a client code, a quarter of the notes beginning
with = - + or @ (so that the export's formula escaping has work). Prints, for each measurement, the
portal's figure, the baseline's, their ratio and the machine's load:
  list page:  the real view (access helper, filters, layout, template) at the first page and
              900,000 rows deep  vs  a bare view rendering the same 50 rows from one raw keyset query
              (bench/bench_urls.py); both are requests through the same middleware, with the same
              signed-in session; median (min, max) of alternating repetitions;
  export:     the XLSX export job's work, as a worker does it (time, peak RSS of its process)
              vs  a bare xlsxwriter constant_memory writer over one raw cursor, writing the same
              workbook: the same columns, Europe/Berlin wall-clock times in the same date format,
              the same formula escaping, header, widths and frozen row (checked: the xl/ parts of
              both files are byte for byte the same); R rounds (default 3), in turn, fresh processes;
  import:     100,000 consultations through the admin's django-import-export resource, dry run and
              confirm  vs  bulk_create of the same rows with the same topics and referrals; R rounds,
              the rows removed after each.
Goals (issue 3): page flat with depth and within 2x; export within 1.3x and under 150 MB;
import at least 5,000 rows/s in each phase.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import bootstrap, machine, peak_mb, spread  # noqa: E402

bootstrap()

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402

ARGS = sys.argv[1:]
QUICK = "--quick" in ARGS
REPEAT = 5 if QUICK else 15
ROUNDS = int(ARGS[ARGS.index("--rounds") + 1]) if "--rounds" in ARGS else 3
ROWS = 1_000_000


def paired_ms(a, b, repeat=REPEAT * 2):
    """Alternate the two so that machine noise falls on both alike; every timing of each, in ms."""
    a()
    b()
    times_a: list[float] = []
    times_b: list[float] = []
    for _ in range(repeat):
        for fn, times in ((a, times_a), (b, times_b)):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
    return times_a, times_b


def ensure_data():
    """The large demo set, plus outcome notes and client codes (the seed writes none), some of them
    beginning with a formula trigger."""
    from django.core.management import call_command

    from welcome.models import Consultation

    if Consultation.objects.count() >= ROWS:
        return
    print("seeding a million consultations (takes a few minutes)...", flush=True)
    call_command("seed_demo", "--scale", "large", "--password", "bench-password-2026")
    with connection.cursor() as cur:
        cur.execute("""UPDATE welcome_consultation SET outcome_note = CASE id % 40
                           WHEN 0 THEN '=HYPERLINK("https://example.org","Termin")'
                           WHEN 10 THEN '-> Jobcenter, Antrag gestellt'
                           WHEN 20 THEN '+49 711 216 anrufen'
                           WHEN 30 THEN '@Team: Rückruf bis Freitag'
                           ELSE 'Anerkennung besprochen; Unterlagen folgen' END
                       WHERE id % 10 = 0""")
        cur.execute("UPDATE welcome_consultation SET client_code = CASE WHEN id % 50 = 0 THEN '-' || id "
                    "ELSE 'K-' || id END WHERE id % 5 = 0")
        cur.execute("VACUUM ANALYZE welcome_consultation")


def bench_admin():
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from core.models import Membership, Organisation, Role, User

    user, _ = User.objects.get_or_create(email="bench-admin@welcome.example")
    org = Organisation.objects.get(kind="city")
    Membership.objects.get_or_create(user=user, organisation=org, role=Role.ADMIN)
    if not Authenticator.objects.filter(user=user, type="totp").exists():
        TOTP.activate(user, generate_totp_secret())
    return user


def position_at(depth):
    with connection.cursor() as cur:
        cur.execute(
            "SELECT held_at, id FROM welcome_consultation ORDER BY held_at DESC, id DESC OFFSET %s LIMIT 1", [depth]
        )
        return cur.fetchone()


def bench_list(client):
    from welcome.consultations.selectors import encode_cursor
    from welcome.models import Consultation

    print(f"\n== list page, 50 rows, ms: median (min, max) of {REPEAT * 2} alternating requests\n   before: {machine()}")
    for depth in (0, 900_000):
        pos = position_at(depth - 1) if depth else None
        cursor = encode_cursor(Consultation(held_at=pos[0], id=pos[1])) if pos else ""
        url = "/de/staff/welcome/consultations/?size=50" + (f"&after={cursor}" if cursor else "")

        def portal(url=url):
            response = client.get(url)
            assert response.status_code == 200, response.status_code
            # one detail link per row
            assert response.content.count(b'<td><a href="/de/staff/welcome/consultations/') == 50

        bare_url = "/bench/bare-consultations/" + (
            "?" + urlencode({"held_at": pos[0].isoformat(), "id": pos[1]}) if pos else "")

        def bare(bare_url=bare_url):
            response = client.get(bare_url)
            assert response.status_code == 200
            assert response.content.count(b"<tr>") == 50

        portal_ms, bare_ms = paired_ms(portal, bare)
        print(f"   depth {depth:>7,}: portal view {spread(portal_ms)}  bare view {spread(bare_ms)}  "
              f"ratio {statistics.median(portal_ms) / statistics.median(bare_ms):.2f}")
    with connection.cursor() as cur:
        start = time.perf_counter()
        cur.execute("SELECT id FROM welcome_consultation ORDER BY held_at DESC, id DESC OFFSET 900000 LIMIT 50")
        cur.fetchall()
        print(f"   (for reference: OFFSET 900,000 takes {(time.perf_counter() - start) * 1000:.0f} ms)")
    print(f"   after:  {machine()}")


def workbook_digest(path) -> str:
    """SHA-256 over the workbook's xl/ parts (sheet, strings, styles, workbook): what a reader sees,
    without docProps (it holds the creation time)."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(path) as book:
        for name in sorted(n for n in book.namelist() if n.startswith("xl/")):
            digest.update(name.encode())
            with book.open(name) as part:
                while chunk := part.read(1 << 20):
                    digest.update(chunk)
    return digest.hexdigest()


# The bare writer's formula triggers: the same rule as core.exports.safe_cell, written out here.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# The job's query written by hand (measured: one GROUP BY over the joins streams the million rows in
# about a third of the time that correlated string_agg subqueries take), local time from the server.
BARE_EXPORT_SQL = """
    SELECT c.id, c.held_at AT TIME ZONE 'Europe/Berlin', o.name, u.email, c.channel, c.language,
           string_agg(DISTINCT t.name_de, '; '), tg.name_de, c.country_of_origin, c.duration_minutes,
           string_agg(DISTINCT r.name_de, '; '), c.client_code, c.outcome_note
    FROM welcome_consultation c
    LEFT JOIN welcome_consultation_topics ct ON ct.consultation_id = c.id
    LEFT JOIN welcome_topic t ON t.id = ct.topic_id
    LEFT JOIN welcome_consultation_referrals cr ON cr.consultation_id = c.id
    LEFT JOIN welcome_referraltarget r ON r.id = cr.referraltarget_id
    JOIN core_user u ON u.id = c.counsellor_id
    JOIN core_organisation o ON o.id = c.organisation_id
    JOIN welcome_targetgroup tg ON tg.id = c.target_group_id
    GROUP BY c.id, o.name, u.email, tg.name_de
    ORDER BY c.held_at DESC, c.id DESC
"""


def bare_export(out):
    """xlsxwriter over one raw cursor, writing the workbook the export job writes (German, as the
    bench admin asks for it): header, widths, frozen row, local times as yyyy-mm-dd hh:mm, numbers
    as numbers, empty cells skipped, strings escaped."""
    import xlsxwriter
    from django.utils import translation

    from welcome.consultations.selectors import EXPORT_COLUMNS
    from welcome.models import Consultation

    with translation.override("de"):
        title = translation.gettext("Consultations")
        header = [str(getattr(Consultation._meta.get_field(c), "verbose_name", c)) if c != "id" else "ID"
                  for c in EXPORT_COLUMNS]
    workbook = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_urls": False, "remove_timezone": True})
    sheet = workbook.add_worksheet(title[:31])
    bold = workbook.add_format({"bold": True})
    when = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.freeze_panes(1, 0)
    for col, text in enumerate(header):
        sheet.write_string(0, col, text, bold)
        sheet.set_column(col, col, max(12, min(40, len(text) + 4)))
    rows = 0
    # A server-side cursor inside a transaction: rows stream as they come, 5,000 per round trip.
    with transaction.atomic():
        connection.ensure_connection()
        with connection.connection.cursor(name="bare_export") as cur:
            cur.itersize = 5000
            cur.execute(BARE_EXPORT_SQL)
            for row in cur:
                rows += 1
                sheet.write_number(rows, 0, row[0])
                sheet.write_datetime(rows, 1, row[1], when)
                sheet.write_number(rows, 9, row[9])
                for col in (2, 3, 4, 5, 6, 7, 8, 10, 11, 12):
                    value = row[col]
                    if value:
                        sheet.write_string(rows, col, "'" + value if value.startswith(FORMULA_TRIGGERS) else value)
    workbook.close()
    return rows


def child_export(kind, out):
    """Runs in a fresh process so that its peak RSS (VmHWM) is its own; writes the workbook to `out`."""
    start = time.perf_counter()
    if kind == "view":
        # The XLSX export is a job (core/exports.py): the worker's part, in this process.
        from core.exports import export_run
        from core.models import ExportJob

        job = ExportJob.objects.create(user=bench_admin(), kind="welcome:consultations", title="bench", language="de")
        export_run(job_id=job.pk)
        seconds = time.perf_counter() - start
        job.refresh_from_db()
        rows = job.rows
        with job.file.open("rb") as stored, open(out, "wb") as target:
            shutil.copyfileobj(stored, target, 1 << 20)
        job.file.delete(save=False)
        job.delete()
    else:
        rows = bare_export(out)
        seconds = time.perf_counter() - start
    peak = peak_mb()
    print(f"{seconds:.2f} {peak:.0f} {os.path.getsize(out)} {rows} {workbook_digest(out)}")


def run_child_export(kind, out):
    """(seconds, peak MB, size, rows, digest) of one export in a fresh process."""
    found = subprocess.run([sys.executable, __file__, "--child-export", kind, str(out)], capture_output=True,
                           text=True, check=False)
    if found.returncode:
        raise RuntimeError(f"the {kind} export failed:\n{found.stderr[-3000:]}")
    seconds, peak, size, rows, digest = found.stdout.split()[-5:]
    Path(out).unlink(missing_ok=True)
    return float(seconds), float(peak), int(size), int(rows), digest


def bench_export():
    import tempfile

    print(f"\n== XLSX export of all {ROWS:,} rows: {ROUNDS} rounds, job and bare writer in turn, fresh processes"
          f"\n   before: {machine()}", flush=True)
    results: dict[str, list[tuple[float, float, int, int, str]]] = {"view": [], "bare": []}
    for index in range(ROUNDS):
        order = ("view", "bare") if index % 2 == 0 else ("bare", "view")
        for kind in order:
            results[kind].append(run_child_export(kind, Path(tempfile.gettempdir()) / f"export-{kind}.xlsx"))
        view, bare = results["view"][-1], results["bare"][-1]
        print(f"   round {index + 1}: job {view[0]:.1f} s, {view[1]:.0f} MB | bare {bare[0]:.1f} s, {bare[1]:.0f} MB"
              f" | {machine()}", flush=True)
    view_s, bare_s = [r[0] for r in results["view"]], [r[0] for r in results["bare"]]
    print(f"   export job:  {spread(view_s)} s, peak RSS {spread([r[1] for r in results['view']], '{:.0f}')} MB")
    print(f"   bare writer: {spread(bare_s)} s, peak RSS {spread([r[1] for r in results['bare']], '{:.0f}')} MB")
    same = {r[4] for r in results["view"] + results["bare"]}
    rows = {r[3] for r in results["view"] + results["bare"]}
    print(f"   ratio job / bare: {statistics.median(view_s) / statistics.median(bare_s):.2f} (goal: at most 1.3; "
          f"peak under 150 MB); {', '.join(map(str, sorted(rows)))} rows, {results['view'][0][2] / 1e6:.0f} MB; "
          f"same workbook content on both sides: {'yes' if len(same) == 1 else 'NO - the baseline is not comparable'}")
    print(f"   after:  {machine()}", flush=True)
    if len(same) != 1:
        raise SystemExit("bench: the bare writer and the export job wrote different workbooks")


def bench_import(n=100_000):
    import tablib
    from django.db import transaction

    from welcome.models import Consultation
    from welcome.resources import ConsultationResource

    print(f"\n== import of {n:,} consultations: {ROUNDS} rounds, rows removed after each\n   before: {machine()}",
          flush=True)
    sample = list(
        Consultation.objects.select_related("counsellor", "organisation", "target_group")
        .prefetch_related("topics", "referrals")[:1000]
    )
    header = ["held_at", "counsellor", "organisation", "channel", "language", "topics", "target_group",
              "country_of_origin", "duration_minutes", "referrals", "outcome_note", "client_code"]
    data = tablib.Dataset(headers=header)
    for i in range(n):
        c = sample[i % len(sample)]
        data.append([
            c.held_at.strftime("%Y-%m-%d %H:%M"), c.counsellor.email, c.organisation.name, c.channel, c.language,
            ";".join(t.slug for t in c.topics.all()), c.target_group.slug, str(c.country_of_origin),
            c.duration_minutes, ";".join(r.slug for r in c.referrals.all()), "", "",
        ])
    last_id = Consultation.objects.order_by("-id").values_list("id", flat=True).first() or 0
    topics: Any = Consultation.topics.through
    referrals: Any = Consultation.referrals.through
    times: dict[str, list[float]] = {"dry run": [], "confirm": [], "bulk_create": []}
    for index in range(ROUNDS):
        for phase, dry in (("dry run", True), ("confirm", False)):
            start = time.perf_counter()
            result = ConsultationResource().import_data(data, dry_run=dry, use_transactions=True)
            times[phase].append(time.perf_counter() - start)
            assert not result.has_errors() and not result.has_validation_errors()
        imported = Consultation.objects.filter(id__gt=last_id).count()
        assert imported == n, imported
        # Baseline: bulk_create of the same rows with the same topics and referrals, after the import's rows went.
        remove_after(last_id)
        start = time.perf_counter()
        with transaction.atomic():
            sources = [sample[i % len(sample)] for i in range(n)]
            objs = Consultation.objects.bulk_create(
                [Consultation(held_at=c.held_at, counsellor_id=c.counsellor_id, organisation_id=c.organisation_id,
                              channel=c.channel, language=c.language, target_group_id=c.target_group_id,
                              country_of_origin=c.country_of_origin, duration_minutes=c.duration_minutes)
                 for c in sources],
                batch_size=5000,
            )
            topics.objects.bulk_create([topics(consultation_id=o.pk, topic_id=t.pk)
                                        for o, c in zip(objs, sources, strict=True) for t in c.topics.all()],
                                       batch_size=5000)
            referrals.objects.bulk_create([referrals(consultation_id=o.pk, referraltarget_id=r.pk)
                                           for o, c in zip(objs, sources, strict=True) for r in c.referrals.all()],
                                          batch_size=5000)
        times["bulk_create"].append(time.perf_counter() - start)
        remove_after(last_id)
        print(f"   round {index + 1}: " + " | ".join(f"{k} {v[-1]:.1f} s = {n / v[-1]:,.0f} rows/s"
                                                  for k, v in times.items()) + f" | {machine()}", flush=True)
    for phase, values in times.items():
        rates = [n / v for v in values]
        print(f"   {phase:>11}: {spread(rates, '{:,.0f}')} rows/s" +
              ("   (goal: at least 5,000 rows/s)" if phase != "bulk_create" else "   (baseline)"))
    print(f"   after:  {machine()}", flush=True)


def remove_after(last_id):
    """Every round starts from the same million: the import's and the baseline's rows go again."""
    with connection.cursor() as cur:
        for table in ("welcome_consultation_topics", "welcome_consultation_referrals"):
            cur.execute(f"DELETE FROM {table} WHERE consultation_id > %s", [last_id])  # noqa: S608
        cur.execute("DELETE FROM welcome_consultation WHERE id > %s", [last_id])
        cur.execute("VACUUM ANALYZE welcome_consultation")


def main():
    if "--child-export" in ARGS:
        at = ARGS.index("--child-export")
        child_export(ARGS[at + 1], ARGS[at + 2])
        return
    ensure_data()
    from welcome.models import Consultation

    print(f"consultations in the database: {Consultation.objects.count():,}; {machine()}")
    client = Client(HTTP_HOST="localhost")
    client.force_login(bench_admin())
    bench_list(client)
    if "--no-export" not in ARGS:
        bench_export()
    if "--no-import" not in ARGS:
        bench_import(20_000 if QUICK else 100_000)


if __name__ == "__main__":
    main()
