"""Every figure the seed refugee report states (../shared/seeds/004_d8399c4be9d0313a.txt, "Ausführlicher
Bericht", May 2014 to August 2017), read back from the workbook built for that period: through openpyxl,
and again after LibreOffice has opened and saved the workbook.

The figures the portal keeps as records come from the ``published`` fixture (tests/published_data.py;
the staff forms that enter them are tested in tests/refugees/test_movements.py and
tests/reporting/test_chapters.py). Figures that describe the state's programme or the population (160
and 90 million EUR, 2 % and 45 %), a count of places converted once (about 170), a count of sites and
the number of working groups are the city's words: they are entered as chapter texts and read back
from the "Bericht" sheet. The six-month rule of 8 June 2017 is a rule, kept by the database
(tests/refugees/test_fim.py).
"""

import io
import subprocess
import warnings
from datetime import date, datetime

import openpyxl
import pytest
from django.core.management import call_command
from django.utils import translation

from reporting.models import ChapterText, CultureSportYear
from tests.reporting.test_report import LIBREOFFICE

pytestmark = pytest.mark.django_db

FIRST, LAST = date(2014, 5, 1), date(2017, 8, 1)

# (chapter, the seed's words) for the figures kept as the city's text.
TEXTS = {
    2: "Die Arbeitsgruppen (sechs Arbeitsgruppen) beschäftigten sich mit den Themen „Arbeit und Ausbildung“, "
       "„Sprache und kulturelle Werte“, „Familien, Kinder und Jugendliche“, „Soziale Integration und Quartier“, "
       "„Gesundheitliche Versorgung“ und „Kommunikation“.",
    4: "Das Kulturamt hat im November 2014 und im Februar 2016 Workshops initiiert; der Innovationsfonds "
       "Interkultur wurde von ursprünglich 25.000 EUR erhöht. Ein Schwimmkurs ist nur für Mädchen.",
    5: "Ein Großteil der bisherigen Arbeitsgelegenheiten konnte direkt in FIM (ca. 170 Plätze) umgewandelt werden. "
       "Am 08.06.2017 wurde festgelegt, dass Verträge nur noch für maximal 6 Monate abgeschlossen werden.",
    6: "Das Land stellt für 2018 und 2019 jeweils 160 Mio. EUR zur Verfügung; mit jährlich 90 Mio. EUR werden die "
       "Kommunen entlastet. Räume der Begegnung an 5 Standorten; ein Vorbereitungskurs mit 5 Modulen à 2 Stunden.",
    7: "Geflüchtete machen lediglich rd. 2 % der Stadtbevölkerung aus, Migrantinnen/Migranten rd. 45 %.",
}


def _by_first_column(sheet):
    return {row[0].value: [c.value for c in row[1:]] for row in sheet.iter_rows(min_row=2) if row[0].value is not None}


def _month(value):
    return value.date() if isinstance(value, datetime) else value


def _check(workbook):
    _ = translation.gettext
    sheet = workbook[_("Occupancy")[:31]]
    residents = {_month(k): v[0] for k, v in _by_first_column(sheet).items()}
    change = {_month(k): v[2] for k, v in _by_first_column(sheet).items()}
    # 1. "Im Mai 2014 lebten noch 1.815 Personen in den städtischen Flüchtlingsunterkünften."
    assert residents[date(2014, 5, 1)] == 1815
    # 1. "Entsprechend dem Zwischenbericht ... im Juli 2016 ... lag die höchste Anzahl der Personen ... zum
    #    1. Juli 2016 bei 8.141 Personen" (the highest up to that interim report: August 2016, derived from the
    #    11 % below, was higher still)
    assert residents[date(2016, 7, 1)] == 8141
    assert residents[date(2016, 7, 1)] >= max(v for m, v in residents.items() if m <= date(2016, 7, 1))
    # 1. "Im November 2016 leben 7.874 Personen in den Unterkünften, im Februar 2017 7.827 Personen, im Mai
    #    2017 7.672 Personen, im Juli 2017 7.574 Personen und im August 2017 ... bei 7.362 Personen."
    assert [residents[date(y, m, 1)] for y, m in ((2016, 11), (2017, 2), (2017, 5), (2017, 7), (2017, 8))] == [
        7874, 7827, 7672, 7574, 7362]
    # 1. "Dies entspricht einer Abnahme von 11 % des Wertes vom Vorjahr."
    assert round(change[date(2017, 8, 1)], 2) == -0.11
    # 1. "Es leben also nahezu fünf Mal so viele Geflüchtete in den Unterkünften ... wie im Jahr 2014."
    assert 4.4 < residents[date(2016, 7, 1)] / residents[date(2014, 5, 1)] < 5
    # 1. "Im Spitzenmonat November 2015 kamen 1.116 Flüchtlinge nach Stuttgart."
    arrivals = {_month(k): v for k, v in _by_first_column(workbook[_("Arrivals and departures")[:31]]).items()}
    total_column = 2  # preliminary, follow-up, total
    assert arrivals[date(2015, 11, 1)][total_column] == 1116
    assert max(v[total_column] or 0 for v in arrivals.values()) == 1116
    # 1. "Dem Königsteiner Schlüssel entsprechend, nimmt Stuttgart 6,47 % der Baden-Württemberg zugewiesenen
    #    Flüchtlinge auf."
    summary = _by_first_column(workbook[_("Summary")[:31]])
    assert summary[_("The city's quota (%) at the end of the period")][0] == 6.47
    # 3. "mit 2.000 aktiv Engagierten in 41 Flüchtlingsfreundeskreisen und Organisationen"
    volunteers = _by_first_column(workbook[_("Volunteers and tandems")[:31]])
    assert volunteers[_("Volunteer circles at the end of the period")] == [41]
    assert volunteers[_("Members of all volunteer circles")] == [2000]
    # 4. Culture and sport, per year (2014 .. 2017 columns).
    culture = _by_first_column(workbook[_("Culture and sport")[:31]])
    labels = dict(CultureSportYear.figure_labels())

    def figure(name, year):
        return culture[labels[name]][year - FIRST.year]

    # "Über 120 Teilnehmerinnen und Teilnehmer aus der Kulturszene"
    assert figure("culture_workshop_participants", 2017) == 120
    # "den Innovationsfonds Interkultur auf 65.000 EUR (von ursprünglich 25.000 EUR) erhöht"
    assert figure("culture_fund_eur", 2016) == figure("culture_fund_eur", 2017) == 65000
    # "Die Stuttgarter Sportvereine haben bereits über 310 Regelangebote für Flüchtlinge geöffnet"
    assert figure("sports_offers_open", 2017) == 310
    # "mittlerweile 90 sogenannte Sportpaten ausgebildet"
    assert figure("sports_mentors_trained", 2017) == 90
    # "Der Gemeinderat hat im Rahmen des Doppelhaushalts 2016/2017 jeweils 75.000 EUR zur Verfügung gestellt."
    assert figure("sport_funding_eur", 2016) == figure("sport_funding_eur", 2017) == 75000
    # "Bisher konnten 80 Angebote von 35 Vereinen gefördert werden, wodurch rund 400 Flüchtlingen der Sport in
    #  einem Verein ermöglicht wurde. Zudem wurde von 30 Sportpaten die Ausbildung bezuschusst."
    assert [figure(n, 2017) for n in ("offers_funded", "clubs_funded", "refugees_reached",
                                      "sports_mentors_funded")] == [80, 35, 400, 30]
    # "seit Anfang 2016 vier regelmäßig stattfindende Kurse organisiert ... insgesamt 20 Flüchtlingskurse"
    assert figure("swimming_courses_regular", 2017) == 4 and figure("swimming_courses_total", 2017) == 20
    # 5. "Die Bundesagentur für Arbeit hat der Landeshauptstadt Stuttgart 2016 insgesamt 752 Plätze ... 189
    #    interne FIM-Plätze ... und 563 externe FIM-Plätze"; "Zum 15.08.2017 sind 167 FIM-Plätze im internen,
    #    und 153 FIM-Plätze im externen Bereich besetzt."
    fim = _by_first_column(workbook[_("FIM")[:31]])
    assert fim[_("Places granted in %(year)s") % {"year": 2016}] == [189, 563, 752]
    assert fim[_("Places occupied on %(day)s") % {"day": "15.08.2017"}] == [167, 153, 320]
    # The figures kept as the city's words, in the "Bericht" sheet beside the generated sentences.
    report = [c.value for c in workbook[_("Report")[:31]]["A"] if c.value]
    for text in TEXTS.values():
        assert text in report
    for words in ("ca. 170 Plätze", "160 Mio. EUR", "90 Mio. EUR", "5 Standorten", "5 Modulen à 2 Stunden",
                  "rd. 2 %", "rd. 45 %", "sechs Arbeitsgruppen", "25.000 EUR", "08.06.2017", "6 Monate"):
        assert any(words in line for line in report), words
    assert any("7.362" in line and "11 %" in line for line in report)  # the generated sentence


@pytest.mark.skipif(not LIBREOFFICE, reason="LibreOffice is not installed: `./portal test` installs Debian's "
                                             "libreoffice-calc-nogui; without it this check CANNOT run")
def test_every_published_figure_reads_back_from_the_workbook_and_after_libreoffice(published, tmp_path):
    for chapter, text in TEXTS.items():
        ChapterText.objects.create(period_start=FIRST, period_end=LAST, chapter=chapter, language="de", text=text)
    out = tmp_path / "fluechtlingsbericht.xlsx"
    call_command("build_report", "--from", "2014-05-01", "--to", "2017-08-31", "--out", str(out),
                 stdout=io.StringIO())
    with translation.override("de"):
        _check(openpyxl.load_workbook(out))
        result = subprocess.run(
            [str(LIBREOFFICE), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp_path / "lo"), str(out)],
            capture_output=True, text=True, timeout=180, check=False)
        converted = tmp_path / "lo" / out.name
        assert result.returncode == 0 and converted.exists(), result.stderr
        with warnings.catch_warnings():  # openpyxl cannot read LibreOffice's chart XML back; values only
            warnings.simplefilter("ignore")
            _check(openpyxl.load_workbook(converted))
