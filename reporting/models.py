"""Statistics tables: aggregates only, never personal data. Each statistic keeps a checkpoint (the
last month it completed), so an interrupted run resumes where it stopped (Zulip's FillState)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class StatisticState(models.Model):
    name = models.CharField(_("statistic"), max_length=60, unique=True)
    checkpoint = models.DateField(_("complete up to (month)"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("statistic state")
        verbose_name_plural = _("statistic states")

    def __str__(self) -> str:
        return f"{self.name} @ {self.checkpoint}"


class StatValue(models.Model):
    statistic = models.CharField(_("statistic"), max_length=60)
    month = models.DateField(_("month"))
    dimension = models.CharField(_("dimension"), max_length=30)
    key = models.CharField(_("key"), max_length=120)
    value = models.BigIntegerField(_("value"))

    class Meta:
        verbose_name = _("statistic value")
        verbose_name_plural = _("statistic values")
        constraints = [
            models.UniqueConstraint(fields=["statistic", "month", "dimension", "key"], name="statvalue_unique"),
        ]
        indexes = [models.Index(fields=["statistic", "dimension", "month"], name="statvalue_lookup_idx")]

    def __str__(self) -> str:
        return f"{self.statistic} {self.month:%Y-%m} {self.dimension}={self.key}: {self.value}"


class ReportJob(models.Model):
    """A report built by Celery; the browser polls its progress; the file expires."""

    class Kind(models.TextChoices):
        REFUGEE_REPORT = "refugee_report", _("refugee report (Flüchtlingsbericht)")
        WELCOME_EVALUATION = "welcome_evaluation", _("Welcome Center evaluation")

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        RUNNING = "running", _("being built")
        DONE = "done", _("ready")
        FAILED = "failed", _("failed")

    kind = models.CharField(_("report"), max_length=30, choices=Kind.choices)
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    language = models.CharField(_("language"), max_length=8, default="de")
    # The day on which FIM places are counted as occupied (the published report: 15 August 2017);
    # empty means the 15th of the period's last month.
    key_date = models.DateField(_("FIM key date"), null=True, blank=True)
    requested_by = models.ForeignKey("core.User", on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("requested by"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    # The worker's heartbeat: set when it claims the job and with every progress step. A job left
    # "running" by a worker that died is claimed again once this is older than PORTAL_JOB_STALE_SECONDS.
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    file = models.FileField(_("file"), upload_to="reports/", blank=True)
    expires_at = models.DateTimeField(_("available until"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.CheckConstraint(condition=models.Q(period_end__gte=models.F("period_start")),
                                   name="reportjob_period_order",
                                   violation_error_message=_("The period must end after it starts.")),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.period_start}–{self.period_end}"

    @property
    def fim_key_date(self) -> date:
        return self.key_date or default_key_date(self.period_start, self.period_end)


def default_key_date(start: date, end: date) -> date:
    """The 15th of the period's last month: the published reference day (reports cover whole months)."""
    return end.replace(day=15)


class CultureSportYear(models.Model):
    """A year's figures of culture and sport for refugees, as the culture and sports offices report
    them (the refugee report's chapter 4). Each figure may stay empty when it is not known."""

    FIGURES = ("sports_offers_open", "sports_mentors_trained", "sports_mentors_funded", "offers_funded",
               "clubs_funded", "refugees_reached", "swimming_courses_regular", "swimming_courses_total",
               "sport_funding_eur", "culture_fund_eur", "culture_workshop_participants")

    year = models.PositiveSmallIntegerField(_("year"), unique=True,
                                            validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    sports_offers_open = models.PositiveIntegerField(_("sports offers open to refugees"), null=True, blank=True)
    sports_mentors_trained = models.PositiveIntegerField(_("sports mentors trained"), null=True, blank=True)
    sports_mentors_funded = models.PositiveIntegerField(_("sports mentors whose training was funded"), null=True,
                                                        blank=True)
    offers_funded = models.PositiveIntegerField(_("sports offers funded"), null=True, blank=True)
    clubs_funded = models.PositiveIntegerField(_("clubs behind the funded offers"), null=True, blank=True)
    refugees_reached = models.PositiveIntegerField(_("refugees reached by the funded offers"), null=True, blank=True)
    swimming_courses_regular = models.PositiveIntegerField(_("regular swimming courses"), null=True, blank=True)
    swimming_courses_total = models.PositiveIntegerField(_("swimming courses held in all"), null=True, blank=True)
    sport_funding_eur = models.PositiveIntegerField(_("funding for sport (EUR)"), null=True, blank=True)
    culture_fund_eur = models.PositiveIntegerField(_("intercultural innovation fund (EUR)"), null=True, blank=True)
    culture_workshop_participants = models.PositiveIntegerField(_("participants in culture workshops"), null=True,
                                                                blank=True)
    updated_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                   verbose_name=_("changed by"))
    updated_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("culture and sport figures")
        verbose_name_plural = _("culture and sport figures")
        constraints = [
            models.CheckConstraint(condition=models.Q(year__gte=2000, year__lte=2100), name="culturesport_year_range",
                                   violation_error_message=_("A year between 2000 and 2100.")),
        ]

    def __str__(self) -> str:
        return str(self.year)

    @classmethod
    def figure_labels(cls) -> list[tuple[str, str]]:
        """(name, label) of each figure, in the active language."""
        fields = {f.name: f for f in cls._meta.fields}
        return [(name, capfirst(str(fields[name].verbose_name))) for name in cls.FIGURES]

    @property
    def values_in_order(self) -> list[int | None]:
        return [getattr(self, name) for name in self.FIGURES]


class Chapter(models.IntegerChoices):
    """The chapters of the published refugee report (Flüchtlingsbericht)."""

    SITUATION = 1, _("Current situation")
    TASK_FORCE = 2, _("Social integration: the Task Force's working groups")
    ENGAGEMENT = 3, _("Civic engagement")
    CULTURE_SPORT = 4, _("Integration in culture and sport")
    FIM = 5, _("Refugee integration measures (FIM)")
    PAKT = 6, _("Pakt für Integration")
    OUTLOOK = 7, _("Outlook and next steps")


class ChapterText(models.Model):
    """The city's own words beside the figures: a short text per chapter, report period and language
    (German first; other languages optional, the report falls back to German)."""

    period_start = models.DateField(_("from (month)"))
    period_end = models.DateField(_("to (month)"))
    chapter = models.PositiveSmallIntegerField(_("chapter"), choices=Chapter.choices)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    text = models.TextField(_("text"))
    updated_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                   verbose_name=_("changed by"))
    updated_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        ordering = ["period_start", "period_end", "chapter", "language"]
        verbose_name = _("chapter text")
        verbose_name_plural = _("chapter texts")
        constraints = [
            models.UniqueConstraint(fields=["period_start", "period_end", "chapter", "language"],
                                    name="chaptertext_one_per_period_chapter_language",
                                    violation_error_message=_("This chapter has a text for this period and language.")),
            models.CheckConstraint(condition=models.Q(period_start__day=1, period_end__day=1),
                                   name="chaptertext_months",
                                   violation_error_message=_("A period is given by its first and last month.")),
        ]

    def __str__(self) -> str:
        return f"{self.period_start:%Y-%m}–{self.period_end:%Y-%m} {self.chapter} {self.language}"
