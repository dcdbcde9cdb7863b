"""The reporting app's forms: the report request, the dashboard's year, culture and sport figures."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, choice_field
from refugees.forms import MonthField

from .models import Chapter, CultureSportYear, ReportJob


class ReportForm(AccessibleFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Report"), choices=ReportJob.Kind.choices, initial=ReportJob.Kind.REFUGEE_REPORT)
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}),
                            help_text=_("Reports cover whole months."))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))
    key_date = forms.DateField(
        label=_("FIM key date"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The day on which FIM places are counted as occupied. Empty: the 15th of the last month."))

    def clean(self) -> dict:
        data = super().clean() or {}
        start, end, key_date = data.get("start"), data.get("end"), data.get("key_date")
        if start and end and end < start:
            self.add_error("end", _("The period must end after it starts."))
        elif start and end and key_date:
            last_day = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            if not start.replace(day=1) <= key_date <= last_day:
                self.add_error("key_date", _("The key date must lie within the months of the period."))
        return data


class YearForm(AccessibleFormMixin, forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choice_field(self, "year").choices = [(y, str(y)) for y in years]


class CultureSportForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = CultureSportYear
        fields = ["year", *CultureSportYear.FIGURES]

    def validate_unique(self) -> None:
        """Saving a year that has figures replaces them (culture_sport_record), so no uniqueness error."""


class ChapterTextsForm(AccessibleFormMixin, forms.Form):
    """The city's text for each chapter of one report period, in one language."""

    start = MonthField(label=_("From (month)"))
    end = MonthField(label=_("To (month)"))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, initial="de")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for chapter in Chapter:
            self.fields[f"text_{chapter.value}"] = forms.CharField(
                label=f"{chapter.value}. {chapter.label}", required=False, max_length=5000,
                widget=forms.Textarea(attrs={"rows": 4}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The period must end after it starts."))
        return data

    def texts(self) -> dict[int, str]:
        return {chapter.value: self.cleaned_data.get(f"text_{chapter.value}", "").strip() for chapter in Chapter}


class ChapterPeriodForm(AccessibleFormMixin, forms.Form):
    """Which period and language to edit (a GET form: nothing is written)."""

    start = MonthField(label=_("From (month)"))
    end = MonthField(label=_("To (month)"))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, initial="de")


class ReportPeriodForm(AccessibleFormMixin, forms.Form):
    """The period of the print view (a GET form)."""

    start = MonthField(label=_("From (month)"))
    end = MonthField(label=_("To (month)"))
    key_date = forms.DateField(label=_("FIM key date"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
                               help_text=_("Empty: the 15th of the last month."))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The period must end after it starts."))
        return data
