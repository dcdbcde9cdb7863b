"""Spreadsheet imports of the refugees app: monthly occupancy (operators), accommodations
(operators their own, the city's admins all), FIM grants and placements (the city's admins)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.audit import audit_log
from core.imports import Checked, SpreadsheetImport
from core.models import AuditAction, District, Role, User
from core.spreadsheets import Column, RowError, parse_date, parse_number

from .access import accommodations_for_change
from .forms import AccommodationForm, FimGrantForm, FimPlacementForm
from .models import Accommodation, FimGrant, FimPlacement, Occupancy, occupancy_problems
from .services import accommodation_save

COUNTS = ("residents", "adults", "minors", "households", "arrivals", "departures")


def parse_month(value: Any) -> date:
    """A month as German offices write it: 11.2017, 01.11.2017, 2017-11, Nov 2017 / Nov. 17 as a date
    cell, or a date cell (any day of the month)."""
    if isinstance(value, datetime):
        return value.date().replace(day=1)
    if isinstance(value, date):
        return value.replace(day=1)
    text = str(value or "").strip()
    for fmt in ("%m.%Y", "%m/%Y", "%Y-%m", "%m.%y"):
        try:
            return datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a calendar month
        except ValueError:
            continue
    try:
        found = parse_date(text)
    except ValueError:
        found = None
    if found is None:
        raise ValueError(_("“%(value)s” is not a month (for example 11.2017 or 2017-11).") % {"value": value})
    return found.replace(day=1)


def parse_count(value: Any) -> int | None:
    """A whole number of people: 1.234 (German thousands), 1234, a number cell; empty is None."""
    number = parse_number(value)
    if number is None:
        return None
    if number != number.to_integral_value() or number < 0:
        raise ValueError(_("“%(value)s” is not a whole number of people.") % {"value": value})
    return int(number)


class OccupancyImport(SpreadsheetImport):
    """Monthly figures per accommodation. A row gives the month's figures as the month form does:
    the same rules (occupancy_problems), and the row replaces what the month held."""

    kind = "occupancy"
    title = gettext_lazy("Import occupancy figures")
    roles = (Role.OPERATOR, Role.ADMIN)
    done_url = "refugees:occupancy_overview"
    preview_header = (gettext_lazy("Accommodation"), gettext_lazy("Month"), gettext_lazy("Residents"),
                      gettext_lazy("Adults"), gettext_lazy("Minors"))

    def columns(self) -> list[Column]:
        return [
            Column("accommodation", lambda: _("Accommodation"), required=True, example="Unterkunft Beispielweg",
                   help=lambda: _("The accommodation's name as in the portal (only those you keep).")),
            Column("month", lambda: _("Month"), required=True, example="11.2017",
                   help=lambda: _("11.2017, 2017-11 or a date cell of that month.")),
            Column("residents", lambda: _("Residents"), required=True, example="1.234",
                   help=lambda: _("People living there in that month (1.234 or 1234).")),
            Column("adults", lambda: _("Adults"), help=lambda: _("Optional; with minors it must add up to the "
                                                                  "residents.")),
            Column("minors", lambda: _("Minors"), help=lambda: _("Optional; with adults it must add up to the "
                                                                  "residents.")),
            Column("households", lambda: _("Households"), help=lambda: _("Optional.")),
            Column("arrivals", lambda: _("Arrivals"), help=lambda: _("Optional: people who moved in that month.")),
            Column("departures", lambda: _("Departures"),
                   help=lambda: _("Optional: people who moved out that month.")),
        ]

    def check(self, *, user: User, rows: list[dict[str, Any]], lines: list[int]) -> Checked:
        cols = {c.name: c.label() for c in self.columns()}
        allowed = {name.casefold(): pk for pk, name in accommodations_for_change(user).values_list("pk", "name")}
        checked = Checked()
        seen: dict[tuple[int, date], int] = {}
        for number, (row, line) in enumerate(zip(rows, lines, strict=True), start=1):
            problems: list[RowError] = []
            name = str(row.get("accommodation") or "").strip()
            accommodation = allowed.get(name.casefold())
            if accommodation is None:
                problems.append(RowError(number, cols["accommodation"], _(
                    "There is no accommodation “%(value)s” among those you keep.") % {"value": name}, line))
            month = None
            try:
                month = parse_month(row.get("month"))
            except ValueError as exc:
                problems.append(RowError(number, cols["month"], str(exc), line))
            counts: dict[str, int | None] = {}
            for column in COUNTS:
                try:
                    counts[column] = parse_count(row.get(column))
                except ValueError as exc:
                    problems.append(RowError(number, cols[column], str(exc), line))
            if not problems:
                if counts["residents"] is None:
                    problems.append(RowError(number, cols["residents"], _("This value is needed."), line))
                for column, message in occupancy_problems(**counts):
                    problems.append(RowError(number, cols[column], str(message), line))
            if accommodation is not None and month is not None:
                first = seen.setdefault((accommodation, month), number)
                if first != number:
                    problems.append(RowError(number, cols["month"], _(
                        "This accommodation and month are also in row %(row)s.") % {"row": first}, line))
            if problems:
                checked.errors.extend(problems)
                continue
            assert accommodation is not None and month is not None  # noqa: S101 - checked above
            checked.items.append((accommodation, month, *[counts[c] for c in COUNTS]))
            if len(checked.preview) < 20:
                checked.preview.append([name, f"{month:%m.%Y}", *[str(counts[c] or "") for c in COUNTS[:3]]])
        return checked

    def write(self, *, user: User, items: list[Any]) -> int:
        """COPY into a temporary table, then one INSERT ... ON CONFLICT: 100,000 rows in seconds."""
        table = Occupancy._meta.db_table
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS pg_temp.occupancy_import")
            cursor.execute(
                "CREATE TEMPORARY TABLE occupancy_import (accommodation_id bigint, month date, residents int,"
                " adults int, minors int, households int, arrivals int, departures int) ON COMMIT DROP")
            with cursor.copy("COPY occupancy_import FROM STDIN") as copy:  # type: ignore[attr-defined]  # psycopg 3's copy: not in django-stubs
                for item in items:
                    copy.write_row(item)
            cursor.execute(
                f"""INSERT INTO {table} (accommodation_id, month, residents, adults, minors, households, arrivals,
                                        departures, updated_by_id, updated_at)
                    SELECT accommodation_id, month, residents, adults, minors, households, arrivals, departures,
                           %s, %s FROM occupancy_import
                    ON CONFLICT (accommodation_id, month) DO UPDATE SET
                        residents = EXCLUDED.residents, adults = EXCLUDED.adults, minors = EXCLUDED.minors,
                        households = EXCLUDED.households, arrivals = EXCLUDED.arrivals,
                        departures = EXCLUDED.departures, updated_by_id = EXCLUDED.updated_by_id,
                        updated_at = EXCLUDED.updated_at""",  # noqa: S608 - the table name is the model's
                [user.pk, timezone.now()])
            audit_log(actor=user, action=AuditAction.UPDATE, model=Occupancy,
                      detail={"import": True, "rows": len(items)})
        return len(items)


# --- imports that go through the staff forms (the same rules in one place) ----------------------

def _choice(choices: Any, value: Any) -> str:
    """A choice by its code or its label in any of the site's languages."""
    from django.conf import settings
    from django.utils import translation

    text = str(value or "").strip().casefold()
    for code, label in choices:
        if text == str(code).casefold():
            return str(code)
        for lang, _name in settings.LANGUAGES:
            with translation.override(lang):
                if text == str(label).casefold():
                    return str(code)
    return str(value or "")


class AccommodationImport(SpreadsheetImport):
    """Accommodations by name: a known name changes the accommodation, a new one creates it."""

    kind = "accommodations"
    title = gettext_lazy("Import accommodations")
    roles = (Role.OPERATOR, Role.ADMIN)
    done_url = "refugees:accommodation_list"
    preview_header = (gettext_lazy("Name"), gettext_lazy("City district"), gettext_lazy("Operator"),
                      gettext_lazy("Places"))

    def columns(self) -> list[Column]:
        return [
            Column("name", lambda: _("Name"), required=True, example="Unterkunft Beispielweg"),
            Column("address", lambda: _("Address"), required=True, example="Beispielweg 1"),
            Column("district", lambda: _("City district"), required=True, example="Mitte",
                   help=lambda: _("One of Stuttgart's 23 city districts, by name.")),
            Column("operator", lambda: _("Operator"), help=lambda: _(
                "The operating organisation's name; empty: your own organisation.")),
            Column("kind", lambda: _("Type"), required=True, example="rented", help=lambda: _(
                "One of: %(choices)s") % {"choices": ", ".join(f"{v} ({label})" for v, label in
                                          Accommodation.Kind.choices)}),
            Column("capacity", lambda: _("Places"), required=True, example="80",
                   help=lambda: _("At most 250 places.")),
            Column("opened_on", lambda: _("Opened"), help=lambda: _("A date, for example 01.03.2016.")),
            Column("closed_on", lambda: _("Closed"), help=lambda: _("A date, if it closed.")),
        ]

    def check(self, *, user: User, rows: list[dict[str, Any]], lines: list[int]) -> Checked:
        cols = {c.name: c.label() for c in self.columns()}
        mine = {a.name.casefold(): a for a in accommodations_for_change(user)}
        everyone = set(Accommodation.objects.values_list("name", flat=True))
        operators = AccommodationForm.operators_for(user)
        by_name = {o.name.casefold(): o for o in operators} | {(o.short_name or "").casefold(): o for o in operators}
        districts = {d.name.casefold(): d.pk for d in District.objects.all()}
        checked = Checked()
        for number, (row, line) in enumerate(zip(rows, lines, strict=True), start=1):
            problems: list[RowError] = []
            name = str(row.get("name") or "").strip()
            instance = mine.get(name.casefold())
            if instance is None and name in everyone:
                problems.append(RowError(number, cols["name"], _(
                    "“%(value)s” is kept by another organisation.") % {"value": name}, line))
            data: dict[str, Any] = {"name": name, "address": str(row.get("address") or ""),
                                    "kind": _choice(Accommodation.Kind.choices, row.get("kind")),
                                    "status": instance.status if instance else Accommodation.Status.OPEN}
            district = str(row.get("district") or "").strip()
            data["district"] = districts.get(district.casefold(), "")
            if district and not data["district"]:
                problems.append(RowError(number, cols["district"], _(
                    "“%(value)s” is not one of Stuttgart's 23 city districts.") % {"value": district}, line))
            operator = str(row.get("operator") or "").strip()
            if operator:
                found = by_name.get(operator.casefold())
                if found is None:
                    problems.append(RowError(number, cols["operator"], _(
                        "“%(value)s” is not an organisation you may enter accommodations for.") % {"value": operator},
                        line))
                data["operator"] = found.pk if found else ""
            elif len(operators) == 1:
                data["operator"] = operators[0].pk
            try:
                capacity = parse_number(row.get("capacity"))
                data["capacity"] = int(capacity) if capacity is not None else ""
            except ValueError as exc:
                problems.append(RowError(number, cols["capacity"], str(exc), line))
            for column in ("opened_on", "closed_on"):
                try:
                    value = parse_date(row.get(column))
                    data[column] = value.isoformat() if value else ""
                except ValueError as exc:
                    problems.append(RowError(number, cols[column], str(exc), line))
            if not problems:
                form = AccommodationForm(data=data, instance=instance, user=user)
                if form.is_valid():
                    checked.items.append(form.save(commit=False))
                    if len(checked.preview) < 20:
                        item = checked.items[-1]
                        checked.preview.append([item.name, str(item.district), str(item.operator),
                                                str(item.capacity)])
                    continue
                for field_name, messages in form.errors.items():
                    for message in messages:
                        problems.append(RowError(number, cols.get(field_name, ""), str(message), line))
            checked.errors.extend(problems)
        return checked

    def write(self, *, user: User, items: list[Any]) -> int:
        with transaction.atomic():
            for item in items:
                accommodation_save(actor=user, accommodation=item)
        return len(items)


class FimGrantImport(SpreadsheetImport):
    """FIM places granted: a row with the year, kind and measure of an existing grant changes it."""

    kind = "fim-grants"
    title = gettext_lazy("Import FIM grants")
    roles = (Role.ADMIN,)
    done_url = "refugees:fim_grant_list"
    preview_header = (gettext_lazy("Year"), gettext_lazy("Kind"), gettext_lazy("Measure"), gettext_lazy("Places"))

    def columns(self) -> list[Column]:
        return [
            Column("year", lambda: _("Year"), required=True, example="2016"),
            Column("kind", lambda: _("Kind"), required=True, example="internal", help=lambda: _(
                "One of: %(choices)s") % {"choices": ", ".join(f"{v} ({label})" for v, label in
                                          FimGrant.Kind.choices)}),
            Column("provider", lambda: _("Provider"), required=True, example="city", help=lambda: _(
                "One of: %(choices)s") % {"choices": ", ".join(f"{v} ({label})" for v, label in
                                          FimGrant.Provider.choices)}),
            Column("title", lambda: _("Measure"), required=True, example="Sprachpraxis in der Unterkunft"),
            Column("places", lambda: _("Places granted"), required=True, example="20"),
            Column("accommodation", lambda: _("Accommodation"), help=lambda: _(
                "For internal measures: the accommodation's name.")),
        ]

    def check(self, *, user: User, rows: list[dict[str, Any]], lines: list[int]) -> Checked:
        cols = {c.name: c.label() for c in self.columns()}
        accommodations = {a.name.casefold(): a.pk for a in Accommodation.objects.all()}
        existing = {(g.year, g.kind, g.title.casefold()): g for g in FimGrant.objects.all()}
        checked = Checked()
        for number, (row, line) in enumerate(zip(rows, lines, strict=True), start=1):
            problems: list[RowError] = []
            data: dict[str, Any] = {"kind": _choice(FimGrant.Kind.choices, row.get("kind")),
                                    "provider": _choice(FimGrant.Provider.choices, row.get("provider")),
                                    "title": str(row.get("title") or "").strip()}
            for column in ("year", "places"):
                try:
                    value = parse_number(row.get(column))
                    data[column] = int(value) if value is not None else ""
                except ValueError as exc:
                    problems.append(RowError(number, cols[column], str(exc), line))
            place = str(row.get("accommodation") or "").strip()
            data["accommodation"] = accommodations.get(place.casefold(), "") if place else ""
            if place and not data["accommodation"]:
                problems.append(RowError(number, cols["accommodation"], _(
                    "There is no accommodation “%(value)s”.") % {"value": place}, line))
            if not problems:
                instance = existing.get((data["year"], data["kind"], data["title"].casefold()))
                form = FimGrantForm(data=data, instance=instance)
                if form.is_valid():
                    item = form.save(commit=False)
                    checked.items.append(item)
                    if len(checked.preview) < 20:
                        checked.preview.append([str(item.year), item.get_kind_display(), item.title, str(item.places)])
                    continue
                for field_name, messages in form.errors.items():
                    for message in messages:
                        problems.append(RowError(number, cols.get(field_name, ""), str(message), line))
            checked.errors.extend(problems)
        return checked

    def write(self, *, user: User, items: list[Any]) -> int:
        with transaction.atomic():
            for item in items:
                created = item._state.adding
                item.save()
                audit_log(actor=user, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=item,
                          detail={"import": True})
        return len(items)


class FimPlacementImport(SpreadsheetImport):
    """FIM placements: the measure (year and title of its grant) and the dates."""

    kind = "fim-placements"
    title = gettext_lazy("Import FIM placements")
    roles = (Role.ADMIN,)
    done_url = "refugees:fim_grant_list"
    preview_header = (gettext_lazy("Measure"), gettext_lazy("From"), gettext_lazy("Until"))

    def columns(self) -> list[Column]:
        return [
            Column("year", lambda: _("Year"), required=True, example="2017",
                   help=lambda: _("The year of the measure's grant.")),
            Column("title", lambda: _("Measure"), required=True, example="Sprachpraxis in der Unterkunft"),
            Column("starts_on", lambda: _("From"), required=True, example="01.03.2017"),
            Column("ends_on", lambda: _("Until"), required=True, example="31.08.2017", help=lambda: _(
                "Contracts from 8 June 2017 on run at most six months.")),
        ]

    def check(self, *, user: User, rows: list[dict[str, Any]], lines: list[int]) -> Checked:
        cols = {c.name: c.label() for c in self.columns()}
        grants: dict[tuple[int, str], list[FimGrant]] = {}
        for grant in FimGrant.objects.all():
            grants.setdefault((grant.year, grant.title.casefold()), []).append(grant)
        checked = Checked()
        for number, (row, line) in enumerate(zip(rows, lines, strict=True), start=1):
            problems: list[RowError] = []
            data: dict[str, Any] = {}
            try:
                year = parse_number(row.get("year"))
                title = str(row.get("title") or "").strip()
                found = grants.get((int(year) if year is not None else 0, title.casefold()), [])
                if len(found) != 1:
                    problems.append(RowError(number, cols["title"], _(
                        "There is no single measure “%(value)s” granted in that year.") % {"value": title}, line))
                else:
                    data["grant"] = found[0].pk
            except ValueError as exc:
                problems.append(RowError(number, cols["year"], str(exc), line))
            for column in ("starts_on", "ends_on"):
                try:
                    value = parse_date(row.get(column))
                    data[column] = value.isoformat() if value else ""
                except ValueError as exc:
                    problems.append(RowError(number, cols[column], str(exc), line))
            if not problems:
                form = FimPlacementForm(data=data)
                if form.is_valid():
                    item = form.save(commit=False)
                    checked.items.append(item)
                    if len(checked.preview) < 20:
                        checked.preview.append([item.grant.title, f"{item.starts_on:%d.%m.%Y}",
                                                f"{item.ends_on:%d.%m.%Y}"])
                    continue
                for field_name, messages in form.errors.items():
                    for message in messages:
                        problems.append(RowError(number, cols.get(field_name, ""), str(message), line))
            checked.errors.extend(problems)
        return checked

    def write(self, *, user: User, items: list[Any]) -> int:
        with transaction.atomic():
            FimPlacement.objects.bulk_create(items)
            audit_log(actor=user, action=AuditAction.CREATE, model=FimPlacement,
                      detail={"import": True, "rows": len(items)})
        return len(items)
