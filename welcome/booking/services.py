"""Booking services: hold a slot, confirm by email (double opt-in), cancel, remind, expire, erase.

Overlaps are refused by the database (exclusion constraint appointment_no_overlap); a lost race
surfaces here as SlotTaken, which the flow turns into "just taken, here are the next free times".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar, Event

from core.audit import audit_log
from core.mail import send_templated_after_commit
from core.models import AuditAction, Organisation, User
from core.outbox import enqueue_task
from core.services import RowChange, instance_fill, instance_set_many, rows_apply

from ..info.selectors import appointment_details, default_place
from ..models import Appointment, Channel, CounsellorOffer, Topic, WaitingListEntry
from .models import APPOINTMENT_NO_OVERLAP
from .slots import counsellor_slot, free_slots, slots_changed


class SlotTaken(Exception):
    pass


def slot_conflict(exc: IntegrityError) -> bool:
    """The database refused an overlapping appointment: the exclusion constraint named by psycopg's
    diagnostics (Django raises its IntegrityError from psycopg's), not a search of the message."""
    diag = getattr(exc.__cause__, "diag", None)
    return getattr(diag, "constraint_name", None) == APPOINTMENT_NO_OVERLAP


class HoldExpired(Exception):
    pass


class TooManyOpen(Exception):
    """The address already has the allowed number of open appointments (the visitor is not told)."""


def _ics(appointment: Appointment) -> bytes:
    """A calendar entry without ORGANIZER and without the newcomer's details: where (in person), how
    to join (online), what to bring, in the newcomer's language."""
    details = appointment_details(appointment)
    cal = Calendar()
    cal.add("prodid", "-//Welcome Center Portal//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    event = Event()
    # A stable id that reveals nothing: not the manage token, not the newcomer.
    event.add("uid", f"appointment-{appointment.pk}-{appointment.created_at:%Y%m%d%H%M%S}@welcome-portal")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", appointment.starts_at)
    event.add("dtend", appointment.ends_at)
    with translation.override(appointment.ui_language):
        event.add("summary", str(translation.gettext("Welcome Center consultation")))
        lines = [f"{appointment.topic.name} · {appointment.get_channel_display()} · "
                 f"{appointment.get_language_display()}"]
        if details.place is not None:
            event.add("location", details.place_line)
        if details.instructions:
            lines += ["", details.instructions.text]
        if details.join_url:
            lines += ["", translation.gettext("Link to join: %(url)s") % {"url": details.join_url}]
        if details.what_to_bring:
            lines += ["", translation.gettext("Please bring:"), details.what_to_bring.text]
        event.add("description", "\n".join(lines))
    cal.add_component(event)
    return cal.to_ical()


def _send(appointment: Appointment, template: str, base_url: str, *, with_ics: bool = False) -> None:
    """Queue the mail with the change: an outbox row naming the appointment, rendered by a worker
    (the booking request neither renders templates nor builds the calendar file)."""
    enqueue_task("welcome.tasks.appointment_mail", appointment.pk, template, base_url, with_ics)


def appointment_mail_send(*, appointment_id: int, template: str, base_url: str, with_ics: bool) -> bool:
    """Render one appointment mail in the newcomer's language and queue it for sending (the worker's
    side of ``_send``). Nothing goes out for an appointment gone or whose address was erased meanwhile."""
    appointment = Appointment.objects.select_related("topic", "place").filter(pk=appointment_id).first()
    if appointment is None or not appointment.email:
        return False
    with transaction.atomic():
        _render_and_queue(appointment, template, base_url, with_ics=with_ics)
    return True


def _render_and_queue(appointment: Appointment, template: str, base_url: str, *, with_ics: bool) -> None:
    link = base_url.rstrip("/") + reverse("welcome:appointment_manage", kwargs={"token": appointment.token})
    # The topic goes in as the object: its name is read while the mail renders, in the newcomer's language.
    context = {"appointment": appointment, "link": link, "when": timezone.localtime(appointment.starts_at),
               "topic": appointment.topic, "details": appointment_details(appointment),
               "hold_minutes": settings.PORTAL_BOOKING_HOLD_MINUTES,
               "offer_hours": settings.PORTAL_WAITLIST_OFFER_HOURS}
    attachments = [("appointment.ics", _ics(appointment).decode(), "text/calendar")] if with_ics else []
    send_templated_after_commit(template=f"welcome/booking/email/{template}", context=context, to=[appointment.email],
                                language=appointment.ui_language, attachments=attachments)


def _send_plain(email: str, ui_language: str, template: str, base_url: str) -> None:
    context = {"link": base_url.rstrip("/") + reverse("welcome:book_start"),
               "limit": settings.PORTAL_BOOKING_MAX_OPEN_PER_EMAIL}
    send_templated_after_commit(template=f"welcome/booking/email/{template}", context=context, to=[email],
                                language=ui_language)


def _where(offer: CounsellorOffer | None, channel: str) -> dict[str, Any]:
    """The place (in person) or the link to join (online) the appointment carries from its offer."""
    if channel == Channel.IN_PERSON:
        if offer and offer.place_id:
            return {"place_id": offer.place_id}
        return {"place": default_place()}
    if channel == Channel.ONLINE:
        return {"online_url": offer.online_url if offer else ""}
    return {}


def appointment_hold(
    *, topic: Topic, language: str, channel: str, counsellor_id: int, starts_at: datetime,
    name: str, email: str, phone: str, ui_language: str, base_url: str,
) -> Appointment:
    found = counsellor_slot(topic=topic, language=language, channel=channel, counsellor_id=counsellor_id,
                            starts_at=starts_at, email=email.lower())
    if found is None:
        raise SlotTaken
    match, offer, open_count = found
    if open_count >= settings.PORTAL_BOOKING_MAX_OPEN_PER_EMAIL:
        _send_plain(email.lower(), ui_language, "appointment_limit", base_url)
        raise TooManyOpen
    try:
        with transaction.atomic():
            appointment = Appointment.objects.create(
                counsellor_id=counsellor_id, organisation_id=match.organisation_id, topic=topic, language=language,
                channel=channel, starts_at=match.starts_at, ends_at=match.ends_at, status=Appointment.Status.HELD,
                hold_expires_at=timezone.now() + timedelta(minutes=settings.PORTAL_BOOKING_HOLD_MINUTES),
                name=name, email=email.lower(), phone=phone, ui_language=ui_language,
                **_where(offer, channel),
            )
            _send(appointment, "appointment_confirm", base_url)
    except IntegrityError as exc:
        if slot_conflict(exc):
            raise SlotTaken from None
        raise
    return appointment


def appointment_confirm(*, token: str, base_url: str) -> Appointment:
    with transaction.atomic():
        # Claim the hold with a conditional UPDATE: a double click or a second tab confirms once.
        claimed = Appointment.objects.filter(
            token=token, status=Appointment.Status.HELD, hold_expires_at__gt=timezone.now()
        ).update(status=Appointment.Status.CONFIRMED, hold_expires_at=None)
        appointment = Appointment.objects.select_related("topic").get(token=token)
        if claimed:
            WaitingListEntry.objects.filter(offered=appointment).update(status=WaitingListEntry.Status.BOOKED)
            _send(appointment, "appointment_confirmed", base_url, with_ics=True)
        elif appointment.status == Appointment.Status.HELD:
            raise HoldExpired
    return appointment


def appointment_cancel(*, token: str, base_url: str = "") -> Appointment:
    with transaction.atomic():
        freed = Appointment.objects.filter(token=token, status__in=Appointment.BLOCKING).update(
            status=Appointment.Status.CANCELLED, hold_expires_at=None
        )
        appointment = Appointment.objects.select_related("topic").get(token=token)
        WaitingListEntry.objects.filter(offered=appointment, status=WaitingListEntry.Status.OFFERED).update(
            status=WaitingListEntry.Status.LEFT
        )
        if freed:
            transaction.on_commit(slots_changed)
            waiting_list_offer(freed=appointment, base_url=base_url or settings.PORTAL_BASE_URL)
        return appointment


def holds_expire(*, now: datetime | None = None, base_url: str = "") -> int:
    """Unconfirmed holds past their time free their slot; a lapsed waiting-list offer goes to the next."""
    now = now or timezone.now()
    count = 0
    expired_ids = list(
        Appointment.objects.filter(status=Appointment.Status.HELD, hold_expires_at__lte=now).values_list("pk", flat=True)
    )
    for pk in expired_ids:
        with transaction.atomic():
            if not Appointment.objects.filter(pk=pk, status=Appointment.Status.HELD).update(
                status=Appointment.Status.EXPIRED
            ):
                continue  # confirmed or expired meanwhile by another run
            count += 1
            transaction.on_commit(slots_changed)
            appointment = Appointment.objects.select_related("topic").get(pk=pk)
            lapsed = WaitingListEntry.objects.filter(
                offered=appointment, status=WaitingListEntry.Status.OFFERED
            ).update(status=WaitingListEntry.Status.LAPSED)
            if lapsed:
                waiting_list_offer(freed=appointment, base_url=base_url or settings.PORTAL_BASE_URL, now=now)
    return count


def waiting_list_join(*, topic: Topic, language: str, channel: str, email: str, ui_language: str) -> None:
    """Join the list. Someone already waiting is not told so: the page is the same for everyone."""
    email = email.lower()
    with transaction.atomic():
        exists = WaitingListEntry.objects.filter(
            topic=topic, language=language, channel=channel, email=email,
            status__in=[WaitingListEntry.Status.WAITING, WaitingListEntry.Status.OFFERED],
        ).exists()
        if not exists:
            WaitingListEntry.objects.create(topic=topic, language=language, channel=channel, email=email,
                                            ui_language=ui_language)


def waiting_list_offer(*, freed: Appointment, base_url: str, now: datetime | None = None) -> Appointment | None:
    """Offer the freed time to the first in line whose wishes it fits, held for a limited time."""
    now = now or timezone.now()
    offers = list(
        CounsellorOffer.objects.filter(counsellor_id=freed.counsellor_id, is_active=True)
        .select_related("place").prefetch_related("hours", "exceptions", "topics")
    )
    day = timezone.localtime(freed.starts_at).date()
    queue = WaitingListEntry.objects.select_for_update(skip_locked=True).filter(
        status=WaitingListEntry.Status.WAITING
    ).select_related("topic").order_by("created_at", "id")[:100]
    for entry in queue:
        fitting = [o for o in offers if entry.topic in o.topics.all() and entry.language in o.languages
                   and entry.channel in o.channels]
        if not fitting:
            continue
        slot = next(
            (s for s in free_slots(topic=entry.topic, language=entry.language, channel=entry.channel, start=day,
                                   days=1, now=now, offers=fitting)
             if s.starts_at == freed.starts_at),
            None,
        )
        if slot is None:
            continue
        try:
            with transaction.atomic():
                appointment = Appointment.objects.create(
                    counsellor_id=slot.counsellor_id, organisation_id=slot.organisation_id, topic=entry.topic,
                    language=entry.language, channel=entry.channel, starts_at=slot.starts_at,
                    ends_at=slot.ends_at, status=Appointment.Status.HELD, email=entry.email,
                    ui_language=entry.ui_language,
                    **_where(next(o for o in fitting if o.organisation_id == slot.organisation_id), entry.channel),
                    hold_expires_at=min(now + timedelta(hours=settings.PORTAL_WAITLIST_OFFER_HOURS),
                                        slot.starts_at - timedelta(hours=1)),
                )
        except IntegrityError:
            return None  # somebody booked the time in between: nothing left to offer
        entry.status = WaitingListEntry.Status.OFFERED
        entry.offered = appointment
        entry.save(update_fields=["status", "offered"])
        _send(appointment, "waiting_list_offer", base_url)
        return appointment
    return None


def reminders_send(*, base_url: str, now: datetime | None = None) -> int:
    """A reminder a day before, sent once: each appointment is claimed by a conditional UPDATE."""
    now = now or timezone.now()
    due = Appointment.objects.filter(
        status=Appointment.Status.CONFIRMED, reminder_sent_at=None,
        starts_at__gt=now, starts_at__lte=now + timedelta(hours=24),
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            if Appointment.objects.filter(pk=pk, reminder_sent_at=None).update(reminder_sent_at=now):
                _send(Appointment.objects.select_related("topic").get(pk=pk), "appointment_reminder", base_url)
                sent += 1
    return sent


def contacts_erase(*, older_than_days: int, now: datetime | None = None) -> int:
    """Name, email and phone go a set number of days after the appointment; the record stays."""
    cutoff = (now or timezone.now()) - timedelta(days=older_than_days)
    return Appointment.objects.filter(ends_at__lt=cutoff, contact_erased_at=None).update(
        name="", email="", phone="", contact_erased_at=now or timezone.now()
    )



def appointment_mark(*, actor: User, appointment: Appointment, status: str) -> Appointment:
    """A counsellor marks a confirmed appointment as held or as a no-show."""
    if status not in (Appointment.Status.ATTENDED, Appointment.Status.NO_SHOW):
        raise ValueError(status)
    with transaction.atomic():
        Appointment.objects.filter(pk=appointment.pk, status=Appointment.Status.CONFIRMED).update(status=status)
        appointment.refresh_from_db(fields=["status"])
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=appointment, detail={"status": appointment.status})
    return appointment


def appointment_move(*, token: str, counsellor_id: int, starts_at: datetime, base_url: str) -> Appointment:
    """Move a confirmed appointment: the new time is confirmed at once (the address is verified),
    the old one cancelled, in one transaction; the exclusion constraint still guards the new time."""
    with transaction.atomic():
        old = Appointment.objects.select_for_update().select_related("topic").get(
            token=token, status=Appointment.Status.CONFIRMED
        )
        found = counsellor_slot(topic=old.topic, language=old.language, channel=old.channel,
                                counsellor_id=counsellor_id, starts_at=starts_at)
        if found is None:
            raise SlotTaken
        match, offer, _open = found
        old.status = Appointment.Status.CANCELLED
        old.save(update_fields=["status"])  # save(): the slot cache hears of it
        try:
            with transaction.atomic():
                new = Appointment.objects.create(
                    counsellor_id=counsellor_id, organisation_id=match.organisation_id, topic=old.topic,
                    language=old.language, channel=old.channel, starts_at=match.starts_at, ends_at=match.ends_at,
                    status=Appointment.Status.CONFIRMED, name=old.name, email=old.email, phone=old.phone,
                    ui_language=old.ui_language,
                    **_where(offer, old.channel),
                )
        except IntegrityError as exc:
            if slot_conflict(exc):
                raise SlotTaken from None
            raise
        _send(new, "appointment_confirmed", base_url, with_ics=True)
        waiting_list_offer(freed=old, base_url=base_url)
    return new


def appointment_cancel_by_staff(*, actor: User, appointment: Appointment, message: str, base_url: str) -> Appointment:
    """Cancel for the centre, with a message to the newcomer in their language; the time goes to the waiting list."""
    with transaction.atomic():
        freed = Appointment.objects.filter(pk=appointment.pk, status__in=Appointment.BLOCKING).update(
            status=Appointment.Status.CANCELLED, hold_expires_at=None
        )
        appointment.refresh_from_db()
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=appointment, detail={"status": "cancelled"})
        if freed and appointment.email:
            context = {"appointment": appointment, "when": timezone.localtime(appointment.starts_at),
                       "topic": appointment.topic, "message": message,
                       "link": base_url.rstrip("/") + reverse("welcome:book_start")}
            send_templated_after_commit(template="welcome/booking/email/appointment_cancelled", context=context,
                                        to=[appointment.email], language=appointment.ui_language)
        if freed:
            transaction.on_commit(slots_changed)
            waiting_list_offer(freed=appointment, base_url=base_url)
    return appointment


def offer_save(*, actor: User, organisation: Organisation, data: dict[str, Any], hours: list[RowChange],
               exceptions: list[RowChange]) -> CounsellorOffer:
    """The counsellor's own offer in ``organisation`` with the values CounsellorOfferForm checked, and
    the changed rows of its weekly hours and exceptions. The first save creates the offer."""
    with transaction.atomic():
        # get_or_create: two first saves at once (a double click) make one offer, not an IntegrityError.
        offer, created = CounsellorOffer.objects.select_for_update().get_or_create(
            counsellor=actor, organisation=organisation,
            defaults={"languages": data["languages"], "channels": data["channels"]})
        many = instance_fill(offer, data)
        offer.save()
        instance_set_many(offer, many)
        rows_apply(offer.hours, hours)
        rows_apply(offer.exceptions, exceptions)
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=offer)
    return offer
