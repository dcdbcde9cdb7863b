"""The admin dashboard's figures: read from the statistics tables, never from the raw records."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from core.charts import bar_chart, line_chart

from .models import StatValue
from .report import Figures, _labels, change, rate


def percent_text(value: float | None) -> str | None:
    return None if value is None else f"{number_format(value * 100, 1)} %"


def grouped(value: int | float | None) -> str | None:
    return None if value is None else number_format(value, force_grouping=True)


def dashboard_context(year: int) -> dict[str, Any]:
    first, last = date(year, 1, 1), date(year, 12, 1)
    fig = Figures(first, last)
    label = _labels()
    prev: dict[str, Any] = {"first": date(year - 1, 1, 1), "last": date(year - 1, 12, 1)}
    residents = dict(StatValue.objects.filter(statistic="occupancy", dimension="total").order_by("month")
                     .values_list("month", "value"))
    months_in_year = [m for m in residents if m.year == year]
    latest = months_in_year[-1] if months_in_year else None
    attended = fig.total("appointments", "status", "attended")
    no_show = fig.total("appointments", "status", "no_show")
    dialogues = sum(fig.by_key("dialogues", "held").values())
    proposals = fig.by_key("proposals", "status")

    def figure(text: str, now: int | float | None, before: int | float | None = None, *, percent: bool = False
               ) -> dict[str, Any]:
        diff = change(now, before)
        return {"label": text, "value": percent_text(now) if percent else now,
                "value_text": percent_text(now) if percent else grouped(now), "before_text": grouped(before),
                "before": before,
                "change": None if diff is None else ("+" if diff >= 0 else "−") + f"{number_format(abs(diff) * 100, 1)} %"}

    figures = [
        figure(_("People in the accommodations (%(month)s)") % {"month": date_format(latest, "YEAR_MONTH_FORMAT")}
               if latest else _("People in the accommodations"),
               residents.get(latest) if latest else None,
               residents.get(latest.replace(year=year - 1)) if latest else None),
        figure(_("Consultations"), fig.total("consultations", "total"), fig.total("consultations", "total", **prev)),
        figure(_("Appointments booked"), fig.total("appointments", "total"), fig.total("appointments", "total", **prev)),
        figure(_("No-show rate"), rate(no_show, attended + no_show), percent=True),
        figure(_("Participants in group events"), sum(fig.by_key("group_events", "participants").values()),
               sum(fig.by_key("group_events", "participants", **prev).values())),
        figure(_("Dialogues held"), dialogues, sum(fig.by_key("dialogues", "held", **prev).values())),
        figure(_("Proposals implemented"), proposals.get("done", 0)),
        figure(_("Tandems formed"), fig.total("tandems", "formed"), fig.total("tandems", "formed", **prev)),
        figure(_("People in integration management (end of the year)"),
               sum(fig.at("integration", "active", last).values()),
               sum(fig.at("integration", "active", prev["last"]).values())),
    ]
    topics = sorted(((label["topic"](k), v) for k, v in fig.by_key("consultations", "topic").items()),
                    key=lambda kv: -kv[1])
    dialogue_months = [(date_format(m, "M"), sum(fig.at("dialogues", "held", m).values()))
                       for m in (date(year, n, 1) for n in range(1, 13))]
    return {
        "figures": figures,
        "occupancy": line_chart([(date_format(m, "m/Y"), v) for m, v in residents.items()]),
        "occupancy_rows": [(m, number_format(v, force_grouping=True)) for m, v in residents.items()],
        "topics": bar_chart(topics[:15]),
        "dialogue_months": bar_chart(dialogue_months, label_width=60),
        "proposals": bar_chart([(label["proposal_status"](k), v) for k, v in sorted(proposals.items())]),
    }
