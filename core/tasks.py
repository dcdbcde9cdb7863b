from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone
from django_celery_results.models import TaskResult

from .audit import audit_purge
from .scheduling import ScheduledTask


@shared_task(base=ScheduledTask, name="core.tasks.results_cleanup")
def results_cleanup() -> int:
    """Task results older than the retention period; audit entries past theirs."""
    from .models import ScheduledRun

    cutoff = timezone.now() - timedelta(days=settings.PORTAL_RESULTS_RETENTION_DAYS)
    deleted, _ = TaskResult.objects.filter(date_done__lt=cutoff).delete()
    ScheduledRun.objects.filter(claimed_at__lt=timezone.now() - timedelta(days=30)).delete()
    return deleted + audit_purge()


@shared_task(name="core.tasks.ping")
def ping(marker: str) -> str:
    """Round trip through broker and worker; the result lands in the database."""
    return f"pong:{marker}"


@shared_task(name="core.tasks.outbox_deliver", soft_time_limit=60, time_limit=90)
def outbox_deliver(pk: int) -> bool:
    """One outbox entry: a mail sent or a job started, once (core/outbox.py)."""
    from .outbox import deliver

    return deliver(pk)


@shared_task(base=ScheduledTask, name="core.tasks.outbox_sweep")
def outbox_sweep() -> dict[str, int]:
    """Every minute: what the broker missed, and jobs whose worker died."""
    from .outbox import sweep

    return sweep()


@shared_task(base=ScheduledTask, name="core.tasks.import_previews_purge")
def import_previews_purge() -> int:
    """Previews nobody confirmed: gone a day after the upload."""
    from .models import ImportPreview

    deleted, _ = ImportPreview.objects.filter(created_at__lt=timezone.now() - timedelta(days=1)).delete()
    return deleted


@shared_task(name="core.tasks.export_build", soft_time_limit=3000, time_limit=3300)
def export_build(job_id: int) -> bool:
    from .exports import export_run

    return export_run(job_id=job_id)


@shared_task(base=ScheduledTask, name="core.tasks.exports_expire")
def exports_expire() -> int:
    from .exports import exports_expire as expire

    return expire()
