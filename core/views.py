from __future__ import annotations

from datetime import datetime, time

from celery import current_app
from django.contrib import messages
from django.db import connection
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .access import (
    StaffRequest,
    audit_entries_for_user,
    export_jobs_for_user,
    get_organisation_for_user,
    memberships_of,
    organisations_for_user,
    role_required,
)
from .audit import audit_log
from .forms import AuditFilterForm, StaffInviteForm
from .models import AuditAction, ExportJob, Membership, Role
from .services import staff_invite

AUDIT_PAGE_SIZE = 50


@role_required()
def staff_home(request: StaffRequest) -> HttpResponse:
    return render(request, "core/staff_home.html", {"memberships": memberships_of(request.user)})


@role_required()
def organisation_list(request: StaffRequest) -> HttpResponse:
    organisations = organisations_for_user(request.user).order_by("name")
    return render(request, "core/organisation_list.html", {"organisations": organisations})


@role_required()
def organisation_detail(request: StaffRequest, pk: int) -> HttpResponse:
    organisation = get_organisation_for_user(request.user, pk)
    members = (
        Membership.objects.filter(organisation=organisation)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "role")
    )
    audit_log(actor=request.user, action=AuditAction.VIEW, obj=organisation, organisation=organisation)
    return render(request, "core/organisation_detail.html", {"organisation": organisation, "members": members})


@role_required(Role.ADMIN)
def staff_invite_view(request: StaffRequest) -> HttpResponse:
    organisations = organisations_for_user(request.user)
    form = StaffInviteForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        user = staff_invite(
            invited_by=request.user,
            base_url=request.build_absolute_uri("/"),
            **form.cleaned_data,
        )
        messages.success(request, _("An invitation was sent to %(email)s.") % {"email": user.email})
        return redirect("core:organisation_detail", pk=form.cleaned_data["organisation"].pk)
    return render(request, "core/staff_invite.html", {"form": form})


@role_required(Role.ADMIN)
def audit_search(request: StaffRequest) -> HttpResponse:
    form = AuditFilterForm(request.GET or None)
    entries = audit_entries_for_user(request.user)
    if form.is_valid():
        data = form.cleaned_data
        if data["action"]:
            entries = entries.filter(action=data["action"])
        if data["actor"]:
            entries = entries.filter(actor__email__icontains=data["actor"])
        if data["record_type"]:
            entries = entries.filter(content_type__model__icontains=data["record_type"])
        if data["object_id"]:
            entries = entries.filter(object_id=data["object_id"])
        tz = timezone.get_current_timezone()
        if data["date_from"]:
            entries = entries.filter(at__gte=datetime.combine(data["date_from"], time.min, tzinfo=tz))
        if data["date_to"]:
            entries = entries.filter(at__lte=datetime.combine(data["date_to"], time.max, tzinfo=tz))
    before = request.GET.get("before", "")
    if before.isdigit():
        entries = entries.filter(id__lt=int(before))
    page = list(entries.order_by("-id")[: AUDIT_PAGE_SIZE + 1])
    has_next = len(page) > AUDIT_PAGE_SIZE
    page = page[:AUDIT_PAGE_SIZE]
    query = request.GET.copy()
    query.pop("before", None)
    next_query = ""
    if has_next:
        query["before"] = str(page[-1].id)
        next_query = query.urlencode()
    return render(request, "core/audit_search.html", {"form": form, "entries": page, "next_query": next_query})


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure means unhealthy
        checks["database"] = f"error: {type(exc).__name__}"
    try:
        with current_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=3)
        checks["broker"] = "ok"
    except Exception as exc:  # noqa: BLE001
        checks["broker"] = f"error: {type(exc).__name__}"
    # Without the broker the portal still serves and books: mails and jobs wait in the outbox.
    # Degraded (200) for the broker, down (503) only without the database.
    status = "ok" if checks["broker"] == "ok" else "degraded"
    if checks["database"] != "ok":
        return JsonResponse({"status": "error", **checks}, status=503)
    from .outbox import backlog

    return JsonResponse({"status": status, **checks, "outbox": backlog()}, status=200)


@role_required()
def export_job(request: StaffRequest, pk: int) -> HttpResponse:
    """The job's progress (the page refreshes itself while it runs: no JavaScript) and its download."""
    job = get_object_or_404(export_jobs_for_user(request.user), pk=pk)
    return render(request, "core/export_job.html", {"job": job})


@role_required()
def export_download(request: StaffRequest, pk: int) -> HttpResponseBase:
    job = get_object_or_404(export_jobs_for_user(request.user), pk=pk, status=ExportJob.Status.DONE)
    if not job.file or (job.expires_at and job.expires_at < timezone.now()):
        raise Http404  # expired: export again
    audit_log(actor=request.user, action=AuditAction.EXPORT, obj=job, detail={"download": True})
    return FileResponse(job.file.open("rb"), as_attachment=True, filename=(job.file.name or "export.xlsx").rsplit("/", 1)[-1],
                        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500. When the database is out of reach (a restart, a failover) the page says so in
    the visitor's language with 503 and Retry-After, so proxies and people try again; rendered
    without the request's context, which would need the database. Anything else: the 500 page."""
    import sys

    from django.db import InterfaceError, OperationalError
    from django.template.loader import render_to_string

    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponse(render_to_string("500.html"), status=500)
