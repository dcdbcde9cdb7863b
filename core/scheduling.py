"""Scheduled jobs run once per slot, however many beats send them.

Celery beat has no lock of its own: with two beats (two machines configured alike) every job is
sent twice. Each scheduled task gets ``beat_period`` (seconds) in its kwargs from the schedule in
config/settings.py; before running it claims the job under a transaction-scoped advisory lock:
if the job ran less than 90 % of its period ago, this send is the other beat's and is dropped.
Tasks that claim their own rows (reminders, holds) were safe already; this keeps the rest
(statistics, erasure, purges) from doing the work twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from celery import Task
from django.db import connection, transaction
from django.utils import timezone


def claim_slot(*, task: str, period_seconds: int, now: datetime | None = None) -> bool:
    from .models import ScheduledRun

    now = now or timezone.now()
    with transaction.atomic(), connection.cursor() as cursor:
        # Two beats' sends of one job meet here one after the other, never side by side.
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"scheduled:{task}"])
        recent = ScheduledRun.objects.filter(
            task=task, claimed_at__gt=now - timedelta(seconds=period_seconds * 0.9)).exists()
        if recent:
            return False
        ScheduledRun.objects.create(task=task, slot=now, claimed_at=now)
    return True


class ScheduledTask(Task):
    """Base of every task beat sends (``@shared_task(base=ScheduledTask)``)."""

    # beat_period is taken off before the function runs: Celery must not check it against the
    # function's signature when the task is sent.
    typing = False

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        period = kwargs.pop("beat_period", None)
        if period is not None:
            key = self.name + "".join(f":{k}={v}" for k, v in sorted(kwargs.items()))
            if not claim_slot(task=key, period_seconds=int(period)):
                return {"skipped": "already run in this slot"}
        return super().__call__(*args, **kwargs)
