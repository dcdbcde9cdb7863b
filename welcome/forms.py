from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.choices_cache import cached_choices
from core.forms import AccessibleFormMixin, HoneypotMixin, consent_label
from core.models import Organisation, User
from core.widgets import FastDateInput, FastSelect, ListModelChoiceField, ListModelMultipleChoiceField

from .models import (
    AvailabilityException,
    Channel,
    Consultation,
    ConsultationLanguage,
    CounsellorOffer,
    GroupEvent,
    ReferralTarget,
    TargetGroup,
    Topic,
    WeeklyHours,
)


class ChipsWidget(forms.CheckboxSelectMultiple):
    """Checkboxes styled as chips: Space toggles, Tab moves on, no mouse needed."""

    template_name = "welcome/widgets/chips.html"
    option_template_name = "welcome/widgets/chip_option.html"


class RadioChipsWidget(forms.RadioSelect):
    template_name = "welcome/widgets/chips.html"
    option_template_name = "welcome/widgets/chip_option.html"


class ConsultationForm(AccessibleFormMixin, forms.ModelForm):
    held_at = forms.DateTimeField(
        label=_("Date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    organisation = ListModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())

    class Meta:
        model = Consultation
        # Order of the keyboard path: what changes every time first, the defaults last.
        fields = [
            "topics", "channel", "language", "target_group", "country_of_origin", "referrals",
            "outcome_note", "client_code", "duration_minutes", "held_at", "organisation",
        ]
        widgets = {
            "topics": ChipsWidget,
            "referrals": ChipsWidget,
            "channel": RadioChipsWidget,
            "target_group": RadioChipsWidget,
            "outcome_note": forms.Textarea(attrs={"rows": 2, "maxlength": 500}),
            "duration_minutes": forms.NumberInput(attrs={"min": 1, "max": 480, "step": 5}),
            "language": FastSelect,
            "country_of_origin": FastSelect,
        }
        field_classes = {
            "topics": ListModelMultipleChoiceField,
            "referrals": ListModelMultipleChoiceField,
            "target_group": ListModelChoiceField,
        }

    def __init__(self, *args: Any, organisations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.filter(is_active=True)  # type: ignore[attr-defined]
        self.fields["referrals"].queryset = ReferralTarget.objects.filter(is_active=True)  # type: ignore[attr-defined]
        self.fields["target_group"].queryset = TargetGroup.objects.filter(is_active=True)  # type: ignore[attr-defined]
        self.fields["target_group"].empty_label = None  # type: ignore[attr-defined]
        self.fields["organisation"].queryset = organisations  # type: ignore[attr-defined]
        self.fields["organisation"].empty_label = None  # type: ignore[attr-defined]
        if organisations.count() == 1:
            self.fields["organisation"].widget = forms.HiddenInput()
        self.fields["client_code"].widget.attrs.update({"dir": "ltr", "autocomplete": "off"})
        if not self.instance.pk:
            self.fields["topics"].widget.attrs["autofocus"] = True

    def clean_held_at(self) -> Any:
        held_at = self.cleaned_data["held_at"]
        if held_at > timezone.now() + timedelta(minutes=5):
            raise forms.ValidationError(_("A consultation cannot lie in the future."))
        return held_at


def consultation_filter_form(user: Any, data: Any) -> ConsultationFilterForm:
    """The consultation filters with the choices the user's scope allows."""
    from core.access import is_city_admin, organisation_ids_for_role, organisations_for_user
    from core.models import Role

    admin = is_city_admin(user)
    counsellor_orgs = sorted(organisation_ids_for_role(user, Role.COUNSELLOR))
    # The counsellors whose consultations the user reads: every one for the city's admins, else those
    # of the user's counsellor organisations; exactly the inputs of the cache key below (a second
    # role elsewhere once widened the list while the key stayed, and other organisations' staff
    # were served from the cache).
    counsellors = User.objects.filter(memberships__role=Role.COUNSELLOR)
    if not admin:
        counsellors = counsellors.filter(memberships__organisation_id__in=counsellor_orgs)
    counsellors = counsellors.distinct().only("id", "first_name", "last_name", "email")
    scope = "admin" if admin else ",".join(str(i) for i in counsellor_orgs)
    return ConsultationFilterForm(
        data,
        scope=scope,
        counsellors=counsellors.order_by("last_name", "first_name"),
        organisations=organisations_for_user(user).only("id", "name", "short_name") if admin else None,
    )


def consultation_initial(*, counsellor: Any, organisations: Any) -> dict[str, Any]:
    """Sensible defaults: now, my organisation, my usual language, in person, 30 minutes."""
    last = Consultation.objects.filter(counsellor=counsellor).order_by("-held_at").only("language").first()
    org = organisations.first()
    return {
        "held_at": timezone.localtime().replace(second=0, microsecond=0),
        "organisation": org.pk if org else None,
        "language": last.language if last else ConsultationLanguage.DE,
        "channel": Channel.IN_PERSON,
        "duration_minutes": 30,
        "target_group": TargetGroup.objects.filter(is_active=True).values_list("pk", flat=True).first(),
    }


class ConsultationFilterForm(AccessibleFormMixin, forms.Form):
    date_from = forms.DateField(label=_("From"), required=False, widget=FastDateInput(format="%Y-%m-%d"))
    date_to = forms.DateField(label=_("To"), required=False, widget=FastDateInput(format="%Y-%m-%d"))
    topic: forms.ModelChoiceField = ListModelChoiceField(label=_("Topic"), required=False, queryset=Topic.objects.all())
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("all")), *ConsultationLanguage.choices]
    )
    target_group: forms.ModelChoiceField = ListModelChoiceField(
        label=_("Target group"), required=False, queryset=TargetGroup.objects.all()
    )
    channel = forms.ChoiceField(label=_("Channel"), required=False, choices=[("", _("all")), *Channel.choices])
    counsellor: forms.ModelChoiceField = ListModelChoiceField(
        label=_("Counsellor"), required=False, queryset=User.objects.none()
    )
    organisation: forms.ModelChoiceField = ListModelChoiceField(
        label=_("Organisation"), required=False, queryset=Organisation.objects.none()
    )

    def __init__(
        self, *args: Any, counsellors: Any, organisations: Any, scope: str = "", **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["counsellor"].queryset = counsellors  # type: ignore[attr-defined]
        if organisations is None:
            del self.fields["organisation"]
        else:
            self.fields["organisation"].queryset = organisations  # type: ignore[attr-defined]
        for name in ("topic", "target_group", "counsellor", "organisation"):
            if name in self.fields:
                self.fields[name].empty_label = _("all")  # type: ignore[attr-defined]
        lang = translation.get_language() or ""
        for name, field in self.fields.items():
            if type(field.widget) is forms.Select:
                attrs = field.widget.attrs
                choices: Any = field.widget.choices
                if isinstance(field, forms.ModelChoiceField):
                    # Catalogues are the same for everyone; staff and organisations per access scope.
                    key = f"consultation-filter:{name}:{lang}:{scope if name in ('counsellor', 'organisation') else ''}"
                    choices = cached_choices(key, partial(list, field.choices))
                field.widget = FastSelect(attrs=attrs, choices=choices)


class RegistrationForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120,
                           help_text=_("First name is enough. We use it only for this event."))
    email = forms.EmailField(label=_("Email address"),
                             help_text=_("For the confirmation and the link to cancel."))
    consent = forms.BooleanField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_label(
            gettext("I agree that my name and email are stored for this event and erased %(days)s days after it.")
            % {"days": settings.PORTAL_CONTACT_RETENTION_DAYS}, "event-signup")
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "dir": "ltr", "inputmode": "email"})
        self.fields["name"].widget.attrs.update({"autocomplete": "given-name"})


def _event_language_fields() -> list[str]:
    from django.conf import settings

    codes = [code for code, _name in settings.LANGUAGES]
    return [f"title_{c}" for c in codes] + [f"description_{c}" for c in codes]


class GroupEventForm(AccessibleFormMixin, forms.ModelForm):
    starts_at = forms.DateTimeField(
        label=_("Starts"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M"],
    )
    ends_at = forms.DateTimeField(
        label=_("Ends"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M"],
    )

    class Meta:
        model = GroupEvent
        fields = ["organisation", "format", "theme", "starts_at", "ends_at", "place", "online_url", "partners",
                  "capacity", "is_published", *_event_language_fields()]
        widgets = {f"description_{c}": forms.Textarea(attrs={"rows": 3})
                   for c in ("de", "en", "ar", "fa", "tr", "uk", "ru", "es", "it", "el", "pl", "ro")}

    def __init__(self, *args: Any, organisations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations  # type: ignore[attr-defined]
        self.fields["title_de"].required = True
        for name in ("starts_at", "ends_at"):
            if self.instance.pk and getattr(self.instance, name):
                self.initial[name] = timezone.localtime(getattr(self.instance, name)).strftime("%Y-%m-%dT%H:%M")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", _("An event must end after it starts."))
        return data


class BookingChoiceForm(AccessibleFormMixin, forms.Form):
    """Step 1: topic, language of the consultation, channel (a GET form: works without JavaScript)."""

    topic = ListModelChoiceField(label=_("What would you like to talk about?"), queryset=Topic.objects.none(),
                                 widget=RadioChipsWidget, empty_label=None)
    language = forms.ChoiceField(label=_("In which language?"), choices=ConsultationLanguage.choices,
                                 widget=FastSelect)
    channel = forms.ChoiceField(label=_("How?"), choices=Channel.choices, widget=RadioChipsWidget,
                                initial=Channel.IN_PERSON)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(  # type: ignore[attr-defined]
            is_active=True, offers__is_active=True
        ).distinct()


class BookingContactForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Email address"),
                             help_text=_("We send you a link to confirm the appointment."))
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False,
                            help_text=_("Only if we should call you."))
    consent = forms.BooleanField()

    def __init__(self, *args: Any, channel: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if channel == Channel.PHONE:
            # A phone consultation: we call this number, so it is needed.
            self.fields["phone"].required = True
            self.fields["phone"].label = _("Phone number")
            self.fields["phone"].help_text = _("We call you at this number at the time you book.")
            self.fields["phone"].error_messages["required"] = _(
                "Please give the phone number we should call for the consultation.")
        self.fields["consent"].label = consent_label(
            gettext("I agree that my name and contact details are stored for this appointment and erased "
                    "%(days)s days after it.") % {"days": settings.PORTAL_CONTACT_RETENTION_DAYS}, "booking")
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "dir": "ltr", "inputmode": "email"})
        self.fields["phone"].widget = forms.TextInput(attrs={**self.fields["phone"].widget.attrs, "type": "tel",
                                                             "autocomplete": "tel", "dir": "ltr"})
        self.fields["name"].widget.attrs.update({"autocomplete": "name"})


class WaitingListForm(AccessibleFormMixin, forms.Form):
    email = forms.EmailField(label=_("Email address"),
                             help_text=_("We write to you when a time becomes free."))
    consent = forms.BooleanField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = consent_label(
            gettext("I agree that my email address is stored for the waiting list and erased when I leave it."),
            "waiting-list")
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "dir": "ltr", "inputmode": "email"})


class CounsellorOfferForm(AccessibleFormMixin, forms.ModelForm):
    languages = forms.MultipleChoiceField(label=_("Languages I counsel in"), choices=ConsultationLanguage.choices,
                                          widget=ChipsWidget)
    channels = forms.MultipleChoiceField(label=_("Channels I offer"), choices=Channel.choices, widget=ChipsWidget)

    class Meta:
        model = CounsellorOffer
        fields = ["languages", "channels", "topics", "is_active"]
        widgets = {"topics": ChipsWidget}
        field_classes = {"topics": ListModelMultipleChoiceField}


class WeeklyHoursForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = WeeklyHours
        fields = ["weekday", "starts", "ends"]
        widgets = {"starts": forms.TimeInput(attrs={"type": "time"}), "ends": forms.TimeInput(attrs={"type": "time"})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("starts") and data.get("ends") and data["ends"] <= data["starts"]:
            self.add_error("ends", _("The hours must end after they start."))
        return data


class AvailabilityExceptionForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = AvailabilityException
        fields = ["date", "kind", "starts", "ends"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}), "starts": forms.TimeInput(attrs={"type": "time"}),
                   "ends": forms.TimeInput(attrs={"type": "time"})}


WeeklyHoursFormSet = forms.inlineformset_factory(
    CounsellorOffer, WeeklyHours, form=WeeklyHoursForm, extra=2, can_delete=True
)
ExceptionFormSet = forms.inlineformset_factory(
    CounsellorOffer, AvailabilityException, form=AvailabilityExceptionForm, extra=1, can_delete=True
)


class StaffCancelForm(AccessibleFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Message to the newcomer"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent with the cancellation, which is written in the newcomer's language."),
    )
