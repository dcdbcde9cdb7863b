"""Report jobs: requested in the browser or on the command line, built by Celery."""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta

from django.core.files import File
from django.db import transaction
from django.utils import timezone

from core.audit import audit_log
from core.models import AuditAction, User

from .models import ChapterText, CultureSportYear, ReportJob
from .report import BUILDERS
from .statistics import refresh

EXPIRY = timedelta(days=7)


FILENAMES = {ReportJob.Kind.REFUGEE_REPORT: "fluechtlingsbericht", ReportJob.Kind.WELCOME_EVALUATION: "welcome-center"}


def report_request(*, actor: User, kind: str = ReportJob.Kind.REFUGEE_REPORT, start: date, end: date,
                   lang: str, key_date: date | None = None) -> ReportJob:
    from core.outbox import enqueue_task

    with transaction.atomic():
        job = ReportJob.objects.create(kind=kind, period_start=start, period_end=end, key_date=key_date,
                                       language=lang, requested_by=actor)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=job)
        enqueue_task("reporting.tasks.report_build", job.pk)
    return job


def report_run(*, job_id: int) -> bool:
    """Claim the job and build it; a second worker finds nothing to claim. A job left running by a
    worker that died (its heartbeat older than PORTAL_JOB_STALE_SECONDS) is claimed again."""
    from django.conf import settings
    from django.db.models import F, Q

    now = timezone.now()
    stale = now - timedelta(seconds=settings.PORTAL_JOB_STALE_SECONDS)
    claimable = Q(status=ReportJob.Status.PENDING) | Q(status=ReportJob.Status.RUNNING, claimed_at__lt=stale)
    if not ReportJob.objects.filter(claimable, pk=job_id).update(
            status=ReportJob.Status.RUNNING, progress=1, claimed_at=now, attempts=F("attempts") + 1):
        return False
    job = ReportJob.objects.get(pk=job_id)

    def progress(pct: int) -> None:
        ReportJob.objects.filter(pk=job_id).update(progress=pct, claimed_at=timezone.now())  # heartbeat
        if settings.PORTAL_REPORT_STEP_DELAY:
            time.sleep(settings.PORTAL_REPORT_STEP_DELAY)  # fault tests only: time to kill the worker mid-way

    try:
        # The report reads the statistics tables: bring them up to date first (new months only).
        refresh()
        progress(10)
        with tempfile.TemporaryFile() as tmp:
            BUILDERS[job.kind](tmp, start=job.period_start, end=job.period_end, lang=job.language,
                               key_date=job.fim_key_date, progress=lambda pct: progress(10 + pct * 9 // 10))
            tmp.seek(0)
            name = f"{FILENAMES[ReportJob.Kind(job.kind)]}-{job.period_start:%Y%m}-{job.period_end:%Y%m}.xlsx"
            job.file.save(name, File(tmp), save=False)
    except Exception:
        ReportJob.objects.filter(pk=job_id).update(status=ReportJob.Status.FAILED)
        raise
    job.status = ReportJob.Status.DONE
    job.progress = 100
    job.expires_at = timezone.now() + EXPIRY
    job.save(update_fields=["file", "status", "progress", "expires_at"])
    return True


def reports_expire() -> int:
    count = 0
    for job in ReportJob.objects.filter(expires_at__lt=timezone.now()).exclude(file=""):
        job.file.delete(save=False)
        ReportJob.objects.filter(pk=job.pk).update(file="")
        count += 1
    return count


def culture_sport_record(*, actor: User, year: int, figures: dict[str, int | None]) -> CultureSportYear:
    """Record a year's culture and sport figures; a second entry for the same year replaces them."""
    with transaction.atomic():
        record, created = CultureSportYear.objects.update_or_create(
            year=year, defaults={**figures, "updated_by": actor, "updated_at": timezone.now()})
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=record)
    return record


def chapter_texts_save(*, actor: User, first: date, last: date, language: str, texts: dict[int, str]) -> None:
    """The texts of one period and language: a new text is added, a changed one replaced, an
    emptied one removed; each change audited, all in one transaction."""
    first, last = first.replace(day=1), last.replace(day=1)
    with transaction.atomic():
        existing = {t.chapter: t for t in ChapterText.objects.select_for_update().filter(
            period_start=first, period_end=last, language=language)}
        for chapter, text in texts.items():
            row = existing.get(chapter)
            if not text:
                if row is not None:
                    audit_log(actor=actor, action=AuditAction.DELETE, obj=row)
                    row.delete()
                continue
            if row is None:
                row = ChapterText.objects.create(period_start=first, period_end=last, chapter=chapter,
                                                 language=language, text=text, updated_by=actor)
                audit_log(actor=actor, action=AuditAction.CREATE, obj=row)
            elif row.text != text:
                row.text, row.updated_by, row.updated_at = text, actor, timezone.now()
                row.save(update_fields=["text", "updated_by", "updated_at"])
                audit_log(actor=actor, action=AuditAction.UPDATE, obj=row)
