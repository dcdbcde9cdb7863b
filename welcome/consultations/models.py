from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, OuterRef, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.languages import ConsultationLanguage
from core.models import Organisation

from ..models.catalogues import Channel, ReferralTarget, TargetGroup, Topic

client_code_validator = RegexValidator(
    r"^[A-Za-z0-9-]{3,32}$",
    _("Use 3 to 32 letters, digits or hyphens; never a name or a date of birth."),
)


class ConsultationQuerySet(models.QuerySet["Consultation"]):
    def with_relations(self) -> ConsultationQuerySet:
        return self.select_related("counsellor", "organisation", "target_group")

    def for_list(self) -> ConsultationQuerySet:
        """One query per page: the columns a list shows, topic and target-group names in the
        current language as annotations (a prefetch built 13-column Topic objects per row)."""
        lang = translation.get_language() or settings.LANGUAGE_CODE
        fallback = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

        def label(prefix: str) -> Coalesce:
            return Coalesce(
                NullIf(F(f"{prefix}name_{lang}"), Value("")), F(f"{prefix}name_{fallback}"),
                output_field=models.CharField(),
            )

        # A plain QuerySet: modeltranslation's manager adds its own columns to values().
        topics: models.QuerySet[Topic, dict[str, Any]] = models.QuerySet(Topic).filter(consultations=OuterRef("pk")).order_by("sort_order").values(
            label=label("")
        )
        return (
            self.select_related("counsellor", "organisation")
            .only(
                "id", "held_at", "channel", "language", "target_group_id",
                "counsellor__first_name", "counsellor__last_name", "counsellor__email",
                "organisation__name", "organisation__short_name",
            )
            .annotate(topic_names=ArraySubquery(topics), target_group_label=label("target_group__"))
        )

    def keyset_before(self, held_at: Any, pk: int) -> ConsultationQuerySet:
        # A row-value comparison seeks the (held_at, id) index; the equivalent
        # Q(held_at__lt=…) | Q(held_at=…, id__lt=…) cannot, and costs ~600 ms 900,000 rows deep.
        return self.filter(
            models.expressions.RawSQL(  # noqa: S611 - constant SQL, values bound as parameters
                f'("{Consultation._meta.db_table}"."held_at", "{Consultation._meta.db_table}"."id") < (%s, %s)',
                (held_at, pk),
                output_field=models.BooleanField(),
            )
        )


class Consultation(models.Model):
    """One consultation (Beratungsgespräch). No names or contact data, by design."""

    held_at = models.DateTimeField(_("date and time"), default=timezone.now)
    # No single-column indexes on these two: the composite indexes below lead with them and
    # serve the same lookups; every extra index costs each of a million inserts.
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="consultations",
        verbose_name=_("counsellor"), db_index=False,
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="consultations", verbose_name=_("organisation"),
        db_index=False,
    )
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices, default=Channel.IN_PERSON)
    language = models.CharField(_("language used"), max_length=8, choices=ConsultationLanguage.choices)
    topics = models.ManyToManyField(Topic, related_name="consultations", verbose_name=_("topics"))
    target_group = models.ForeignKey(
        TargetGroup, on_delete=models.PROTECT, related_name="consultations", verbose_name=_("target group")
    )
    country_of_origin = CountryField(_("country of origin"), blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), default=30, validators=[MinValueValidator(1), MaxValueValidator(480)]
    )
    referrals = models.ManyToManyField(
        ReferralTarget, blank=True, related_name="consultations", verbose_name=_("referrals")
    )
    # Offers of the directory the newcomer was pointed to (counted per entry and kind, no personal data).
    directory_referrals = models.ManyToManyField(
        "welcome.DirectoryEntry", blank=True, related_name="consultations",
        verbose_name=_("offers recommended"),
    )
    outcome_note = models.CharField(
        _("short outcome note"), max_length=500, blank=True,
        help_text=_("What was agreed. No names, addresses or other personal details."),
    )
    client_code = models.CharField(
        _("client code"), max_length=32, blank=True, validators=[client_code_validator],
        help_text=_("Optional pseudonymous code to count repeat contacts."),
    )
    appointment = models.OneToOneField(
        "welcome.Appointment", on_delete=models.SET_NULL, null=True, blank=True, related_name="consultation",
        verbose_name=_("from appointment"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    objects = ConsultationQuerySet.as_manager()

    class Meta:
        ordering = ["-held_at", "-id"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        indexes = [
            models.Index(fields=["-held_at", "-id"], name="consultation_keyset_idx"),
            models.Index(fields=["organisation", "-held_at", "-id"], name="consultation_org_keyset_idx"),
            models.Index(fields=["counsellor", "-held_at"], name="consultation_counsellor_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gte=1, duration_minutes__lte=480),
                name="consultation_duration_range",
                violation_error_message=_("The duration must be between 1 and 480 minutes."),
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"
