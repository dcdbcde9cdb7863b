from celery import shared_task
from django.conf import settings

from core.scheduling import ScheduledTask

from .services import plans_anonymise_closed


@shared_task(base=ScheduledTask, name="refugees.tasks.plans_anonymise")
def anonymise_closed_plans() -> int:
    return plans_anonymise_closed(older_than_days=settings.PORTAL_PLAN_RETENTION_DAYS)
