"""The print view's content: the chapters and a few tables and charts, from the statistics tables."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils.formats import date_format

from core.charts import line_chart
from refugees.selectors import fim_occupied

from .chapters import build_chapters
from .models import CultureSportYear, default_key_date
from .report import Figures, month_span, months_between, year_before


def print_context(*, start: date, end: date, key_date: date | None, lang: str) -> dict[str, Any]:
    first, last = month_span(start, end)
    fig = Figures(first, last)
    day = key_date or default_key_date(start, end)
    chapters = build_chapters(fig, first=first, last=last, lang=lang, key_day=day)
    residents = {m: v.get("", 0) for m, v in fig.values[("occupancy", "total")].items() if first <= m <= last}
    months = [m for m in months_between(first, last) if m in residents]
    occupancy_rows = [(m, residents[m], fig.month("occupancy", "total", year_before(m)) or None) for m in months]
    years = list(range(first.year, last.year + 1))
    fim_rows = [(y, fig.month("fim", "granted", date(y, 1, 1), "internal"),
                 fig.month("fim", "granted", date(y, 1, 1), "external")) for y in years]
    culture = fig.values[("culture_sport", "figure")]
    culture_rows = [(label, [culture.get(date(y, 1, 1), {}).get(name) for y in years])
                    for name, label in CultureSportYear.figure_labels()]
    culture_rows = [row for row in culture_rows if any(v is not None for v in row[1])]
    return {
        "first": first, "last": last, "key_day": day, "chapters": chapters, "years": years,
        "occupancy": line_chart([(date_format(m, "m/Y"), residents[m]) for m in months], width=640),
        "occupancy_rows": occupancy_rows, "fim_rows": fim_rows, "occupied": fim_occupied(day),
        "culture_rows": culture_rows,
    }
