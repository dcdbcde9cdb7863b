"""The XLSX export of a million consultations behind the production server, and the spreadsheet
import path of 100,000 occupancy rows, each next to a baseline measured in the same run.

    ./portal bench exports [--rounds 3] [--no-import] [--no-export]

Export: gunicorn as production runs it (2 workers, its default 30-second timeout) and a Celery
worker (solo pool, both queues) as separate processes, files in PostgreSQL (PORTAL_FILE_STORAGE=
database, as compose sets). An admin asks for /de/staff/welcome/consultations/export.xlsx, the
request returns at once with the job's page, the worker builds the workbook, the browser polls the
page and downloads the file through gunicorn. Printed per round: the request's time, the time until
the file is ready, the download's time, the peak memory (VmHWM) of the gunicorn workers and of the
Celery worker; beside it a bare xlsxwriter constant_memory run over the same rows in a fresh
process (time, peak memory). Median of the rounds.

Import: an operator uploads a 100,000-row CSV as German Excel saves it (BOM, semicolons, CRLF,
11.2017, 1.234) through the view, gets the preview, confirms; beside it a bare COPY of the same
rows into a scratch table. Goal: confirm at 5,000 rows/s or more.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))
sys.path.insert(0, str(BASE / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import requests  # noqa: E402
from consultations import ROWS, child_export, ensure_data  # noqa: E402
from django.db import connection  # noqa: E402

from tests.processes import csrf_of, free_port, post_form, totp  # noqa: E402

ARGS = sys.argv[1:]
ROUNDS = int(ARGS[ARGS.index("--rounds") + 1]) if "--rounds" in ARGS else 3


def peak_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


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


def start_stack() -> tuple[subprocess.Popen[bytes], subprocess.Popen[bytes], str]:
    queue = f"bench-{uuid.uuid4().hex[:6]}"
    env = {**os.environ, "PORTAL_CELERY_EAGER": "0", "PORTAL_FILE_STORAGE": "database",
           "PORTAL_CELERY_QUEUE": queue, "PORTAL_CELERY_LONG_QUEUE": f"{queue}-long",
           "PORTAL_BROKER_DIR": str(BASE / "var" / "bench-broker")}
    port = free_port()
    web = subprocess.Popen([sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
                            f"127.0.0.1:{port}", "--workers", "2", "--log-level", "warning"], cwd=BASE, env=env)
    worker = subprocess.Popen([sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo", "-Q",
                               f"{queue},{queue}-long", "--loglevel", "WARNING"], cwd=BASE, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            requests.get(base + "/health/", timeout=10)
            break
        except requests.RequestException:
            time.sleep(0.2)
    return web, worker, base


def export_round(base: str, session: requests.Session, web: subprocess.Popen[bytes],
                 worker: subprocess.Popen[bytes]) -> dict[str, float]:
    started = time.perf_counter()
    response = session.get(f"{base}/de/staff/welcome/consultations/export.xlsx", allow_redirects=False, timeout=60)
    request_s = time.perf_counter() - started
    assert response.status_code == 302, response.status_code
    page = base + response.headers["Location"]
    while True:
        html = session.get(page, timeout=60).text
        if "/download/" in html:
            break
        assert "failed" not in html, "the export job failed"
        time.sleep(1)
    ready_s = time.perf_counter() - started
    download = re.search(r'href="([^"]+/download/)"', html)
    assert download
    begun = time.perf_counter()
    size = 0
    with session.get(base + download.group(1), stream=True, timeout=600) as file:
        assert file.status_code == 200, file.status_code
        for chunk in file.iter_content(1024 * 1024):
            size += len(chunk)
    download_s = time.perf_counter() - begun
    return {"request_s": request_s, "ready_s": ready_s, "download_s": download_s, "size_mb": size / 1e6,
            "web_mb": max([peak_mb(p) for p in children(web.pid)] or [0.0]), "worker_mb": peak_mb(worker.pid)}


def bench_export() -> None:
    ensure_data()
    email, secret = bench_admin_with_secret()
    print(f"\n== XLSX export of {ROWS:,} consultations through gunicorn (30 s timeout) and a Celery worker")
    web, worker, base = start_stack()
    rounds: list[dict[str, float]] = []
    bares: list[tuple[float, float]] = []
    try:
        session = requests.Session()
        response = post_form(session, f"{base}/de/accounts/login/", {"login": email, "password": "bench-password-2026"})
        if "/2fa/" in response.url:
            post_form(session, response.url, {"code": totp(secret)})
        for index in range(ROUNDS):
            result = export_round(base, session, web, worker)
            rounds.append(result)
            out = subprocess.run([sys.executable, str(BASE / "bench" / "consultations.py"), "--child-export", "bare"],
                                 capture_output=True, text=True, check=True, cwd=BASE)
            seconds, peak, _size, _rows = out.stdout.split()[-4:]
            bares.append((float(seconds), float(peak)))
            print(f"round {index + 1}: request {result['request_s']:.2f} s, file ready after {result['ready_s']:.1f} s, "
                  f"download {result['download_s']:.1f} s ({result['size_mb']:.0f} MB); peak memory: gunicorn "
                  f"worker {result['web_mb']:.0f} MB, Celery worker {result['worker_mb']:.0f} MB | bare xlsxwriter "
                  f"{float(seconds):.1f} s, {float(peak):.0f} MB")
    finally:
        web.terminate()
        worker.terminate()
        web.wait(timeout=30)
        worker.wait(timeout=30)

    def med(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    bare_s = statistics.median(b[0] for b in bares)
    bare_mb = statistics.median(b[1] for b in bares)
    print(f"median: request {med('request_s'):.2f} s (the server's timeout is 30 s), ready {med('ready_s'):.1f} s "
          f"vs bare {bare_s:.1f} s ({med('ready_s') / bare_s:.2f}x); peak memory gunicorn {med('web_mb'):.0f} MB, "
          f"worker {med('worker_mb'):.0f} MB vs bare {bare_mb:.0f} MB (goal: server under 150 MB)")
    print(f"load average: {os.getloadavg()[0]:.2f} (2 cores)")


def bench_import(n: int = 100_000) -> None:
    from datetime import date

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
    existing = set(Accommodation.objects.filter(operator=operator_org).values_list("name", flat=True))
    Accommodation.objects.bulk_create([
        Accommodation(name=f"Bench-Haus {i:04d}", address="Weg 1", district=districts[i % len(districts)],
                      operator=operator_org, kind="rented", capacity=200)
        for i in range(houses) if f"Bench-Haus {i:04d}" not in existing])
    Occupancy.objects.filter(accommodation__operator=operator_org).delete()
    months = n // houses
    lines = ["Unterkunft;Monat;Bewohner*innen;Erwachsene;Minderjährige"]
    rows = []
    for i in range(houses):
        for m in range(months):
            year, month = 2010 + m // 12, m % 12 + 1
            lines.append(f"Bench-Haus {i:04d};{month:02d}.{year};1.1{m % 10}0;1.000;1{m % 10}0")
            rows.append((i, date(year, month, 1), 1100 + 10 * (m % 10), 1000, 100 + 10 * (m % 10)))
    content = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    print(f"\n== import of {len(rows):,} occupancy rows as German Excel saves them ({len(content) / 1e6:.1f} MB)")
    web, worker, base = start_stack()
    try:
        session = requests.Session()
        post_form(session, f"{base}/de/accounts/login/", {"login": user.email, "password": "bench-password-2026"})
        page = session.get(f"{base}/de/staff/refugees/occupancy/import/", timeout=60)
        started = time.perf_counter()
        response = session.post(f"{base}/de/staff/refugees/occupancy/import/",
                                data={"csrfmiddlewaretoken": csrf_of(page.text)},
                                files={"file": ("belegung.csv", content)}, headers={"Referer": page.url}, timeout=120)
        preview_s = time.perf_counter() - started
        token = re.search(r'name="confirm" value="([^"]+)"', response.text)
        assert token, response.text[-3000:]
        started = time.perf_counter()
        done = session.post(f"{base}/de/staff/refugees/occupancy/import/",
                            data={"csrfmiddlewaretoken": csrf_of(response.text), "confirm": token.group(1)},
                            headers={"Referer": page.url}, timeout=120, allow_redirects=False)
        confirm_s = time.perf_counter() - started
        assert done.status_code == 302, done.status_code
    finally:
        web.terminate()
        worker.terminate()
        web.wait(timeout=30)
        worker.wait(timeout=30)
    imported = Occupancy.objects.filter(accommodation__operator=operator_org).count()
    assert imported == len(rows), imported
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE bench_copy (house int, month date, residents int, adults int, minors int)")
        started = time.perf_counter()
        with cursor.copy("COPY bench_copy FROM STDIN") as copy:  # type: ignore[attr-defined]
            for row in rows:
                copy.write_row(row)
        copy_s = time.perf_counter() - started
        cursor.execute("DROP TABLE bench_copy")
    print(f"upload + preview (read, check every row): {preview_s:.1f} s = {len(rows) / preview_s:,.0f} rows/s")
    print(f"confirm (read, check again, COPY + upsert, audit): {confirm_s:.1f} s = {len(rows) / confirm_s:,.0f} rows/s "
          f"(goal: 5,000 rows/s)")
    print(f"bare COPY of the same rows: {copy_s:.2f} s = {len(rows) / copy_s:,.0f} rows/s")
    Occupancy.objects.filter(accommodation__operator=operator_org).delete()


def main() -> None:
    if "--child-export" in ARGS:
        child_export(ARGS[ARGS.index("--child-export") + 1])
        return
    if "--no-import" not in ARGS:
        bench_import()
    if "--no-export" not in ARGS:
        bench_export()


if __name__ == "__main__":
    main()
