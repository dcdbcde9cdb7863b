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


def test_import_previews_then_imports(operator_client):
    response = operator_client.post(reverse("refugees:occupancy_import"), {"file": _xlsx([
        ["accommodation", "month", "residents", "adults", "minors"],
        ["Haus A", "2017-08", 120, 80, 40],
        ["Haus B", "2017-08", 95, None, None],
    ])})
    assert response.status_code == 200
    assert not Occupancy.objects.exists()  # a preview first
    key = response.context["confirm_key"]
    done = operator_client.post(reverse("refugees:occupancy_import"), {"key": key, "confirm": "1"})
    assert done.status_code == 302
    assert sorted(Occupancy.objects.values_list("accommodation__name", "residents")) == [("Haus A", 120), ("Haus B", 95)]


@pytest.mark.parametrize(
    ("upload", "expected"),
    [
        (lambda: _csv("name,when,people\nHaus A,2017-08,10\n"), "Columns missing"),
        (lambda: _csv("accommodation,month,residents\nHaus A,2017-08,zehn\n"), "residents"),
        (lambda: _csv("accommodation,month,residents\nHaus X,2017-08,10\n"), "Unknown accommodation"),
        (lambda: _csv("accommodation,month,residents\nHaus Fremd,2017-08,10\n"), "Unknown accommodation"),
        (lambda: _csv("accommodation,month,residents\nHaus A,2017-08,10\nHaus A,2017-08,12\n"), "twice"),
        (lambda: _csv("accommodation,month,residents\n"), "no rows"),
        (lambda: SimpleUploadedFile("bild.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "could not be read"),
        (lambda: SimpleUploadedFile("notes.pdf", b"%PDF-1.4"), "CSV or XLSX"),
        (lambda: _csv("accommodation,month,residents\nHaus A,August,10\n"), "month"),
    ],
)
def test_bad_imports_change_nothing_and_say_where(operator_client, upload, expected):
    with translation_en():  # an /en/ URL: the messages are checked in English
        response = operator_client.post(reverse("refugees:occupancy_import"), {"file": upload()})
    assert response.request["PATH_INFO"].startswith("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert expected in html, html[html.find("<main"):][:2000]
    assert "confirm_key" not in response.context or not response.context.get("confirm_key")
    assert not Occupancy.objects.exists()


def test_bad_row_names_row_and_column(operator_client):
    with translation_en():
        response = operator_client.post(reverse("refugees:occupancy_import"), {
            "file": _csv("accommodation,month,residents\nHaus A,2017-08,10\nHaus B,2017-08,-3\n")})
    html = response.content.decode()
    assert "Row 2" in html and "residents" in html


def translation_en():
    from django.utils import translation

    return translation.override("en")
