"""The public booking flow, phone first, in the visitor's language; forms work without JavaScript."""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from core.access import StaffRequest, has_role, role_required
from core.forms import formset_changes, model_values
from core.models import Role
from core.ratelimits import (
    Limit,
    email_or_ip,
    limit_public_posts,
    limits_exceeded,
    public_form_rate,
    public_form_rate_per_email,
)

from ..info.selectors import appointment_details, booking_alternatives, booking_preview
from ..models import Appointment, Channel, ConsultationLanguage
from . import altcha
from .access import appointments_for_user, get_appointment_for_user, own_offer_for_user
from .forms import (
    BookingChoiceForm,
    BookingContactForm,
    CounsellorOfferForm,
    ExceptionFormSet,
    StaffCancelForm,
    WaitingListForm,
    WeeklyHoursFormSet,
)
from .services import (
    HoldExpired,
    SlotTaken,
    TooManyOpen,
    appointment_cancel,
    appointment_cancel_by_staff,
    appointment_confirm,
    appointment_hold,
    appointment_move,
    offer_save,
    waiting_list_join,
)
from .slots import BERLIN, cached_first_free_times

DAYS_SHOWN = 7


def book_start(request: HttpRequest) -> HttpResponse:
    initial = {"language": translation.get_language()}
    form = BookingChoiceForm(request.GET or None, initial=initial)
    if form.is_bound and form.is_valid():
        return redirect(reverse("welcome:book_slots") + "?" + _choice_query(form.cleaned_data))
    return render(request, "welcome/booking/book_start.html", {"form": form})


def _choice_query(data: dict[str, Any], **extra: Any) -> str:
    return urlencode({"topic": data["topic"].pk, "language": data["language"], "channel": data["channel"], **extra})


def _slot_days(data: dict[str, Any], week: int) -> OrderedDict[Any, list[Any]]:
    today = timezone.localdate()
    start = today + timedelta(days=week * DAYS_SHOWN)
    slots = cached_first_free_times(topic=data["topic"], language=data["language"], channel=data["channel"],
                                    start=start, days=DAYS_SHOWN)
    days: OrderedDict[Any, list[Any]] = OrderedDict()
    for slot in slots:
        days.setdefault(slot.local_start.date(), []).append(slot)
    return days


def book_slots(request: HttpRequest) -> HttpResponse:
    data = _choices_from(request.GET)
    try:
        week = max(0, min(int(request.GET.get("week", 0)), settings.PORTAL_BOOKING_DAYS_AHEAD // DAYS_SHOWN - 1))
    except ValueError:
        week = 0
    return _render_slots(request, data, week)


def _render_slots(request: HttpRequest, data: dict[str, Any], week: int, *, taken: bool = False) -> HttpResponse:
    move = request.GET.get("move", "")
    base = _choice_query(data, **({"move": move} if move else {}))
    last_week = settings.PORTAL_BOOKING_DAYS_AHEAD // DAYS_SHOWN - 1
    # Nobody offers this topic in this language and channel: say so at once, with the ways out,
    # instead of letting the newcomer page through empty weeks.
    alternatives = booking_alternatives(topic=data["topic"], language=data["language"], channel=data["channel"])
    days = _slot_days(data, week) if alternatives.offered else OrderedDict()
    return render(
        request, "welcome/booking/book_slots.html",
        {"data": data, "days": days, "base_query": base, "week": week, "taken": taken,
         "labels": _labels(data), "alternatives": alternatives,
         "waitlist_form": WaitingListForm(), "choice_query": _choice_query(data),
         "prev_query": _choice_query(data, week=week - 1) if week > 0 and alternatives.offered else "",
         "next_query": _choice_query(data, week=week + 1) if week < last_week and alternatives.offered else ""},
        status=409 if taken else 200,
    )


def _labels(data: dict[str, Any]) -> dict[str, str]:
    return {"language": str(ConsultationLanguage(data["language"]).label),
            "channel": str(Channel(data["channel"]).label)}


def booking_rate_ip(group: str, request: HttpRequest) -> str:
    return settings.PORTAL_BOOKING_RATE_PER_IP


def booking_rate_email(group: str, request: HttpRequest) -> str:
    return settings.PORTAL_BOOKING_RATE_PER_EMAIL


def booking_rate_nojs(group: str, request: HttpRequest) -> str:
    return settings.PORTAL_BOOKING_RATE_NOJS


def _too_many(request: HttpRequest) -> HttpResponse:
    return render(request, "core/too_many.html", status=429)


BOOKING_PER_IP = Limit("booking", "ip", booking_rate_ip)
BOOKING_PER_EMAIL = Limit("booking-email", email_or_ip, booking_rate_email)
BOOKING_NOJS = Limit("booking-nojs", "ip", booking_rate_nojs)


@require_http_methods(["GET", "POST"])
def book_contact(request: HttpRequest) -> HttpResponse:
    # The choices and the slot travel in the query string, on the GET and on the form's POST alike.
    params = request.GET
    data = _choices_from(params)
    starts_at = parse_datetime(params.get("t", ""))
    counsellor = params.get("c", "")
    if starts_at is None or not counsellor.isdigit():
        raise Http404
    move = params.get("move", "")
    if move:
        if request.method == "POST" and limits_exceeded(request, BOOKING_PER_IP):
            return _too_many(request)
        return _move(request, data, move, int(counsellor), starts_at)
    form = BookingContactForm(request.POST or None, channel=data["channel"])
    if request.method == "POST" and form.is_valid():
        payload = request.POST.get("altcha", "")
        # Every limit at once (one round trip), counted on complete forms: a visitor correcting a typo
        # has not tried again. Without JavaScript there is no proof of work: a stricter limit as well.
        if limits_exceeded(request, BOOKING_PER_IP, BOOKING_PER_EMAIL, *([] if payload else [BOOKING_NOJS])):
            return _too_many(request)
        if payload and not altcha.verify(payload):
            form.add_error(None, _("The automatic check did not work. Please send the form again."))
            return _contact_page(request, form, data, starts_at)
        try:
            appointment_hold(
                topic=data["topic"], language=data["language"], channel=data["channel"],
                counsellor_id=int(counsellor), starts_at=starts_at, name=form.cleaned_data["name"],
                email=form.cleaned_data["email"], phone=form.cleaned_data["phone"],
                ui_language=translation.get_language() or "de", base_url=request.build_absolute_uri("/"),
            )
        except SlotTaken:
            return _render_slots(request, data, _week_of(starts_at), taken=True)
        except TooManyOpen:
            pass  # the same page as a success: whether an address is known stays private
        return redirect("welcome:book_check_email")
    return _contact_page(request, form, data, starts_at)


def _contact_page(request: HttpRequest, form: BookingContactForm, data: dict[str, Any], starts_at: Any) -> HttpResponse:
    lang = translation.get_language() or "de"
    counsellor = request.GET.get("c", "")
    preview = booking_preview(topic=data["topic"], channel=data["channel"],
                              counsellor_id=int(counsellor) if counsellor.isdigit() else None)
    return render(request, "welcome/booking/book_contact.html",
                  {"form": form, "data": data, "labels": _labels(data), "when": starts_at.astimezone(BERLIN),
                   "preview": preview, "altcha_language": {"es": "es-es"}.get(lang, lang)})


def _week_of(starts_at: Any) -> int:
    return max(0, (starts_at.astimezone(BERLIN).date() - timezone.localdate()).days // DAYS_SHOWN)


def _move(request: HttpRequest, data: dict[str, Any], token: str, counsellor: int, starts_at: Any) -> HttpResponse:
    current = get_object_or_404(Appointment, token=token, status=Appointment.Status.CONFIRMED)
    if request.method == "POST":
        try:
            new = appointment_move(token=token, counsellor_id=counsellor, starts_at=starts_at,
                                   base_url=request.build_absolute_uri("/"))
        except SlotTaken:
            return _render_slots(request, data, _week_of(starts_at), taken=True)
        messages.success(request, _("Your appointment has been moved. We have sent you an email."))
        return redirect("welcome:appointment_manage", token=new.token)
    return render(request, "welcome/booking/book_move.html",
                  {"data": data, "labels": _labels(data), "when": starts_at.astimezone(BERLIN),
                   "current": timezone.localtime(current.starts_at)})


@require_http_methods(["POST"])
def book_waitlist(request: HttpRequest) -> HttpResponse:
    limits = [BOOKING_PER_IP, Limit("waitlist", "ip", public_form_rate)]
    if (request.POST.get("email") or "").strip():
        limits.append(Limit("waitlist-email", email_or_ip, public_form_rate_per_email))
    if limits_exceeded(request, *limits):
        return _too_many(request)
    data = _choices_from(request.GET)
    form = WaitingListForm(request.POST)
    if not form.is_valid():
        return render(request, "welcome/booking/book_waitlist.html", {"form": form, "data": data}, status=400)
    waiting_list_join(topic=data["topic"], language=data["language"], channel=data["channel"],
                      email=form.cleaned_data["email"], ui_language=translation.get_language() or "de")
    return render(request, "welcome/booking/book_waitlist_done.html")


def _choices_from(params: Any) -> dict[str, Any]:
    form = BookingChoiceForm(params)
    if not form.is_valid():
        raise Http404
    return form.cleaned_data


def book_check_email(request: HttpRequest) -> HttpResponse:
    return render(request, "welcome/booking/book_check_email.html",
                  {"hold_minutes": settings.PORTAL_BOOKING_HOLD_MINUTES})


@require_http_methods(["GET", "POST"])
@limit_public_posts("appointment-manage")
def appointment_manage(request: HttpRequest, token: str) -> HttpResponse:
    # GET only shows the appointment: mail scanners open links; only the POST from this page acts.
    appointment = get_object_or_404(Appointment.objects.select_related("topic", "place"), token=token,
                                    contact_erased_at=None)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "cancel_ask" and appointment.status in Appointment.BLOCKING:
            # Cancelling cannot be undone: ask once more (a page, so it works without JavaScript).
            return render(request, "welcome/booking/appointment_cancel.html",
                          {"appointment": appointment, "when": timezone.localtime(appointment.starts_at)})
        if action == "confirm":
            try:
                appointment = appointment_confirm(token=token, base_url=request.build_absolute_uri("/"))
            except HoldExpired:
                messages.error(request, _("Sorry, this reservation has expired. Please choose a new time."))
            else:
                messages.success(request, _("Your appointment is confirmed. We have sent you an email."))
        elif action == "cancel":
            appointment_cancel(token=token, base_url=request.build_absolute_uri("/"))
            messages.success(request, _("Your appointment is cancelled."))
        return redirect("welcome:appointment_manage", token=token)
    move_query = urlencode({"topic": appointment.topic_id, "language": appointment.language,
                            "channel": appointment.channel, "move": appointment.token})
    return render(request, "welcome/booking/appointment_manage.html",
                  {"appointment": appointment, "when": timezone.localtime(appointment.starts_at),
                   "move_query": move_query, "details": appointment_details(appointment)})


@never_cache
def altcha_challenge(request: HttpRequest) -> JsonResponse:
    """A fresh puzzle for the booking form's proof of work (fetched by the widget, never cached)."""
    return JsonResponse(altcha.challenge_payload())


# Staff side: day and week views, cancelling with a message, one's own availability.

VISIBLE = [Appointment.Status.HELD, Appointment.Status.CONFIRMED, Appointment.Status.ATTENDED,
           Appointment.Status.NO_SHOW]


@role_required(Role.COUNSELLOR, Role.ADMIN)
def staff_appointments(request: StaffRequest) -> HttpResponse:
    day = parse_date(request.GET.get("date", "")) or timezone.localdate()
    week = request.GET.get("view") == "week"
    mine = request.GET.get("scope", "me") == "me" and has_role(request.user, Role.COUNSELLOR)
    start = day - timedelta(days=day.weekday()) if week else day
    end = start + timedelta(days=7 if week else 1)
    qs = appointments_for_user(request.user).filter(
        status__in=VISIBLE,
        starts_at__gte=datetime.combine(start, time.min, tzinfo=BERLIN),
        starts_at__lt=datetime.combine(end, time.min, tzinfo=BERLIN),
    ).order_by("starts_at")
    if mine:
        qs = qs.filter(counsellor_id=request.user.pk)
    days: dict = {}
    for appointment in qs:
        days.setdefault(timezone.localtime(appointment.starts_at).date(), []).append(appointment)
    step = timedelta(days=7 if week else 1)
    return render(request, "welcome/booking/staff_appointments.html", {
        "days": days, "day": day, "week": week, "mine": mine,
        "prev": (start - step).isoformat(), "next": (start + step).isoformat(),
        "cancel_form": StaffCancelForm(),
    })


@role_required(Role.COUNSELLOR, Role.ADMIN)
@require_POST
def staff_appointment_cancel(request: StaffRequest, pk: int) -> HttpResponse:
    appointment = get_appointment_for_user(request.user, pk)
    form = StaffCancelForm(request.POST)
    if form.is_valid():
        appointment_cancel_by_staff(actor=request.user, appointment=appointment,
                                    message=form.cleaned_data["message"], base_url=request.build_absolute_uri("/"))
        messages.success(request, _("The appointment was cancelled and the newcomer informed."))
    return redirect("welcome:staff_appointments")


@role_required(Role.COUNSELLOR)
def staff_availability(request: StaffRequest) -> HttpResponse:
    offer = own_offer_for_user(request.user)
    form = CounsellorOfferForm(request.POST or None, instance=offer)
    hours = WeeklyHoursFormSet(request.POST or None, instance=offer, prefix="hours")
    exceptions = ExceptionFormSet(request.POST or None, instance=offer, prefix="exceptions")
    if request.method == "POST" and form.is_valid() and hours.is_valid() and exceptions.is_valid():
        offer_save(actor=request.user, organisation=offer.organisation, data=model_values(form),
                   hours=formset_changes(hours), exceptions=formset_changes(exceptions))
        messages.success(request, _("Your availability was saved."))
        return redirect("welcome:staff_availability")
    return render(request, "welcome/booking/staff_availability.html", {"form": form, "hours": hours, "exceptions": exceptions})
