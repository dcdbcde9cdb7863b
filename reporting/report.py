"""The refugee report as one XLSX workbook: numbers as numbers, dates as dates, headers frozen,
columns sized, text escaped against formula injection, and "Abbildung 1" as a native line chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import xlsxwriter
from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.exports import safe_cell
from dialogues.models import Dialogue, Initiative, Proposal
from refugees.models import FimGrant, FimPlacement, IntegrationPlan, Occupancy
from volunteers.models import Tandem, Volunteer
from welcome.models import Consultation

from .statistics import suppress


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day.replace(year=day.year - 1, day=28)


def build_refugee_report(target: Any, *, start: date, end: date, lang: str = "de",
                         progress: Callable[[int], None] | None = None) -> None:
    threshold = settings.PORTAL_STATS_MIN_GROUP
    step = progress or (lambda pct: None)
    with translation.override(lang):
        workbook = xlsxwriter.Workbook(target, {"strings_to_formulas": False, "strings_to_urls": False,
                                                "remove_timezone": True})
        bold = workbook.add_format({"bold": True})
        month_fmt = workbook.add_format({"num_format": "yyyy-mm"})
        pct = workbook.add_format({"num_format": "0.0%"})

        def sheet(title: str, header: list[str], rows: list[list[Any]], widths: list[int] | None = None) -> Any:
            ws = workbook.add_worksheet(title[:31])
            ws.freeze_panes(1, 0)
            for col, text in enumerate(header):
                ws.write_string(0, col, str(text), bold)
                ws.set_column(col, col, (widths or [])[col] if widths and col < len(widths) else max(14, len(str(text)) + 2))
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row):
                    if isinstance(value, date):
                        ws.write_datetime(r, c, value, month_fmt)
                    elif isinstance(value, int | float) and not isinstance(value, bool):
                        ws.write_number(r, c, value)
                    elif value is not None:
                        ws.write_string(r, c, str(safe_cell(str(value))))
            return ws

        # Occupancy by month, with the change on the same month of the previous year.
        occ = dict(Occupancy.objects.filter(month__gte=_year_before(start).replace(day=1), month__lte=end)
                   .values_list("month").annotate(total=Sum("residents")))
        months = sorted(m for m in occ if start.replace(day=1) <= m <= end)
        occ_rows = []
        for m in months:
            prev = occ.get(_year_before(m))
            occ_rows.append([m, occ[m], prev, (occ[m] - prev) / prev if prev else None])
        summary_rows: list[list[Any]] = []
        step(10)

        consultations = Consultation.objects.filter(held_at__date__gte=start, held_at__date__lte=end)
        plans = IntegrationPlan.objects.filter(started_on__lte=end).filter(Q(closed_on__isnull=True) | Q(closed_on__gte=start))
        dialogues = Dialogue.objects.filter(held_on__gte=start, held_on__lte=end)
        dialogue_totals = dialogues.aggregate(n=Count("id"), people=Sum("refugees") + Sum("staff") + Sum("volunteers")
                                              + Sum("neighbours"))
        tandems_formed = Tandem.objects.exclude(status=Tandem.Status.PROPOSED).filter(
            started_on__gte=start, started_on__lte=end).count()
        summary_rows += [
            [_("People in the accommodations (last month of the period)"), occ_rows[-1][1] if occ_rows else None,
             occ_rows[-1][2] if occ_rows else None],
            [_("Consultations"), consultations.count(), None],
            [_("People in integration management"), plans.count(), None],
            [_("Dialogues held"), dialogue_totals["n"], None],
            [_("Participants per dialogue on average"),
             round((dialogue_totals["people"] or 0) / dialogue_totals["n"], 1) if dialogue_totals["n"] else None, None],
            [_("Tandems formed"), tandems_formed, None],
            [_("Active welcome mentors"), Volunteer.objects.filter(status="active", roles__contains=["welcome_mentor"]).count(), None],
        ]
        ws = sheet(_("Summary"), [_("Key figure"), _("Value"), _("Previous year")], summary_rows, [55, 14, 16])
        step(25)

        ws = sheet(_("Occupancy"), [_("Month"), _("Residents"), _("Previous year"),
                                    pgettext("difference to the previous year", "Change")], occ_rows)
        ws.set_column(3, 3, 12, pct)
        if occ_rows:
            chart = workbook.add_chart({"type": "line"})
            chart.add_series({"name": _("Residents"), "categories": [ws.name, 1, 0, len(occ_rows), 0],
                              "values": [ws.name, 1, 1, len(occ_rows), 1]})
            chart.set_title({"name": _("Figure 1: people in the accommodations per month")})
            chart.set_legend({"none": True})
            ws.insert_chart("F2", chart, {"x_scale": 1.6, "y_scale": 1.3})
        last = months[-1] if months else None
        by = (Occupancy.objects.filter(month=last) if last else Occupancy.objects.none())
        sheet(_("By district"), [_("City district"), _("Residents")],
              [[d, v] for d, v in by.values_list("accommodation__district__name").annotate(v=Sum("residents")).order_by("accommodation__district__name")])
        sheet(_("By operator"), [_("Operator"), _("Residents")],
              [[o, v] for o, v in by.values_list("accommodation__operator__name").annotate(v=Sum("residents")).order_by("accommodation__operator__name")])
        step(50)

        sheet(_("Consultations"), [_("Topic"), _("Consultations")],
              [[t, suppress(n, threshold=threshold)] for t, n in consultations.values_list("topics__slug")
               .annotate(n=Count("id")).order_by("topics__slug")])
        sheet(_("Integration management"), [_("Organisation"), _("Plans"), _("Goals reached")],
              [[o, suppress(n, threshold=threshold), suppress(r, threshold=threshold)] for o, n, r in
               plans.values_list("organisation__name").annotate(n=Count("id", distinct=True),
                                                                 r=Count("goals", filter=Q(goals__status="reached")))
               .order_by("organisation__name")])
        fim_year = end.year
        granted = dict(FimGrant.objects.filter(year=fim_year).values_list("kind").annotate(p=Sum("places")))
        occupied = dict(FimPlacement.objects.filter(starts_on__lte=end, ends_on__gte=end)
                        .values_list("grant__kind").annotate(n=Count("id")))
        sheet(_("FIM"), [_("Kind"), _("Places granted"), _("Places occupied at the end of the period")],
              [[k, granted.get(k, 0), occupied.get(k, 0)] for k in ("internal", "external")])
        step(75)

        sheet(_("Dialogues"), [_("Kind"), _("Dialogues held"), _("Participants")],
              [[k, n, p] for k, n, p in dialogues.values_list("kind").annotate(
                  n=Count("id"), p=Sum("refugees") + Sum("staff") + Sum("volunteers") + Sum("neighbours")).order_by("kind")])
        sheet(_("Proposals"), [_("Status"), _("Proposals")],
              [[s, n] for s, n in Proposal.objects.filter(dialogue__in=dialogues).values_list("status")
               .annotate(n=Count("id")).order_by("status")])
        sheet(_("Initiatives"), [_("Kind"), _("Initiatives")],
              [[k, n] for k, n in Initiative.objects.filter(started_on__lte=end).values_list("kind")
               .annotate(n=Count("id")).order_by("kind")])
        workbook.close()
        step(100)
