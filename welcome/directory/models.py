"""The directory of what Stuttgart offers newcomers: German courses, counselling services, clubs and
groups, and the volunteer circles of the districts. Entries belong to the partner organisation that
keeps them; the public list shows what was checked recently."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.choices_cache import choice_labels
from core.languages import ConsultationLanguage
from core.models import District, Organisation
from core.translation_status import TranslationTracked

from ..models.catalogues import TargetGroup


class EntryKind(models.TextChoices):
    GERMAN_COURSE = "german_course", _("German course")
    COUNSELLING = "counselling", _("Counselling service")
    CLUB = "club", _("Club or group")
    VOLUNTEER_CIRCLE = "volunteer_circle", _("Volunteer circle")


class CourseLevel(models.TextChoices):
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


class Schedule(models.TextChoices):
    MORNING = "morning", _("mornings")
    AFTERNOON = "afternoon", _("afternoons")
    EVENING = "evening", _("evenings")
    WEEKEND = "weekend", _("weekends")


class CounsellingType(models.TextChoices):
    ADULT_MIGRATION = "adult_migration", _("Migration counselling for adults")
    YOUTH_MIGRATION = "youth_migration", _("Youth migration service")
    RECOGNITION = "recognition", _("Recognition of foreign qualifications")
    WORK = "work", _("Work and vocational training")
    ASYLUM = "asylum", _("Asylum and residence")
    SOCIAL = "social", _("Social counselling")
    OTHER = "other", _("Other counselling")


class ClubCategory(models.TextChoices):
    SPORT = "sport", _("Sport")
    CULTURE = "culture", _("Culture")
    MIGRANT_ORGANISATION = "migrant_organisation", _("Migrant organisation")
    OTHER = "other", _("Other group")


class DirectoryEntryQuerySet(models.QuerySet["DirectoryEntry"]):
    def public(self) -> DirectoryEntryQuerySet:
        """Published and checked within the configured time (PORTAL_DIRECTORY_CHECK_DAYS)."""
        fresh_since = timezone.localdate() - timedelta(days=settings.PORTAL_DIRECTORY_CHECK_DAYS)
        return self.filter(is_published=True, last_checked_on__gte=fresh_since)

    def stale(self) -> DirectoryEntryQuerySet:
        fresh_since = timezone.localdate() - timedelta(days=settings.PORTAL_DIRECTORY_CHECK_DAYS)
        return self.filter(last_checked_on__lt=fresh_since)


class DirectoryEntry(TranslationTracked):
    """One offer of a partner; public information. A personal contact is shown only with consent."""

    tracked_fields = ("name", "description", "cost_note")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="directory_entries",
                                     verbose_name=_("kept by"))
    kind = models.CharField(_("kind"), max_length=20, choices=EntryKind.choices)
    name = models.CharField(_("name"), max_length=200)
    provider = models.CharField(_("provider"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    # German courses
    levels = ArrayField(models.CharField(max_length=2, choices=CourseLevel.choices), default=list, blank=True,
                        verbose_name=_("levels"))
    is_integration_course = models.BooleanField(_("integration course"), default=False)
    schedules = ArrayField(models.CharField(max_length=10, choices=Schedule.choices), default=list, blank=True,
                           verbose_name=_("when"))
    childcare = models.BooleanField(_("childcare"), default=False)
    # Counselling services and clubs
    counselling_type = models.CharField(_("counselling"), max_length=20, choices=CounsellingType.choices, blank=True)
    club_category = models.CharField(_("kind of club or group"), max_length=24, choices=ClubCategory.choices,
                                     blank=True)
    women_only = models.BooleanField(_("women only"), default=False)
    # For everyone
    is_free = models.BooleanField(_("free of charge"), default=True)
    cost_note = models.CharField(_("costs"), max_length=200, blank=True)
    languages = ArrayField(models.CharField(max_length=8, choices=ConsultationLanguage.choices), default=list,
                           blank=True, verbose_name=_("languages spoken"))
    target_groups = models.ManyToManyField(TargetGroup, blank=True, related_name="directory_entries",
                                           verbose_name=_("for whom"))
    district = models.ForeignKey(District, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                 verbose_name=_("city district"))
    address = models.CharField(_("address"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_is_personal = models.BooleanField(
        _("the contact is a private person"), default=False,
        help_text=_("A volunteer's own phone or email: shown only with their recorded consent."))
    contact_consent_on = models.DateField(_("consent to publish the contact given on"), null=True, blank=True)
    is_published = models.BooleanField(_("published"), default=True)
    is_demo = models.BooleanField(_("demo entry"), default=False, editable=False)
    last_checked_on = models.DateField(_("last checked"), default=timezone.localdate)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = DirectoryEntryQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("directory entry")
        verbose_name_plural = _("directory entries")
        indexes = [
            models.Index(fields=["kind", "last_checked_on"], name="directory_kind_checked_idx"),
            # The public list in German reads its first page straight from this index (no sort).
            models.Index(fields=["name_de", "id"], condition=Q(is_published=True), name="directory_public_name_idx"),
            GinIndex(fields=["levels"], name="directory_levels_gin"),
            GinIndex(fields=["schedules"], name="directory_schedules_gin"),
            GinIndex(fields=["languages"], name="directory_languages_gin"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(contact_is_personal=False) | Q(contact_consent_on__isnull=False)
                | (Q(phone="") & Q(email="")),
                name="directory_personal_contact_needs_consent",
                violation_error_message=_("A private person's contact needs the date of their consent."),
            ),
            models.CheckConstraint(
                condition=Q(kind="german_course") | (Q(levels=[]) & Q(is_integration_course=False)),
                name="directory_levels_only_for_courses",
                violation_error_message=_("Levels and integration courses belong to German courses."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def shows_contact(self) -> bool:
        return not self.contact_is_personal or self.contact_consent_on is not None

    def facts(self) -> list[str]:
        """The short facts a list shows for the entry, in the active language."""
        facts = [choice_labels(EntryKind)[self.kind]]
        if self.district is not None:
            facts.append(self.district.name)
        if self.levels:
            facts.append(gettext("Levels: %(levels)s") % {"levels": ", ".join(self.levels)})
        if self.is_integration_course:
            facts.append(gettext("integration course"))
        facts += self.schedule_labels()
        if self.childcare:
            facts.append(gettext("with childcare"))
        if self.counselling_type:
            facts.append(choice_labels(CounsellingType).get(self.counselling_type, self.counselling_type))
        if self.club_category:
            facts.append(choice_labels(ClubCategory).get(self.club_category, self.club_category))
        if self.women_only:
            facts.append(gettext("women only"))
        facts.append(gettext("free of charge") if self.is_free else gettext("costs money"))
        return facts

    def schedule_labels(self) -> list[str]:
        labels = choice_labels(Schedule)
        return [labels.get(value, value) for value in self.schedules]

    def language_labels(self) -> list[str]:
        labels = choice_labels(ConsultationLanguage)
        return [labels.get(value, value) for value in self.languages]

    @property
    def is_stale(self) -> bool:
        return self.last_checked_on < timezone.localdate() - timedelta(days=settings.PORTAL_DIRECTORY_CHECK_DAYS)
