from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, model_choice_field
from core.models import Organisation, Role, User

from .models import (
    Accommodation,
    FimGrant,
    FimPlacement,
    Goal,
    IntegrationPlan,
    Movement,
    Occupancy,
    occupancy_problems,
)


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

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        # The same rules as the import (refugees/imports.py).
        for field, message in occupancy_problems(**{k: data.get(k) for k in (
                "residents", "adults", "minors", "households", "arrivals", "departures")}):
            self.add_error(field, message)
        return data


class AccommodationForm(AccessibleFormMixin, forms.ModelForm):
    """The staff form, and the rules of every imported row."""

    class Meta:
        model = Accommodation
        fields = ["name", "address", "district", "operator", "kind", "capacity", "opened_on", "closed_on", "status"]
        widgets = {"opened_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "closed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        operators = self.operators_for(user)
        operator = model_choice_field(self, "operator")
        operator.queryset = Organisation.objects.filter(pk__in=[o.pk for o in operators])
        operator.empty_label = None

    @staticmethod
    def operators_for(user: User) -> list[Organisation]:
        """The city's admins enter accommodations for every operator; an operator for its own."""
        from core.access import is_city_admin, organisation_ids_for_role

        if is_city_admin(user):
            return list(Organisation.objects.filter(kind=Organisation.Kind.WELFARE, is_active=True))
        return list(Organisation.objects.filter(pk__in=organisation_ids_for_role(user, Role.OPERATOR)))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("opened_on") and data.get("closed_on") and data["closed_on"] < data["opened_on"]:
            self.add_error("closed_on", _("An accommodation closes after it opens."))
        return data


class FimGrantForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = FimGrant
        fields = ["year", "kind", "provider", "title", "accommodation", "places"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == FimGrant.Kind.EXTERNAL and data.get("accommodation"):
            self.add_error("accommodation", _("External measures take place outside the accommodations."))
        return data


class FimPlacementForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = FimPlacement
        fields = ["grant", "starts_on", "ends_on"]
        widgets = {"starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


class IntegrationPlanForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = IntegrationPlan
        fields = ["reference", "birth_year", "country_of_origin", "languages", "accommodation", "children",
                  "started_on", "consent_purpose", "consent_given_on"]
        widgets = {"started_on": forms.DateInput(attrs={"type": "date"}),
                   "consent_given_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args: Any, accommodations: QuerySet[Accommodation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "accommodation").queryset = accommodations
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


class MovementForm(AccessibleFormMixin, forms.Form):
    """One month's arrivals or departures for one stage (and reason); saving a figure that exists
    replaces it."""

    month = MonthField(label=_("Month"))
    stage = forms.ChoiceField(label=_("Stage of accommodation"), choices=Movement.Stage.choices)
    direction = forms.ChoiceField(label=_("Arrivals or departures"), choices=Movement.Direction.choices)
    reason = forms.ChoiceField(label=_("Reason for leaving"), required=False,
                               choices=[("", _("— (arrivals)"))] + list(Movement.Reason.choices),
                               help_text=_("Only for departures."))
    people = forms.IntegerField(label=_("People"), min_value=0, max_value=100000)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("direction") == Movement.Direction.DEPARTURE and not data.get("reason"):
            self.add_error("reason", _("Departures name a reason for leaving."))
        if data.get("direction") == Movement.Direction.ARRIVAL and data.get("reason"):
            self.add_error("reason", _("Arrivals have no reason for leaving."))
        return data


class QuotaForm(AccessibleFormMixin, forms.Form):
    valid_from = forms.DateField(label=_("Valid from"), widget=forms.DateInput(attrs={"type": "date"}))
    percent = forms.DecimalField(label=_("Share (%)"), min_value=Decimal("0.01"), max_value=Decimal(100),
                                 max_digits=5, decimal_places=2, localize=True,
                                 help_text=_("The city's share of the refugees assigned to the state."))
    basis = forms.CharField(label=_("Basis"), max_length=120, initial="Königsteiner Schlüssel")


class StaffingForm(AccessibleFormMixin, forms.Form):
    """A year's integration-management staffing of one organisation; saving a year that exists
    replaces its figures."""

    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)
    posts = forms.DecimalField(label=_("Posts (full-time equivalents)"), min_value=Decimal(0), max_digits=6,
                               decimal_places=2, localize=True)  # "6,5" in German
    managers = forms.IntegerField(label=_("Integration managers (people)"), min_value=0)
    people_reached = forms.IntegerField(label=_("People reached, children included"), min_value=0)
    children_reached = forms.IntegerField(label=_("Of them children"), min_value=0)

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "organisation").queryset = organisations

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        people, children = data.get("people_reached"), data.get("children_reached")
        if people is not None and children is not None and children > people:
            self.add_error("children_reached", _("The children are part of the people reached."))
        return data
