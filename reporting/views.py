from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.access import has_role, role_required
from core.audit import audit_log
from core.forms import AccessibleFormMixin
from core.models import AuditAction, Role

from .access import READERS, get_report_job_for_user, report_jobs_for_user
from .models import ReportJob, StatisticState, StatValue
from .services import FILENAMES, report_request


class ReportForm(AccessibleFormMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Report"), choices=ReportJob.Kind.choices, initial=ReportJob.Kind.REFUGEE_REPORT)
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}),
                            help_text=_("Reports cover whole months."))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))
    key_date = forms.DateField(
        label=_("FIM key date"), required=False, widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The day on which FIM places are counted as occupied. Empty: the 15th of the last month."))

    def clean(self) -> dict:
        data = super().clean() or {}
        start, end, key_date = data.get("start"), data.get("end"), data.get("key_date")
        if start and end and end < start:
            self.add_error("end", _("The period must end after it starts."))
        elif start and end and key_date:
            last_day = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            if not start.replace(day=1) <= key_date <= last_day:
                self.add_error("key_date", _("The key date must lie within the months of the period."))
        return data


@role_required(*READERS)
def report_list(request: HttpRequest) -> HttpResponse:
    can_request = has_role(request.user, Role.ADMIN)
    form = ReportForm(request.POST or None) if can_request else None
    if request.method == "POST":
        if not can_request or form is None:
            raise PermissionDenied  # report viewers download, they do not change anything
        if form.is_valid():
            data = form.cleaned_data
            report_request(actor=request.user, kind=data["kind"], start=data["start"], end=data["end"],
                           key_date=data["key_date"], lang=translation.get_language() or "de")
            return redirect("reporting:report_list")
    jobs = report_jobs_for_user(request.user)[:30]
    busy = any(j.status in (ReportJob.Status.PENDING, ReportJob.Status.RUNNING) for j in jobs)
    return render(request, "reporting/report_list.html", {"form": form, "jobs": jobs, "busy": busy})


@role_required(*READERS)
def report_progress(request: HttpRequest, pk: int) -> JsonResponse:
    job = get_report_job_for_user(request.user, pk)
    return JsonResponse({"status": job.status, "progress": job.progress})


@role_required(*READERS)
def report_download(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_report_job_for_user(request.user, pk, status=ReportJob.Status.DONE)
    if not job.file or (job.expires_at and job.expires_at < timezone.now()):
        raise Http404  # expired: build it again
    audit_log(actor=request.user, action=AuditAction.EXPORT, obj=job)
    # A report workbook is a few megabytes; read whole and closed at once.
    with job.file.open("rb") as handle:
        content = handle.read()
    response = HttpResponse(content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    # The stored name may carry the storage's suffix; the person gets the report's own name.
    filename = f"{FILENAMES[ReportJob.Kind(job.kind)]}-{job.period_start:%Y%m}-{job.period_end:%Y%m}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class YearForm(AccessibleFormMixin, forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(y, str(y)) for y in years]  # type: ignore[attr-defined]


@role_required(*READERS)
def dashboard(request: HttpRequest) -> HttpResponse:
    """Key figures and charts for a year, read from the statistics tables only."""
    from .dashboard import dashboard_context

    years = [d.year for d in StatValue.objects.dates("month", "year", order="DESC")]
    form = YearForm(request.GET or None, years=years)
    year = form.cleaned_data["year"] if form.is_bound and form.is_valid() else (years[0] if years else None)
    if years and not form.is_bound:
        form = YearForm(initial={"year": year}, years=years)
    context = dashboard_context(year) if year else {}
    states = StatisticState.objects.all()
    return render(request, "reporting/dashboard.html", {
        **context, "form": form, "year": year, "can_refresh": has_role(request.user, Role.ADMIN),
        "updated": min((s.updated_at for s in states), default=None),
    })


@role_required(Role.ADMIN)
def statistics_refresh_now(request: HttpRequest) -> HttpResponse:
    """On demand: the admin asks, a Celery worker computes; the request does not wait for it."""
    from core.outbox import enqueue_task

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    enqueue_task("reporting.tasks.statistics_refresh")
    audit_log(actor=request.user, action=AuditAction.CREATE, model=StatValue, detail={"refresh": "requested"})
    messages.success(request, _("The statistics are being brought up to date; this page shows the new "
                                "figures once the worker is done."))
    return redirect("reporting:dashboard")
