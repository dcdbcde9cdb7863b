"""The XLSX export of a million consultations behind the production server, and the spreadsheet
import path of 100,000 occupancy rows, each next to a baseline doing the same work in the same run.

    ./portal bench exports [--rounds 3] [--no-import] [--no-export]

The run has a database of its own (bench/common.py), seeded with the large demo set plus outcome
notes and client codes (bench/consultations.py), and a Celery queue of its own. R rounds (default 3)
of each side, in turn; printed per round and as median (min, max), with the machine's load.

Export: gunicorn as production runs it (2 workers, its default 30-second timeout) and a Celery
worker (solo pool, the run's queues) as separate processes, files in PostgreSQL (PORTAL_FILE_STORAGE=
database, as compose sets). An admin asks for /de/staff/welcome/consultations/export.xlsx, the
request returns at once with the job's page, the worker builds the workbook, the browser polls the
page and downloads the file through gunicorn. Per round: the request's time, the time until the
file is ready, the download's time, the peak memory (VmHWM, the highest so far) of the gunicorn
workers and of the Celery worker. Beside it, in a fresh process, the bare xlsxwriter writer of
bench/consultations.py over one raw cursor: the same workbook (columns, Europe/Berlin times in the
same format, formula escaping, header), checked by comparing the xl/ parts of both files.

Import: an operator uploads a 100,000-row CSV as German Excel saves it (BOM, semicolons, CRLF,
11.2017, 1.234) through the view, gets the preview, confirms; beside it a bare import of the same
bytes: csv.reader, the same number and month parsing, COPY into a temporary table and the same
INSERT ... ON CONFLICT into the occupancy table (no form checks, no audit row). Both results are
compared row for row. Goal: confirm at 5,000 rows/s or more.
"""

from __future__ import annotations

import csv
import io
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    BenchError,
    bootstrap,
    celery_worker,
    gunicorn,
    machine,
    peak_mb,
    spread,
    stop,
    tail,
)

bootstrap()

import requests  # noqa: E402
from consultations import ROWS, ensure_data, run_child_export, workbook_digest  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from tests.processes import csrf_of, post_form, totp  # noqa: E402

ARGS = sys.argv[1:]
ROUNDS = int(ARGS[ARGS.index("--rounds") + 1]) if "--rounds" in ARGS else 3


def children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False).stdout.split()
    return [int(p) for p in found]


def bench_admin_with_secret() -> tuple[str, str]:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from core.models import Membership, Organisation, Role, User

    user, _ = User.objects.get_or_create(email="bench-export@welcome.example")
    user.set_password("bench-password-2026")
    user.save(update_fields=["password"])
    Membership.objects.get_or_create(user=user, organisation=Organisation.objects.get(kind="city"), role=Role.ADMIN)
    Authenticator.objects.filter(user=user).delete()
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return user.email, secret


def start_stack() -> tuple[Any, Any]:
    """gunicorn and a Celery worker on the run's queues, each waited for."""
    import os

    env = {"PORTAL_FILE_STORAGE": "database"}
    os.environ.update(env)  # the bench process reads the stored files through the same storage
    web = gunicorn(env=env)
    worker, log = celery_worker([os.environ["PORTAL_CELERY_QUEUE"], os.environ["PORTAL_CELERY_LONG_QUEUE"]])
    deadline = time.monotonic() + 90
    while " ready." not in log.read_text(errors="replace"):
        if worker.poll() is not None or time.monotonic() > deadline:
            stop(web.proc, worker)
            raise BenchError(f"the Celery worker did not become ready:\n{tail(log)}")
        time.sleep(0.25)
    return web, worker


def export_round(base: str, session: requests.Session, web: Any, worker: Any, target: Path) -> dict[str, float]:
    started = time.perf_counter()
    response = session.get(f"{base}/de/staff/welcome/consultations/export.xlsx", allow_redirects=False, timeout=60)
    request_s = time.perf_counter() - started
    if response.status_code != 302:
        raise BenchError(f"the export request answered {response.status_code}")
    page = base + response.headers["Location"]
    while True:
        html = session.get(page, timeout=60).text
        if "/download/" in html:
            break
        if "failed" in html:
            raise BenchError("the export job failed")
        time.sleep(0.5)
    ready_s = time.perf_counter() - started
    download = re.search(r'href="([^"]+/download/)"', html)
    assert download
    begun = time.perf_counter()
    with session.get(base + download.group(1), stream=True, timeout=600) as file, open(target, "wb") as out:
        if file.status_code != 200:
            raise BenchError(f"the download answered {file.status_code}")
        for chunk in file.iter_content(1024 * 1024):
            out.write(chunk)
    download_s = time.perf_counter() - begun
    return {"request_s": request_s, "ready_s": ready_s, "download_s": download_s,
            "size_mb": target.stat().st_size / 1e6,
            "web_mb": max([peak_mb(p) for p in children(web.proc.pid)] or [0.0]), "worker_mb": peak_mb(worker.pid)}


def bench_export() -> None:
    from core.models import ExportJob

    ensure_data()
    email, secret = bench_admin_with_secret()
    print(f"\n== XLSX export of {ROWS:,} consultations through gunicorn (30 s timeout) and a Celery worker: "
          f"{ROUNDS} rounds, in turn with the bare writer\n   before: {machine()}", flush=True)
    web, worker = start_stack()
    rounds: list[dict[str, float]] = []
    bares: list[tuple[float, float, int, int, str]] = []
    same: list[bool] = []
    file = Path(tempfile.gettempdir()) / "download.xlsx"
    try:
        session = requests.Session()
        response = post_form(session, f"{web.base}/de/accounts/login/", {"login": email, "password": "bench-password-2026"})
        if "/2fa/" in response.url:
            post_form(session, response.url, {"code": totp(secret)})
        for index in range(ROUNDS):
            order = ("job", "bare") if index % 2 == 0 else ("bare", "job")
            for side in order:
                if side == "job":
                    rounds.append(export_round(web.base, session, web, worker, file))
                    job_digest = workbook_digest(file)
                    file.unlink()
                else:
                    bares.append(run_child_export("bare", Path(tempfile.gettempdir()) / "bare.xlsx"))
            result, bare = rounds[-1], bares[-1]
            same.append(job_digest == bare[4])
            print(f"   round {index + 1}: request {result['request_s']:.2f} s, file ready after {result['ready_s']:.1f} s, "
                  f"download {result['download_s']:.1f} s ({result['size_mb']:.0f} MB); peak memory: gunicorn "
                  f"worker {result['web_mb']:.0f} MB, Celery worker {result['worker_mb']:.0f} MB | bare writer "
                  f"{bare[0]:.1f} s, {bare[1]:.0f} MB, {bare[3]:,} rows | same workbook: "
                  f"{'yes' if same[-1] else 'NO'} | {machine()}", flush=True)
    finally:
        stop(web.proc, worker)
    ExportJob.objects.all().delete()

    def values(key: str) -> list[float]:
        return [r[key] for r in rounds]

    ready, bare_s = values("ready_s"), [b[0] for b in bares]
    print(f"   request:          {spread(values('request_s'), '{:.2f}')} s (the server's timeout is 30 s)")
    print(f"   file ready:       {spread(ready)} s")
    print(f"   bare writer:      {spread(bare_s)} s; ratio ready / bare {statistics.median(ready) / statistics.median(bare_s):.2f}")
    print(f"   download:         {spread(values('download_s'))} s")
    print(f"   peak memory (MB): gunicorn worker {spread(values('web_mb'), '{:.0f}')}, Celery worker "
          f"{spread(values('worker_mb'), '{:.0f}')}, bare {spread([b[1] for b in bares], '{:.0f}')} "
          f"(goal: server under 150 MB)")
    print(f"   same workbook content (xl/ parts) on both sides in every round: {'yes' if all(same) else 'NO'}")
    print(f"   after:  {machine()}", flush=True)
    if not all(same):
        raise SystemExit("bench: the export job and the bare writer wrote different workbooks")


def occupancy_fingerprint(operator: Any) -> tuple[int, int]:
    with connection.cursor() as cursor:
        cursor.execute("""SELECT count(*), coalesce(sum(hashtext(concat_ws(',', o.accommodation_id, o.month,
                                 o.residents, o.adults, o.minors, o.households, o.arrivals, o.departures))), 0)
                          FROM refugees_occupancy o JOIN refugees_accommodation a ON a.id = o.accommodation_id
                          WHERE a.operator_id = %s""", [operator.pk])
        count, digest = cursor.fetchone()  # type: ignore[misc]  # an aggregate: always one row
    return int(count), int(digest)


def bare_import(content: bytes, operator: Any, user: Any) -> int:
    """The same bytes into the same table: parse, COPY, one INSERT ... ON CONFLICT."""
    from django.utils import timezone

    from refugees.models import Accommodation

    names = {name.casefold(): pk for pk, name in Accommodation.objects.filter(operator=operator)
             .values_list("pk", "name")}
    reader = csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";")
    next(reader)

    def count(text: str) -> int | None:
        return int(text.replace(".", "")) if text else None

    items = []
    for name, month, residents, adults, minors in reader:
        m, y = month.split(".")
        items.append((names[name.strip().casefold()], date(int(y), int(m), 1), count(residents), count(adults),
                      count(minors), None, None, None))
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE bare_import (accommodation_id bigint, month date, residents int,"
                       " adults int, minors int, households int, arrivals int, departures int) ON COMMIT DROP")
        with cursor.copy("COPY bare_import FROM STDIN") as copy:  # type: ignore[attr-defined]  # psycopg 3's copy: not in django-stubs
            for item in items:
                copy.write_row(item)
        cursor.execute("""INSERT INTO refugees_occupancy (accommodation_id, month, residents, adults, minors,
                                 households, arrivals, departures, updated_by_id, updated_at)
                          SELECT *, %s, %s FROM bare_import
                          ON CONFLICT (accommodation_id, month) DO UPDATE SET
                              residents = EXCLUDED.residents, adults = EXCLUDED.adults, minors = EXCLUDED.minors,
                              households = EXCLUDED.households, arrivals = EXCLUDED.arrivals,
                              departures = EXCLUDED.departures, updated_by_id = EXCLUDED.updated_by_id,
                              updated_at = EXCLUDED.updated_at""", [user.pk, timezone.now()])
    return len(items)


def bench_import(n: int = 100_000) -> None:
    from core.models import District, Organisation, Role, User
    from refugees.models import Accommodation, Occupancy
    from tests.core.factories import MembershipFactory

    operator_org, _ = Organisation.objects.get_or_create(name="Bench-Träger", defaults={"kind": "welfare"})
    user, _ = User.objects.get_or_create(email="bench-operator@welcome.example")
    user.set_password("bench-password-2026")
    user.save(update_fields=["password"])
    if not user.memberships.exists():
        MembershipFactory(user=user, organisation=operator_org, role=Role.OPERATOR)
    districts = list(District.objects.all())
    houses = 1000
    Accommodation.objects.bulk_create([
        Accommodation(name=f"Bench-Haus {i:04d}", address="Weg 1", district=districts[i % len(districts)],
                      operator=operator_org, kind="rented", capacity=200) for i in range(houses)])
    months = n // houses
    lines = ["Unterkunft;Monat;Bewohner*innen;Erwachsene;Minderjährige"]
    for i in range(houses):
        for m in range(months):
            year, month = 2010 + m // 12, m % 12 + 1
            lines.append(f"Bench-Haus {i:04d};{month:02d}.{year};1.1{m % 10}0;1.000;1{m % 10}0")
    content = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    rows = len(lines) - 1
    print(f"\n== import of {rows:,} occupancy rows as German Excel saves them ({len(content) / 1e6:.1f} MB): "
          f"{ROUNDS} rounds, the view and a bare import in turn\n   before: {machine()}", flush=True)
    web, worker = start_stack()
    times: dict[str, list[float]] = {"preview": [], "confirm": [], "bare": []}
    try:
        session = requests.Session()
        post_form(session, f"{web.base}/de/accounts/login/", {"login": user.email, "password": "bench-password-2026"})
        for index in range(ROUNDS):
            fingerprints = {}
            for side in (("view", "bare") if index % 2 == 0 else ("bare", "view")):
                Occupancy.objects.filter(accommodation__operator=operator_org).delete()
                if side == "view":
                    url = f"{web.base}/de/staff/refugees/occupancy/import/"
                    page = session.get(url, timeout=60)
                    started = time.perf_counter()
                    response = session.post(url, data={"csrfmiddlewaretoken": csrf_of(page.text)},
                                            files={"file": ("belegung.csv", content)}, headers={"Referer": page.url},
                                            timeout=120)
                    times["preview"].append(time.perf_counter() - started)
                    token = re.search(r'name="confirm" value="([^"]+)"', response.text)
                    if not token:
                        raise BenchError(f"no preview: {response.status_code}\n{response.text[-2000:]}")
                    started = time.perf_counter()
                    done = session.post(url, data={"csrfmiddlewaretoken": csrf_of(response.text),
                                                   "confirm": token.group(1)},
                                        headers={"Referer": page.url}, timeout=120, allow_redirects=False)
                    times["confirm"].append(time.perf_counter() - started)
                    if done.status_code != 302:
                        raise BenchError(f"the confirmation answered {done.status_code}")
                else:
                    started = time.perf_counter()
                    bare_import(content, operator_org, user)
                    times["bare"].append(time.perf_counter() - started)
                fingerprints[side] = occupancy_fingerprint(operator_org)
            if fingerprints["view"] != fingerprints["bare"] or fingerprints["view"][0] != rows:
                raise BenchError(f"the view and the bare import wrote different rows: {fingerprints}")
            print(f"   round {index + 1}: " + " | ".join(f"{k} {v[-1]:.2f} s = {rows / v[-1]:,.0f} rows/s"
                                                      for k, v in times.items()) + f" | same rows: yes | {machine()}",
                  flush=True)
    finally:
        stop(web.proc, worker)
    Occupancy.objects.filter(accommodation__operator=operator_org).delete()
    for key, label in (("preview", "upload + preview (read, check every row)"),
                       ("confirm", "confirm (read, check again, COPY + upsert, audit)"),
                       ("bare", "bare import of the same bytes (parse, COPY + upsert)")):
        print(f"   {label:<52} {spread([rows / t for t in times[key]], '{:,.0f}')} rows/s")
    print(f"   confirm / bare: {statistics.median(times['confirm']) / statistics.median(times['bare']):.2f}x the time "
          f"(goal: confirm at 5,000 rows/s or more)\n   after:  {machine()}", flush=True)


def main() -> None:
    # The export first: its seeding would skip the demo accommodations if the import's were there.
    if "--no-export" not in ARGS:
        bench_export()
    if "--no-import" not in ARGS:
        bench_import()


if __name__ == "__main__":
    main()
