from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin

from .models import Occupancy


class MonthField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "month"}, format="%Y-%m")

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str) and len(value.strip()) == 7:
            try:
                return datetime.strptime(value.strip(), "%Y-%m").date()  # noqa: DTZ007 - a calendar month
            except ValueError:
                raise forms.ValidationError(_("Enter a month like 2017-08.")) from None
        value = super().to_python(value)
        return value.replace(day=1) if value else value


class OccupancyForm(AccessibleFormMixin, forms.ModelForm):
    month = MonthField(label=_("Month"), input_formats=["%Y-%m", "%Y-%m-%d"])

    class Meta:
        model = Occupancy
        fields = ["month", "residents", "adults", "minors", "households", "arrivals", "departures"]


class OccupancyImportForm(AccessibleFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Spreadsheet (CSV or XLSX)"),
        help_text=_("Columns: accommodation, month (2017-08), residents; optional: adults, minors, households, "
                    "arrivals, departures."),
    )
