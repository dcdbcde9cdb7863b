from celery import shared_task
from django.conf import settings

from core.scheduling import ScheduledTask

from . import services
from .services import tandem_contacts_erase


@shared_task(base=ScheduledTask, name="volunteers.tasks.tandem_contacts_erase")
def erase_tandem_contacts() -> int:
    return tandem_contacts_erase(older_than_days=settings.PORTAL_CONTACT_RETENTION_DAYS)


@shared_task(base=ScheduledTask, name="volunteers.tasks.tandem_requests_erase")
def tandem_requests_erase() -> dict[str, int]:
    """Contacts of closed requests past retention, and open requests past their maximum age (every 6 hours)."""
    return services.tandem_requests_erase()
