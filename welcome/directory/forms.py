from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.choices_cache import cached_choices, choice_labels
from core.forms import AccessibleFormMixin, choice_field, model_choice_field
from core.models import District, Organisation
from core.widgets import FastSelect

from ..models import ConsultationLanguage, TargetGroup
from ..widgets import ChipsWidget
from .models import ClubCategory, CounsellingType, CourseLevel, DirectoryEntry, EntryKind, Schedule

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TRANSLATED = ("name", "description", "cost_note")


class DirectoryFilterForm(AccessibleFormMixin, forms.Form):
    """The public search (a GET form: works without JavaScript)."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(label=_("What"), required=False, choices=[("", _("everything")), *EntryKind.choices])
    # Districts and target groups as cached choices of ids: no query for the list, none to validate.
    district = forms.TypedChoiceField(label=_("City district"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(label=_("Language spoken"), required=False,
                                 choices=[("", _("any language")), *ConsultationLanguage.choices])
    target_group = forms.TypedChoiceField(label=_("For whom"), required=False, coerce=int, empty_value=None)
    level = forms.ChoiceField(label=_("German level"), required=False,
                              choices=[("", _("any level")), *CourseLevel.choices])
    schedule = forms.ChoiceField(label=_("When"), required=False, choices=[("", _("any time")), *Schedule.choices])
    counselling_type = forms.ChoiceField(label=_("Counselling"), required=False,
                                         choices=[("", _("any counselling")), *CounsellingType.choices])
    club_category = forms.ChoiceField(label=_("Kind of club or group"), required=False,
                                      choices=[("", _("any kind")), *ClubCategory.choices])
    integration_course = forms.BooleanField(label=_("Integration courses only"), required=False)
    childcare = forms.BooleanField(label=_("With childcare"), required=False)
    free = forms.BooleanField(label=_("Free of charge"), required=False)

    MAIN = ("q", "kind", "district", "level", "schedule")
    MORE = ("language", "target_group", "counselling_type", "club_category")
    CHECKS = ("integration_course", "childcare", "free")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        lang = translation.get_language() or ""
        districts = cached_choices(f"directory:district:{lang}", lambda: District.objects.values_list("pk", "name"))
        groups = cached_choices(f"directory:target_group:{lang}",
                                lambda: [(g.pk, g.name) for g in TargetGroup.objects.filter(is_active=True)])
        for name, empty, choices in (("district", _("all districts"), districts), ("target_group", _("everyone"), groups)):
            field = choice_field(self, name)
            field.choices = [("", str(empty)), *choices]
            field.widget = FastSelect(attrs=field.widget.attrs, choices=field.choices)
        for name, enum in (("kind", EntryKind), ("language", ConsultationLanguage), ("schedule", Schedule),
                           ("counselling_type", CounsellingType), ("club_category", ClubCategory)):
            field = choice_field(self, name)
            declared: list[tuple[Any, Any]] = field.choices  # type: ignore[assignment]  # stubs: any choices input; a list here
            blank = declared[0]
            labels = choice_labels(enum)
            # The busiest public page: options rendered in Python from labels translated once per process.
            field.widget = FastSelect(attrs=field.widget.attrs,
                                      choices=[(blank[0], str(blank[1])), *labels.items()])
        level = choice_field(self, "level")
        level.widget = FastSelect(attrs=level.widget.attrs,
                                  choices=level.choices)  # type: ignore[arg-type]  # stubs: any choices input; a list here

    def main_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.MAIN]

    def more_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.MORE]

    def check_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.CHECKS]


class DirectoryEntryForm(AccessibleFormMixin, forms.ModelForm):
    """Staff form and the rules of every imported row (welcome/directory/imports.py)."""

    levels = forms.MultipleChoiceField(label=_("Levels"), required=False, choices=CourseLevel.choices,
                                       widget=ChipsWidget)
    schedules = forms.MultipleChoiceField(label=_("When"), required=False, choices=Schedule.choices,
                                          widget=ChipsWidget)
    languages = forms.MultipleChoiceField(label=_("Languages spoken"), required=False,
                                          choices=ConsultationLanguage.choices, widget=ChipsWidget)

    class Meta:
        model = DirectoryEntry
        fields = [
            "organisation", "kind", "provider",
            *[f"{name}_{code}" for name in TRANSLATED for code in LANGUAGE_CODES],
            "levels", "is_integration_course", "schedules", "childcare", "counselling_type", "club_category",
            "women_only", "is_free", "languages", "target_groups", "district", "address", "phone", "email",
            "website", "contact_is_personal", "contact_consent_on", "is_published", "last_checked_on",
        ]
        widgets = {
            **{f"description_{code}": forms.Textarea(attrs={"rows": 3}) for code in LANGUAGE_CODES},
            "target_groups": ChipsWidget,
            "contact_consent_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "last_checked_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        organisation = model_choice_field(self, "organisation")
        organisation.queryset = organisations
        organisation.empty_label = None
        if organisations.count() == 1:
            organisation.widget = forms.HiddenInput()
            only = organisations.first()
            self.initial.setdefault("organisation", only.pk if only else None)
        self.fields["name_de"].required = True
        model_choice_field(self, "target_groups").queryset = TargetGroup.objects.filter(is_active=True)
        for name in ("phone", "email", "website"):
            self.fields[name].widget.attrs["dir"] = "ltr"

    def language_groups(self) -> list[tuple[str, str, list[forms.BoundField]]]:
        """The translated fields per language (German first), for the template."""
        names = dict(settings.LANGUAGES)
        return [(code, str(names[code]), [self[f"{name}_{code}"] for name in TRANSLATED]) for code in LANGUAGE_CODES]

    def other_fields(self) -> list[forms.BoundField]:
        translated = {f"{name}_{code}" for name in TRANSLATED for code in LANGUAGE_CODES}
        return [field for field in self.visible_fields() if field.name not in translated]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") != EntryKind.GERMAN_COURSE:
            if data.get("levels"):
                self.add_error("levels", _("Levels belong to German courses."))
            if data.get("is_integration_course"):
                self.add_error("is_integration_course", _("Only a German course can be an integration course."))
        if data.get("contact_is_personal") and (data.get("phone") or data.get("email")) \
                and not data.get("contact_consent_on"):
            self.add_error("contact_consent_on", _("A private person's contact needs the date of their consent."))
        return data


class DirectoryImportForm(AccessibleFormMixin, forms.Form):
    file = forms.FileField(label=_("File (CSV or XLSX)"), allow_empty_file=True,
                           help_text=_("CSV as Excel or LibreOffice save it (semicolons or commas), or XLSX."))
    delimiter = forms.ChoiceField(label=_("Separator in CSV files"), required=False, choices=[
        ("", _("recognise")), (";", _("semicolon ;")), (",", _("comma ,")), ("\t", _("tab"))])
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none(),
                                          empty_label=None, required=False)

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisations = organisations
        model_choice_field(self, "organisation").queryset = organisations
        if organisations.count() == 1:
            self.fields["organisation"].widget = forms.HiddenInput()
            only = organisations.first()
            self.initial["organisation"] = only.pk if only else None

    def clean_organisation(self) -> Any:
        chosen = self.cleaned_data.get("organisation")
        if chosen is None:
            # Only one organisation to import for: no need to choose it.
            if self.organisations.count() != 1:
                raise forms.ValidationError(_("Please choose the organisation."))
            chosen = self.organisations.first()
        return chosen

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > settings.PORTAL_UPLOAD_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB. Please split it into smaller files.")
                % {"limit": settings.PORTAL_UPLOAD_MAX_BYTES // (1024 * 1024)})
        return upload


class OffersMailForm(AccessibleFormMixin, forms.Form):
    email = forms.EmailField(label=_("The newcomer's email address"),
                             help_text=_("Used once to send the list; not stored."))
    language = forms.ChoiceField(label=_("Language of the mail"), choices=settings.LANGUAGES)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update({"dir": "ltr", "autocomplete": "off"})
