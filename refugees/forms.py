from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin

from .models import Goal, IntegrationPlan, Occupancy


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


class IntegrationPlanForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = IntegrationPlan
        fields = ["reference", "birth_year", "country_of_origin", "languages", "accommodation", "children",
                  "started_on", "consent_purpose", "consent_given_on"]
        widgets = {"started_on": forms.DateInput(attrs={"type": "date"}),
                   "consent_given_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args: Any, accommodations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["accommodation"].queryset = accommodations  # type: ignore[attr-defined]
        self.fields["reference"].required = True
        self.fields["birth_year"].required = True
        self.fields["consent_given_on"].required = True
        self.fields["consent_purpose"].required = True
        self.fields["reference"].widget.attrs.update({"autocomplete": "off", "dir": "ltr"})

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        year, started = data.get("birth_year"), data.get("started_on")
        if year and started and started.year - year < 18:
            self.add_error("birth_year", _("Only adults (18+) hold a plan; children are carried in a parent's plan."))
        return data


class GoalForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = Goal
        fields = ["field", "description", "target_date"]
        widgets = {"target_date": forms.DateInput(attrs={"type": "date"})}


class GoalUpdateForm(AccessibleFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Goal.Status.choices)
    note = forms.CharField(label=_("Progress note"), required=False, max_length=1000,
                           widget=forms.Textarea(attrs={"rows": 2}))
