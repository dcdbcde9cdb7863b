"""The outbox: mails and jobs survive a broker that is down.

A change that causes a mail or a job writes an :class:`~core.models.Outbox` row in its own
transaction. After the commit the row's id is handed to the broker (``outbox_deliver``); if the
broker is down, the request goes on all the same and the row waits. Beat's ``outbox_sweep`` (every
minute) hands on every row nobody has done yet, and takes again jobs whose worker died
(``jobs_reclaim``). A worker claims a row before doing it, so a row handed on twice is done once;
a mail whose SMTP server failed is released and tried again by the next sweep, up to
PORTAL_OUTBOX_MAX_ATTEMPTS times. Done rows are deleted after a day: mails hold personal data.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

logger = logging.getLogger("portal.outbox")


def enqueue_mail(payload: dict[str, Any]) -> Any:
    from .models import Outbox

    return _enqueue(Outbox(kind=Outbox.Kind.MAIL, payload=payload))


def enqueue_task(task: str, *args: Any) -> Any:
    """Run the Celery task ``task`` with ``args`` (JSON) once this transaction commits."""
    from .models import Outbox

    return _enqueue(Outbox(kind=Outbox.Kind.TASK, task=task, payload={"args": list(args)}))


def _enqueue(row: Any) -> Any:
    row.save()
    transaction.on_commit(lambda: dispatch([row.pk]))
    return row


def dispatch(ids: Iterable[int]) -> int:
    """Hand rows to the broker; stop at the first refusal (the sweep hands them on later)."""
    # By name, not by import: the tasks module imports this one (tasks call services, never the reverse).
    outbox_deliver = registered_task("core.tasks.outbox_deliver")
    handed = 0
    for pk in ids:
        try:
            outbox_deliver.apply_async((pk,), retry=False)
        except Exception as exc:  # noqa: BLE001 - any broker failure: the row waits for the sweep
            logger.warning("outbox: broker refused entry %s (%s); the sweep will hand it on", pk,
                           type(exc).__name__)
            break
        handed += 1
    return handed


def _claimable(now: Any) -> Q:
    stale = now - timedelta(seconds=settings.PORTAL_OUTBOX_CLAIM_SECONDS)
    return Q(sent_at=None, failed_at=None) & (Q(claimed_at=None) | Q(claimed_at__lt=stale))


def registered_task(name: str) -> Any:
    """The task by its name. A web process has not imported every app's tasks module (only a worker
    imports them all at start), so the module is imported when the task is not registered yet."""
    from celery import current_app as app

    if name not in app.tasks:
        importlib.import_module(name.rpartition(".")[0])
    return app.tasks[name]


def deliver(pk: int) -> bool:
    """Do one row, once: claim it, send the mail or start the job, mark it done."""
    from django.core.mail import EmailMultiAlternatives

    from .models import Outbox

    now = timezone.now()
    if not Outbox.objects.filter(_claimable(now), pk=pk).update(claimed_at=now, attempts=F("attempts") + 1):
        return False  # done already, or another worker has it
    row = Outbox.objects.get(pk=pk)
    try:
        if row.kind == Outbox.Kind.MAIL:
            mail = row.payload
            message = EmailMultiAlternatives(mail["subject"], mail["body"], mail["from_email"], mail["to"])
            for name, content, mimetype in mail.get("attachments", []):
                message.attach(name, content, mimetype)
            message.send()
        else:
            registered_task(row.task).apply_async(args=row.payload.get("args", []), retry=False)
    except Exception as exc:
        given_up = row.attempts >= settings.PORTAL_OUTBOX_MAX_ATTEMPTS
        Outbox.objects.filter(pk=pk).update(claimed_at=None, last_error=f"{type(exc).__name__}: {exc}"[:500],
                                            failed_at=timezone.now() if given_up else None)
        logger.warning("outbox: entry %s failed (attempt %s%s): %s", pk, row.attempts,
                       ", given up" if given_up else "", exc)
        return False
    Outbox.objects.filter(pk=pk).update(sent_at=timezone.now(), last_error="")
    return True


def sweep() -> dict[str, int]:
    """Hand on what is waiting (older than a few seconds: the commit's own hand-over comes first),
    take again jobs whose worker died, delete what is done."""
    from .models import Outbox

    now = timezone.now()
    waiting = list(Outbox.objects.filter(_claimable(now), created_at__lt=now - timedelta(seconds=5))
                   .order_by("created_at").values_list("pk", flat=True)[:500])
    handed = dispatch(waiting)
    reclaimed = jobs_reclaim()
    purged, _ = Outbox.objects.filter(
        Q(sent_at__lt=now - timedelta(days=1)) | Q(failed_at__lt=now - timedelta(days=7))).delete()
    return {"waiting": len(waiting), "handed": handed, "reclaimed": reclaimed, "purged": purged}


# Job models whose rows a worker builds (model label -> task taking the row's pk), each with
# status, claimed_at and created_at. Apps add theirs in ready(): the shared app imports no other app.
RECLAIMABLE_JOBS: dict[str, str] = {"core.ExportJob": "core.tasks.export_build"}


def job_reclaimable(*, model_label: str, task_name: str) -> None:
    """Let the sweep take again a job of this model whose worker died."""
    RECLAIMABLE_JOBS[model_label] = task_name


def jobs_reclaim() -> int:
    """Report and export jobs left running by a worker that died (heartbeat too old), or pending
    and never started: handed to the broker again; the job's own claim lets only one build it."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.PORTAL_JOB_STALE_SECONDS)
    unstarted = now - timedelta(seconds=60)
    count = 0
    for label, task in RECLAIMABLE_JOBS.items():
        jobs = apps.get_model(label).objects.filter(
            Q(status="running", claimed_at__lt=stale) | Q(status="pending", created_at__lt=unstarted))
        for pk in jobs.values_list("pk", flat=True)[:50]:
            try:
                registered_task(task).apply_async((pk,), retry=False)
            except Exception:  # noqa: BLE001 - broker down: the next sweep tries again
                break
            count += 1
    return count


def backlog() -> dict[str, Any]:
    """For the health check: how many rows wait and for how long."""
    from .models import Outbox

    open_rows = Outbox.objects.filter(sent_at=None, failed_at=None)
    oldest = open_rows.order_by("created_at").values_list("created_at", flat=True).first()
    return {"waiting": open_rows.count(),
            "oldest_seconds": int((timezone.now() - oldest).total_seconds()) if oldest else 0,
            "failed": Outbox.objects.exclude(failed_at=None).count()}
