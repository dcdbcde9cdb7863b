"""Several machines sharing only PostgreSQL and Redis: two gunicorn web nodes with working
directories of their own, a worker and beats as separate processes (tests/processes.py)."""

import os
import re
import time
import uuid
from datetime import time as dtime
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.db import connection
from django.utils import timezone

from core.models import Role, ScheduledRun
from tests.core.factories import PASSWORD, staff
from tests.processes import beat, node_env, post_form, stop, totp, web, worker
from welcome.models import Appointment, CounsellorOffer, DirectoryEntry, Topic, WeeklyHours

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]

needs_redis = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="SCALE-OUT TEST SKIPPED: several web processes share their cache through Redis; set REDIS_URL "
           "(CI and ./portal test on this machine kind do)")


@pytest.fixture
def queue():
    return f"test-{uuid.uuid4().hex[:8]}"


def _login(session, base, email, secret=None):
    response = post_form(session, f"{base}/de/accounts/login/", {"login": email, "password": PASSWORD})
    if secret and "/2fa/" in response.url:
        # Not in the last seconds of a 30-second window: the server checks the code in the window it
        # receives it (a code sent at :29.9 and checked at :30.1 was refused, and the test went on
        # logged out).
        if time.time() % 30 > 26:
            time.sleep(30 - time.time() % 30 + 0.5)
        response = post_form(session, response.url, {"code": totp(secret)})
        assert "/2fa/" not in response.url, "the TOTP code was refused"
    return response


@needs_redis
def test_two_web_nodes_one_worker_share_everything_through_postgres_and_redis(tmp_path, org_a, city, queue):
    import requests

    counsellor = staff(Role.COUNSELLOR, org_a, email="berater@test.example")
    admin = staff(Role.ADMIN, city, email="admin@test.example")
    secret = generate_totp_secret()
    TOTP.activate(admin, secret)
    editor = staff(Role.DIRECTORY_EDITOR, org_a, email="redaktion@test.example")
    offer = CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=["de"],
                                           channels=["phone"])
    offer.topics.add(Topic.objects.get(slug="work"))
    for weekday in range(7):
        WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=dtime(0), ends=dtime(23, 30))
    db_name = connection.settings_dict["NAME"]
    extra = {"PORTAL_BOOKING_LEAD_MINUTES": "0", "PORTAL_SLOTS_CACHE_SECONDS": "600"}
    web_a, url_a = web(node_env(db_name, queue, tmp_path / "a", **extra), tmp_path / "a")
    web_b, url_b = web(node_env(db_name, queue, tmp_path / "b", **extra), tmp_path / "b")
    work = worker(node_env(db_name, queue, tmp_path / "w", **extra), tmp_path / "w")
    try:
        # A login on the first continues on the second.
        session = requests.Session()
        _login(session, url_a, counsellor.email)
        assert session.get(f"{url_b}/de/staff/welcome/today/", allow_redirects=False).status_code == 200

        # A booking through the first makes that time taken on the second's times page at once,
        # though the second had just cached the page.
        times = f"/de/book/times/?{urlencode({'topic': offer.topics.get().pk, 'language': 'de', 'channel': 'phone'})}"
        page_b = requests.get(url_b + times, timeout=30).text
        first = re.search(r'href="(/de/book/details/\?[^"]+)"', page_b)
        assert first, "no free time on the second node"
        link = first.group(1).replace("&amp;", "&")
        response = post_form(requests.Session(), url_a + link, {
            "name": "Amal", "email": "amal@test.example", "phone": "0711 1", "consent": "on"}, allow_redirects=False)
        assert response.status_code == 302
        assert Appointment.objects.filter(status="held").count() == 1
        assert link.replace("&", "&amp;") not in requests.get(url_b + times, timeout=30).text

        # A report requested on the second is built by the worker and downloaded from the first.
        admin_session = requests.Session()
        _login(admin_session, url_b, admin.email, secret)
        year = timezone.localdate().year
        response = post_form(admin_session, f"{url_b}/de/staff/reports/",
                             {"kind": "welcome_evaluation", "start": f"{year}-01-01", "end": f"{year}-12-31"})
        assert response.status_code == 200
        from reporting.models import ReportJob

        for _ in range(120):
            job = ReportJob.objects.order_by("-id").first()
            if job and job.status == "done":
                break
            time.sleep(0.5)
        assert job is not None and job.status == "done", (tmp_path / "w" / "worker.log").read_text()[-3000:]
        download = admin_session.get(f"{url_a}/de/staff/reports/{job.pk}/download/")
        assert download.status_code == 200 and download.content[:2] == b"PK"
        assert not any((tmp_path / node / "media").exists() for node in ("a", "b", "w"))  # nothing on local disk

        # An import previewed on the first is confirmed on the second.
        editor_session = requests.Session()
        _login(editor_session, url_a, editor.email)
        page = editor_session.get(f"{url_a}/de/staff/directory/import/")
        from tests.processes import csrf_of

        response = editor_session.post(
            f"{url_a}/de/staff/directory/import/", data={"csrfmiddlewaretoken": csrf_of(page.text)},
            files={"file": ("kurse.csv", b"kind;name;district\r\ngerman_course;Kurs am Abend;Mitte\r\n")},
            headers={"Referer": page.url})
        token = re.search(r'name="confirm" value="([^"]+)"', response.text)
        assert token, response.text[-2000:]
        assert not DirectoryEntry.objects.exists()
        response = post_form(editor_session, f"{url_b}/de/staff/directory/import/", {"confirm": token.group(1)})
        assert response.status_code == 200
        assert DirectoryEntry.objects.get().name_de == "Kurs am Abend"
    finally:
        stop(web_a, web_b, work)


def _recipients(mail_dir):
    if not mail_dir.exists():
        return []
    return sorted(re.findall(r"^To: (\S+)$", "".join(p.read_text() for p in mail_dir.iterdir()), re.M))


def test_two_beats_send_each_reminder_once_and_build_each_scheduled_job_once(tmp_path, org_a, queue):
    counsellor = staff(Role.COUNSELLOR, org_a)
    topic = Topic.objects.get(slug="work")
    soon = timezone.now() + timedelta(hours=5)
    for i in range(3):
        Appointment.objects.create(
            counsellor=counsellor, organisation=org_a, topic=topic, language="de", channel="phone", phone="0711 1",
            starts_at=soon + timedelta(hours=i), ends_at=soon + timedelta(hours=i, minutes=45), status="confirmed",
            ui_language="de", name=f"N{i}", email=f"n{i}@test.example")
    db_name = connection.settings_dict["NAME"]
    mail_dir = tmp_path / "mail"
    # One broker for the three processes: without REDIS_URL that is a shared folder (kombu's filesystem
    # transport); each process had its own before, so the beats' jobs never reached the worker.
    common = {"EMAIL_URL": f"filemail://{mail_dir}", "DJANGO_SETTINGS_MODULE": "tests.settings_beat",
              "PORTAL_BROKER_DIR": str(tmp_path / "broker")}
    work = worker(node_env(db_name, queue, tmp_path / "w", **common), tmp_path / "w")
    beats = [beat(node_env(db_name, queue, tmp_path / f"beat{i}", **common), tmp_path / f"beat{i}")
             for i in range(2)]
    try:
        # At least 14 s (several periods of both jobs), longer on a loaded machine until the
        # statistics job has run in three periods.
        started = time.monotonic()
        while time.monotonic() - started < 60 and (
                time.monotonic() - started < 14
                or ScheduledRun.objects.filter(task="reporting.tasks.statistics_refresh").count() < 3):
            time.sleep(1)
    finally:
        stop(*beats)
        # Let the worker finish what was sent: each reminder is a job that writes the mail, then the
        # mail (two hops; on the filesystem broker of the local set-up each hop waits for a poll).
        waited = time.monotonic()
        while time.monotonic() - waited < 30 and len(_recipients(mail_dir)) < 3:
            time.sleep(0.5)
        time.sleep(2)  # and anything sent twice would have arrived by now
        stop(work)
    # Each reminder went out once, though both beats sent the job every two seconds (the file
    # backend may put two messages of one second into one file).
    assert _recipients(mail_dir) == ["n0@test.example", "n1@test.example", "n2@test.example"]
    assert Appointment.objects.filter(reminder_sent_at__isnull=False).count() == 3
    # The statistics job ran once per period: never two runs closer than 90 % of its period.
    from django_celery_results.models import TaskResult

    runs = list(ScheduledRun.objects.filter(task="reporting.tasks.statistics_refresh")
                .order_by("claimed_at").values_list("claimed_at", flat=True))
    assert len(runs) >= 2, (tmp_path / "w" / "worker.log").read_text()[-3000:]
    assert all(later - earlier >= timedelta(seconds=2.7) for earlier, later in zip(runs, runs[1:], strict=False))
    sent = TaskResult.objects.filter(task_name="reporting.tasks.statistics_refresh").count()
    skipped = TaskResult.objects.filter(task_name="reporting.tasks.statistics_refresh",
                                        result__contains="already run").count()
    assert skipped >= 1 and sent == len(runs) + skipped  # both beats sent it; the second send stood down
