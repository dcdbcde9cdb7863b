from celery import shared_task

from core.scheduling import ScheduledTask

from .statistics import refresh


@shared_task(base=ScheduledTask, name="reporting.tasks.statistics_refresh", soft_time_limit=1800, time_limit=1900)
def statistics_refresh(full: bool = False) -> dict[str, int]:
    return refresh(full=full)


@shared_task(name="reporting.tasks.report_build", soft_time_limit=1800, time_limit=1900)
def report_build(job_id: int) -> bool:
    from .services import report_run

    return report_run(job_id=job_id)


@shared_task(base=ScheduledTask, name="reporting.tasks.reports_expire")
def expire_reports() -> int:
    from .services import reports_expire

    return reports_expire()
