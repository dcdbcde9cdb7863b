"""Statistics tables: aggregates only, never personal data. Each statistic keeps a checkpoint (the
last month it completed), so an interrupted run resumes where it stopped (Zulip's FillState)."""

from __future__ import annotations

from datetime import date

from django.db import models
from django.utils import timezone
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
