from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.choices_cache import cached_choices
from core.forms import AccessibleFormMixin, model_choice_field
from core.models import Organisation, User
from core.widgets import FastDateInput, FastSelect, ListModelChoiceField, ListModelMultipleChoiceField

from ..models import (
    Channel,
    Consultation,
    ConsultationLanguage,
    ReferralTarget,
    TargetGroup,
    Topic,
)
from ..widgets import ChipsWidget, RadioChipsWidget


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

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "topics").queryset = Topic.objects.filter(is_active=True)
        model_choice_field(self, "referrals").queryset = ReferralTarget.objects.filter(is_active=True)
        target_group = model_choice_field(self, "target_group")
        target_group.queryset = TargetGroup.objects.filter(is_active=True)
        target_group.empty_label = None
        organisation = model_choice_field(self, "organisation")
        organisation.queryset = organisations
        organisation.empty_label = None
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


def consultation_filter_form(user: User, data: Any) -> ConsultationFilterForm:
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


def consultation_initial(*, counsellor: User, organisations: QuerySet[Organisation]) -> dict[str, Any]:
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
        self, *args: Any, counsellors: QuerySet[User], organisations: QuerySet[Organisation] | None, scope: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "counsellor").queryset = counsellors
        if organisations is None:
            del self.fields["organisation"]
        else:
            model_choice_field(self, "organisation").queryset = organisations
        for name in ("topic", "target_group", "counsellor", "organisation"):
            if name in self.fields:
                model_choice_field(self, name).empty_label = _("all")
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


