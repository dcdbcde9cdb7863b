from celery import shared_task
from django.conf import settings

from .services import tandem_contacts_erase, tandem_requests_erase


@shared_task(name="volunteers.tasks.tandem_contacts_erase")
def erase_tandem_contacts() -> int:
    return tandem_contacts_erase(older_than_days=settings.PORTAL_CONTACT_RETENTION_DAYS)


@shared_task(name="volunteers.tasks.tandem_requests_erase")
def erase_tandem_requests() -> dict[str, int]:
    return tandem_requests_erase()
