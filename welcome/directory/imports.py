"""The directory import: a spreadsheet of entries, checked row by row with the staff form's own
rules (DirectoryEntryForm), so the form and the import can never disagree."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from core.models import District, Organisation
from core.spreadsheets import Column, RowError, parse_bool, parse_date, parse_list

from ..models import ConsultationLanguage, TargetGroup
from .forms import TRANSLATED, DirectoryEntryForm
from .models import ClubCategory, CounsellingType, CourseLevel, DirectoryEntry, EntryKind, Schedule

KIND = "directory"


def _choices_help(choices: Any) -> str:
    return ", ".join(f"{value} ({label})" for value, label in choices)


def columns() -> list[Column]:
    return [
        Column("id", lambda: _("Number"), help=lambda: _(
            "Empty for a new entry; the number from the export to change an existing one.")),
        Column("kind", lambda: _("Kind"), required=True, example="german_course",
               help=lambda: _("One of: %(choices)s") % {"choices": _choices_help(EntryKind.choices)}),
        Column("name", lambda: _("Name (German)"), required=True, example="Integrationskurs am Abend",
               help=lambda: _("The name in German; the other languages can be added in the portal.")),
        Column("name_en", lambda: _("Name (English)"), example="Evening integration course"),
        Column("provider", lambda: _("Provider"), example="vhs stuttgart"),
        Column("description", lambda: _("Description (German)")),
        Column("levels", lambda: _("Levels"), example="A1, A2", help=lambda: _(
            "German courses only: A1, A2, B1, B2, C1, C2, separated by commas.")),
        Column("integration_course", lambda: _("Integration course"), example="ja",
               help=lambda: _("ja or nein (yes or no).")),
        Column("schedules", lambda: _("When"), example="evening", help=lambda: _(
            "Several of: %(choices)s") % {"choices": _choices_help(Schedule.choices)}),
        Column("childcare", lambda: _("Childcare"), example="nein", help=lambda: _("ja or nein (yes or no).")),
        Column("counselling_type", lambda: _("Counselling"), help=lambda: _(
            "Counselling services only, one of: %(choices)s") % {"choices": _choices_help(CounsellingType.choices)}),
        Column("club_category", lambda: _("Kind of club or group"), help=lambda: _(
            "Clubs and groups only, one of: %(choices)s") % {"choices": _choices_help(ClubCategory.choices)}),
        Column("women_only", lambda: _("Women only"), help=lambda: _("ja or nein (yes or no).")),
        Column("free", lambda: _("Free of charge"), example="ja", help=lambda: _("ja or nein (yes or no).")),
        Column("costs", lambda: _("Costs (German)"), help=lambda: _("For example: 2,29 € per lesson.")),
        Column("languages", lambda: _("Languages spoken"), example="de, ar", help=lambda: _(
            "Language codes separated by commas: %(choices)s") % {
            "choices": ", ".join(code for code, _label in ConsultationLanguage.choices)}),
        Column("target_groups", lambda: _("For whom"), help=lambda: _(
            "Target groups by name or key, separated by commas; empty: everyone.")),
        Column("district", lambda: _("City district"), example="Mitte", help=lambda: _(
            "One of Stuttgart's 23 city districts, by name.")),
        Column("address", lambda: _("Address"), example="Fritz-Elsas-Straße 46-48"),
        Column("phone", lambda: _("Phone")),
        Column("email", lambda: _("Email address")),
        Column("website", lambda: _("Website")),
        Column("last_checked_on", lambda: _("Last checked"), example="01.11.2026", help=lambda: _(
            "The date somebody last checked the entry (01.11.2026); empty: today.")),
        Column("published", lambda: _("Published"), example="ja", help=lambda: _("ja or nein; empty: ja.")),
    ]


def _choice_lookup(choices: Any) -> dict[str, str]:
    """A value by its code or its label in any of the 12 languages."""
    lookup: dict[str, str] = {}
    for value, label in choices:
        lookup[str(value).casefold()] = value
        for code, _name in settings.LANGUAGES:
            with override(code):
                lookup[str(label).casefold()] = value
    return lookup


class Lookups:
    def __init__(self) -> None:
        self.kind = _choice_lookup(EntryKind.choices)
        self.schedule = _choice_lookup(Schedule.choices)
        self.counselling = _choice_lookup(CounsellingType.choices)
        self.club = _choice_lookup(ClubCategory.choices)
        self.level = {v.casefold(): v for v in CourseLevel.values}
        self.language = _choice_lookup(ConsultationLanguage.choices)
        self.districts = {d.name.casefold(): d.pk for d in District.objects.all()}
        self.target_groups: dict[str, int] = {}
        for group in TargetGroup.objects.filter(is_active=True):
            self.target_groups[group.slug.casefold()] = group.pk
            for code, _name in settings.LANGUAGES:
                value = getattr(group, f"name_{code}", "")
                if value:
                    self.target_groups[value.casefold()] = group.pk

    def district(self, value: Any) -> int | str:
        return _district(self.districts, value)


def _district(districts: dict[str, int], value: Any) -> int | str:
    if value in (None, ""):
        return ""
    found = districts.get(str(value).strip().casefold())
    if found is None:
        raise ValueError(_("“%(value)s” is not one of Stuttgart's 23 city districts.") % {"value": value})
    return found


def _one(lookup: dict[str, str], value: Any) -> str:
    if value in (None, ""):
        return ""
    found = lookup.get(str(value).strip().casefold())
    if found is None:
        raise ValueError(_("“%(value)s” is not one of the allowed values (see the second sheet of the template).")
                         % {"value": value})
    return found


def _many(lookup: dict[str, Any], value: Any) -> list[Any]:
    return [_one(lookup, part) for part in parse_list(value)]


def jsonable(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cells as JSON for the stored preview (dates as ISO text, which parse_date reads back)."""
    out = []
    for row in rows:
        out.append({k: (v.isoformat() if isinstance(v, date | datetime) else v) for k, v in row.items()})
    return out


def validate_rows(*, rows: list[dict[str, Any]], organisation: Organisation, organisations: QuerySet[Organisation],
                  entries: QuerySet[DirectoryEntry]) -> tuple[list[dict[str, Any]], list[RowError]]:
    """Every row through the staff form; returns the unsaved entries or every problem found."""
    cols = {c.name: c for c in columns()}
    lookups = Lookups()
    valid: list[dict[str, Any]] = []
    errors: list[RowError] = []
    existing_ids = {str(pk) for pk in entries.values_list("pk", flat=True)}
    for number, row in enumerate(rows, start=1):
        row_errors: list[RowError] = []
        data: dict[str, Any] = {"organisation": organisation.pk}

        def convert(name: str, fn: Any, target: str, row: dict[str, Any] = row,
                    row_errors: list[RowError] = row_errors, data: dict[str, Any] = data,
                    number: int = number) -> None:
            try:
                data[target] = fn(row.get(name))
            except ValueError as exc:
                row_errors.append(RowError(number, cols[name].label(), str(exc)))

        convert("kind", lambda v: _one(lookups.kind, v), "kind")
        data["name_de"] = str(row.get("name") or "")
        data["name_en"] = str(row.get("name_en") or "")
        data["provider"] = str(row.get("provider") or "")
        data["description_de"] = str(row.get("description") or "")
        data["cost_note_de"] = str(row.get("costs") or "")
        convert("levels", lambda v: _many(lookups.level, v), "levels")
        convert("integration_course", parse_bool, "is_integration_course")
        convert("schedules", lambda v: _many(lookups.schedule, v), "schedules")
        convert("childcare", parse_bool, "childcare")
        convert("counselling_type", lambda v: _one(lookups.counselling, v), "counselling_type")
        convert("club_category", lambda v: _one(lookups.club, v), "club_category")
        convert("women_only", parse_bool, "women_only")
        convert("free", lambda v: True if v in (None, "") else parse_bool(v), "is_free")
        convert("languages", lambda v: _many(lookups.language, v), "languages")
        convert("target_groups", lambda v: _many(lookups.target_groups, v), "target_groups")
        convert("district", lookups.district, "district")
        for name in ("address", "phone", "email", "website"):
            data[name] = str(row.get(name) or "")
        convert("last_checked_on", lambda v: parse_date(v) or timezone.localdate(), "last_checked_on")
        convert("published", lambda v: True if v in (None, "") else parse_bool(v), "is_published")
        instance = None
        entry_id = str(row.get("id") or "").strip()
        if entry_id.endswith(".0"):
            entry_id = entry_id[:-2]  # a number cell from Excel
        if entry_id:
            if entry_id not in existing_ids:
                row_errors.append(RowError(number, cols["id"].label(), _(
                    "There is no entry number %(value)s among your organisation's entries.") % {"value": entry_id}))
            else:
                instance = entries.get(pk=entry_id)
        if row_errors:
            errors.extend(row_errors)
            continue
        form_data = {k: v for k, v in data.items() if v not in (None, "", [], False)}
        if instance is not None:
            # Keep the other languages' texts: the file carries German and English only.
            for name in TRANSLATED:
                for code, _lang in settings.LANGUAGES:
                    form_data.setdefault(f"{name}_{code}", getattr(instance, f"{name}_{code}") or "")
        form = DirectoryEntryForm(data=_as_querydict(form_data), instance=instance, organisations=organisations)
        if not form.is_valid():
            for field, messages in form.errors.items():
                column = _column_of(field, cols)
                for message in messages:
                    errors.append(RowError(number, column, str(message)))
            continue
        valid.append({"entry": form.save(commit=False), "target_groups": list(form.cleaned_data["target_groups"])})
    return valid, errors


_FIELD_TO_COLUMN = {
    "name_de": "name", "name_en": "name_en", "description_de": "description", "cost_note_de": "costs",
    "is_integration_course": "integration_course", "is_free": "free", "is_published": "published",
}


def _column_of(field: str, cols: dict[str, Column]) -> str:
    if field == "__all__":
        return ""
    name = _FIELD_TO_COLUMN.get(field, field)
    return cols[name].label() if name in cols else field


def _as_querydict(data: dict[str, Any]) -> Any:
    from django.http import QueryDict

    qd = QueryDict(mutable=True)
    for key, value in data.items():
        if isinstance(value, list):
            qd.setlist(key, [str(v) for v in value])
        elif isinstance(value, bool):
            qd[key] = "on" if value else ""
        elif isinstance(value, date):
            qd[key] = value.isoformat()
        else:
            qd[key] = str(value)
    return qd
