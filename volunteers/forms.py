from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin, consent_label
from core.languages import ConsultationLanguage
from core.models import District

from .models import Circle, Tandem, TandemRequest, VolunteerRole


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
    consent = forms.BooleanField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_label(
            gettext("I agree that my details are stored to coordinate volunteering and deleted when I stop or "
                    "ask for it."), "volunteer")
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

    @staticmethod
    def data_for_request(tandem_request: TandemRequest) -> dict[str, Any]:
        """The form filled from a newcomer's request (no contact: it never travels in a URL)."""
        return {
            "newcomer_reference": tandem_request.reference,
            "newcomer_languages": list(tandem_request.languages),
            "newcomer_district": tandem_request.district_id or "",
            "newcomer_interests": tandem_request.interests,
            "consent_given_on": tandem_request.consent_given_on.isoformat(),
        }


class EndTandemForm(AccessibleFormMixin, forms.Form):
    reason = forms.CharField(label=_("Reason for ending"), max_length=300)


class CheckInForm(AccessibleFormMixin, forms.Form):
    note = forms.CharField(label=_("Check-in note"), max_length=500)


def _retention_values() -> dict[str, int]:
    return {"retention_days": settings.PORTAL_TANDEM_REQUEST_RETENTION_DAYS,
            "max_days": settings.PORTAL_TANDEM_REQUEST_MAX_DAYS}


class _TandemRequestFields(AccessibleFormMixin, forms.Form):
    """What the volunteer coordination needs to find a welcome mentor and get in touch."""

    languages = forms.MultipleChoiceField(label=_("Languages you speak"), choices=ConsultationLanguage.choices,
                                          widget=forms.CheckboxSelectMultiple)
    district = forms.ModelChoiceField(label=_("Where in Stuttgart do you live? (optional)"),
                                      queryset=District.objects.all(), required=False)
    interests = forms.CharField(label=_("What do you like to do?"), max_length=300,
                                help_text=_("For example sports, cooking, music, walks, games."),
                                widget=forms.Textarea(attrs={"rows": 2}))
    help_wished = forms.CharField(label=_("What would you like help with?"), max_length=500,
                                  help_text=_("For example learning German, finding your way in the city, "
                                              "forms and letters, meeting people."),
                                  widget=forms.Textarea(attrs={"rows": 3}))
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Email address"), max_length=254)
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False,
                            help_text=_("Only if we should call you."))
    consent = forms.BooleanField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs.update({"autocomplete": "name"})
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "dir": "ltr", "inputmode": "email"})
        self.fields["phone"].widget = forms.TextInput(attrs={**self.fields["phone"].widget.attrs, "type": "tel",
                                                             "autocomplete": "tel", "dir": "ltr"})

    def request_data(self) -> dict[str, Any]:
        """The cleaned values the service takes (no consent box, no honeypot)."""
        return {key: self.cleaned_data[key] for key in
                ("languages", "district", "interests", "help_wished", "name", "email", "phone")}


class TandemRequestForm(HoneypotMixin, _TandemRequestFields):
    """The newcomer's own request on the public side (12 languages)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_label(
            gettext("I agree that my details are stored to find a welcome mentor for me. They are erased "
                    "%(retention_days)s days after a tandem is found or the request is withdrawn, and after "
                    "%(max_days)s days if no tandem is found.") % _retention_values(),
            "tandem-request",
        )


class ConsultationTandemRequestForm(_TandemRequestFields):
    """A counsellor passes a newcomer's request on from a consultation, with the newcomer's consent."""

    ui_language = forms.ChoiceField(label=_("Language of the emails to the newcomer"), choices=settings.LANGUAGES)

    field_order = ["languages", "district", "interests", "help_wished", "name", "email", "phone", "ui_language",
                   "consent"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["languages"].label = _("Languages the newcomer speaks")
        self.fields["district"].label = _("Where in Stuttgart does the newcomer live? (optional)")
        self.fields["interests"].label = _("What does the newcomer like to do?")
        self.fields["help_wished"].label = _("What would the newcomer like help with?")
        self.fields["name"].label = _("Newcomer's name")
        self.fields["email"].label = _("Newcomer's email address")
        self.fields["email"].required = False
        self.fields["phone"].label = _("Newcomer's phone")
        self.fields["phone"].help_text = _("An email address, a phone number or both.")
        self.fields["consent"].label = consent_label(
            gettext("The newcomer agrees that these details are passed to the volunteer coordination to find a "
                    "welcome mentor. They are erased %(retention_days)s days after a tandem is found or the "
                    "request is withdrawn, and after %(max_days)s days if no tandem is found.")
            % _retention_values(),
            "tandem-request",
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("email") and not cleaned.get("phone") and "email" not in self.errors:
            self.add_error("phone", _("Please enter an email address or a phone number."))
        return cleaned


__all__ = ["CheckInForm", "ConsultationTandemRequestForm", "EndTandemForm", "MatchForm", "Tandem",
           "TandemRequestForm", "VolunteerRegistrationForm"]


class CircleForm(AccessibleFormMixin, forms.ModelForm):
    publish = forms.BooleanField(label=_("Show in the public directory of offers"), required=False,
                                 help_text=_("The contact's email is shown only with the date of their consent."))

    class Meta:
        model = Circle
        fields = ["name", "is_initiative", "districts", "contact_person", "contact_email", "contact_consent_on",
                  "founded_on", "dissolved_on"]
        widgets = {"districts": forms.CheckboxSelectMultiple, "founded_on": forms.DateInput(attrs={"type": "date"}),
                   "dissolved_on": forms.DateInput(attrs={"type": "date"}),
                   "contact_consent_on": forms.DateInput(attrs={"type": "date"})}


class CircleCountForm(AccessibleFormMixin, forms.Form):
    on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    members = forms.IntegerField(label=_("Active members"), min_value=0)
