"""Spreadsheet imports of the volunteers app: the member counts of the volunteer circles."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.audit import audit_log
from core.imports import Checked, SpreadsheetImport
from core.models import AuditAction, Role, User
from core.spreadsheets import Column, RowError, parse_date, parse_number

from .models import Circle, CircleCount


class CircleCountImport(SpreadsheetImport):
    """Active members of each circle on a date (the counts the coordinators collect by phone and
    mail); a circle and date already counted get the new figure."""

    kind = "circle-counts"
    title = gettext_lazy("Import member counts of the circles")
    roles = (Role.VOLUNTEER_COORDINATOR, Role.ADMIN)
    done_url = "volunteers:circle_list"
    preview_header = (gettext_lazy("Circle"), gettext_lazy("Date"), gettext_lazy("Active members"))

    def columns(self) -> list[Column]:
        return [
            Column("circle", lambda: _("Circle"), required=True, example="Freundeskreis Flüchtlinge Ost",
                   help=lambda: _("The circle's name as in the portal.")),
            Column("on", lambda: _("Date"), required=True, example="31.12.2017",
                   help=lambda: _("The day the members were counted (31.12.2017).")),
            Column("members", lambda: _("Active members"), required=True, example="48"),
        ]

    def check(self, *, user: User, rows: list[dict[str, Any]], lines: list[int]) -> Checked:
        cols = {c.name: c.label() for c in self.columns()}
        circles = {c.name.casefold(): c for c in Circle.objects.all()}
        seen: dict[tuple[int, date], int] = {}
        checked = Checked()
        for number, (row, line) in enumerate(zip(rows, lines, strict=True), start=1):
            problems: list[RowError] = []
            name = str(row.get("circle") or "").strip()
            circle = circles.get(name.casefold())
            if circle is None:
                problems.append(RowError(number, cols["circle"], _("There is no circle “%(value)s”.") % {"value": name},
                                         line))
            on = None
            try:
                on = parse_date(row.get("on"))
                if on is None:
                    problems.append(RowError(number, cols["on"], _("This value is needed."), line))
            except ValueError as exc:
                problems.append(RowError(number, cols["on"], str(exc), line))
            members = None
            try:
                value = parse_number(row.get("members"))
                if value is None or value < 0 or value != value.to_integral_value():
                    raise ValueError(_("“%(value)s” is not a whole number of people.") % {"value": row.get("members")})
                members = int(value)
            except ValueError as exc:
                problems.append(RowError(number, cols["members"], str(exc), line))
            if circle is not None and on is not None:
                first = seen.setdefault((circle.pk, on), number)
                if first != number:
                    problems.append(RowError(number, cols["on"], _(
                        "This circle and date are also in row %(row)s.") % {"row": first}, line))
            if problems:
                checked.errors.extend(problems)
                continue
            assert circle is not None and on is not None and members is not None  # noqa: S101 - checked above
            checked.items.append((circle, on, members))
            if len(checked.preview) < 20:
                checked.preview.append([circle.name, f"{on:%d.%m.%Y}", str(members)])
        return checked

    def write(self, *, user: User, items: list[Any]) -> int:
        with transaction.atomic():
            for circle, on, members in items:
                CircleCount.objects.update_or_create(circle=circle, on=on, defaults={"members": members})
            audit_log(actor=user, action=AuditAction.UPDATE, model=Circle, detail={"import": True, "rows": len(items)})
        return len(items)
