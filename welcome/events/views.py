"""Group events: the public pages (12 languages, phone first) and the staff side."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.access import StaffRequest, role_required
from core.audit import audit_log
from core.forms import model_values
from core.models import AuditAction, Role
from core.ratelimits import limit_public_posts

from ..models import GroupEvent, Registration
from .access import event_organisations, get_group_event_for_user, group_events_for_user
from .forms import GroupEventForm, RegistrationForm
from .services import (
    AlreadyRegistered,
    RegistrationClosed,
    attendance_record,
    group_event_save,
    registration_cancel,
    registration_create,
)


def event_list(request: HttpRequest) -> HttpResponse:
    events = GroupEvent.objects.public().with_counts().select_related("theme")
    return render(request, "welcome/events/event_list.html", {"events": events})


@require_http_methods(["GET", "POST"])
@limit_public_posts("event-signup")
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(GroupEvent.objects.public().with_counts().select_related("theme"), pk=pk)
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            registration = registration_create(
                event_id=event.pk, name=form.cleaned_data["name"], email=form.cleaned_data["email"],
                language=translation.get_language() or "de", base_url=request.build_absolute_uri("/"),
            )
        except AlreadyRegistered:
            form.add_error("email", _("This email address is already registered for this event."))
        except RegistrationClosed:
            form.add_error(None, _("Registration for this event has closed."))
        else:
            return redirect("welcome:registration_manage", token=registration.token)
    return render(request, "welcome/events/event_detail.html", {"event": event, "form": form})


@require_http_methods(["GET", "POST"])
@limit_public_posts("event-registration-manage")
def registration_manage(request: HttpRequest, token: str) -> HttpResponse:
    # GET only shows: mail scanners follow links, so only the POST from this page cancels.
    registration = get_object_or_404(Registration.objects.select_related("event"), token=token, erased_at=None)
    if request.method == "POST":
        registration = registration_cancel(token=token, base_url=request.build_absolute_uri("/"))
        messages.success(request, _("Your registration is cancelled."))
        return redirect("welcome:registration_manage", token=token)
    return render(request, "welcome/events/registration_manage.html", {"registration": registration})


@role_required(Role.COUNSELLOR, Role.ADMIN)
def staff_event_list(request: StaffRequest) -> HttpResponse:
    events = group_events_for_user(request.user).with_counts().order_by("-starts_at")[:200]
    return render(request, "welcome/events/staff_event_list.html", {"events": events})


@role_required(Role.COUNSELLOR, Role.ADMIN)
def staff_event_edit(request: StaffRequest, pk: int | None = None) -> HttpResponse:
    event = get_group_event_for_user(request.user, pk) if pk else None
    form = GroupEventForm(request.POST or None, instance=event, organisations=event_organisations(request.user))
    if request.method == "POST" and form.is_valid():
        saved = group_event_save(actor=request.user, event=event, data=model_values(form))
        messages.success(request, _("The event was saved."))
        return redirect("welcome:staff_event_attendance", pk=saved.pk)
    return render(request, "welcome/events/staff_event_form.html", {"form": form, "event": event})


@role_required(Role.COUNSELLOR, Role.ADMIN)
def staff_event_attendance(request: StaffRequest, pk: int) -> HttpResponse:
    event = get_group_event_for_user(request.user, pk)
    registrations = list(event.registrations.exclude(status=Registration.Status.CANCELLED).order_by("status", "created_at"))
    if request.method == "POST":
        ids = {int(v) for v in request.POST.getlist("attended") if v.isdigit()}
        count = attendance_record(actor=request.user, event=event, attended_ids=ids)
        messages.success(request, _("Attendance saved: %(count)s present.") % {"count": count})
        return redirect("welcome:staff_event_attendance", pk=event.pk)
    audit_log(actor=request.user, action=AuditAction.VIEW, obj=event)
    return render(request, "welcome/events/staff_event_attendance.html", {"event": event, "registrations": registrations})
