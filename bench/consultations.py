"""Consultations at a million rows: list page, export, import, each next to a same-run baseline.

    ./portal bench consultations            (seeds a million consultations on first use)
    ./portal bench consultations --quick    (fewer repetitions)

Prints, for each measurement, the portal's figure, the baseline's and their ratio:
  list page:  the real view (access helper, filters, layout, template) at the first page and
              900,000 rows deep  vs  a bare view rendering the same 50 rows from one raw keyset query;
              both are requests through the same middleware, with the same signed-in session;
  export:     the XLSX export job's work, as a worker does it (time, peak RSS of its process)
              vs  a bare xlsxwriter constant_memory export of the same rows;
  import:     100,000 consultations through the admin's django-import-export resource, dry run and
              confirm  vs  bulk_create of the same rows.
Goals (issue 3): page flat with depth and within 2x; export within 1.3x and under 150 MB;
import at least 5,000 rows/s in each phase.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402

QUICK = "--quick" in sys.argv
REPEAT = 5 if QUICK else 15
ROWS = 1_000_000


def median_ms(fn, repeat=REPEAT):
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def paired_median_ms(a, b, repeat=REPEAT * 2):
    """Alternate the two so that machine noise falls on both alike."""
    a()
    b()
    times_a: list[float] = []
    times_b: list[float] = []
    for _ in range(repeat):
        for fn, times in ((a, times_a), (b, times_b)):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times_a), statistics.median(times_b)


def ensure_data():
    from django.core.management import call_command

    from welcome.models import Consultation

    if Consultation.objects.count() >= ROWS:
        return
    print("seeding a million consultations (once; takes a few minutes)...", flush=True)
    call_command("seed_demo", "--scale", "large", "--password", "bench-password-2026")


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


BARE_TEMPLATE = engines["django"].from_string(
    "<table>{% for r in rows %}<tr><td>{{ r.0 }}</td><td>{{ r.1 }}</td><td>{{ r.2 }}</td><td>{{ r.3 }}</td>"
    "<td>{{ r.4 }}</td><td>{{ r.5 }}</td><td>{{ r.6 }}</td></tr>{% endfor %}</table>"
)
BARE_SQL = """
    SELECT c.id, c.held_at, c.channel, c.language, tg.name, u.email, o.name
    FROM welcome_consultation c
    JOIN welcome_targetgroup tg ON tg.id = c.target_group_id
    JOIN core_user u ON u.id = c.counsellor_id
    JOIN core_organisation o ON o.id = c.organisation_id
    WHERE (c.held_at, c.id) < (%s, %s)
    ORDER BY c.held_at DESC, c.id DESC LIMIT 50
"""


def bare_view(cursor_pos):
    with connection.cursor() as cur:
        cur.execute(BARE_SQL, cursor_pos)
        rows = cur.fetchall()
    return BARE_TEMPLATE.render({"rows": rows})


def bare_http_view(request):
    from django.http import HttpResponse

    held_at, pk = request.GET.get("held_at"), request.GET.get("id")
    return HttpResponse(bare_view((held_at, int(pk)) if held_at else ("9999-01-01T00:00:00+00:00", 2**62)))


def bench_urlconf():
    """The project's URLs plus the bare view, so that both go through the same stack."""
    import types

    from django.urls import clear_url_caches, path

    import config.urls

    module = types.ModuleType("bench_urls")
    module.urlpatterns = [path("bench/bare/", bare_http_view), *config.urls.urlpatterns]  # type: ignore[attr-defined]
    sys.modules["bench_urls"] = module
    from django.conf import settings

    settings.ROOT_URLCONF = "bench_urls"
    clear_url_caches()


def position_at(depth):
    with connection.cursor() as cur:
        cur.execute(
            "SELECT held_at, id FROM welcome_consultation ORDER BY held_at DESC, id DESC OFFSET %s LIMIT 1", [depth]
        )
        return cur.fetchone()


def bench_list(client):
    from welcome.models import Consultation
    from welcome.selectors import encode_cursor

    print(f"\n== list page, 50 rows (median of {REPEAT * 2}, alternating, ms)")
    print(f"{'depth':>10} {'portal view':>12} {'bare view':>10} {'ratio':>6}")
    for depth in (0, 900_000):
        pos = position_at(depth - 1) if depth else None
        cursor = encode_cursor(Consultation(held_at=pos[0], id=pos[1])) if pos else ""
        url = "/de/staff/welcome/consultations/?size=50" + (f"&after={cursor}" if cursor else "")

        def portal(url=url):
            response = client.get(url)
            assert response.status_code == 200, response.status_code
            # one detail link per row
            assert response.content.count(b'<td><a href="/de/staff/welcome/consultations/') == 50

        bare_url = "/bench/bare/" + ("?" + urlencode({"held_at": pos[0].isoformat(), "id": pos[1]}) if pos else "")

        def bare(bare_url=bare_url):
            response = client.get(bare_url)
            assert response.status_code == 200
            assert response.content.count(b"<tr>") == 50

        portal_ms, bare_ms = paired_median_ms(portal, bare)
        print(f"{depth:>10,} {portal_ms:>12.1f} {bare_ms:>10.1f} {portal_ms / bare_ms:>6.2f}")
    with connection.cursor() as cur:
        start = time.perf_counter()
        cur.execute("SELECT id FROM welcome_consultation ORDER BY held_at DESC, id DESC OFFSET 900000 LIMIT 50")
        cur.fetchall()
        print(f"   (for reference: OFFSET 900,000 takes {(time.perf_counter() - start) * 1000:.0f} ms)")


def child_export(kind):
    """Runs in a child process so its peak RSS is its own."""
    from welcome.models import Consultation

    start = time.perf_counter()
    if kind == "view":
        # The XLSX export is a job now (core/exports.py): the worker's part, in this process.
        from core.exports import export_run
        from core.models import ExportJob

        job = ExportJob.objects.create(user=bench_admin(), kind="welcome:consultations", title="bench", language="de")
        export_run(job_id=job.pk)
        job.refresh_from_db()
        size, rows = job.file.size, job.rows
        job.file.delete(save=False)
        job.delete()
    else:
        import tempfile

        import xlsxwriter

        tmp = tempfile.TemporaryFile()  # noqa: SIM115 - read back for its size, closed at exit
        workbook = xlsxwriter.Workbook(tmp, {"constant_memory": True})
        sheet = workbook.add_worksheet()
        rows = 0
        with connection.cursor() as cur:
            cur.execute("DECLARE bench NO SCROLL CURSOR WITH HOLD FOR " + BARE_EXPORT_SQL)
            while True:
                cur.execute("FETCH 5000 FROM bench")
                batch = cur.fetchall()
                if not batch:
                    break
                for row in batch:
                    rows += 1
                    for col, value in enumerate(row):
                        if value is not None:
                            sheet.write(rows, col, value.replace(tzinfo=None) if hasattr(value, "tzinfo") else value)
            cur.execute("CLOSE bench")
        workbook.close()
        size = tmp.tell()
    _ = Consultation
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.2f} {peak_mb:.0f} {size} {rows}")


BARE_EXPORT_SQL = """
    SELECT c.id, c.held_at, o.name, u.email, c.channel, c.language,
           (SELECT string_agg(t.name_de, '; ') FROM welcome_consultation_topics ct
              JOIN welcome_topic t ON t.id = ct.topic_id WHERE ct.consultation_id = c.id),
           tg.name_de, c.country_of_origin, c.duration_minutes,
           (SELECT string_agg(r.name_de, '; ') FROM welcome_consultation_referrals cr
              JOIN welcome_referraltarget r ON r.id = cr.referraltarget_id WHERE cr.consultation_id = c.id),
           c.client_code, c.outcome_note
    FROM welcome_consultation c
    JOIN welcome_targetgroup tg ON tg.id = c.target_group_id
    JOIN core_user u ON u.id = c.counsellor_id
    JOIN core_organisation o ON o.id = c.organisation_id
    ORDER BY c.held_at DESC, c.id DESC
"""


def bench_export():
    print("\n== XLSX export of all 1,000,000 rows (one run each, separate processes)")
    results = {}
    for kind in ("view", "bare"):
        out = subprocess.run(
            [sys.executable, __file__, "--child-export", kind], capture_output=True, text=True, check=True
        )
        seconds, peak, size, rows = out.stdout.split()[-4:]
        results[kind] = (float(seconds), float(peak))
        print(f"{kind:>6}: {float(seconds):7.1f} s, peak RSS {float(peak):5.0f} MB, {int(size) / 1e6:.0f} MB file")
    print(f" ratio: {results['view'][0] / results['bare'][0]:.2f} (time)")


def bench_import(n=100_000):
    import tablib
    from django.db import transaction

    from welcome.models import Consultation
    from welcome.resources import ConsultationResource

    print(f"\n== import of {n:,} consultations")
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
    before = Consultation.objects.count()
    last_id = Consultation.objects.order_by("-id").values_list("id", flat=True).first() or 0
    for phase, dry in (("dry run", True), ("confirm", False)):
        start = time.perf_counter()
        result = ConsultationResource().import_data(data, dry_run=dry, use_transactions=True)
        seconds = time.perf_counter() - start
        assert not result.has_errors() and not result.has_validation_errors()
        print(f"{phase:>8}: {seconds:7.1f} s  = {n / seconds:8,.0f} rows/s")
    imported = Consultation.objects.count() - before
    # Baseline: bulk_create of the same rows (and their topics), then removed again.
    start = time.perf_counter()
    with transaction.atomic():
        objs = Consultation.objects.bulk_create(
            [Consultation(held_at=sample[i % len(sample)].held_at, counsellor_id=sample[i % len(sample)].counsellor_id,
                          organisation_id=sample[i % len(sample)].organisation_id, channel="phone", language="de",
                          target_group_id=sample[i % len(sample)].target_group_id, duration_minutes=30)
             for i in range(n)],
            batch_size=5000,
        )
        through = Consultation.topics.through
        topic_id = sample[0].topics.all()[0].pk
        through.objects.bulk_create([through(consultation_id=o.pk, topic_id=topic_id) for o in objs], batch_size=5000)
    seconds = time.perf_counter() - start
    print(f"baseline bulk_create: {seconds:7.1f} s  = {n / seconds:8,.0f} rows/s")
    # Both the baseline's rows and the imported ones go again: every run starts from the same million.
    with connection.cursor() as cur:
        for table in ("welcome_consultation_topics", "welcome_consultation_referrals"):
            cur.execute(f"DELETE FROM {table} WHERE consultation_id > %s", [last_id])  # noqa: S608
        cur.execute("DELETE FROM welcome_consultation WHERE id > %s", [last_id])
        cur.execute("VACUUM ANALYZE welcome_consultation")
    print(f"(removed again: {imported:,} imported and {len(objs):,} baseline rows)")


def main():
    if "--child-export" in sys.argv:
        child_export(sys.argv[sys.argv.index("--child-export") + 1])
        return
    ensure_data()
    from welcome.models import Consultation

    print(f"consultations in the database: {Consultation.objects.count():,}")
    bench_urlconf()
    client = Client(HTTP_HOST="localhost")
    client.force_login(bench_admin())
    bench_list(client)
    if "--no-export" not in sys.argv:
        bench_export()
    if "--no-import" not in sys.argv:
        bench_import(20_000 if QUICK else 100_000)


if __name__ == "__main__":
    main()
