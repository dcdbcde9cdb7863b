"""The refugee report as the council reads it: chapters 1-7 of the published Flüchtlingsbericht, each
with the city's own text for the period and sentences generated from the figures in the report's
language ("Im August 2017 lebten 7.362 Personen in den Unterkünften, 11 % weniger als ein Jahr
zuvor."). The workbook's "Bericht" sheet and the print view are built from the same chapters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from refugees.selectors import fim_occupied

from .models import Chapter, ChapterText
from .statistics import year_before

if TYPE_CHECKING:
    from .report import Figures


@dataclass
class ReportChapter:
    number: int
    title: str
    text: str = ""
    text_language: str = ""  # set when the text is the German one standing in for the report's language
    sentences: list[str] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)  # titles of the sheets with the chapter's tables


def num(value: float | int, decimals: int | None = None) -> str:
    """A number in the active language's format: 7.362 in German, 7,362 in English."""
    return number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def month_name(month: date) -> str:
    return date_format(month, "YEAR_MONTH_FORMAT")


def chapter_texts(first: date, last: date, lang: str) -> dict[int, tuple[str, str]]:
    """Chapter -> (text, language of the text): the report's language, else German."""
    rows = ChapterText.objects.filter(period_start=first, period_end=last, language__in={lang, "de"})
    found: dict[int, tuple[str, str]] = {}
    for row in rows:
        if row.language == lang or row.chapter not in found:
            found[row.chapter] = (row.text, row.language)
    return found


def build_chapters(fig: Figures, *, first: date, last: date, lang: str, key_day: date,
                   sheets: dict[int, list[str]] | None = None) -> list[ReportChapter]:
    """The seven chapters for the whole months ``first``..``last``, in the active language."""

    texts = chapter_texts(first, last, lang)
    chapters = {c.value: ReportChapter(c.value, str(c.label)) for c in Chapter}
    for number, (text, language) in texts.items():
        chapters[number].text = text
        chapters[number].text_language = "" if language == lang else language
    for number, titles in (sheets or {}).items():
        chapters[number].sheets = titles

    # 1. Current situation: people in the accommodations, the change on a year before, the peak
    # month's arrivals, the quota, the accommodations open.
    say = chapters[Chapter.SITUATION].sentences
    residents = {m: v.get("", 0) for m, v in fig.values[("occupancy", "total")].items() if first <= m <= last}
    if residents:
        latest = max(residents)
        now, before = residents[latest], fig.month("occupancy", "total", year_before(latest))
        if before:
            change = round(abs(now - before) / before * 100)
            if now < before:
                say.append(_("In %(month)s, %(people)s people lived in the accommodations, %(percent)s %% fewer "
                             "than a year before.") % {"month": month_name(latest), "people": num(now),
                                                       "percent": num(change)})
            else:
                say.append(_("In %(month)s, %(people)s people lived in the accommodations, %(percent)s %% more "
                             "than a year before.") % {"month": month_name(latest), "people": num(now),
                                                       "percent": num(change)})
        else:
            say.append(_("In %(month)s, %(people)s people lived in the accommodations.")
                       % {"month": month_name(latest), "people": num(now)})
        peak = max(residents, key=lambda m: (residents[m], m))
        if peak != latest:
            say.append(_("The highest number in the period: %(people)s people in %(month)s.")
                       % {"people": num(residents[peak]), "month": month_name(peak)})
    arrivals = {m: sum(v.values()) for m, v in fig.values[("movements", "arrivals")].items() if first <= m <= last}
    if arrivals:
        peak = max(arrivals, key=lambda m: (arrivals[m], m))
        say.append(_("The most arrivals in one month: %(people)s people in %(month)s.")
                   % {"people": num(arrivals[peak]), "month": month_name(peak)})
    quota = fig.quota(last)
    if quota is not None:
        say.append(_("Under the Königsteiner Schlüssel the city takes in %(percent)s %% of the refugees assigned "
                     "to the state.") % {"percent": num(quota, 2)})
    open_now = sum(fig.at("accommodations", "open", last).values())
    if open_now:
        say.append(ngettext("%(count)s accommodation was open at the end of the period.",
                            "%(count)s accommodations were open at the end of the period.", open_now)
                   % {"count": num(open_now)})

    # 3. Civic engagement: volunteers in the circles.
    circles = fig.at("volunteers", "circle_members", last)
    if circles:
        chapters[Chapter.ENGAGEMENT].sentences.append(
            ngettext("%(members)s people are active in %(circles)s volunteer circle.",
                     "%(members)s people are active in %(circles)s volunteer circles.", len(circles))
            % {"members": num(sum(circles.values())), "circles": num(len(circles))})

    # 4. Culture and sport: the latest year of the period with figures.
    culture = {m: v for m, v in fig.values[("culture_sport", "figure")].items() if first.replace(month=1) <= m <= last}
    if culture:
        values = culture[max(culture)]
        say = chapters[Chapter.CULTURE_SPORT].sentences
        if "sports_offers_open" in values:
            say.append(_("Sports clubs have opened %(offers)s offers to refugees.")
                       % {"offers": num(values["sports_offers_open"])})
        if "sports_mentors_trained" in values:
            say.append(_("%(mentors)s sports mentors have been trained.") % {"mentors": num(values["sports_mentors_trained"])})
        if {"offers_funded", "clubs_funded", "refugees_reached"} <= set(values):
            say.append(_("%(offers)s offers of %(clubs)s clubs were funded, and about %(people)s refugees found a "
                         "place in a club.") % {"offers": num(values["offers_funded"]),
                                                "clubs": num(values["clubs_funded"]),
                                                "people": num(values["refugees_reached"])})
        if "sport_funding_eur" in values:
            say.append(_("Funding for sport: %(amount)s EUR a year.") % {"amount": num(values["sport_funding_eur"])})
        if "swimming_courses_total" in values:
            say.append(_("%(courses)s swimming courses for refugees were held.")
                       % {"courses": num(values["swimming_courses_total"])})
        if "culture_fund_eur" in values:
            say.append(_("The intercultural innovation fund holds %(amount)s EUR.")
                       % {"amount": num(values["culture_fund_eur"])})

    # 5. FIM: places granted per year, places occupied on the key date.
    say = chapters[Chapter.FIM].sentences
    for year in range(first.year, last.year + 1):
        internal = fig.month("fim", "granted", date(year, 1, 1), "internal")
        external = fig.month("fim", "granted", date(year, 1, 1), "external")
        if internal or external:
            say.append(_("In %(year)s, %(total)s FIM places were granted: %(internal)s internal and %(external)s "
                         "external.") % {"year": year, "total": num(internal + external), "internal": num(internal),
                                         "external": num(external)})
    occupied = fim_occupied(key_day)
    say.append(_("On %(day)s, %(internal)s internal and %(external)s external FIM places were occupied.")
               % {"day": date_format(key_day, "DATE_FORMAT"), "internal": num(occupied.get("internal", 0)),
                  "external": num(occupied.get("external", 0))})

    # 6. Pakt für Integration: people in integration management, the latest year's staffing.
    say = chapters[Chapter.PAKT].sentences
    active = sum(fig.at("integration", "active", last).values())
    if active:
        say.append(ngettext("%(people)s person was in integration management at the end of the period.",
                            "%(people)s people were in integration management at the end of the period.", active)
                   % {"people": num(active)})
    staffing_years = [m for m in fig.values[("staffing", "posts_hundredths")] if first.replace(month=1) <= m <= last]
    if staffing_years:
        staffed = max(staffing_years)
        posts = sum(fig.at("staffing", "posts_hundredths", staffed).values()) / 100
        say.append(_("In %(year)s, %(posts)s posts with %(managers)s integration managers reached %(people)s people, "
                     "%(children)s of them children.") % {
            "year": staffed.year, "posts": num(posts, 1), "managers": num(sum(fig.at("staffing", "managers", staffed).values())),
            "people": num(sum(fig.at("staffing", "people_reached", staffed).values())),
            "children": num(sum(fig.at("staffing", "children_reached", staffed).values()))})
    return [chapters[c.value] for c in Chapter]
