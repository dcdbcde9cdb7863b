"""Accommodations and their monthly occupancy (the "Stuttgart way": decentral, in all districts)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import District, Organisation


class Accommodation(models.Model):
    class Kind(models.TextChoices):
        SYSTEM_BUILT = "system_built", _("new system-built")
        RENTED = "rented", _("rented")
        CITY_OWNED = "city_owned", _("city-owned")

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        OPEN = "open", _("open")
        CLOSED = "closed", _("closed")

    name = models.CharField(_("name"), max_length=160, unique=True)
    address = models.CharField(_("address"), max_length=200)
    district = models.ForeignKey(District, on_delete=models.PROTECT, related_name="accommodations",
                                 verbose_name=_("city district"))
    operator = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="accommodations",
                                 verbose_name=_("operator"))
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    # The validators give the form its field error; the check constraint keeps the rule in the database.
    capacity = models.PositiveSmallIntegerField(_("places"), validators=[MinValueValidator(1), MaxValueValidator(250)])
    opened_on = models.DateField(_("opened"), null=True, blank=True)
    closed_on = models.DateField(_("closed"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)

    class Meta:
        ordering = ["name"]
        verbose_name = _("accommodation")
        verbose_name_plural = _("accommodations")
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__gte=1, capacity__lte=250), name="accommodation_capacity_1_250",
                violation_error_message=_("An accommodation has between 1 and 250 places."),
            ),
            models.CheckConstraint(
                condition=Q(closed_on__isnull=True) | Q(opened_on__isnull=True) | Q(closed_on__gte=F("opened_on")),
                name="accommodation_closes_after_opening",
                violation_error_message=_("An accommodation cannot close before it opens."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Occupancy(models.Model):
    """People living in one accommodation in one month (Belegung). Above capacity is accepted,
    and flagged: the figure must be able to say what really happened."""

    accommodation = models.ForeignKey(Accommodation, on_delete=models.CASCADE, related_name="occupancies",
                                      verbose_name=_("accommodation"))
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    residents = models.PositiveIntegerField(_("residents"))
    adults = models.PositiveIntegerField(_("adults"), null=True, blank=True)
    minors = models.PositiveIntegerField(_("minors"), null=True, blank=True)
    households = models.PositiveIntegerField(_("households"), null=True, blank=True)
    arrivals = models.PositiveIntegerField(_("arrivals"), null=True, blank=True)
    departures = models.PositiveIntegerField(_("departures"), null=True, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("changed by"))
    updated_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        ordering = ["-month", "accommodation__name"]
        verbose_name = _("occupancy")
        verbose_name_plural = _("occupancy")
        constraints = [
            models.UniqueConstraint(
                fields=["accommodation", "month"], name="occupancy_one_per_month",
                violation_error_message=_("There is already a figure for this accommodation and month."),
            ),
            models.CheckConstraint(
                condition=Q(month__day=1), name="occupancy_month_first_day",
                violation_error_message=_("The month is given by its first day."),
            ),
            models.CheckConstraint(
                condition=Q(adults__isnull=True) | Q(minors__isnull=True) | Q(residents=F("adults") + F("minors")),
                name="occupancy_adults_plus_minors",
                violation_error_message=_("Adults and minors must add up to the residents."),
            ),
        ]
        indexes = [models.Index(fields=["month"], name="occupancy_month_idx")]

    def __str__(self) -> str:
        return f"{self.accommodation} {self.month:%Y-%m}"

    @property
    def over_capacity(self) -> bool:
        return self.residents > self.accommodation.capacity


def occupancy_problems(*, residents: int | None, adults: int | None, minors: int | None,
                       households: int | None = None, arrivals: int | None = None,
                       departures: int | None = None) -> list[tuple[str, Any]]:
    """The rules of one month's figures, for the month form and the import alike (the database
    keeps the first one as a check constraint)."""
    problems: list[tuple[str, Any]] = []
    if residents is not None and adults is not None and minors is not None and adults + minors != residents:
        problems.append(("minors", _("Adults and minors must add up to the residents.")))
    if residents is not None and households is not None and households > residents:
        problems.append(("households", _("There cannot be more households than residents.")))
    return problems


class GoalField(models.TextChoices):
    LANGUAGE = "language", _("language")
    WORK = "work", _("work and training")
    EDUCATION = "education", _("education")
    HOUSING = "housing", _("housing")
    HEALTH = "health", _("health")
    SOCIAL = "social", _("social integration")
    OTHER = "other", _("other")


class IntegrationPlan(models.Model):
    """A refugee taking part in integration management, with the least data the work needs.

    Adults only (children are carried in a parent's plan as a count); the database refuses a plan
    for someone under 18 when it starts. Only the managing organisation reads a plan."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="integration_plans",
                                     verbose_name=_("organisation"))
    manager = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="integration_plans",
                                verbose_name=_("integration manager"))
    reference = models.CharField(_("reference"), max_length=40, blank=True,
                                 help_text=_("A pseudonymous reference, never a name."))
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    country_of_origin = models.CharField(_("country of origin"), max_length=2, blank=True)
    languages = models.CharField(_("languages"), max_length=120, blank=True)
    accommodation = models.ForeignKey(Accommodation, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="+", verbose_name=_("accommodation"),
                                      help_text=_("Empty: private housing."))
    children = models.PositiveSmallIntegerField(_("children in the household"), default=0)
    started_on = models.DateField(_("started"), default=timezone.localdate)
    consent_purpose = models.CharField(_("purpose of the consent"), max_length=300, blank=True)
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    consent_withdrawn_on = models.DateField(_("consent withdrawn on"), null=True, blank=True)
    closed_on = models.DateField(_("closed"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-started_on", "-id"]
        verbose_name = _("integration plan")
        verbose_name_plural = _("integration plans")
        constraints = [
            models.CheckConstraint(
                condition=Q(birth_year__isnull=True) | Q(started_on__year__gte=F("birth_year") + 18),
                name="integrationplan_adults_only",
                violation_error_message=_("Only adults (18+) hold a plan; children are carried in a parent's plan."),
            ),
            models.UniqueConstraint(
                fields=["organisation", "reference"], condition=~Q(reference=""),
                name="integrationplan_reference_unique",
                violation_error_message=_("This reference is already in use in your organisation."),
            ),
        ]

    def __str__(self) -> str:
        return self.reference or f"#{self.pk}"


class Goal(models.Model):
    """A goal agreement (Zielvereinbarung) in one field."""

    class Status(models.TextChoices):
        AGREED = "agreed", _("agreed")
        IN_PROGRESS = "in_progress", _("in progress")
        REACHED = "reached", _("reached")
        DROPPED = "dropped", _("dropped")

    plan = models.ForeignKey(IntegrationPlan, on_delete=models.CASCADE, related_name="goals",
                             verbose_name=_("integration plan"))
    field = models.CharField(_("field"), max_length=20, choices=GoalField.choices)
    description = models.CharField(_("goal"), max_length=300)
    target_date = models.DateField(_("target date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.AGREED)
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        ordering = ["field", "id"]
        verbose_name = _("goal agreement")
        verbose_name_plural = _("goal agreements")

    def __str__(self) -> str:
        return f"{self.get_field_display()}: {self.get_status_display()}"


class ProgressNote(models.Model):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="notes", verbose_name=_("goal agreement"))
    written_on = models.DateField(_("date"), default=timezone.localdate)
    text = models.CharField(_("progress note"), max_length=1000)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["-written_on", "-id"]
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")

    def __str__(self) -> str:
        return f"{self.written_on}"


SIX_MONTH_RULE_FROM = date(2017, 6, 8)


class SixMonthsAfter(models.Func):
    """starts_on + 6 calendar months, as PostgreSQL reckons it (31 Jan -> 31 Jul)."""

    template = "((%(expressions)s + interval '6 months')::date)"
    output_field = models.DateField()


class FimGrant(models.Model):
    """Places of refugee integration measures (FIM) granted for a year."""

    class Kind(models.TextChoices):
        INTERNAL = "internal", _("internal (inside an accommodation)")
        EXTERNAL = "external", _("external")

    class Provider(models.TextChoices):
        ACCOMMODATION = "accommodation", _("accommodation operator")
        CITY = "city", _("city")
        STATE = "state", _("state")
        NON_PROFIT = "non_profit", _("non-profit provider")

    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    provider = models.CharField(_("provider"), max_length=20, choices=Provider.choices)
    title = models.CharField(_("measure"), max_length=200)
    accommodation = models.ForeignKey(Accommodation, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="fim_grants", verbose_name=_("accommodation"))
    places = models.PositiveIntegerField(_("places granted"))

    class Meta:
        ordering = ["-year", "kind", "title"]
        verbose_name = _("FIM places granted")
        verbose_name_plural = _("FIM places granted")
        constraints = [
            models.CheckConstraint(condition=Q(places__gte=1), name="fimgrant_places_positive",
                                   violation_error_message=_("At least one place.")),
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.title}"


class FimPlacement(models.Model):
    """One participant in one measure; contracts run at most six months (kept by the database)."""

    grant = models.ForeignKey(FimGrant, on_delete=models.CASCADE, related_name="placements", verbose_name=_("measure"))
    plan = models.ForeignKey(IntegrationPlan, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="fim_placements", verbose_name=_("integration plan"))
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("FIM placement")
        verbose_name_plural = _("FIM placements")
        constraints = [
            # The decision of 8 June 2017: contracts concluded from that day on run at most six
            # months; earlier ones may run longer.
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on"))
                & (Q(starts_on__lt=SIX_MONTH_RULE_FROM) | Q(ends_on__lte=SixMonthsAfter("starts_on"))),
                name="fimplacement_at_most_six_months",
                violation_error_message=_("A placement ends after it starts, and one that begins on or after "
                                          "8 June 2017 runs at most six months."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.grant} {self.starts_on}–{self.ends_on}"


class Movement(models.Model):
    """People who came into or left the city's accommodations in one month, by stage of
    accommodation and, for those who left, by why (the report's chapter 1: "Im Spitzenmonat
    November 2015 kamen 1.116 Flüchtlinge nach Stuttgart"). City-wide figures, never a person."""

    class Stage(models.TextChoices):
        PRELIMINARY = "preliminary", _("preliminary accommodation")
        FOLLOW_UP = "follow_up", _("follow-up accommodation")

    class Direction(models.TextChoices):
        ARRIVAL = "arrival", _("arrivals")
        DEPARTURE = "departure", _("departures")

    class Reason(models.TextChoices):
        PRIVATE_HOUSING = "private_housing", _("moved into private housing")
        WITHIN_CITY = "within_city", _("moved within the city")
        LEFT_CITY = "left_city", _("left the city")
        OTHER = "other", _("other reason")

    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    stage = models.CharField(_("stage of accommodation"), max_length=12, choices=Stage.choices)
    direction = models.CharField(_("arrivals or departures"), max_length=10, choices=Direction.choices)
    reason = models.CharField(_("reason for leaving"), max_length=20, choices=Reason.choices, blank=True)
    people = models.PositiveIntegerField(_("people"))
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("changed by"))
    updated_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        ordering = ["-month", "direction", "stage", "reason"]
        verbose_name = _("arrivals and departures")
        verbose_name_plural = _("arrivals and departures")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "stage", "direction", "reason"], name="movement_one_figure_per_month",
                violation_error_message=_("There is already a figure for this month, stage and reason."),
            ),
            models.CheckConstraint(
                condition=Q(month__day=1), name="movement_month_first_day",
                violation_error_message=_("The month is given by its first day."),
            ),
            models.CheckConstraint(
                condition=Q(direction="arrival", reason="") | (Q(direction="departure") & ~Q(reason="")),
                name="movement_reason_for_departures_only",
                violation_error_message=_("Departures name a reason for leaving; arrivals do not."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.direction} {self.stage} {self.reason}".strip()


class Quota(models.Model):
    """The city's share of the refugees assigned to the state (Königsteiner Schlüssel: 6.47 %)."""

    valid_from = models.DateField(_("valid from"), unique=True)
    percent = models.DecimalField(_("share (%)"), max_digits=5, decimal_places=2)
    basis = models.CharField(_("basis"), max_length=120, default="Königsteiner Schlüssel")

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("quota")
        verbose_name_plural = _("quotas")
        constraints = [
            models.CheckConstraint(
                condition=Q(percent__gt=0, percent__lte=100), name="quota_percent_range",
                violation_error_message=_("A share is more than 0 and at most 100."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.percent} % ({self.valid_from})"


class IntegrationStaffing(models.Model):
    """An organisation's integration management in one year (the Pakt für Integration, module 1):
    posts, the people who fill them, and the people reached, children included (chapter 6)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="integration_staffing",
                                     verbose_name=_("organisation"))
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    posts = models.DecimalField(_("posts (full-time equivalents)"), max_digits=6, decimal_places=2)
    managers = models.PositiveIntegerField(_("integration managers (people)"))
    people_reached = models.PositiveIntegerField(_("people reached, children included"))
    children_reached = models.PositiveIntegerField(_("of them children"))
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("changed by"))
    updated_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        ordering = ["-year", "organisation__name"]
        verbose_name = _("integration management staffing")
        verbose_name_plural = _("integration management staffing")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="staffing_one_per_year",
                                    violation_error_message=_("This organisation has figures for this year.")),
            models.CheckConstraint(condition=Q(children_reached__lte=F("people_reached")),
                                   name="staffing_children_within_people",
                                   violation_error_message=_("The children are part of the people reached.")),
            models.CheckConstraint(condition=Q(posts__gte=0), name="staffing_posts_not_negative",
                                   violation_error_message=_("Posts cannot be negative.")),
            models.CheckConstraint(condition=Q(year__gte=2000, year__lte=2100), name="staffing_year_range",
                                   violation_error_message=_("A year between 2000 and 2100.")),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year}"
