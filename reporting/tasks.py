from celery import shared_task

from .statistics import refresh


@shared_task(name="reporting.tasks.statistics_refresh", soft_time_limit=1800, time_limit=1900)
def statistics_refresh(full: bool = False) -> dict[str, int]:
    return refresh(full=full)
