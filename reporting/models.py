"""Statistics tables: aggregates only, never personal data. Each statistic keeps a checkpoint (the
last month it completed), so an interrupted run resumes where it stopped (Zulip's FillState)."""

from __future__ import annotations

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
