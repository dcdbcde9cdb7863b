from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import StaffRequest, role_required
from core.audit import audit_log
from core.exports import csv_response, export_request
from core.models import AuditAction, Role

from ..booking.access import appointments_for_user, get_own_appointment
from ..booking.services import appointment_mark
from ..exports import consultations_export
from ..models import Appointment, Channel, Consultation, ConsultationLanguage
from .access import (
    consultations_for_user,
    counsellor_organisations,
    get_consultation_for_change,
    get_consultation_for_user,
)
from .forms import ConsultationFilterForm, ConsultationForm, consultation_filter_form, consultation_initial
from .models import ConsultationQuerySet
from .selectors import (
    PAGE_SIZES,
    consultation_day,
    consultation_filter,
    consultation_page,
)
from .services import consultation_create, consultation_delete, consultation_update

READERS = (Role.COUNSELLOR, Role.ADMIN)


@role_required(Role.COUNSELLOR)
def my_day(request: StaffRequest) -> HttpResponse:
    today = timezone.localdate()
    mine = consultation_day(
        consultations_for_user(request.user).filter(counsellor_id=request.user.pk).for_list(), day=today
    )
    appointments = appointments_for_user(request.user).filter(
        counsellor_id=request.user.pk, starts_at__date=today,
        status__in=[Appointment.Status.CONFIRMED, Appointment.Status.ATTENDED, Appointment.Status.NO_SHOW],
    ).order_by("starts_at")
    return render(request, "welcome/consultations/my_day.html",
                  {"consultations": mine, "appointments": appointments, "today": today, **_labels()})


@role_required(Role.COUNSELLOR)
@require_POST
def appointment_mark_view(request: StaffRequest, pk: int, outcome: str) -> HttpResponse:
    appointment = get_own_appointment(request.user, pk)
    if outcome == "no-show":
        appointment_mark(actor=request.user, appointment=appointment, status=Appointment.Status.NO_SHOW)
        messages.success(request, _("Marked as no-show."))
        return redirect("welcome:my_day")
    appointment_mark(actor=request.user, appointment=appointment, status=Appointment.Status.ATTENDED)
    # Held: straight into a consultation prefilled from the appointment.
    return redirect(reverse("welcome:consultation_log") + f"?appointment={appointment.pk}")


@role_required(Role.COUNSELLOR)
def consultation_log(request: StaffRequest) -> HttpResponse:
    organisations = counsellor_organisations(request.user)
    initial = consultation_initial(counsellor=request.user, organisations=organisations)
    appointment = None
    if request.GET.get("appointment", "").isdigit():
        appointment = get_own_appointment(request.user, int(request.GET["appointment"]))
        initial |= {
            "topics": [appointment.topic_id], "language": appointment.language, "channel": appointment.channel,
            "held_at": timezone.localtime(appointment.starts_at), "organisation": appointment.organisation_id,
        }
    form = ConsultationForm(request.POST or None, organisations=organisations, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "appointment": appointment}
        consultation_create(counsellor=request.user, organisation=data["organisation"], data=data)
        messages.success(request, _("The consultation was saved."))
        if "another" in request.POST:
            return redirect("welcome:consultation_log")
        return redirect("welcome:my_day")
    return render(request, "welcome/consultations/consultation_form.html", {"form": form, "creating": True})


def _filters(request: StaffRequest) -> ConsultationFilterForm:
    return consultation_filter_form(request.user, request.GET or None)


def _filtered(request: StaffRequest, form: ConsultationFilterForm) -> ConsultationQuerySet:
    qs = consultations_for_user(request.user)
    if form.is_bound and form.is_valid():
        qs = consultation_filter(qs, form.cleaned_data)
    return qs


@role_required(*READERS)
def consultation_list(request: StaffRequest) -> HttpResponse:
    form = _filters(request)
    try:
        size = int(request.GET.get("size", 50))
    except ValueError:
        size = 50
    size = size if size in PAGE_SIZES else 50
    page = consultation_page(_filtered(request, form).for_list(), cursor=request.GET.get("after", ""), size=size)
    query = request.GET.copy()
    query.pop("after", None)
    next_query = ""
    if page.next_cursor:
        query["after"] = page.next_cursor
        next_query = query.urlencode()
    export_query = request.GET.copy()
    export_query.pop("after", None)
    export_query.pop("size", None)
    return render(
        request,
        "welcome/consultations/consultation_list.html",
        {"form": form, "page": page, "next_query": next_query, "export_query": export_query.urlencode(),
         "page_sizes": PAGE_SIZES, "size": size, **_labels()},
    )


def _labels() -> dict[str, dict[str, object]]:
    return {"channel_labels": dict(Channel.choices), "language_labels": dict(ConsultationLanguage.choices)}


@role_required(*READERS)
def consultation_detail(request: StaffRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_user(request.user, pk)
    audit_log(actor=request.user, action=AuditAction.VIEW, obj=consultation)
    can_change = consultation.counsellor_id == request.user.pk and consultation.organisation_id in {
        o.pk for o in counsellor_organisations(request.user)
    }
    return render(request, "welcome/consultations/consultation_detail.html", {"consultation": consultation, "can_change": can_change})


@role_required(Role.COUNSELLOR)
def consultation_edit(request: StaffRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_change(request.user, pk)
    form = ConsultationForm(
        request.POST or None, instance=consultation, organisations=counsellor_organisations(request.user)
    )
    if request.method == "POST" and form.is_valid():
        consultation_update(
            actor=request.user,
            consultation=consultation,
            data=form.cleaned_data,
            changed=form.changed_data,
        )
        messages.success(request, _("The consultation was changed."))
        return redirect("welcome:consultation_detail", pk=consultation.pk)
    return render(request, "welcome/consultations/consultation_form.html", {"form": form, "consultation": consultation})


@role_required(Role.COUNSELLOR)
@require_POST
def consultation_delete_view(request: StaffRequest, pk: int) -> HttpResponse:
    consultation = get_consultation_for_change(request.user, pk)
    consultation_delete(actor=request.user, consultation=consultation)
    messages.success(request, _("The consultation was deleted."))
    return redirect("welcome:consultation_list")


@role_required(*READERS)
def consultation_export(request: StaffRequest, fmt: str) -> HttpResponseBase:
    if fmt not in {"csv", "xlsx"}:
        raise PermissionDenied
    if fmt == "xlsx":
        # A workbook of a million rows outlasts any request: a job builds it (core/exports.py).
        job = export_request(user=request.user, kind="welcome:consultations", title=str(_("Consultations")),
                             params={k: v for k, v in request.GET.items() if v},
                             language=translation.get_language() or "de")
        return redirect("core:export_job", pk=job.pk)
    export = consultations_export(request.user, request.GET.dict())
    audit_log(
        actor=request.user, action=AuditAction.EXPORT, model=Consultation,
        detail={"format": fmt, "filters": sorted(k for k, v in request.GET.items() if v)},
    )
    return csv_response(f"consultations-{timezone.localdate():%Y-%m-%d}.csv", export.header, export.rows)
