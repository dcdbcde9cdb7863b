from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin, consent_label
from core.widgets import FastSelect, ListModelChoiceField, ListModelMultipleChoiceField

from ..models import (
    AvailabilityException,
    Channel,
    ConsultationLanguage,
    CounsellorOffer,
    Topic,
    WeeklyHours,
)
from ..widgets import ChipsWidget, RadioChipsWidget
from .slots import offered_topics


class OfferedTopicField(ListModelChoiceField):
    """Lists the offered topics; a choice is looked up among the cached offered topics, without a query."""

    offered: dict[int, Topic] = {}  # noqa: RUF012 - replaced per form instance (BookingChoiceForm.__init__)

    def to_python(self, value: Any) -> Topic | None:
        if value in self.empty_values:
            return None
        key = value.pk if isinstance(value, Topic) else _int_or_none(value)
        topic = self.offered.get(key) if key is not None else None
        if topic is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return topic


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class BookingChoiceForm(AccessibleFormMixin, forms.Form):
    """Step 1: topic, language of the consultation, channel (a GET form: works without JavaScript)."""

    topic = OfferedTopicField(label=_("What would you like to talk about?"), queryset=Topic.objects.none(),
                                 widget=RadioChipsWidget, empty_label=None)
    language = forms.ChoiceField(label=_("In which language?"), choices=ConsultationLanguage.choices,
                                 widget=FastSelect)
    channel = forms.ChoiceField(label=_("How?"), choices=Channel.choices, widget=RadioChipsWidget,
                                initial=Channel.IN_PERSON)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["topic"]
        if not isinstance(field, OfferedTopicField):
            raise TypeError("the topic field is an OfferedTopicField")
        field.offered = offered_topics()  # one cache read per form
        field.queryset = Topic.objects.filter(pk__in=list(field.offered))


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
