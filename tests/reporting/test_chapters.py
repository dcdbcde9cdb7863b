"""Chapters 4 and 6 of the refugee report: culture and sport, integration-management staffing.

Chapter 4's figures, entered through the staff form as the seed report states them
(../shared/seeds, "4. Integration von Flüchtlingen in den Bereichen Kultur und Sport"):
- "Die Stuttgarter Sportvereine haben bereits über 310 Regelangebote für Flüchtlinge geöffnet"
- "hat die Sportkreisjugend ... mittlerweile 90 sogenannte Sportpaten ausgebildet"
- "Der Gemeinderat hat im Rahmen des Doppelhaushalts 2016/2017 jeweils 75.000 EUR zur Verfügung gestellt"
- "Bisher konnten 80 Angebote von 35 Vereinen gefördert werden, wodurch rund 400 Flüchtlingen der Sport
  in einem Verein ermöglicht wurde. Zudem wurde von 30 Sportpaten die Ausbildung bezuschusst."
- "seit Anfang 2016 vier regelmäßig stattfindende Kurse ... insgesamt 20 Flüchtlingskurse"
- "den Innovationsfonds Interkultur auf 65.000 EUR (von ursprünglich 25.000 EUR) erhöht"
- "Über 120 Teilnehmerinnen und Teilnehmer aus der Kulturszene"
The seed gives no staffing figures for chapter 6: the staffing test uses figures of its own.
"""

import io

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from core.models import AuditLog, Role
from refugees.models import IntegrationStaffing
from reporting.models import ChapterText, CultureSportYear
from tests.core.factories import staff

pytestmark = pytest.mark.django_db

SEED_2017 = {"sports_offers_open": 310, "sports_mentors_trained": 90, "sports_mentors_funded": 30,
             "offers_funded": 80, "clubs_funded": 35, "refugees_reached": 400, "swimming_courses_regular": 4,
             "swimming_courses_total": 20, "sport_funding_eur": 75000, "culture_fund_eur": 65000,
             "culture_workshop_participants": 120}


def _rows(sheet):
    return {r[0].value: [c.value for c in r[1:]] for r in sheet.iter_rows(min_row=2) if r[0].value is not None}


def test_culture_and_sport_from_the_form_into_the_report(client, users_by_role, tmp_path):
    admin = users_by_role[Role.ADMIN]
    client.force_login(admin)
    url = reverse("reporting:culture_sport")
    assert client.post(url, {"year": "2016", "sport_funding_eur": "75000", "culture_fund_eur": "65000"}).status_code == 302
    response = client.post(url, {"year": "2017", **{k: str(v) for k, v in SEED_2017.items()}, "clubs_funded": "34"})
    assert response.status_code == 302
    assert client.post(url, {"year": "2017", **{k: str(v) for k, v in SEED_2017.items()}}).status_code == 302  # corrected
    record = CultureSportYear.objects.get(year=2017)
    assert {k: getattr(record, k) for k in SEED_2017} == SEED_2017
    assert AuditLog.objects.filter(object_id=str(record.pk), actor=admin).count() == 2
    # A negative figure is refused and what was typed stays.
    response = client.post(url, {"year": "2018", "offers_funded": "-3"})
    assert response.status_code == 200 and response.context["form"]["offers_funded"].value() == "-3"
    assert not CultureSportYear.objects.filter(year=2018).exists()

    out = tmp_path / "kultur.xlsx"
    call_command("build_report", "--from", "2016-01-01", "--to", "2017-08-31", "--out", str(out), stdout=io.StringIO())
    with translation.override("de"):
        rows = _rows(openpyxl.load_workbook(out)[translation.gettext("Culture and sport")[:31]])
        labels = dict(CultureSportYear.figure_labels())
    for name, value in SEED_2017.items():
        expected_2016 = {"sport_funding_eur": 75000, "culture_fund_eur": 65000}.get(name)
        assert rows[labels[name]] == [expected_2016, value], name


def test_integration_managers_record_their_own_staffing_and_the_report_sums_it(client, users_by_role, org_a, org_b,
                                                                              tmp_path):
    manager = users_by_role[Role.INTEGRATION_MANAGER]  # of org_a
    client.force_login(manager)
    url = reverse("refugees:staffing_list")
    figures = {"year": "2018", "posts": "6,5", "managers": "8", "people_reached": "410", "children_reached": "150"}
    with translation.override("de"):
        response = client.post(url, {**figures, "organisation": org_b.pk})  # another organisation's
        assert response.status_code == 200 and not IntegrationStaffing.objects.exists()
        response = client.post(url, {**figures, "organisation": org_a.pk, "children_reached": "411"})
        assert translation.gettext("The children are part of the people reached.") in response.content.decode()
        assert response.context["form"]["children_reached"].value() == "411"
    assert client.post(url, {**figures, "organisation": org_a.pk}).status_code == 302
    assert str(IntegrationStaffing.objects.get(organisation=org_a).posts) == "6.50"
    assert org_b.name not in client.get(url).content.decode()
    # The city's admin records another organisation's year; a manager of B does not see A's.
    client.force_login(users_by_role[Role.ADMIN])
    assert client.post(url, {**figures, "organisation": org_b.pk, "posts": "3", "managers": "4",
                             "people_reached": "200", "children_reached": "60"}).status_code == 302
    client.force_login(staff(Role.INTEGRATION_MANAGER, org_b))
    page = client.get(url).content.decode()
    assert org_b.name in page and "410" not in page

    out = tmp_path / "pakt.xlsx"
    call_command("build_report", "--from", "2018-01-01", "--to", "2018-12-31", "--out", str(out), stdout=io.StringIO())
    with translation.override("de"):
        sheet = openpyxl.load_workbook(out)[translation.gettext("Integration management staffing")[:31]]
        rows = {(r[0].value, r[1].value): [c.value for c in r[2:]] for r in sheet.iter_rows(min_row=2)}
        assert rows[(2018, org_a.name)] == [6.5, 8, 410, 150]
        assert rows[(2018, translation.gettext("All organisations"))] == [9.5, 12, 610, 210]


def _texts(client, **data):
    return client.post(reverse("reporting:chapter_texts"), {"start": "2016-01", "end": "2017-08", **data})


def test_the_city_writes_its_text_per_chapter_period_and_language(client, users_by_role):
    admin = users_by_role[Role.ADMIN]
    client.force_login(admin)
    page = client.get(reverse("reporting:chapter_texts"), {"start": "2016-01", "end": "2017-08", "language": "de"})
    assert page.status_code == 200 and page.context["form"] is not None
    assert _texts(client, language="de", text_1="Die Zahlen gehen zurück.", text_7="Die Task Force endet.").status_code == 302
    assert _texts(client, language="en", text_1="The numbers are going down.").status_code == 302
    assert set(ChapterText.objects.values_list("chapter", "language")) == {(1, "de"), (7, "de"), (1, "en")}
    # Emptied: the text goes; changed: replaced; each change audited.
    _texts(client, language="de", text_1="Die Zahlen sinken.", text_7="")
    assert ChapterText.objects.get(chapter=1, language="de").text == "Die Zahlen sinken."
    assert not ChapterText.objects.filter(chapter=7).exists()
    assert AuditLog.objects.filter(actor=admin, content_type__model="chaptertext").count() == 5
    page = client.get(reverse("reporting:chapter_texts"), {"start": "2016-01", "end": "2017-08", "language": "de"})
    assert "Die Zahlen sinken." in page.content.decode()
    # A period that ends before it starts is refused, and the text typed stays.
    response = client.post(reverse("reporting:chapter_texts"), {"start": "2017-08", "end": "2016-01",
                                                                "language": "de", "text_2": "Arbeitsgruppen"})
    assert response.status_code == 200 and response.context["form"]["text_2"].value() == "Arbeitsgruppen"
    assert not ChapterText.objects.filter(chapter=2).exists()


@pytest.mark.parametrize(("lang", "people", "fewer"), [("de", "7.362", "11 %"), ("en", "7,362", "11 %")])
def test_the_report_sheet_follows_the_chapters_with_texts_and_sentences(published, tmp_path, lang, people, fewer):
    """"Im August 2017 ... liegt die Zahl der Untergebrachten bei 7.362 Personen. Dies entspricht einer
    Abnahme von 11 % des Wertes vom Vorjahr." – the sentence generated in the report's language."""
    from datetime import date

    first, last = date(2016, 1, 1), date(2017, 8, 1)
    ChapterText.objects.create(period_start=first, period_end=last, chapter=1, language="de",
                               text="Der Krisenmodus kann als überwunden betrachtet werden.")
    ChapterText.objects.create(period_start=first, period_end=last, chapter=7, language="de",
                               text="Die Task Force wird beendet.")
    ChapterText.objects.create(period_start=first, period_end=last, chapter=1, language="en",
                               text="The crisis mode can be considered over.")
    out = tmp_path / f"bericht-{lang}.xlsx"
    call_command("build_report", "--from", "2016-01-01", "--to", "2017-08-31", "--language", lang, "--out", str(out),
                 stdout=io.StringIO())
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.worksheets[0]
    cells = [c.value for c in sheet["A"] if c.value]
    with translation.override(lang):
        assert sheet.title == translation.gettext("Report")[:31]
        from reporting.models import Chapter

        titles = [f"{c.value}. {c.label}" for c in Chapter]
        assert [c for c in cells if c in titles] == titles  # all seven, in the published order
        month = "August 2017"
        expected = translation.gettext("In %(month)s, %(people)s people lived in the accommodations, %(percent)s %% "
                                       "fewer than a year before.") % {"month": month, "people": people,
                                                                       "percent": "11"}
        assert expected in cells
        assert fewer in expected and people in expected
        fim = translation.gettext("In %(year)s, %(total)s FIM places were granted: %(internal)s internal and "
                                  "%(external)s external.") % {"year": 2016, "total": "752", "internal": "189",
                                                               "external": "563"}
        assert fim in cells
        assert any("167" in c and "153" in c for c in cells)  # occupied on 15 Aug 2017
        assert any(("2.000" if lang == "de" else "2,000") in c and "41" in c for c in cells)  # chapter 3
        assert any("310" in c for c in cells)  # chapter 4
    if lang == "de":
        assert "Der Krisenmodus kann als überwunden betrachtet werden." in cells
    else:
        assert "The crisis mode can be considered over." in cells
        assert "Die Task Force wird beendet. (de)" in cells  # no English text: the German one, marked
    links = [c.hyperlink.location for c in sheet["A"] if c.hyperlink]
    assert f"'{workbook.sheetnames[7]}'!A1" in links  # FIM, from chapter 5


def test_the_print_view_has_every_chapter_in_the_pages_language(client, city, published):
    from reporting.statistics import refresh

    refresh()
    ChapterText.objects.create(period_start="2016-01-01", period_end="2017-08-01", chapter=2, language="de",
                               text="Sechs Arbeitsgruppen berichten.")
    client.force_login(staff(Role.REPORT_VIEWER, city, email="leser@test.example"))
    response = client.get("/de/staff/reports/print/", {"start": "2016-01", "end": "2017-08"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count('class="report-chapter"') == 7
    assert "Sechs Arbeitsgruppen berichten." in page and "7.362" in page and "<svg" in page
    assert "report-print.css" in page
    response = client.get("/en/staff/reports/print/", {"start": "2016-01", "end": "2017-08"})
    assert "7,362" in response.content.decode()
    # A bad period keeps what was typed and shows no report.
    response = client.get("/de/staff/reports/print/", {"start": "2017-08", "end": "2016-01"})
    assert response.status_code == 200 and "report-chapter" not in response.content.decode()
    assert response.context["period"]["start"].value() == "2017-08"
