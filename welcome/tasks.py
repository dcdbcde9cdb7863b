from celery import shared_task
from django.conf import settings

from .events import registrations_erase


@shared_task(name="welcome.tasks.registrations_erase")
def erase_old_registrations() -> int:
    return registrations_erase(older_than_days=settings.PORTAL_CONTACT_RETENTION_DAYS)
