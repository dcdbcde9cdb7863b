"""The public booking flow, phone first, in the visitor's language; forms work without JavaScript."""

from __future__ import annotations

from collections import OrderedDict
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .appointments import HoldExpired, SlotTaken, appointment_cancel, appointment_confirm, appointment_hold
from .forms import BookingChoiceForm, BookingContactForm
from .models import Appointment
from .slots import BERLIN, first_free_per_time, free_slots

DAYS_SHOWN = 7


def book_start(request: HttpRequest) -> HttpResponse:
    initial = {"language": translation.get_language()}
    form = BookingChoiceForm(request.GET or None, initial=initial)
    if form.is_bound and form.is_valid():
        return redirect(reverse("welcome:book_slots") + "?" + _choice_query(form.cleaned_data))
    return render(request, "welcome/public/book_start.html", {"form": form})


def _choice_query(data: dict[str, Any], **extra: Any) -> str:
    return urlencode({"topic": data["topic"].pk, "language": data["language"], "channel": data["channel"], **extra})


def _slot_days(data: dict[str, Any], week: int) -> OrderedDict[Any, list[Any]]:
    today = timezone.localdate()
    start = today + timedelta(days=week * DAYS_SHOWN)
    slots = first_free_per_time(
        free_slots(topic=data["topic"], language=data["language"], channel=data["channel"], start=start,
                   days=DAYS_SHOWN)
    )
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
    days = _slot_days(data, week)
    base = _choice_query(data)
    last_week = settings.PORTAL_BOOKING_DAYS_AHEAD // DAYS_SHOWN - 1
    return render(
        request, "welcome/public/book_slots.html",
        {"data": data, "days": days, "base_query": base, "week": week, "taken": taken,
         "prev_query": _choice_query(data, week=week - 1) if week > 0 else "",
         "next_query": _choice_query(data, week=week + 1) if week < last_week else ""},
        status=409 if taken else 200,
    )


@require_http_methods(["GET", "POST"])
def book_contact(request: HttpRequest) -> HttpResponse:
    # The choices and the slot travel in the query string, on the GET and on the form's POST alike.
    params = request.GET
    data = _choices_from(params)
    starts_at = parse_datetime(params.get("t", ""))
    counsellor = params.get("c", "")
    if starts_at is None or not counsellor.isdigit():
        raise Http404
    form = BookingContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            appointment_hold(
                topic=data["topic"], language=data["language"], channel=data["channel"],
                counsellor_id=int(counsellor), starts_at=starts_at, name=form.cleaned_data["name"],
                email=form.cleaned_data["email"], phone=form.cleaned_data["phone"],
                ui_language=translation.get_language() or "de", base_url=request.build_absolute_uri("/"),
            )
        except SlotTaken:
            week = max(0, (starts_at.astimezone(BERLIN).date() - timezone.localdate()).days // DAYS_SHOWN)
            return _render_slots(request, data, week, taken=True)
        return redirect("welcome:book_check_email")
    return render(request, "welcome/public/book_contact.html",
                  {"form": form, "data": data, "when": starts_at.astimezone(BERLIN)})


def _choices_from(params: Any) -> dict[str, Any]:
    form = BookingChoiceForm(params)
    if not form.is_valid():
        raise Http404
    return form.cleaned_data


def book_check_email(request: HttpRequest) -> HttpResponse:
    return render(request, "welcome/public/book_check_email.html")


@require_http_methods(["GET", "POST"])
def appointment_manage(request: HttpRequest, token: str) -> HttpResponse:
    # GET only shows the appointment: mail scanners open links; only the POST from this page acts.
    appointment = get_object_or_404(Appointment.objects.select_related("topic"), token=token, contact_erased_at=None)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "confirm":
            try:
                appointment = appointment_confirm(token=token, base_url=request.build_absolute_uri("/"))
            except HoldExpired:
                messages.error(request, _("Sorry, this reservation has expired. Please choose a new time."))
            else:
                messages.success(request, _("Your appointment is confirmed. We have sent you an email."))
        elif action == "cancel":
            appointment_cancel(token=token)
            messages.success(request, _("Your appointment is cancelled."))
        return redirect("welcome:appointment_manage", token=token)
    return render(request, "welcome/public/appointment_manage.html",
                  {"appointment": appointment, "when": timezone.localtime(appointment.starts_at)})
