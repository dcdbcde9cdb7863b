import smtplib
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
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


@shared_task(
    name="core.tasks.deliver_email",
    autoretry_for=(OSError, smtplib.SMTPException),
    retry_backoff=30,
    max_retries=6,
    soft_time_limit=60,
    time_limit=90,
)
def deliver_email(payload: dict) -> int:
    message = EmailMultiAlternatives(payload["subject"], payload["body"], payload["from_email"], payload["to"])
    for name, content, mimetype in payload.get("attachments", []):
        message.attach(name, content, mimetype)
    return message.send()


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
