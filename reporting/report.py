"""The report workbooks, built from the statistics tables (never from the raw records).

Numbers are written as numbers, months as dates, headers are frozen, columns sized, text escaped
against formula injection; "Abbildung 1" is a native Excel line chart. Breakdowns by organisation,
topic, language and the like suppress groups smaller than ``PORTAL_STATS_MIN_GROUP``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import xlsxwriter
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.exports import safe_cell
from dialogues.models import Dialogue, Initiative, Proposal
from refugees.models import FimGrant, GoalField, Movement
from refugees.selectors import fim_occupied
from volunteers.models import VolunteerRole
from welcome.directory.models import EntryKind
from welcome.models import (
    Appointment,
    Channel,
    ConsultationLanguage,
    EventFormat,
    ReferralTarget,
    TargetGroup,
    Topic,
)

from .chapters import build_chapters
from .models import CultureSportYear, StatValue, default_key_date
from .statistics import next_month, suppress, year_before

Progress = Callable[[int], None]


def month_span(start: date, end: date) -> tuple[date, date]:
    """The whole months a period covers: its first month and its last month."""
    return start.replace(day=1), end.replace(day=1)


def months_between(first: date, last: date) -> list[date]:
    out, current = [], first
    while current <= last:
        out.append(current)
        current = next_month(current)
    return out


class Figures:
    """The statistics of a period (and of the year before it), read in one query."""

    def __init__(self, first: date, last: date) -> None:
        self.first, self.last = first, last
        self.values: dict[tuple[str, str], dict[date, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
        rows = StatValue.objects.filter(month__gte=year_before(first), month__lte=last).values_list(
            "statistic", "dimension", "month", "key", "value")
        for statistic, dimension, month, key, value in rows.iterator(chunk_size=5000):
            self.values[(statistic, dimension)][month][key] = value

    def month(self, statistic: str, dimension: str, month: date, key: str = "") -> int:
        return self.values[(statistic, dimension)].get(month, {}).get(key, 0)

    def total(self, statistic: str, dimension: str, key: str = "", *, first: date | None = None,
              last: date | None = None) -> int:
        first, last = first or self.first, last or self.last
        return sum(keys.get(key, 0) for m, keys in self.values[(statistic, dimension)].items() if first <= m <= last)

    def by_key(self, statistic: str, dimension: str, *, first: date | None = None,
               last: date | None = None) -> dict[str, int]:
        first, last = first or self.first, last or self.last
        out: dict[str, int] = defaultdict(int)
        for m, keys in self.values[(statistic, dimension)].items():
            if first <= m <= last:
                for key, value in keys.items():
                    out[key] += value
        return dict(out)

    def quota(self, month: date) -> float | None:
        """The city's quota (percent) in force at the month's end."""
        hundredths = self.values[("quota", "percent_hundredths")].get(month, {}).get("")
        return hundredths / 100 if hundredths is not None else None

    def at(self, statistic: str, dimension: str, month: date) -> dict[str, int]:
        return dict(self.values[(statistic, dimension)].get(month, {}))


class Workbook:
    """xlsxwriter with the house rules for every sheet."""

    def __init__(self, target: Any) -> None:
        self.book = xlsxwriter.Workbook(target, {"strings_to_formulas": False, "strings_to_urls": False,
                                                 "remove_timezone": True})
        self.bold = self.book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        self.month_fmt = self.book.add_format({"num_format": "yyyy-mm"})
        self.pct = self.book.add_format({"num_format": "0.0%"})
        self.decimal = self.book.add_format({"num_format": "0.0"})

    def sheet(self, title: str, header: list[str], rows: Iterable[list[Any]], *,
              widths: list[int] | None = None, percent_columns: Iterable[int] = ()) -> Any:
        ws = self.book.add_worksheet(title[:31])
        ws.freeze_panes(1, 0)
        percent = set(percent_columns)
        for col, text in enumerate(header):
            ws.write_string(0, col, str(text), self.bold)
            width = widths[col] if widths and col < len(widths) else max(12, min(40, len(str(text)) + 2))
            ws.set_column(col, col, width, self.pct if col in percent else None)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if isinstance(value, date):
                    ws.write_datetime(r, c, value, self.month_fmt)
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    ws.write_number(r, c, value, self.pct if c in percent else (
                        self.decimal if isinstance(value, float) else None))
                elif value is not None:
                    ws.write_string(r, c, str(safe_cell(str(value))))
        return ws

    def report_sheet(self, title: str, heading: str, chapters: list[Any]) -> Any:
        """The "Bericht" sheet: the chapters in the published order, each with the city's text, the
        sentences generated from the figures, and links to the sheets with its tables."""
        ws = self.book.add_worksheet(title[:31])
        ws.set_column(0, 0, 110)
        wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        big = self.book.add_format({"bold": True, "font_size": 14})
        row = 0
        ws.write_string(row, 0, safe_cell(heading), big)
        row += 2
        for chapter in chapters:
            ws.write_string(row, 0, safe_cell(f"{chapter.number}. {chapter.title}"), self.bold)
            row += 1
            if chapter.text:
                text = chapter.text if not chapter.text_language else f"{chapter.text} ({chapter.text_language})"
                ws.write_string(row, 0, safe_cell(text), wrap)
                row += 1
            for sentence in chapter.sentences:
                ws.write_string(row, 0, safe_cell(sentence), wrap)
                row += 1
            for sheet in chapter.sheets:
                ws.write_url(row, 0, f"internal:'{sheet[:31]}'!A1", string=_("Table: %(sheet)s") % {"sheet": sheet})
                row += 1
            row += 1
        return ws

    def close(self) -> None:
        self.book.close()


def change(now: int | float | None, before: int | float | None) -> float | None:
    return (now - before) / before if now is not None and before else None


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _labels() -> dict[str, Callable[[str], str]]:
    """Readable names, in the active language, for the keys the statistics store."""
    topics = {t.slug: str(t.name) for t in Topic.objects.all()}
    groups = {g.slug: str(g.name) for g in TargetGroup.objects.all()}
    targets = {t.slug: str(t.name) for t in ReferralTarget.objects.all()}

    def of(choices: Any) -> Callable[[str], str]:
        names = {str(value): str(label) for value, label in choices}
        return lambda key: names.get(key, key)

    return {
        "topic": lambda k: topics.get(k, k), "target_group": lambda k: groups.get(k, k),
        "channel": of(Channel.choices), "language": of(ConsultationLanguage.choices),
        "status": of(Appointment.Status.choices), "format": of(EventFormat.choices),
        "fim": of(FimGrant.Kind.choices), "goal_field": of(GoalField.choices), "role": of(VolunteerRole.choices),
        "dialogue_kind": of(Dialogue.Kind.choices), "proposal_status": of(Proposal.Status.choices),
        "taken_up_by": of(Proposal.TakenUpBy.choices), "initiative_kind": of(Initiative.Kind.choices),
        "participant_group": of([("refugees", _("refugees")), ("staff", _("staff")),
                                 ("volunteers", _("volunteers")), ("neighbours", _("neighbours"))]),
        "organisation": lambda k: k, "referral_target": lambda k: targets.get(k, k),
        "directory_kind": of(EntryKind.choices), "stage": of(Movement.Stage.choices),
        "reason": of(Movement.Reason.choices),
        "culture_sport": of(CultureSportYear.figure_labels()),
    }


def build_refugee_report(target: Any, *, start: date, end: date, lang: str = "de", key_date: date | None = None,
                         progress: Progress | None = None) -> None:
    """The refugee report (Flüchtlingsbericht) for the whole months from ``start`` to ``end``; FIM
    places are counted as occupied on ``key_date`` (default: the 15th of the last month)."""

    step = progress or (lambda pct: None)
    threshold = settings.PORTAL_STATS_MIN_GROUP
    first, last = month_span(start, end)
    prev_first, prev_last = year_before(first), year_before(last)
    with translation.override(lang):
        fig = Figures(first, last)
        label = _labels()
        wb = Workbook(target)

        residents = {m: v.get("", 0) for m, v in fig.values[("occupancy", "total")].items()}
        months = [m for m in months_between(first, last) if m in residents]
        occ_rows = [[m, residents[m], residents.get(year_before(m)),
                     change(residents[m], residents.get(year_before(m)))] for m in months]
        latest = months[-1] if months else None
        dialogues_held = sum(fig.by_key("dialogues", "held").values())
        dialogue_people = sum(fig.by_key("dialogues", "participants").values())
        prev: dict[str, Any] = {"first": prev_first, "last": prev_last}
        prev_dialogues = sum(fig.by_key("dialogues", "held", **prev).values())
        prev_people = sum(fig.by_key("dialogues", "participants", **prev).values())

        def key_figure(text: str, now: int | float | None, before: int | float | None) -> list[Any]:
            return [text, now, before, change(now, before)]

        summary = [
            key_figure(_("People in the accommodations (last month of the period)"),
                       residents.get(latest) if latest else None, residents.get(year_before(latest)) if latest else None),
            key_figure(_("Consultations"), fig.total("consultations", "total"), fig.total("consultations", "total", **prev)),
            key_figure(_("Appointments booked"), fig.total("appointments", "total"),
                       fig.total("appointments", "total", **prev)),
            key_figure(_("Group events"), sum(fig.by_key("group_events", "events").values()),
                       sum(fig.by_key("group_events", "events", **prev).values())),
            key_figure(_("Participants in group events"), sum(fig.by_key("group_events", "participants").values()),
                       sum(fig.by_key("group_events", "participants", **prev).values())),
            key_figure(_("People in integration management"), sum(fig.at("integration", "active", last).values()),
                       sum(fig.at("integration", "active", prev_last).values())),
            key_figure(_("Dialogues held"), dialogues_held, prev_dialogues),
            key_figure(_("Participants per dialogue on average"),
                       round(dialogue_people / dialogues_held, 1) if dialogues_held else None,
                       round(prev_people / prev_dialogues, 1) if prev_dialogues else None),
            key_figure(_("Tandems formed"), fig.total("tandems", "formed"), fig.total("tandems", "formed", **prev)),
            key_figure(_("Active welcome mentors"), fig.month("volunteers", "active", last, "welcome_mentor"),
                       fig.month("volunteers", "active", prev_last, "welcome_mentor")),
            key_figure(_("Accommodations open at the end of the period"),
                       sum(fig.at("accommodations", "open", last).values()),
                       sum(fig.at("accommodations", "open", prev_last).values())),
            key_figure(_("Arrivals in the accommodations"), sum(fig.by_key("movements", "arrivals").values()),
                       sum(fig.by_key("movements", "arrivals", **prev).values())),
            key_figure(_("Departures from the accommodations"), sum(fig.by_key("movements", "departures").values()),
                       sum(fig.by_key("movements", "departures", **prev).values())),
            [_("The city's quota (%) at the end of the period"), fig.quota(last), fig.quota(prev_last), None],
        ]
        day = key_date or default_key_date(start, end)
        titles = {"summary": _("Summary"), "occupancy": _("Occupancy"), "district": _("By district"),
                  "operator": _("By operator"), "integration": _("Integration management"), "fim": _("FIM"),
                  "dialogues": _("Dialogues"), "proposals": _("Proposals"), "initiatives": _("Initiatives"),
                  "volunteers": _("Volunteers and tandems"), "movements": _("Arrivals and departures"),
                  "culture": _("Culture and sport"), "staffing": _("Integration management staffing")}
        chapter_sheets = {
            1: [titles[k] for k in ("summary", "occupancy", "district", "operator", "movements")],
            3: [titles[k] for k in ("volunteers", "dialogues", "proposals", "initiatives")],
            4: [titles["culture"]], 5: [titles["fim"]], 6: [titles["integration"], titles["staffing"]]}
        chapters = build_chapters(fig, first=first, last=last, lang=lang, key_day=day, sheets=chapter_sheets)
        wb.report_sheet(_("Report"), _("Refugee report %(first)s to %(last)s") % {
            "first": date_format(first, "YEAR_MONTH_FORMAT"), "last": date_format(last, "YEAR_MONTH_FORMAT")},
            chapters)
        wb.sheet(_("Summary"), [_("Key figure"), _("Period"), _("Previous year"),
                                pgettext("difference to the previous year", "Change")],
                 summary, widths=[55, 14, 16, 12], percent_columns=[3])
        step(20)

        ws = wb.sheet(_("Occupancy"), [_("Month"), _("Residents"), _("Previous year"),
                                       pgettext("difference to the previous year", "Change")],
                      occ_rows, percent_columns=[3])
        if occ_rows:
            chart = wb.book.add_chart({"type": "line"})
            chart.add_series({"name": _("Residents"), "categories": [ws.name, 1, 0, len(occ_rows), 0],
                              "values": [ws.name, 1, 1, len(occ_rows), 1], "marker": {"type": "circle"}})
            chart.set_title({"name": _("Figure 1: people in the accommodations per month")})
            chart.set_x_axis({"date_axis": True, "num_format": "mm/yyyy"})
            chart.set_legend({"none": True})
            ws.insert_chart("F2", chart, {"x_scale": 1.6, "y_scale": 1.3})
        for title, dim, head in ((_("By district"), "district", _("City district")),
                                 (_("By operator"), "operator", _("Operator"))):
            now = fig.at("occupancy", dim, latest) if latest else {}
            before = fig.at("occupancy", dim, year_before(latest)) if latest else {}
            wb.sheet(title, [head, _("Residents"), _("Previous year")],
                     [[k, now[k], before.get(k)] for k in sorted(now)], widths=[40, 14, 16])
        step(40)

        topics = fig.by_key("consultations", "topic")
        wb.sheet(_("Consultations"), [_("Topic"), _("Consultations"), _("Previous year")],
                 sorted(([label["topic"](k), suppress(v, threshold=threshold),
                          suppress(fig.total("consultations", "topic", k, **prev), threshold=threshold)]
                         for k, v in topics.items()), key=lambda r: str(r[0])), widths=[45, 14, 16])
        active = fig.at("integration", "active", last)
        started = fig.by_key("integration", "started")
        reached = fig.by_key("integration", "goals_reached")
        integration_rows = [[org, suppress(active.get(org, 0), threshold=threshold),
                             suppress(started.get(org, 0), threshold=threshold)]
                            for org in sorted(set(active) | set(started))]
        integration_rows.append([None])
        integration_rows.append([_("Goals reached by field"), None, None])
        integration_rows += [[label["goal_field"](k), suppress(v, threshold=threshold), None]
                             for k, v in sorted(reached.items())]
        wb.sheet(_("Integration management"), [_("Organisation"), _("Plans at the end of the period"),
                                               _("Plans begun in the period")], integration_rows, widths=[40, 18, 18])
        # FIM as the report publishes it: places granted per year of the period, places occupied on
        # one key date ("Zum 15.08.2017 sind 167 FIM-Plätze im internen ... besetzt").
        occupied = fim_occupied(day)
        kinds = ("internal", "external")
        fim_rows: list[list[Any]] = []
        for year in range(first.year, last.year + 1):
            granted = [fig.month("fim", "granted", date(year, 1, 1), k) for k in kinds]
            fim_rows.append([_("Places granted in %(year)s") % {"year": year}, *granted, sum(granted)])
        fim_rows.append([_("Places occupied on %(day)s") % {"day": date_format(day, "SHORT_DATE_FORMAT")},
                         *(occupied.get(k, 0) for k in kinds), sum(occupied.get(k, 0) for k in kinds)])
        wb.sheet(_("FIM"), [_("Key figure"), label["fim"]("internal"), label["fim"]("external"), _("Total")],
                 fim_rows, widths=[40, 24, 16, 12])
        step(60)

        wb.sheet(_("Dialogues"), [_("Kind"), _("Dialogues held"), _("Participants"),
                                  _("Participants per dialogue on average")],
                 [[label["dialogue_kind"](k), n, fig.total("dialogues", "participants", k),
                   round(fig.total("dialogues", "participants", k) / n, 1) if n else None]
                  for k, n in sorted(fig.by_key("dialogues", "held").items())], widths=[36, 16, 14, 18])
        wb.sheet(_("Proposals"), [_("Status"), _("Proposals")],
                 [[label["proposal_status"](k), n] for k, n in sorted(fig.by_key("proposals", "status").items())]
                 + [[label["taken_up_by"](k), n] for k, n in sorted(fig.by_key("proposals", "taken_up_by").items())],
                 widths=[36, 14])
        wb.sheet(_("Initiatives"), [_("Kind"), _("Active at the end of the period"), _("Begun in the period")],
                 [[label["initiative_kind"](k), fig.at("initiatives", "active", last).get(k, 0),
                   fig.total("initiatives", "started", k)]
                  for k in sorted(set(fig.at("initiatives", "active", last)) | set(fig.by_key("initiatives", "started")))],
                 widths=[36, 18, 18])
        step(80)

        volunteer_rows: list[list[Any]] = [
            [_("Tandems formed"), fig.total("tandems", "formed")],
            [_("Tandems active at the end of the period"), fig.month("tandems", "active", last)],
            [_("Tandems ended"), fig.total("tandems", "ended")],
        ]
        volunteer_rows += [[_("Active volunteers: %(role)s") % {"role": label["role"](k)}, v]
                           for k, v in sorted(fig.at("volunteers", "active", last).items())]
        circles = fig.at("volunteers", "circle_members", last)
        # Chapter 3: "2.000 aktiv Engagierten in 41 Flüchtlingsfreundeskreisen und Organisationen".
        volunteer_rows += [[_("Volunteer circles at the end of the period"), len(circles)],
                           [_("Members of all volunteer circles"), sum(circles.values())]]
        volunteer_rows += [[_("Members of %(circle)s") % {"circle": k}, v] for k, v in sorted(circles.items())]
        wb.sheet(_("Volunteers and tandems"), [_("Key figure"), _("Value")], volunteer_rows, widths=[55, 14])

        # Chapter 1: arrivals and departures per month by stage and reason, accommodations open.
        stages = [str(k) for k in Movement.Stage.values]
        reasons = [str(k) for k in Movement.Reason.values]
        movement_rows = []
        for m in months_between(first, last):
            arrivals = [fig.month("movements", "arrivals", m, k) for k in stages]
            departures = [fig.month("movements", "departure_reason", m, k) for k in reasons]
            movement_rows.append([m, *arrivals, sum(arrivals), *departures, sum(departures),
                                  sum(fig.at("accommodations", "open", m).values())])
        wb.sheet(_("Arrivals and departures"),
                 [_("Month"), *(_("Arrivals: %(stage)s") % {"stage": label["stage"](k)} for k in stages), _("Arrivals"),
                  *(_("Departures: %(reason)s") % {"reason": label["reason"](k)} for k in reasons), _("Departures"),
                  _("Accommodations open at the end of the month")],
                 movement_rows, widths=[12] + [18] * (len(stages) + len(reasons) + 3))

        # Chapter 4: culture and sport, a column per year of the period.
        years = list(range(first.year, last.year + 1))
        culture_rows = [[label["culture_sport"](name),
                         *(fig.values[("culture_sport", "figure")].get(date(y, 1, 1), {}).get(name) for y in years)]
                        for name in CultureSportYear.FIGURES]
        wb.sheet(_("Culture and sport"), [_("Key figure"), *(str(y) for y in years)], culture_rows,
                 widths=[50] + [12] * len(years))

        # Chapter 6: integration-management staffing per organisation and year, with the year's total.
        staffing_rows: list[list[Any]] = []
        for y in years:
            posts = fig.at("staffing", "posts_hundredths", date(y, 1, 1))
            managers = fig.at("staffing", "managers", date(y, 1, 1))
            people = fig.at("staffing", "people_reached", date(y, 1, 1))
            children = fig.at("staffing", "children_reached", date(y, 1, 1))
            for org in sorted(posts):
                staffing_rows.append([y, org, posts[org] / 100, managers.get(org), people.get(org), children.get(org)])
            if posts:
                staffing_rows.append([y, _("All organisations"), sum(posts.values()) / 100, sum(managers.values()),
                                      sum(people.values()), sum(children.values())])
        wb.sheet(_("Integration management staffing"),
                 [_("Year"), _("Organisation"), _("Posts (full-time equivalents)"), _("Integration managers (people)"),
                  _("People reached, children included"), _("Of them children")],
                 staffing_rows, widths=[8, 36, 16, 16, 18, 14])
        wb.close()
        step(100)


def build_welcome_evaluation(target: Any, *, start: date, end: date, lang: str = "de",
                             key_date: date | None = None, progress: Progress | None = None) -> None:
    """The Welcome Center evaluation: use of the centre per month and per year."""
    step = progress or (lambda pct: None)
    threshold = settings.PORTAL_STATS_MIN_GROUP
    first, last = month_span(start, end)
    with translation.override(lang):
        fig = Figures(first, last)
        label = _labels()
        wb = Workbook(target)
        header = [_("Individual contacts"), _("Appointments booked"), _("Appointments held"), _("No-shows"),
                  _("Cancelled"), _("No-show rate"), _("Group events"), _("Registrations"), _("Participants")]

        def use(m0: date, m1: date) -> list[Any]:
            attended = fig.total("appointments", "status", "attended", first=m0, last=m1)
            no_show = fig.total("appointments", "status", "no_show", first=m0, last=m1)
            return [fig.total("consultations", "total", first=m0, last=m1),
                    fig.total("appointments", "total", first=m0, last=m1), attended, no_show,
                    fig.total("appointments", "status", "cancelled", first=m0, last=m1),
                    rate(no_show, attended + no_show),
                    sum(fig.by_key("group_events", "events", first=m0, last=m1).values()),
                    sum(fig.by_key("group_events", "registered", first=m0, last=m1).values()),
                    sum(fig.by_key("group_events", "participants", first=m0, last=m1).values())]

        months = months_between(first, last)
        wb.sheet(_("Per month"), [_("Month"), *header], [[m, *use(m, m)] for m in months],
                 widths=[10] + [14] * len(header), percent_columns=[6])
        years = sorted({m.year for m in months})
        wb.sheet(_("Per year"), [_("Year"), *header],
                 [[y, *use(max(first, date(y, 1, 1)), min(last, date(y, 12, 1)))] for y in years],
                 widths=[10] + [14] * len(header), percent_columns=[6])
        step(40)

        def breakdown(title: str, statistic: str, dim: str, head: str, name: Callable[[str], str]) -> None:
            per_year = {y: fig.by_key(statistic, dim, first=max(first, date(y, 1, 1)), last=min(last, date(y, 12, 1)))
                        for y in years}
            keys = sorted({k for values in per_year.values() for k in values}, key=lambda k: name(k).lower())
            rows = [[name(k), *[suppress(per_year[y].get(k, 0), threshold=threshold) for y in years],
                     suppress(sum(per_year[y].get(k, 0) for y in years), threshold=threshold)] for k in keys]
            wb.sheet(title, [head, *[str(y) for y in years], _("Total")], rows, widths=[40] + [12] * (len(years) + 1))

        breakdown(_("Contacts by channel"), "consultations", "channel", _("Channel"), label["channel"])
        breakdown(_("Contacts by language"), "consultations", "language", _("Language"), label["language"])
        breakdown(_("Contacts by topic"), "consultations", "topic", _("Topic"), label["topic"])
        breakdown(_("Contacts by target group"), "consultations", "target_group", _("Target group"),
                  label["target_group"])
        breakdown(_("Contacts by organisation"), "consultations", "organisation", _("Organisation"),
                  label["organisation"])
        step(70)
        breakdown(_("Appointments by topic"), "appointments", "topic", _("Topic"), label["topic"])
        breakdown(_("Appointments by language"), "appointments", "language", _("Language"), label["language"])
        breakdown(_("Group events by format"), "group_events", "participants", _("Format"), label["format"])
        breakdown(_("Referrals by kind of offer"), "referrals", "directory_kind", _("Kind of offer"),
                  label["directory_kind"])
        breakdown(_("Referrals by offer"), "referrals", "directory_entry", _("Offer"), label["organisation"])
        breakdown(_("Referrals by target"), "referrals", "target", _("Referred to"), label["referral_target"])
        wb.close()
        step(100)


BUILDERS: dict[str, Callable[..., None]] = {
    "refugee_report": build_refugee_report,
    "welcome_evaluation": build_welcome_evaluation,
}
