import io
import re
import shutil
import subprocess
import warnings
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from core.models import AuditLog, Role
from dialogues.models import Dialogue, Proposal
from refugees.models import GoalField
from reporting.models import ReportJob, StatValue
from reporting.report import BUILDERS
from reporting.statistics import refresh
from tests.core.factories import staff
from tests.welcome.factories import consultation_for

pytestmark = pytest.mark.django_db


def _read(path_or_bytes):
    data = path_or_bytes if isinstance(path_or_bytes, bytes) else Path(path_or_bytes).read_bytes()
    return openpyxl.load_workbook(io.BytesIO(data)), data


def _sheet(workbook, index):
    return {row[0].value: [c.value for c in row[1:]] for row in workbook.worksheets[index].iter_rows(min_row=2)
            if row[0].value is not None}


def test_refugee_report_shows_the_published_figures(published, tmp_path):
    out = tmp_path / "bericht.xlsx"
    call_command("build_report", "--from", "2016-01-01", "--to", "2017-12-31", "--out", str(out),
                 stdout=io.StringIO())
    workbook, data = _read(str(out))
    # Sheets in order: the report (chapters 1-7 with text), summary, occupancy, by district, by operator, consultations, integration
    # management, FIM, dialogues, proposals, initiatives, volunteers and tandems, arrivals and
    # departures, culture and sport, integration-management staffing (names translated).
    assert len(workbook.worksheets) == 15
    _report, summary, occupancy_sheet, *_rest = workbook.worksheets
    occupancy = {row[0].value.date(): row for row in occupancy_sheet.iter_rows(min_row=2)}
    assert occupancy[date(2016, 7, 1)][1].value == 8141
    assert occupancy[date(2017, 8, 1)][1].value == 7362
    assert round(occupancy[date(2017, 8, 1)][3].value, 3) == -0.110  # "a decrease of 11 % on the previous year"
    assert occupancy_sheet.freeze_panes == "A2"
    assert occupancy_sheet["A2"].is_date and occupancy_sheet["B2"].data_type == "n"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())  # Abbildung 1, native
    with translation.override("de"):  # German by default
        assert workbook.sheetnames[:2] == [translation.gettext("Report")[:31], translation.gettext("Summary")[:31]]
        fim = _sheet(workbook, 7)
        assert fim == {
            translation.gettext("Places granted in %(year)s") % {"year": 2016}: [189, 563, 752],
            translation.gettext("Places granted in %(year)s") % {"year": 2017}: [0, 0, 0],
            translation.gettext("Places occupied on %(day)s") % {"day": "15.12.2017"}: [167, 153, 320],
        }
        dialogues = _sheet(workbook, 8)[str(Dialogue.Kind.REFUGEE.label)]
        assert dialogues[:3] == [35, 35 * 25, 25]
        proposals = _sheet(workbook, 9)
        assert proposals[str(Proposal.Status.DONE.label)] == [6]
        key_figures = _sheet(workbook, 1)
        assert key_figures[translation.gettext("Tandems formed")][0] == 190
        assert key_figures[translation.gettext("Dialogues held")][0] == 35
        assert key_figures[translation.gettext("Participants per dialogue on average")][0] == 25
        assert key_figures[translation.gettext("Active welcome mentors")][0] == 85
        residents = key_figures[translation.gettext("People in the accommodations (last month of the period)")]
        assert residents[:2] == [7362, 8272] and round(residents[2], 3) == -0.110  # Aug 2017 on Aug 2016
        volunteers = _sheet(workbook, 11)
        assert volunteers[translation.gettext("Tandems formed")] == [190]
        # Chapter 3: 2,000 active in 41 circles.
        assert volunteers[translation.gettext("Volunteer circles at the end of the period")] == [41]
        assert volunteers[translation.gettext("Members of all volunteer circles")] == [2000]


def test_fim_as_published_granted_per_year_and_occupied_on_the_key_date(published, tmp_path):
    """One report for 2016-01..2017-08 shows what chapter 5 publishes: 752 = 189 + 563 places granted
    in 2016 and 167 / 153 occupied on 15 August 2017 (the default key date: the last month's 15th).
    A key date before the placements began counts none: the day chosen is the day counted."""
    out = tmp_path / "fim.xlsx"
    call_command("build_report", "--from", "2016-01-01", "--to", "2017-08-31", "--out", str(out),
                 stdout=io.StringIO())
    with translation.override("de"):
        granted_2016 = translation.gettext("Places granted in %(year)s") % {"year": 2016}
        fim = _sheet(_read(str(out))[0], 7)
        assert fim[granted_2016] == [189, 563, 752]
        assert fim[translation.gettext("Places occupied on %(day)s") % {"day": "15.08.2017"}] == [167, 153, 320]
        assert list(fim) == [granted_2016, translation.gettext("Places granted in %(year)s") % {"year": 2017},
                             translation.gettext("Places occupied on %(day)s") % {"day": "15.08.2017"}]
        call_command("build_report", "--from", "2016-01-01", "--to", "2017-08-31", "--key-date", "2017-06-30",
                     "--out", str(out), stdout=io.StringIO())
        fim = _sheet(_read(str(out))[0], 7)
        assert fim[translation.gettext("Places occupied on %(day)s") % {"day": "30.06.2017"}] == [0, 0, 0]
    with translation.override("en"):
        call_command("build_report", "--from", "2016-01-01", "--to", "2017-08-31", "--language", "en",
                     "--out", str(out), stdout=io.StringIO())
        fim = _sheet(_read(str(out))[0], 7)
        assert fim["Places granted in 2016"] == [189, 563, 752]
        assert fim["Places occupied on 08/15/2017"] == [167, 153, 320]


def test_the_report_form_takes_a_key_date_within_the_period(client, users_by_role, published,
                                                           django_capture_on_commit_callbacks):
    client.force_login(users_by_role[Role.ADMIN])
    url = reverse("reporting:report_list")
    outside = {"kind": "refugee_report", "start": "2016-01-01", "end": "2017-08-01", "key_date": "2017-09-15"}
    response = client.post(url, outside)
    assert response.status_code == 200 and not ReportJob.objects.exists()
    with translation.override("de"):
        assert translation.gettext("The key date must lie within the months of the period.") in response.content.decode()
    assert response.context["form"]["key_date"].value() == "2017-09-15"  # what was typed stays
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**outside, "key_date": "2017-08-31"})  # the last month counts whole
    assert response.status_code == 302
    job = ReportJob.objects.get()
    assert job.key_date == date(2017, 8, 31) and job.status == ReportJob.Status.DONE
    with job.file.open("rb") as handle:
        fim = _sheet(_read(handle.read())[0], 7)
    with translation.override("de"):
        assert fim[translation.gettext("Places occupied on %(day)s") % {"day": "31.08.2017"}] == [167, 153, 320]


def test_report_in_another_language_and_small_groups_suppressed(published, tmp_path):
    out = tmp_path / "report.xlsx"
    call_command("build_report", "--from", "2017-01-01", "--to", "2017-12-31", "--language", "ar",
                 "--out", str(out), stdout=io.StringIO())
    workbook, _data = _read(str(out))
    with translation.override("ar"):
        assert workbook.sheetnames[2] == translation.gettext("Occupancy")[:31]
        integration = _sheet(workbook, 6)
        # 12 plans of one organisation at the end of 2017; 8 goals reached in "language".
        assert integration["Caritas Test"] == [12, 12]
        assert integration[str(GoalField.LANGUAGE.label)][0] == 8


def test_welcome_center_evaluation(published, tmp_path, org_a):
    counsellor = staff(Role.COUNSELLOR, org_a, email="fa@test.example")
    for day in (2, 3):  # two contacts in Farsi: a group too small to show
        consultation_for(counsellor, held_at=datetime(2017, 5, day, 10).astimezone(), language="fa")
    out = tmp_path / "wcs.xlsx"
    call_command("build_report", "--kind", "welcome_evaluation", "--from", "2017-01-01", "--to", "2017-12-31",
                 "--language", "en", "--out", str(out), stdout=io.StringIO())
    workbook, _data = _read(str(out))
    assert workbook.sheetnames[:3] == ["Per month", "Per year", "Contacts by channel"]
    per_year = _sheet(workbook, 1)
    # contacts, booked, held, no-shows, cancelled, no-show rate, events, registrations, participants
    assert per_year[2017] == [32, 13, 8, 2, 3, 0.2, 1, 12, 9]
    per_month = {k.date(): v for k, v in _sheet(workbook, 0).items()}
    assert len(per_month) == 12 and per_month[date(2017, 3, 1)][1:4] == [13, 8, 2]
    languages = _sheet(workbook, 3)
    assert languages["Arabic"] == [20, 20]
    assert languages["Persian"] == ["<5", "<5"]  # suppressed, in the year and in the total
    assert workbook["Per year"].freeze_panes == "A2"


def _values(sheet):
    """Cell values; floats to 12 significant digits (LibreOffice writes 15, Python 17)."""
    return [[float(f"{c.value:.12g}") if isinstance(c.value, float) else c.value for c in row]
            for row in sheet.iter_rows()]


LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not LIBREOFFICE, reason="LibreOffice is not installed: `./portal test` installs Debian's "
                                             "libreoffice-calc-nogui; without it this check CANNOT run")
def test_workbooks_open_in_libreoffice(published, tmp_path):
    for kind in ("refugee_report", "welcome_evaluation"):
        out = tmp_path / f"{kind}.xlsx"
        call_command("build_report", "--kind", kind, "--from", "2016-01-01", "--to", "2017-12-31",
                     "--out", str(out), stdout=io.StringIO())
        # LibreOffice converts the workbook (it would stop at a file it had to repair) ...
        result = subprocess.run(
            [str(LIBREOFFICE), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp_path / "lo"), str(out)],
            capture_output=True, text=True, timeout=180, check=False)
        converted = tmp_path / "lo" / out.name
        assert result.returncode == 0 and converted.exists(), result.stderr
        # ... and the values survive the round trip, as numbers and dates.
        original = _read(str(out))[0]
        with warnings.catch_warnings():  # openpyxl cannot read LibreOffice's own chart XML back; values only
            warnings.simplefilter("ignore")
            again = _read(str(converted))[0]
        assert again.sheetnames == original.sheetnames
        for sheet in original.sheetnames:
            assert _values(again[sheet]) == _values(original[sheet]), sheet


def test_report_job_in_the_browser_flow(client, users_by_role, published, django_capture_on_commit_callbacks):
    client.force_login(users_by_role[Role.ADMIN])
    with django_capture_on_commit_callbacks(execute=True):  # the suite runs Celery tasks inline
        # Requested from a German page: the workbook is written in German.
        response = client.post("/de/staff/reports/", {"kind": "refugee_report", "start": "2016-01-01",
                                                      "end": "2017-12-31"})
    assert response.status_code == 302
    job = ReportJob.objects.get()
    assert (job.status, job.progress) == ("done", 100)
    assert client.get(reverse("reporting:report_progress", kwargs={"pk": job.pk})).json() == {
        "status": "done", "progress": 100}
    # A report viewer downloads but changes nothing.
    client.force_login(users_by_role[Role.REPORT_VIEWER])
    download = client.get(reverse("reporting:report_download", kwargs={"pk": job.pk}))
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="fluechtlingsbericht-201601-201712.xlsx"'
    workbook, _ = _read(download.content)
    with translation.override("de"):
        assert workbook.sheetnames[0] == translation.gettext("Report")[:31]
    assert AuditLog.objects.filter(action="export", object_id=str(job.pk)).exists()
    assert client.post(reverse("reporting:report_list"), {"kind": "refugee_report", "start": "2016-01-01",
                                                          "end": "2017-12-31"}).status_code == 403
    assert ReportJob.objects.count() == 1


def test_a_bad_period_keeps_what_was_typed(client, users_by_role):
    client.force_login(users_by_role[Role.ADMIN])
    response = client.post("/en/staff/reports/", {"kind": "welcome_evaluation", "start": "2017-05-01",
                                                  "end": "2017-01-31"})
    assert response.status_code == 200
    assert "The period must end after it starts." in response.content.decode()
    assert 'value="2017-05-01"' in response.content.decode()
    assert '<option value="welcome_evaluation" selected>' in response.content.decode()
    assert not ReportJob.objects.exists()


def test_dashboard_reads_the_statistics_tables(client, users_by_role, published, django_assert_max_num_queries):
    client.force_login(users_by_role[Role.REPORT_VIEWER])
    empty = client.get("/en/staff/dashboard/")
    assert "The statistics have not been computed yet." in empty.content.decode()
    refresh()
    with django_assert_max_num_queries(16):
        page = client.get("/en/staff/dashboard/?year=2017")
    html = page.content.decode()
    figures = {f["label"]: f for f in page.context["figures"]}
    assert figures["Tandems formed"]["value"] == 95  # formed in 2017 (95 in 2016)
    assert figures["Dialogues held"]["value"] == 25 and figures["Dialogues held"]["before"] == 10
    assert figures["People in the accommodations (August 2017)"]["value"] == 7362
    assert figures["No-show rate"]["value"] == "20.0 %"
    assert html.count("<svg") == 4 and "8,141" in html and "7,362" in html  # the occupancy table beside the chart
    assert "Refresh the statistics now" not in html  # a report viewer changes nothing
    # SVG coordinates are plain numbers in every language (German would otherwise write "12,5").
    german = client.get("/de/staff/dashboard/?year=2017").content.decode()
    coordinates = re.findall(r' (?:x|y|dx|width|height|x1|x2|y1|y2|points)="([^"]*)"', german)
    assert coordinates and not [c for c in coordinates if "," in c and " " not in c]
    assert all(re.fullmatch(r"-?[\d.]+", c) for c in coordinates if " " not in c)
    # The raw records are not read: deleting them leaves the dashboard as it was.
    Dialogue.objects.all().delete()
    assert client.get("/en/staff/dashboard/?year=2017").context["figures"] == page.context["figures"]
    assert client.post("/en/staff/statistics/refresh/").status_code == 403


def test_admin_refreshes_the_statistics_on_demand(client, users_by_role, published,
                                                   django_capture_on_commit_callbacks):
    client.force_login(users_by_role[Role.ADMIN])
    assert not StatValue.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):  # handed to the worker after the commit (outbox)
        response = client.post("/en/staff/statistics/refresh/", follow=True)
    assert StatValue.objects.filter(statistic="tandems").exists()  # the task ran (inline in the suite)
    assert "Refresh the statistics now" in response.content.decode()


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES])
def test_both_workbooks_build_in_every_language(lang, published, tmp_path):
    refresh()
    for kind, builder in BUILDERS.items():
        out = tmp_path / f"{kind}.xlsx"
        with open(out, "wb") as target:  # a sheet name cut to 31 characters must stay unique
            builder(target, start=date(2016, 1, 1), end=date(2017, 12, 31), lang=lang)
        workbook, _data = _read(str(out))
        names = workbook.sheetnames
        assert len(set(names)) == len(names) and all(len(n) <= 31 for n in names)
        with translation.override(lang):
            first = translation.gettext("Report" if kind == "refugee_report" else "Per month")
        assert names[0] == first[:31]
        if lang != "en":
            assert names[0] != ("Report" if kind == "refugee_report" else "Per month")  # truly translated
