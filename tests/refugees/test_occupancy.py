import io
import re
from datetime import date

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse

from core.models import AuditLog, District, Role
from refugees.models import Accommodation, Occupancy
from tests.core.factories import staff

pytestmark = pytest.mark.django_db


def accommodation(operator, name, capacity=200, district="Bad Cannstatt"):
    return Accommodation.objects.create(
        name=name, address="Teststraße 1", district=District.objects.get(name=district), operator=operator,
        kind="system_built", capacity=capacity,
    )


def test_capacity_is_kept_between_1_and_250_by_the_database(org_a):
    for bad in (0, 251):
        with pytest.raises(IntegrityError), transaction.atomic():
            accommodation(org_a, f"Bad {bad}", capacity=bad)
    assert accommodation(org_a, "Full size", capacity=250).capacity == 250


def test_one_figure_per_accommodation_and_month(org_a):
    a = accommodation(org_a, "Unterkunft A")
    Occupancy.objects.create(accommodation=a, month=date(2017, 8, 1), residents=100)
    with pytest.raises(IntegrityError), transaction.atomic():
        Occupancy.objects.create(accommodation=a, month=date(2017, 8, 1), residents=90)
    with pytest.raises(IntegrityError), transaction.atomic():
        Occupancy.objects.create(accommodation=a, month=date(2017, 9, 15), residents=90)


def _spread(total, accommodations, month):
    """Distribute a published city-wide total over the accommodations."""
    share, rest = divmod(total, len(accommodations))
    for i, a in enumerate(accommodations):
        Occupancy.objects.create(accommodation=a, month=month, residents=share + (1 if i < rest else 0))


def test_published_totals_read_back_with_change_on_the_previous_year(client, users_by_role, org_a, org_b):
    places = [accommodation(org_a if i % 2 else org_b, f"Unterkunft {i}", district=d.name)
              for i, d in enumerate(District.objects.all()[:23])] * 2
    places = places[:46]
    distinct = list(dict.fromkeys(places))
    _spread(8141, distinct, date(2016, 7, 1))  # 1 July 2016: the peak
    _spread(8272, distinct, date(2016, 8, 1))
    _spread(7362, distinct, date(2017, 8, 1))  # "a decrease of 11 % on the previous year"
    client.force_login(users_by_role[Role.ADMIN])
    response = client.get(reverse("refugees:occupancy_overview"))
    totals = {t.month: t for t in response.context["totals"]}
    assert totals[date(2016, 7, 1)].residents == 8141
    assert totals[date(2017, 8, 1)].residents == 7362
    assert totals[date(2017, 8, 1)].change_percent == -11.0
    html = response.content.decode()
    assert "8141" in html and "7362" in html and "<polyline" in html
    # In German the chart's coordinates stay "12.5" (a localised "12,5" is two SVG coordinates).
    german = client.get("/de" + reverse("refugees:occupancy_overview")[3:]).content.decode()
    svg = german[german.index("<svg"):german.index("</svg>")]
    assert "," not in "".join(re.findall(r' (?:x|y|x1|x2|y1|y2)="([^"]*)"', svg))
    assert sum(r["residents"] for r in response.context["by_district"]) == 7362
    assert sum(r["residents"] for r in response.context["by_operator"]) == 7362


def test_operator_sees_and_changes_only_its_own(client, org_a, org_b):
    own = accommodation(org_a, "Eigene")
    other = accommodation(org_b, "Fremde")
    Occupancy.objects.create(accommodation=other, month=date(2017, 8, 1), residents=150)
    operator = staff(Role.OPERATOR, org_a)
    client.force_login(operator)
    listing = client.get(reverse("refugees:accommodation_list")).content.decode()
    assert "Eigene" in listing and "Fremde" not in listing
    assert client.get(reverse("refugees:accommodation_detail", kwargs={"pk": other.pk})).status_code == 404
    post = client.post(reverse("refugees:accommodation_detail", kwargs={"pk": other.pk}),
                       {"month": "2017-09", "residents": 1})
    assert post.status_code == 404
    overview = client.get(reverse("refugees:occupancy_overview"))
    assert overview.context["totals"] == []  # the other operator's 150 are not in this operator's view
    ok = client.post(reverse("refugees:accommodation_detail", kwargs={"pk": own.pk}),
                     {"month": "2017-09", "residents": 230})
    assert ok.status_code == 302
    saved = Occupancy.objects.get(accommodation=own)
    assert (saved.month, saved.residents, saved.updated_by) == (date(2017, 9, 1), 230, operator)
    assert saved.over_capacity  # accepted, and flagged
    assert AuditLog.objects.filter(action="create", object_id=str(saved.pk)).exists()


def test_report_viewer_reads_but_changes_nothing(client, users_by_role, org_a):
    a = accommodation(org_a, "Lesbar")
    client.force_login(users_by_role[Role.REPORT_VIEWER])
    assert client.get(reverse("refugees:accommodation_detail", kwargs={"pk": a.pk})).status_code == 200
    assert client.post(reverse("refugees:accommodation_detail", kwargs={"pk": a.pk}),
                       {"month": "2017-09", "residents": 1}).status_code == 403
    assert not Occupancy.objects.exists()


def _csv(text):
    return SimpleUploadedFile("belegung.csv", text.encode(), "text/csv")


def _xlsx(rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("belegung.xlsx", buffer.getvalue())


@pytest.fixture
def operator_client(client, org_a, org_b):
    accommodation(org_a, "Haus A")
    accommodation(org_a, "Haus B")
    accommodation(org_b, "Haus Fremd")
    client.force_login(staff(Role.OPERATOR, org_a))
    return client


def _confirm(client, response):
    return client.post(reverse("refugees:occupancy_import"), {"confirm": response.context["preview"].token})


def test_import_previews_then_imports(operator_client):
    response = operator_client.post(reverse("refugees:occupancy_import"), {"file": _xlsx([
        ["accommodation", "month", "residents", "adults", "minors"],
        ["Haus A", "2017-08", 120, 80, 40],
        ["Haus B", "2017-08", 95, None, None],
    ])})
    assert response.status_code == 200
    assert not Occupancy.objects.exists()  # a preview first
    done = _confirm(operator_client, response)
    assert done.status_code == 302
    assert sorted(Occupancy.objects.values_list("accommodation__name", "residents")) == [("Haus A", 120), ("Haus B", 95)]
    assert AuditLog.objects.filter(detail__import=True, detail__rows=2).exists()


# The same figures as German Excel, as XLSX with date cells and as LibreOffice save them.
GERMAN_EXCEL = ("\ufeffUnterkunft;Monat;Bewohner*innen;Erwachsene;Minderjährige\r\n"
                "Haus A;01.11.2017;1.234;1.000;234\r\nHaus B;11.2017;95;;\r\n")
LIBREOFFICE = "accommodation,month,residents,adults,minors\nHaus A,2017-11,1234,1000,234\nHaus B,2017-11,95,,\n"


def test_german_excel_csv_xlsx_with_date_cells_and_libreoffice_csv_give_the_same_rows(operator_client):
    from datetime import datetime

    uploads = {
        "excel-csv": SimpleUploadedFile("belegung.csv", GERMAN_EXCEL.encode("utf-8")),
        "xlsx": _xlsx([["Unterkunft", "Monat", "Bewohner*innen", "Erwachsene", "Minderjährige"],
                       ["Haus A", datetime(2017, 11, 1), 1234, 1000, 234],  # noqa: DTZ001 - a date cell
                       ["Haus B", datetime(2017, 11, 1), 95, None, None]]),  # noqa: DTZ001
        "libreoffice-csv": SimpleUploadedFile("belegung.csv", LIBREOFFICE.encode()),
    }
    results = {}
    for name, upload in uploads.items():
        Occupancy.objects.all().delete()
        response = operator_client.post("/de/staff/refugees/occupancy/import/", {"file": upload})
        assert "preview" in response.context, (name, response.context.get("errors"),
                                               response.context.get("file_error"))
        assert _confirm(operator_client, response).status_code == 302
        results[name] = sorted(Occupancy.objects.values_list(
            "accommodation__name", "month", "residents", "adults", "minors"))
    assert results["excel-csv"] == results["xlsx"] == results["libreoffice-csv"] == [
        ("Haus A", date(2017, 11, 1), 1234, 1000, 234), ("Haus B", date(2017, 11, 1), 95, None, None)]


def test_a_partial_correction_the_month_form_accepts_is_accepted_by_the_import(operator_client, org_a):
    house = Accommodation.objects.get(name="Haus A")
    Occupancy.objects.create(accommodation=house, month=date(2017, 8, 1), residents=120, adults=80, minors=40)
    form_ok = operator_client.post(reverse("refugees:accommodation_detail", kwargs={"pk": house.pk}),
                                   {"month": "2017-09", "residents": 118})
    assert form_ok.status_code == 302
    response = operator_client.post(reverse("refugees:occupancy_import"), {
        "file": _csv("accommodation,month,residents\nHaus A,2017-08,118\n")})
    assert "preview" in response.context, response.context.get("errors")
    _confirm(operator_client, response)
    corrected = Occupancy.objects.get(accommodation=house, month=date(2017, 8, 1))
    assert (corrected.residents, corrected.adults, corrected.minors) == (118, None, None)


@pytest.mark.parametrize(
    ("upload", "expected"),
    [
        (lambda: _csv("name,when,people\nHaus A,2017-08,10\n"),
         "The columns “Accommodation”, “Month”, “Residents” are missing"),
        (lambda: _csv("Unterkunft;Monat;Bewohner\r\nHaus A;08.2017;10\r\n"), "“Residents” is missing"),
        (lambda: _csv("accommodation,month,residents,colour\nHaus A,2017-08,10,blue\n"), "“colour” is unknown"),
        (lambda: _csv("accommodation,month,residents\nHaus A,2017-08,zehn\n"),
         "Row 1 (line 2 of the sheet), column “Residents”: “zehn” is not a number."),
        (lambda: _csv("accommodation,month,residents\nHaus X,2017-08,10\n"),
         "Row 1 (line 2 of the sheet), column “Accommodation”: There is no accommodation “Haus X”"),
        (lambda: _csv("accommodation,month,residents\nHaus Fremd,2017-08,10\n"),
         "column “Accommodation”: There is no accommodation “Haus Fremd” among those you keep"),
        (lambda: _csv("accommodation,month,residents\nHaus A,2017-08,10\nHaus A,2017-08,12\n"),
         "Row 2 (line 3 of the sheet), column “Month”: This accommodation and month are also in row 1."),
        (lambda: _csv("accommodation,month,residents\n"), "The file has column names but no rows."),
        (lambda: _csv(""), "The file is empty."),
        (lambda: SimpleUploadedFile("bild.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "could not be read"),
        (lambda: SimpleUploadedFile("notes.pdf", b"%PDF-1.4"), "Please upload a CSV or XLSX file."),
        (lambda: _csv("accommodation,month,residents\nHaus A,August,10\n"),
         "column “Month”: “August” is not a month"),
        (lambda: _csv("accommodation,month,residents,adults,minors\nHaus A,2017-08,10,8,3\n"),
         "column “Minors”: Adults and minors must add up to the residents."),
    ],
)
def test_bad_imports_change_nothing_and_say_where(operator_client, upload, expected):
    with translation_en():  # an /en/ URL: the messages are checked in English
        response = operator_client.post(reverse("refugees:occupancy_import"), {"file": upload()})
    assert response.request["PATH_INFO"].startswith("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert expected in html.replace("&quot;", '"').replace("&#x27;", "'"), html[html.find("<main"):][:2000]
    assert "preview" not in response.context
    assert "[" not in (response.context.get("file_error") or "")  # never a Python list
    if response.context.get("file_error"):
        assert not response.context.get("errors")  # a file-level problem, then no row errors
    assert not Occupancy.objects.exists()


def test_at_most_fifty_problems_are_listed_with_the_total(operator_client):
    rows = "".join(f"Haus A,{y}-{m:02d},x\n" for y in range(2010, 2016) for m in range(1, 13))  # 72 bad rows
    with translation_en():
        response = operator_client.post(reverse("refugees:occupancy_import"), {
            "file": _csv("accommodation,month,residents\n" + rows)})
    assert len(response.context["errors"]) == 50
    assert "72 problems found; nothing was imported. The first 50 are listed." in response.context["error_total"]


def test_templates_in_the_users_language(operator_client):
    from openpyxl import load_workbook

    response = operator_client.get("/de/staff/refugees/occupancy/import/template.xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    assert [c.value for c in workbook.worksheets[0][1]][:3] == ["Unterkunft", "Monat", "Bewohner*innen"]
    assert workbook.worksheets[1].max_row == 9  # the header and one line per column
    csv = operator_client.get("/de/staff/refugees/occupancy/import/template.csv").content
    assert csv.startswith(b"\xef\xbb\xbf") and csv.split(b"\r\n")[0].count(b";") == 7


def translation_en():
    from django.utils import translation

    return translation.override("en")
