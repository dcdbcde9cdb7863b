"""XLSX exports as jobs: scoped to their requester, resumable after a worker died, expiring."""

import io
from datetime import timedelta

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from core.exports import export_request, export_run, exports_expire
from core.models import AuditLog, ExportJob, Role
from tests.core.factories import staff
from tests.matrix import export_file
from tests.welcome.factories import consultation_for

pytestmark = pytest.mark.django_db


def test_a_consultation_export_job_keeps_the_requesters_scope_and_filters(
        client, org_a, org_b, django_capture_on_commit_callbacks):
    mine = staff(Role.COUNSELLOR, org_a)
    for _ in range(3):
        consultation_for(mine, language="ar")
    consultation_for(mine, language="de")
    consultation_for(staff(Role.COUNSELLOR, org_b), language="ar")  # another organisation's
    client.force_login(mine)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(reverse("welcome:consultation_export", kwargs={"fmt": "xlsx"}), {"language": "ar"})
    sheet = openpyxl.load_workbook(io.BytesIO(export_file(client, response, None))).active
    assert sheet.max_row == 1 + 3  # the header and the three Arabic consultations of org A
    job = ExportJob.objects.get()
    assert (job.user, job.rows, job.params) == (mine, 3, {"language": "ar"})
    assert AuditLog.objects.filter(action="export", object_id=str(job.pk)).count() == 2  # requested, downloaded


def test_nobody_else_sees_or_downloads_the_job(client, org_a, users_by_role, django_capture_on_commit_callbacks):
    owner = staff(Role.COUNSELLOR, org_a)
    with django_capture_on_commit_callbacks(execute=True):
        job = export_request(user=owner, kind="welcome:appointments", title="Termine", params={}, language="de")
    job.refresh_from_db()
    assert job.status == "done"
    for role in (Role.ADMIN, Role.COUNSELLOR):
        client.force_login(users_by_role[role])
        assert client.get(reverse("core:export_job", args=[job.pk])).status_code == 404
        assert client.get(reverse("core:export_download", args=[job.pk])).status_code == 404


def test_a_job_whose_worker_died_is_built_after_a_restart(org_a):
    owner = staff(Role.COUNSELLOR, org_a)
    consultation_for(owner)
    job = ExportJob.objects.create(user=owner, kind="welcome:consultations", title="Beratungen", language="de",
                                   status="running", claimed_at=timezone.now() - timedelta(hours=2))
    fresh = ExportJob.objects.create(user=owner, kind="welcome:consultations", title="Beratungen", language="de",
                                     status="running", claimed_at=timezone.now())
    assert export_run(job_id=job.pk) is True  # the claim went stale: taken again
    assert export_run(job_id=fresh.pk) is False  # still being built elsewhere
    assert export_run(job_id=job.pk) is False  # done: nothing to claim twice
    job.refresh_from_db()
    assert (job.status, job.rows) == ("done", 1)


def test_files_expire_after_a_week(org_a, django_capture_on_commit_callbacks):
    owner = staff(Role.COUNSELLOR, org_a)
    with django_capture_on_commit_callbacks(execute=True):
        job = export_request(user=owner, kind="welcome:appointments", title="Termine", params={}, language="de")
    job.refresh_from_db()
    assert job.expires_at is not None
    assert job.expires_at - timezone.now() > timedelta(days=6)
    ExportJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    assert exports_expire() == 1
    job.refresh_from_db()
    assert not job.file
