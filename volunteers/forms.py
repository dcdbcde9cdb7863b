from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin
from core.models import District
from welcome.models import ConsultationLanguage

from .models import Circle, Tandem, VolunteerRole


class VolunteerRegistrationForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    """The public form (12 languages): what a coordinator needs to get in touch, nothing more."""

    name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(label=_("Email address"))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    languages = forms.MultipleChoiceField(label=_("Languages you speak"), choices=ConsultationLanguage.choices,
                                          widget=forms.CheckboxSelectMultiple)
    district = forms.ModelChoiceField(label=_("Where in Stuttgart?"), queryset=District.objects.all(), required=False)
    roles = forms.MultipleChoiceField(label=_("What would you like to do?"), choices=VolunteerRole.choices,
                                      widget=forms.CheckboxSelectMultiple)
    interests = forms.CharField(label=_("Skills and interests"), max_length=500, required=False,
                                widget=forms.Textarea(attrs={"rows": 2}))
    availability = forms.CharField(label=_("When do you have time?"), max_length=200, required=False)
    consent = forms.BooleanField(label=_("I agree that my details are stored to coordinate volunteering and "
                                         "deleted when I stop or ask for it."))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "dir": "ltr"})
        self.fields["phone"].widget = forms.TextInput(attrs={**self.fields["phone"].widget.attrs, "type": "tel",
                                                             "autocomplete": "tel", "dir": "ltr"})


class MatchForm(AccessibleFormMixin, forms.Form):
    """The newcomer's side of a tandem; the suggestions are ranked from it."""

    newcomer_reference = forms.CharField(label=_("Newcomer (pseudonymous reference)"), max_length=40)
    newcomer_contact = forms.CharField(label=_("Newcomer's contact"), max_length=200, required=False)
    newcomer_languages = forms.MultipleChoiceField(label=_("Newcomer's languages"),
                                                   choices=ConsultationLanguage.choices,
                                                   widget=forms.CheckboxSelectMultiple)
    newcomer_district = forms.ModelChoiceField(label=_("Newcomer's district"), queryset=District.objects.all(),
                                               required=False)
    newcomer_interests = forms.CharField(label=_("Newcomer's interests"), max_length=300, required=False)
    consent_given_on = forms.DateField(label=_("Newcomer's consent given on"),
                                       widget=forms.DateInput(attrs={"type": "date"}))


class EndTandemForm(AccessibleFormMixin, forms.Form):
    reason = forms.CharField(label=_("Reason for ending"), max_length=300)


class CheckInForm(AccessibleFormMixin, forms.Form):
    note = forms.CharField(label=_("Check-in note"), max_length=500)


__all__ = ["CheckInForm", "EndTandemForm", "MatchForm", "Tandem", "VolunteerRegistrationForm"]


class CircleForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = Circle
        fields = ["name", "is_initiative", "districts", "contact_person", "contact_email", "founded_on",
                  "dissolved_on"]
        widgets = {"districts": forms.CheckboxSelectMultiple, "founded_on": forms.DateInput(attrs={"type": "date"}),
                   "dissolved_on": forms.DateInput(attrs={"type": "date"})}


class CircleCountForm(AccessibleFormMixin, forms.Form):
    on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    members = forms.IntegerField(label=_("Active members"), min_value=0)
