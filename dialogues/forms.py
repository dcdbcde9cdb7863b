from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin

from .models import Dialogue, Initiative, Proposal, SupportGroupActivity, SupportGroupMember


class DialogueForm(AccessibleFormMixin, forms.ModelForm):
    interpreter_languages = forms.CharField(
        label=_("Interpreted languages"), required=False, help_text=_("Language codes, separated by commas: ar, fa, ti")
    )

    class Meta:
        model = Dialogue
        fields = ["kind", "held_on", "venue", "accommodation", "place", "district", "moderators",
                  "interpreter_languages", "refugees", "staff", "volunteers", "neighbours", "topics"]
        widgets = {"held_on": forms.DateInput(attrs={"type": "date"})}

    def clean_interpreter_languages(self) -> list[str]:
        raw = self.cleaned_data.get("interpreter_languages") or ""
        return [code.strip().lower() for code in str(raw).split(",") if code.strip()]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("venue") == Dialogue.Venue.ACCOMMODATION and not data.get("accommodation"):
            self.add_error("accommodation", _("Name the accommodation the dialogue took place in."))
        return data


class ProposalForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = Proposal
        fields = ["text", "field", "taken_up_by", "taken_up_by_name", "is_public"]


class ProposalUpdateForm(AccessibleFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Proposal.Status.choices)
    outcome = forms.CharField(label=_("Outcome"), required=False, max_length=1000)
    note = forms.CharField(label=_("Note"), required=False, max_length=500)


class InitiativeForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = Initiative
        fields = ["title", "kind", "description", "dialogue", "people", "started_on", "is_active"]
        widgets = {"started_on": forms.DateInput(attrs={"type": "date"})}


class SupportGroupMemberForm(AccessibleFormMixin, forms.ModelForm):
    consent = forms.BooleanField(label=_("The person has agreed to be listed (consent recorded)"))

    class Meta:
        model = SupportGroupMember
        fields = ["name", "languages", "joined_on", "consent_given_on", "is_active"]
        widgets = {"joined_on": forms.DateInput(attrs={"type": "date"}),
                   "consent_given_on": forms.DateInput(attrs={"type": "date"})}


class SupportGroupActivityForm(AccessibleFormMixin, forms.ModelForm):
    class Meta:
        model = SupportGroupActivity
        fields = ["title", "held_on", "description", "members"]
        widgets = {"held_on": forms.DateInput(attrs={"type": "date"}), "members": forms.CheckboxSelectMultiple}
