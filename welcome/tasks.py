from celery import shared_task
from django.conf import settings
from django.db import OperationalError

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


# A database hiccup is retried (a few times, backing off); anything else is a bug and fails loudly.
@shared_task(name="welcome.tasks.appointment_mail", autoretry_for=(OperationalError,), max_retries=5,
             retry_backoff=True, soft_time_limit=60, time_limit=90)
def appointment_mail(appointment_id: int, template: str, base_url: str, with_ics: bool = False) -> bool:
    from .booking.services import appointment_mail_send

    return appointment_mail_send(appointment_id=appointment_id, template=template, base_url=base_url,
                                 with_ics=with_ics)


@shared_task(base=ScheduledTask, name="welcome.tasks.appointment_contacts_erase")
def erase_appointment_contacts() -> int:
    from .booking.services import contacts_erase

    return contacts_erase(older_than_days=settings.PORTAL_CONTACT_RETENTION_DAYS)
