from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.db import models
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import ROLE_KINDS, AuditAction, Organisation, Role, User
from .services import RowChange

if TYPE_CHECKING:
    # What the mixins below are mixed into: a form (at run time they stay plain classes).
    _FormBase = forms.BaseForm
else:
    _FormBase = object


class AccessibleFormMixin(_FormBase):
    """Bootstrap classes on every widget; errors tied to their fields for screen readers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                css = "form-check-input"
            elif isinstance(widget, forms.CheckboxSelectMultiple | forms.RadioSelect):
                css = ""
            elif isinstance(widget, forms.Select):
                css = "form-select"
            else:
                css = "form-control"
            if css:
                widget.attrs["class"] = (widget.attrs.get("class", "") + " " + css).strip()

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = f"{bound.auto_id}_error"


# Django's own empty choice of a select ("- Select an option -"): Django's catalogues lack it in most
# of our languages, so ours carry it (LOCALE_PATHS come first); naming it here keeps it extracted.
BLANK_CHOICE_LABEL = _("- Select an option -")


def consent_label(text: str, section: str) -> SafeString:
    """A consent checkbox's label with a link to its form's section of the privacy notice.

    Call it in the form's ``__init__`` (the URL and the language are the request's).
    """
    url = reverse("welcome:privacy") + "#" + section
    return format_html('{} <a href="{}">{}</a>', text, url, gettext("Privacy notice"))


def choice_field(form: forms.BaseForm, name: str) -> forms.ChoiceField:
    """The form's field ``name``, a ChoiceField: ``form.fields`` holds every field typed as a plain ``Field``,
    which has no choices."""
    field = form.fields[name]
    if not isinstance(field, forms.ChoiceField):
        raise TypeError(f"{name} is a {type(field).__name__}, not a ChoiceField")
    return field


def model_choice_field(form: forms.BaseForm, name: str) -> forms.ModelChoiceField[Any]:
    """The form's field ``name``, a ModelChoiceField (to set its queryset or empty label): ``form.fields``
    holds every field typed as a plain ``Field``."""
    field = form.fields[name]
    if not isinstance(field, forms.ModelChoiceField):
        raise TypeError(f"{name} is a {type(field).__name__}, not a ModelChoiceField")
    return field


def model_values(form: forms.ModelForm) -> dict[str, Any]:
    """The cleaned values a valid ModelForm's save() would write, by its rules (construct_instance and
    _save_m2m): the model's editable fields among the form's, many-to-many ones included; a field with
    a default that the request left out keeps its value; the form's other fields (a consent checkbox)
    are not the model's. Services take these values, not the form."""
    meta = form._meta
    opts = meta.model._meta
    values = {}
    for field in [*opts.fields, *opts.many_to_many]:
        name = field.name
        if not field.editable or isinstance(field, models.AutoField) or name not in form.cleaned_data:
            continue
        if (meta.fields is not None and name not in meta.fields) or (meta.exclude and name in meta.exclude):
            continue
        bound = form[name].field
        if (not field.many_to_many and field.has_default()
                and bound.widget.value_omitted_from_data(form.data, form.files, form.add_prefix(name))
                and form.cleaned_data[name] in bound.empty_values):
            continue
        values[name] = form.cleaned_data[name]
    return values


def formset_changes(formset: Any) -> list[RowChange]:
    """The rows a valid model formset changed, as values for a service (what formset.save would write):
    new rows filled in, existing rows changed or ticked for deletion."""
    fk = getattr(formset, "fk", None)  # an inline formset's link to its parent, which the service sets
    deleted = set(map(id, formset.deleted_forms))
    changes = []
    for form in formset.forms:
        pk = form.instance.pk
        delete = id(form) in deleted
        if not form.has_changed() or (pk is None and delete):
            continue
        values = {} if delete else model_values(form)
        if fk is not None:
            values.pop(fk.name, None)
        changes.append(RowChange(pk=pk, delete=delete, values=values))
    return changes


class HoneypotMixin(forms.Form):
    """A hidden field people never see or hear; form-filling bots fill it in and are refused."""

    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""


class StaffInviteForm(AccessibleFormMixin, forms.Form):
    email = forms.EmailField(label=_("Email address"))
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    def __init__(self, *args: Any, organisations: QuerySet[Organisation] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model_choice_field(self, "organisation").queryset = (
            organisations if organisations is not None else Organisation.objects.none())
        self.fields["email"].widget.attrs.update({"autocomplete": "off", "dir": "ltr"})

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("A staff member with this email address already exists."))
        return email

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        organisation, role = data.get("organisation"), data.get("role")
        if organisation is not None and role and organisation.kind not in ROLE_KINDS.get(role, frozenset()):
            self.add_error("role", _("This role does not exist in an organisation of this kind."))
        return data


class AuditFilterForm(AccessibleFormMixin, forms.Form):
    action = forms.ChoiceField(
        label=_("Action"), required=False, choices=[("", _("all actions")), *AuditAction.choices]
    )
    actor = forms.CharField(label=_("Staff member (email)"), required=False)
    record_type = forms.CharField(label=_("Record type"), required=False)
    object_id = forms.CharField(label=_("Record id"), required=False)
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
