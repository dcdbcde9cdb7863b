"""The directory of offers: public search without JavaScript, entries kept by their own
organisation, spreadsheet import as German offices save it."""

import io
from datetime import date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import Workbook, load_workbook

from core.models import AuditLog, District, ImportPreview, Role
from tests.core.factories import staff
from welcome.models import DirectoryEntry

pytestmark = pytest.mark.django_db


def entry(org, **kw):
    defaults = {"kind": "german_course", "name_de": "Kurs"}
    defaults.update(kw)
    item = DirectoryEntry(organisation=org, **defaults)
    item.save()
    return item


@pytest.fixture
def courses(org_a):
    mitte, ost = District.objects.get(name="Mitte"), District.objects.get(name="Ost")
    return {
        "match": entry(org_a, name_de="B1 am Abend", levels=["B1"], schedules=["evening"], district=mitte),
        "match2": entry(org_a, name_de="A2-B1 abends und samstags", levels=["A2", "B1"],
                        schedules=["evening", "weekend"], district=mitte),
        "morning": entry(org_a, name_de="B1 vormittags", levels=["B1"], schedules=["morning"], district=mitte),
        "other_district": entry(org_a, name_de="B1 abends in Ost", levels=["B1"], schedules=["evening"],
                                district=ost),
        "other_level": entry(org_a, name_de="A1 abends", levels=["A1"], schedules=["evening"], district=mitte),
        "club": entry(org_a, kind="club", club_category="sport", name_de="Fußball", schedules=["evening"],
                      district=mitte),
        "stale": entry(org_a, name_de="B1 abends, lange nicht geprüft", levels=["B1"], schedules=["evening"],
                       district=mitte, last_checked_on=date(2020, 1, 1)),
        "unpublished": entry(org_a, name_de="B1 abends, Entwurf", levels=["B1"], schedules=["evening"],
                             district=mitte, is_published=False),
    }


def test_german_course_search_by_level_district_and_evening(client, courses, django_assert_num_queries, settings):
    settings.PORTAL_CHOICES_CACHE_VERIFY = False  # counted as in production: cache hits are not rebuilt
    params = {"kind": "german_course", "level": "B1", "district": District.objects.get(name="Mitte").pk,
              "schedule": "evening"}
    client.get("/de/directory/")  # the district and target-group choices are cached from here on
    # The pager's count (1); one page of entries with their districts (1).
    with django_assert_num_queries(2):
        response = client.get("/de/directory/", params)
    found = {e.pk for e in response.context["page"]}
    assert found == {courses["match"].pk, courses["match2"].pk}
    html = response.content.decode()
    assert "B1 am Abend" in html and "B1 vormittags" not in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]  # the search needs no script


def test_stale_entries_leave_the_public_list_until_checked(client, courses, as_role, settings, users_by_role):
    settings.PORTAL_DIRECTORY_CHECK_DAYS = 365
    stale = courses["stale"]
    assert client.get(f"/de/directory/{stale.pk}/").status_code == 404
    editor_client = as_role(Role.DIRECTORY_EDITOR)
    editor_client.post(reverse("welcome:staff_directory_checked", args=[stale.pk]))
    stale.refresh_from_db()
    assert stale.last_checked_on == timezone.localdate()
    assert client.get(f"/de/directory/{stale.pk}/").status_code == 200
    # The limit is the setting's: checked 11 days ago is out with 10 days, in with 11.
    DirectoryEntry.objects.filter(pk=stale.pk).update(last_checked_on=timezone.localdate() - timedelta(days=11))
    settings.PORTAL_DIRECTORY_CHECK_DAYS = 10
    assert client.get(f"/de/directory/{stale.pk}/").status_code == 404
    settings.PORTAL_DIRECTORY_CHECK_DAYS = 11
    assert client.get(f"/de/directory/{stale.pk}/").status_code == 200


def test_results_are_paginated(client, org_a):
    for i in range(45):
        entry(org_a, kind="club", club_category="culture", name_de=f"Verein {i:02d}")
    page2 = client.get("/de/directory/", {"kind": "club", "page": 2}).context["page"]
    assert page2.paginator.count == 45 and len(page2) == 20 and page2.number == 2


def test_personal_contact_shown_only_with_consent(client, org_a):
    circle = entry(org_a, kind="volunteer_circle", name_de="Freundeskreis Ost", email="privat@test.example",
                   contact_is_personal=True, contact_consent_on=date(2026, 1, 5))
    assert "privat@test.example" in client.get(f"/de/directory/{circle.pk}/").content.decode()
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        entry(org_a, kind="volunteer_circle", name_de="Ohne Einwilligung", email="p2@test.example",
              contact_is_personal=True)


def _directory_urls(pk):
    return [
        ("get", reverse("welcome:staff_directory_edit", args=[pk])),
        ("post", reverse("welcome:staff_directory_edit", args=[pk])),
        ("post", reverse("welcome:staff_directory_checked", args=[pk])),
        ("get", reverse("welcome:staff_directory_delete", args=[pk])),
        ("post", reverse("welcome:staff_directory_delete", args=[pk])),
    ]


def test_editor_cannot_touch_another_organisations_entry_over_any_directory_url(client, org_a, org_b):
    mine = entry(org_a, name_de="Unser Kurs")
    theirs = entry(org_b, name_de="Fremder Kurs", last_checked_on=date(2026, 1, 1))
    client.force_login(staff(Role.DIRECTORY_EDITOR, org_a))
    for method, url in _directory_urls(theirs.pk):
        data = {"organisation": org_a.pk, "kind": "german_course", "name_de": "Übernommen",
                "last_checked_on": "2026-11-01"} if method == "post" else None
        response = getattr(client, method)(url, data)
        assert response.status_code == 404, (method, url, response.status_code)
    theirs.refresh_from_db()
    assert theirs.name_de == "Fremder Kurs" and theirs.last_checked_on == date(2026, 1, 1)
    assert theirs.organisation_id == org_b.pk
    # Their entry is not in my list, nor offered as an organisation in my form.
    listing = client.get(reverse("welcome:staff_directory"))
    assert [e.pk for e in listing.context["page"]] == [mine.pk]
    form = client.get(reverse("welcome:staff_directory_create")).context["form"]
    assert list(form.fields["organisation"].queryset) == [org_a]
    # A POST that names the other organisation is refused by the form, not obeyed.
    response = client.post(reverse("welcome:staff_directory_create"),
                           {"organisation": org_b.pk, "kind": "german_course", "name_de": "Untergeschoben",
                            "last_checked_on": "2026-11-01"})
    assert "organisation" in response.context["form"].errors
    assert not DirectoryEntry.objects.filter(name_de="Untergeschoben").exists()


def test_editor_creates_and_changes_own_entries_audited(client, org_a):
    editor = staff(Role.DIRECTORY_EDITOR, org_a)
    client.force_login(editor)
    response = client.post(reverse("welcome:staff_directory_create"), {
        "organisation": org_a.pk, "kind": "german_course", "name_de": "Integrationskurs", "name_fa": "دوره ادغام",
        "levels": ["A1", "A2"], "schedules": ["evening"], "is_integration_course": "on", "languages": ["de"],
        "last_checked_on": "2026-11-01", "is_published": "on", "is_free": "on"})
    created = DirectoryEntry.objects.get(name_de="Integrationskurs")
    assert response.status_code == 302
    assert created.levels == ["A1", "A2"] and created.translation_state("fa") == "current"
    assert AuditLog.objects.filter(action="create", object_id=str(created.pk)).exists()
    # Levels belong to German courses: the form says so and keeps what was typed.
    response = client.post(reverse("welcome:staff_directory_create"), {
        "organisation": org_a.pk, "kind": "club", "name_de": "Sportverein mit Niveau", "levels": ["B1"],
        "last_checked_on": "2026-11-01"})
    assert "levels" in response.context["form"].errors
    assert 'value="Sportverein mit Niveau"' in response.content.decode()


# --- import ------------------------------------------------------------------------------------

HEADER = "Art;Name (Deutsch);Anbieter;Niveaus;Integrationskurs;Wann;Kinderbetreuung;Stadtbezirk;Zuletzt geprüft"


def _german_excel_csv(rows):
    text = "\r\n".join([HEADER, *rows]) + "\r\n"
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def en(name, *args):
    """Staff pages in English here, so the messages can be read in the assertions."""
    with translation.override("en"):
        return reverse(name, args=args)


def _upload(client, name, content, **extra):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(en("welcome:staff_directory_import"), {"file": SimpleUploadedFile(name, content), **extra})


@pytest.fixture
def editor_client(client, org_a):
    client.force_login(staff(Role.DIRECTORY_EDITOR, org_a, preferred_language="de"))
    return client


def test_import_of_a_german_excel_csv_with_preview_and_confirm(editor_client, org_a):
    content = _german_excel_csv([
        "Deutschkurs;Integrationskurs am Abend;vhs stuttgart;A1, A2;ja;abends;ja;Mitte;01.11.2026",
        "german_course;Deutsch für den Beruf;;B2;nein;evening, weekend;nein;Ost;2026-10-15",
    ])
    response = _upload(editor_client, "kurse.csv", content)
    assert response.status_code == 200
    assert "errors" not in response.context and "file_error" not in response.context, response.context.get("errors")
    preview = response.context["preview"]
    assert not DirectoryEntry.objects.exists()  # the preview writes nothing
    response = editor_client.post(en("welcome:staff_directory_import"), {"confirm": preview.token})
    assert response.status_code == 302
    first = DirectoryEntry.objects.get(name_de="Integrationskurs am Abend")
    assert first.levels == ["A1", "A2"] and first.is_integration_course and first.childcare
    assert first.schedules == ["evening"] and first.district is not None and first.district.name == "Mitte"
    assert first.last_checked_on == date(2026, 11, 1)
    assert DirectoryEntry.objects.get(name_de="Deutsch für den Beruf").schedules == ["evening", "weekend"]
    assert not ImportPreview.objects.exists()
    assert AuditLog.objects.filter(detail__import=True, detail__created=2).exists()


def test_xlsx_with_date_cells_and_libreoffice_csv_give_the_same_rows(editor_client):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["kind", "name", "levels", "schedules", "district", "last_checked_on"])
    sheet.append(["german_course", "Kurs X", "B1", "evening", "Mitte", datetime(2026, 11, 1)])  # noqa: DTZ001 - a date cell
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = _upload(editor_client, "kurse.xlsx", buffer.getvalue())
    assert "errors" not in response.context, response.context.get("errors")
    editor_client.post(en("welcome:staff_directory_import"), {"confirm": response.context["preview"].token})
    from_xlsx = DirectoryEntry.objects.get(name_de="Kurs X")
    # LibreOffice's default CSV: comma, no BOM, LF.
    csv = b'kind,name,levels,schedules,district,last_checked_on\ngerman_course,Kurs Y,B1,evening,Mitte,01.11.2026\n'
    response = _upload(editor_client, "kurse.csv", csv)
    editor_client.post(en("welcome:staff_directory_import"), {"confirm": response.context["preview"].token})
    from_csv = DirectoryEntry.objects.get(name_de="Kurs Y")
    for field in ("kind", "levels", "schedules", "district_id", "last_checked_on"):
        assert getattr(from_xlsx, field) == getattr(from_csv, field), field


def test_a_bad_import_changes_nothing_and_names_row_line_and_column(editor_client, org_a):
    entry(org_a, name_de="Bestehender Kurs")
    content = _german_excel_csv([
        "Deutschkurs;Guter Kurs;;A1;ja;abends;ja;Mitte;01.11.2026",
        "Deutschkurs;Kurs mit Fehlern;;Z9;vielleicht;abends;ja;Atlantis;31.02.2026",
        "Sportverein;;;;;;;;",
    ])
    response = _upload(editor_client, "kurse.csv", content)
    errors = response.context["errors"]
    text = " ".join(errors)
    assert "Row 2 (line 3 of the sheet), column “Levels”" in text
    assert "column “Integration course”" in text and "column “City district”" in text
    assert "column “Last checked”" in text
    assert "Row 3 (line 4 of the sheet), column “Kind”" in text
    assert "nothing was imported" in response.context["error_total"]
    assert "preview" not in response.context
    assert list(DirectoryEntry.objects.values_list("name_de", flat=True)) == ["Bestehender Kurs"]
    assert not ImportPreview.objects.exists()


@pytest.mark.parametrize(("content", "message"), [
    (b"", "The file is empty."),
    (b"\xef\xbb\xbfArt;Anbieter\r\nDeutschkurs;vhs\r\n", "is missing"),
    (b"\xef\xbb\xbfArt;Name (Deutsch);Farbe\r\nDeutschkurs;Kurs;blau\r\n", "“Farbe” is unknown"),
    (b"\xef\xbb\xbfArt;Name (Deutsch)\r\n", "no rows"),
])
def test_file_level_problems_are_one_plain_message(editor_client, content, message):
    response = _upload(editor_client, "kurse.csv", content)
    assert message in response.context["file_error"]
    assert "[" not in response.context["file_error"]  # never a Python list
    assert "errors" not in response.context
    assert not DirectoryEntry.objects.exists()


def test_import_cannot_change_another_organisations_entry(editor_client, org_b):
    theirs = entry(org_b, name_de="Fremder Kurs")
    content = (f"id;kind;name;district\r\n{theirs.pk};german_course;Übernommen;Mitte\r\n").encode()
    response = _upload(editor_client, "kurse.csv", content)
    assert "There is no entry number" in " ".join(response.context["errors"])
    theirs.refresh_from_db()
    assert theirs.name_de == "Fremder Kurs"


def test_templates_in_the_users_language_with_an_explaining_sheet(editor_client):
    response = editor_client.get(en("welcome:staff_directory_template", "xlsx"))
    workbook = load_workbook(io.BytesIO(response.content))
    headers = [c.value for c in workbook.worksheets[0][1]]
    assert "Kind" in headers and "Name (German)" in headers
    assert workbook.worksheets[1].max_row == len(headers) + 1
    csv = editor_client.get(en("welcome:staff_directory_template", "csv")).content
    assert csv.startswith(b"\xef\xbb\xbf") and b";" in csv.split(b"\r\n")[0]


def test_a_preview_is_confirmed_on_any_process_and_purged_after_a_day(editor_client):
    from core.tasks import import_previews_purge

    response = _upload(editor_client, "kurse.csv", b"kind;name\r\ngerman_course;Kurs\r\n")
    preview = response.context["preview"]
    ImportPreview.objects.filter(pk=preview.pk).update(created_at=timezone.now() - timedelta(hours=25))
    assert import_previews_purge() == 1
    response = editor_client.post(en("welcome:staff_directory_import"), {"confirm": preview.token})
    assert response.status_code == 302
    assert not DirectoryEntry.objects.exists()


# --- from the consultation to the offer ----------------------------------------------------------

def test_counsellor_recommends_offers_prints_and_mails_them(client, org_a, django_capture_on_commit_callbacks):
    from django.core import mail

    from reporting.models import StatValue
    from reporting.statistics import refresh
    from tests.welcome.factories import consultation_for

    counsellor = staff(Role.COUNSELLOR, org_a)
    consultation = consultation_for(counsellor)
    course = entry(org_a, name_de="Integrationskurs", name_ar="دورة الاندماج", levels=["A1"])
    club = entry(org_a, kind="club", club_category="sport", name_de="Fußball")
    client.force_login(counsellor)
    url = reverse("welcome:consultation_offers", args=[consultation.pk])
    found = client.get(url, {"kind": "german_course", "level": "A1"}).context["results"]
    assert [e.pk for e in found] == [course.pk]
    client.post(url, {"add": [course.pk, club.pk]})
    assert set(consultation.directory_referrals.values_list("pk", flat=True)) == {course.pk, club.pk}
    printed = client.get(reverse("welcome:consultation_offers_print", args=[consultation.pk]), {"lang": "ar"})
    html = printed.content.decode()
    assert '<html lang="ar" dir="rtl">' in html and "دورة الاندماج" in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("welcome:consultation_offers_send", args=[consultation.pk]),
                    {"email": "newcomer@test.example", "language": "ar"})
    sent = mail.outbox[-1]
    assert sent.to == ["newcomer@test.example"] and "دورة الاندماج" in sent.body
    # The address is in the mail and nowhere else.
    assert not AuditLog.objects.filter(detail__icontains="newcomer@test.example").exists()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM welcome_consultation WHERE outcome_note LIKE '%%newcomer@%%'")
        assert cursor.fetchone()[0] == 0
    # Referrals counted per kind and per entry in the statistics, without any personal data.
    refresh(full=True)
    stats = {(v.dimension, v.key): v.value for v in StatValue.objects.filter(statistic="referrals")}
    assert stats[("directory_kind", "german_course")] == 1 and stats[("directory_kind", "club")] == 1
    assert stats[("directory_entry", f"Integrationskurs (#{course.pk})")] == 1


def test_another_counsellor_cannot_recommend_on_my_consultation(client, org_a, org_b):
    from tests.welcome.factories import consultation_for

    consultation = consultation_for(staff(Role.COUNSELLOR, org_a))
    client.force_login(staff(Role.COUNSELLOR, org_b))
    assert client.get(reverse("welcome:consultation_offers", args=[consultation.pk])).status_code == 404
    assert client.get(reverse("welcome:consultation_offers_print", args=[consultation.pk])).status_code == 404
