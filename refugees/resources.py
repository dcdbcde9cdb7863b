"""Occupancy import (django-import-export): many months and accommodations from one CSV/XLSX.

Every bad row rejects the whole import, naming row and column; an accommodation the importing
operator does not run is "unknown" (nothing reveals which names exist elsewhere).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from core.audit import audit_log
from core.models import AuditAction

from .models import Accommodation, Occupancy

COLUMNS = ("accommodation", "month", "residents", "adults", "minors", "households", "arrivals", "departures")
REQUIRED = ("accommodation", "month", "residents")


class AllowedAccommodationWidget(widgets.ForeignKeyWidget):
    def __init__(self, allowed: dict[str, Accommodation]) -> None:
        super().__init__(Accommodation, "name")
        self.allowed = allowed

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        key = str(value or "").strip().lower()
        if key not in self.allowed:
            raise ValueError(_("Unknown accommodation “%(value)s”.") % {"value": value})
        return self.allowed[key]


class MonthWidget(widgets.Widget):
    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        if isinstance(value, datetime):
            return value.date().replace(day=1)
        if isinstance(value, date):
            return value.replace(day=1)
        text = str(value or "").strip()
        for fmt in ("%Y-%m", "%Y-%m-%d", "%m/%Y", "%m.%Y"):
            try:
                return datetime.strptime(text, fmt).date().replace(day=1)  # noqa: DTZ007 - a calendar month
            except ValueError:
                continue
        raise ValueError(_("“%(value)s” is not a month (use 2017-08).") % {"value": value})

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        return value.strftime("%Y-%m") if value else ""


class CountWidget(widgets.IntegerWidget):
    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Any:
        if value in (None, ""):
            return None
        try:
            number = super().clean(value, row, **kwargs)
        except (ArithmeticError, TypeError, ValueError):
            number = None
        if number is None or number < 0:
            raise ValueError(_("“%(value)s” is not a whole number of people.") % {"value": value})
        return number


class OccupancyResource(resources.ModelResource):
    accommodation = fields.Field(attribute="accommodation", column_name="accommodation")
    month = fields.Field(attribute="month", column_name="month", widget=MonthWidget())

    class Meta:
        model = Occupancy
        fields = COLUMNS
        import_id_fields = ("accommodation", "month")
        clean_model_instances = True
        skip_diff = True

    def __init__(self, *, allowed: list[Accommodation] | None = None, user: Any = None) -> None:
        super().__init__()
        allowed_map = {a.name.lower(): a for a in (allowed or [])}
        self.fields["accommodation"].widget = AllowedAccommodationWidget(allowed_map)
        for name in ("residents", "adults", "minors", "households", "arrivals", "departures"):
            self.fields[name].widget = CountWidget()
        self.user = user
        self._seen: set[tuple[int, date]] = set()

    def before_import(self, dataset: Any, **kwargs: Any) -> None:
        headers = [str(h or "").strip() for h in (dataset.headers or [])]
        missing = [c for c in REQUIRED if c not in headers]
        if not dataset.height:
            raise ValidationError(_("The file has no rows."))
        if missing:
            raise ValidationError(_("Columns missing: %(columns)s.") % {"columns": ", ".join(missing)})
        self._seen = set()

    def import_instance(self, instance: Any, row: Any, **kwargs: Any) -> None:
        super().import_instance(instance, row, **kwargs)
        key = (instance.accommodation_id, instance.month)
        if key in self._seen:
            raise ValidationError({"month": [_("This accommodation and month appear twice in the file.")]})
        self._seen.add(key)

    def before_save_instance(self, instance: Any, row: Any, **kwargs: Any) -> None:
        instance.updated_by = self.user

    def after_import(self, dataset: Any, result: Any, **kwargs: Any) -> None:
        super().after_import(dataset, result, **kwargs)
        if not kwargs.get("dry_run") and not result.has_errors() and not result.has_validation_errors():
            audit_log(actor=self.user, action=AuditAction.CREATE, model=Occupancy,
                      detail={"import": True, "rows": dataset.height})
