from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin, consent_label, model_choice_field
from core.models import Organisation

from ..models import (
    GroupEvent,
)


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

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "organisation").queryset = organisations
        self.fields["title_de"].required = True
        for name in ("starts_at", "ends_at"):
            if self.instance.pk and getattr(self.instance, name):
                self.initial[name] = timezone.localtime(getattr(self.instance, name)).strftime("%Y-%m-%dT%H:%M")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", _("An event must end after it starts."))
        return data


