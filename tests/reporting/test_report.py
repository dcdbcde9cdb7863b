import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse

from core.models import AuditLog, District, Role
from dialogues.models import Dialogue
from refugees.models import Accommodation, FimGrant, FimPlacement, Occupancy
from reporting.models import ReportJob

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(org_a, org_b):
    homes = [Accommodation.objects.create(name=f"U{i}", address="A", district=District.objects.order_by("id")[i % 23],
                                          operator=org_a if i % 2 else org_b, kind="rented", capacity=250)
             for i in range(40)]

    def spread(total, month):
        share, rest = divmod(total, len(homes))
        for i, h in enumerate(homes):
            Occupancy.objects.create(accommodation=h, month=month, residents=share + (1 if i < rest else 0))

    spread(8141, date(2016, 7, 1))
    spread(8272, date(2016, 8, 1))
    spread(7362, date(2017, 8, 1))
    for i in range(35):
        Dialogue.objects.create(kind="refugee", held_on=date(2016, 4, 14 + (i % 10)) if i < 10 else date(2017, 1 + i % 12, 3),
                                venue="vhs", refugees=14, staff=4, volunteers=4, neighbours=3)
    internal = FimGrant.objects.create(year=2017, kind="internal", provider="accommodation", title="I", places=189)
    external = FimGrant.objects.create(year=2017, kind="external", provider="non_profit", title="E", places=563)
    for grant, n in ((internal, 167), (external, 153)):
        FimPlacement.objects.bulk_create([FimPlacement(grant=grant, starts_on=date(2017, 7, 1),
                                                       ends_on=date(2017, 12, 31)) for _ in range(n)])


def _read(path_or_bytes):
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    return openpyxl.load_workbook(io.BytesIO(data)), data


def test_refugee_report_shows_the_published_figures(published, tmp_path):
    out = tmp_path / "bericht.xlsx"
    call_command("build_report", "--from", "2016-01-01", "--to", "2017-12-31", "--out", str(out),
                 stdout=io.StringIO())
    workbook, data = _read(str(out))
    # Sheets in order: summary, occupancy, by district, by operator, consultations, integration
    # management, FIM, dialogues, proposals, initiatives (their names are translated).
    summary, occupancy_sheet, *_rest = workbook.worksheets
    occupancy = {row[0].value.date(): row for row in occupancy_sheet.iter_rows(min_row=2)}
    assert occupancy[date(2016, 7, 1)][1].value == 8141
    assert occupancy[date(2017, 8, 1)][1].value == 7362
    assert round(occupancy[date(2017, 8, 1)][3].value, 3) == -0.110  # "a decrease of 11 % on the previous year"
    assert occupancy_sheet.freeze_panes == "A2"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())  # Abbildung 1, native
    fim = {row[0].value: (row[1].value, row[2].value) for row in workbook.worksheets[6].iter_rows(min_row=2)}
    assert fim == {"internal": (189, 167), "external": (563, 153)}
    dialogues = {row[0].value: (row[1].value, row[2].value) for row in workbook.worksheets[7].iter_rows(min_row=2)}
    assert dialogues["refugee"][0] == 35 and dialogues["refugee"][1] / 35 == 25


def test_report_job_in_the_browser_flow(client, users_by_role, published, django_capture_on_commit_callbacks):
    client.force_login(users_by_role[Role.ADMIN])
    with django_capture_on_commit_callbacks(execute=True):  # the suite runs Celery tasks inline
        # Requested from a German page: the workbook is written in German.
        response = client.post("/de/staff/reports/", {"start": "2016-01-01", "end": "2017-12-31"})
    assert response.status_code == 302
    job = ReportJob.objects.get()
    assert (job.status, job.progress) == ("done", 100)
    assert client.get(reverse("reporting:report_progress", kwargs={"pk": job.pk})).json() == {
        "status": "done", "progress": 100}
    # A report viewer downloads but changes nothing.
    client.force_login(users_by_role[Role.REPORT_VIEWER])
    download = client.get(reverse("reporting:report_download", kwargs={"pk": job.pk}))
    assert download.status_code == 200
    workbook, _ = _read(download.content)
    from django.utils import translation

    with translation.override("de"):
        assert workbook.sheetnames[0] == translation.gettext("Summary")[:31]
    assert AuditLog.objects.filter(action="export", object_id=str(job.pk)).exists()
    assert client.post(reverse("reporting:report_list"), {"start": "2016-01-01", "end": "2017-12-31"}).status_code == 403
    assert ReportJob.objects.count() == 1
