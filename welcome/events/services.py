"""Group-event registration: capacity kept under parallel sign-ups, the waiting list moves up.

Every change of an event's registrations happens while that event's row is locked
(SELECT … FOR UPDATE), so two sign-ups for the last place are decided one after the other.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from core.audit import audit_log
from core.mail import send_templated_after_commit
from core.models import AuditAction, User
from core.services import instance_fill, instance_set_many

from ..models import GroupEvent, Registration

# The control test turns this off to show that the race is real without it.
LOCK_EVENT_ROW = True


class RegistrationClosed(Exception):
    pass


class AlreadyRegistered(Exception):
    pass


def _locked_event(event_id: int) -> GroupEvent:
    qs = GroupEvent.objects.all()
    if LOCK_EVENT_ROW:
        qs = qs.select_for_update()
    return qs.get(pk=event_id)


def _mail(registration: Registration, template: str, base_url: str) -> None:
    link = base_url.rstrip("/") + reverse("welcome:registration_manage", kwargs={"token": registration.token})
    send_templated_after_commit(
        template=f"welcome/events/email/{template}", to=[registration.email], language=registration.language,
        context={"registration": registration, "event": registration.event, "link": link},
    )


def registration_create(*, event_id: int, name: str, email: str, language: str, base_url: str) -> Registration:
    with transaction.atomic():
        event = _locked_event(event_id)
        if not event.is_published or event.starts_at <= timezone.now():
            raise RegistrationClosed
        taken = event.registrations.filter(status=Registration.Status.CONFIRMED).count()
        status = Registration.Status.CONFIRMED if taken < event.capacity else Registration.Status.WAITING
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event, name=name, email=email.lower(), language=language, status=status
                )
        except IntegrityError:
            raise AlreadyRegistered from None
        _mail(registration, "registration_confirmed" if status == "confirmed" else "registration_waiting", base_url)
    return registration


def registration_cancel(*, token: str, base_url: str) -> Registration:
    with transaction.atomic():
        registration = Registration.objects.select_related("event").get(token=token)
        event = _locked_event(registration.event_id)
        if registration.status == Registration.Status.CANCELLED:
            return registration
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if was_confirmed and event.starts_at > timezone.now():
            waiting_list_move_up(event=event, base_url=base_url)
    return registration


def waiting_list_move_up(*, event: GroupEvent, base_url: str) -> Registration | None:
    """Give a freed place to the first in line. Call with the event row locked."""
    taken = event.registrations.filter(status=Registration.Status.CONFIRMED).count()
    if taken >= event.capacity:
        return None
    first = event.registrations.filter(status=Registration.Status.WAITING).order_by("created_at", "id").first()
    if first is None:
        return None
    first.status = Registration.Status.CONFIRMED
    first.save(update_fields=["status"])
    _mail(first, "registration_moved_up", base_url)
    return first


def group_event_save(*, actor: User, event: GroupEvent | None, data: dict[str, Any]) -> GroupEvent:
    """Create (``event`` None) or change a group event with the values GroupEventForm checked."""
    created = event is None
    event = event or GroupEvent()
    many = instance_fill(event, data)
    with transaction.atomic():
        event.save()
        instance_set_many(event, many)
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=event)
    return event


def attendance_record(*, actor: User, event: GroupEvent, attended_ids: set[int]) -> int:
    with transaction.atomic():
        regs = event.registrations.filter(status=Registration.Status.CONFIRMED)
        regs.update(attended=False)
        count = regs.filter(pk__in=attended_ids).update(attended=True)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=event, detail={"attendance": count})
    return count


def registrations_erase(*, older_than_days: int) -> int:
    """Erase names and emails of registrations for events that ended long enough ago; counts stay."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    return Registration.objects.filter(event__ends_at__lt=cutoff, erased_at=None).update(
        name="", email="", erased_at=timezone.now()
    )
