from celery import shared_task
from django.conf import settings

from core.scheduling import ScheduledTask

from .events.services import registrations_erase


@shared_task(base=ScheduledTask, name="welcome.tasks.registrations_erase")
def erase_old_registrations() -> int:
    return registrations_erase(older_than_days=settings.PORTAL_CONTACT_RETENTION_DAYS)


@shared_task(base=ScheduledTask, name="welcome.tasks.holds_expire")
def expire_holds() -> int:
    from .booking.services import holds_expire

    return holds_expire()


@shared_task(base=ScheduledTask, name="welcome.tasks.reminders_send")
def send_reminders() -> int:
    from .booking.services import reminders_send

    return reminders_send(base_url=settings.PORTAL_BASE_URL)


@shared_task(base=ScheduledTask, name="welcome.tasks.appointment_contacts_erase")
def erase_appointment_contacts() -> int:
    from .booking.services import contacts_erase

    return contacts_erase(older_than_days=settings.PORTAL_CONTACT_RETENTION_DAYS)
