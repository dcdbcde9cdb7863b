"""Staff side of appointments: day and week views, cancelling with a message, one's own availability."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import StaffRequest, has_role, role_required
from core.forms import formset_changes, model_values
from core.models import Role

from .access import appointments_for_user, get_appointment_for_user, own_offer_for_user
from .appointments import appointment_cancel_by_staff, offer_save
from .forms import CounsellorOfferForm, ExceptionFormSet, StaffCancelForm, WeeklyHoursFormSet
from .models import Appointment
from .slots import BERLIN

VISIBLE = [Appointment.Status.HELD, Appointment.Status.CONFIRMED, Appointment.Status.ATTENDED,
           Appointment.Status.NO_SHOW]


@role_required(Role.COUNSELLOR, Role.ADMIN)
def staff_appointments(request: HttpRequest) -> HttpResponse:
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
    return render(request, "welcome/staff_appointments.html", {
        "days": days, "day": day, "week": week, "mine": mine,
        "prev": (start - step).isoformat(), "next": (start + step).isoformat(),
        "cancel_form": StaffCancelForm(),
    })


@role_required(Role.COUNSELLOR, Role.ADMIN)
@require_POST
def staff_appointment_cancel(request: HttpRequest, pk: int) -> HttpResponse:
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
    return render(request, "welcome/staff_availability.html", {"form": form, "hours": hours, "exceptions": exceptions})
