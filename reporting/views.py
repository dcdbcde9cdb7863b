from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from core.access import StaffRequest, has_role, role_required
from core.audit import audit_log
from core.models import AuditAction, Role

from .access import READERS, get_report_job_for_user, report_jobs_for_user
from .forms import (
    ChapterPeriodForm,
    ChapterTextsForm,
    CultureSportForm,
    ReportForm,
    ReportPeriodForm,
    YearForm,
)
from .models import ChapterText, CultureSportYear, ReportJob, StatisticState, StatValue
from .services import FILENAMES, chapter_texts_save, culture_sport_record, report_request


@role_required(*READERS)
def report_list(request: StaffRequest) -> HttpResponse:
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
def report_progress(request: StaffRequest, pk: int) -> JsonResponse:
    job = get_report_job_for_user(request.user, pk)
    return JsonResponse({"status": job.status, "progress": job.progress})


@role_required(*READERS)
def report_download(request: StaffRequest, pk: int) -> HttpResponse:
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


@role_required(*READERS)
def dashboard(request: StaffRequest) -> HttpResponse:
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
def statistics_refresh_now(request: StaffRequest) -> HttpResponse:
    """On demand: the admin asks, a Celery worker computes; the request does not wait for it."""
    from core.outbox import enqueue_task

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    enqueue_task("reporting.tasks.statistics_refresh")
    audit_log(actor=request.user, action=AuditAction.CREATE, model=StatValue, detail={"refresh": "requested"})
    messages.success(request, _("The statistics are being brought up to date; this page shows the new "
                                "figures once the worker is done."))
    return redirect("reporting:dashboard")


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def culture_sport(request: StaffRequest) -> HttpResponse:
    """A year's culture and sport figures, as the culture and sports offices report them to the city."""
    year = request.GET.get("year")
    instance = CultureSportYear.objects.filter(year=year).first() if year and year.isdigit() else None
    form = CultureSportForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        culture_sport_record(actor=request.user, year=form.cleaned_data["year"],
                             figures={k: form.cleaned_data[k] for k in CultureSportYear.FIGURES})
        messages.success(request, _("Saved."))
        return redirect("reporting:culture_sport")
    return render(request, "reporting/culture_sport.html", {
        "form": form, "years": CultureSportYear.objects.all()[:30],
        "figures": [CultureSportYear._meta.get_field(k) for k in CultureSportYear.FIGURES]})


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def chapter_texts(request: StaffRequest) -> HttpResponse:
    """The city's words beside the figures: per report period and language, a text per chapter."""
    if request.method == "POST":
        form = ChapterTextsForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            chapter_texts_save(actor=request.user, first=data["start"], last=data["end"],
                               language=data["language"], texts=form.texts())
            messages.success(request, _("Saved."))
            query = urlencode({"start": f"{data['start']:%Y-%m}", "end": f"{data['end']:%Y-%m}",
                               "language": data["language"]})
            return redirect(f"{reverse('reporting:chapter_texts')}?{query}")
        return render(request, "reporting/chapter_texts.html", {"form": form, "period": None})
    period = ChapterPeriodForm(request.GET or None)
    if not period.is_valid():
        return render(request, "reporting/chapter_texts.html", {"form": None, "period": period})
    data = period.cleaned_data
    first, last = data["start"].replace(day=1), data["end"].replace(day=1)
    initial = {"start": first, "end": last, "language": data["language"]}
    for row in ChapterText.objects.filter(period_start=first, period_end=last, language=data["language"]):
        initial[f"text_{row.chapter}"] = row.text
    return render(request, "reporting/chapter_texts.html", {"form": ChapterTextsForm(initial=initial),
                                                            "period": period})


@role_required(*READERS)
def report_print(request: StaffRequest) -> HttpResponse:
    """The refugee report as a page to print (or save as PDF) for the council: the same chapters,
    texts and sentences as the workbook's "Bericht" sheet, the figures from the statistics tables,
    charts as SVG, a page per chapter. In the page's language."""
    from .printing import print_context

    period = ReportPeriodForm(request.GET or None)
    context: dict[str, Any] = {"period": period}
    if period.is_valid():
        data = period.cleaned_data
        context |= print_context(start=data["start"], end=data["end"], key_date=data["key_date"],
                                 lang=translation.get_language() or "de")
    return render(request, "reporting/report_print.html", context)
