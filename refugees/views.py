from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from core.access import role_required
from core.audit import audit_log
from core.models import AuditAction, Role

from .access import READERS, accommodations_for_change, accommodations_for_user, get_accommodation_for_user
from .forms import OccupancyForm, OccupancyImportForm
from .models import Occupancy
from .selectors import breakdown, chart_points, monthly_totals
from .services import ImportFileError, load_spreadsheet, occupancy_import, occupancy_save

IMPORT_DIR = Path(settings.VAR_DIR) / "imports"


@role_required(*READERS)
def accommodation_list(request: HttpRequest) -> HttpResponse:
    accommodations = accommodations_for_user(request.user).order_by("name")
    latest = {}
    for occ in Occupancy.objects.filter(accommodation__in=accommodations).order_by("accommodation_id", "-month") \
            .distinct("accommodation_id"):
        latest[occ.accommodation_id] = occ
    rows = [(a, latest.get(a.pk)) for a in accommodations]
    return render(request, "refugees/accommodation_list.html", {"rows": rows})


@role_required(*READERS)
def accommodation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    accommodation = get_accommodation_for_user(request.user, pk)
    can_change = accommodations_for_change(request.user).filter(pk=pk).exists()
    form = OccupancyForm(request.POST or None) if can_change else None
    if request.method == "POST":
        if not can_change or form is None:
            raise PermissionDenied
        if form.is_valid():
            occupancy = occupancy_save(actor=request.user, accommodation=accommodation, data=form.cleaned_data)
            if occupancy.over_capacity:
                messages.warning(request, _("Saved. The figure is above the capacity of this accommodation."))
            else:
                messages.success(request, _("Saved."))
            return redirect("refugees:accommodation_detail", pk=pk)
    history = accommodation.occupancies.order_by("-month")[:36]
    return render(request, "refugees/accommodation_detail.html",
                  {"accommodation": accommodation, "history": history, "form": form})


@role_required(Role.OPERATOR, Role.ADMIN)
def occupancy_import_view(request: HttpRequest) -> HttpResponse:
    allowed = list(accommodations_for_change(request.user))
    form = OccupancyImportForm(request.POST or None, request.FILES or None)
    context: dict = {"form": form}
    if request.method == "POST" and "confirm" in request.POST:
        key = request.session.get("occupancy_import", {}).get(request.POST.get("key", ""))
        path = IMPORT_DIR / key["file"] if key else None
        if not path or not path.exists():
            messages.error(request, _("The preview has expired. Please upload the file again."))
            return redirect("refugees:occupancy_import")
        dataset = load_spreadsheet(key["name"], path.read_bytes())
        result = occupancy_import(actor=request.user, allowed=allowed, dataset=dataset, dry_run=False)
        path.unlink(missing_ok=True)
        if result.has_errors() or result.has_validation_errors():
            context["result"] = result
        else:
            messages.success(request, _("%(count)s rows imported.") % {"count": dataset.height})
            return redirect("refugees:occupancy_overview")
    elif request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read()
        try:
            dataset = load_spreadsheet(upload.name, content)
            result = occupancy_import(actor=request.user, allowed=allowed, dataset=dataset, dry_run=True)
        except ImportFileError as exc:
            form.add_error("file", str(exc))
        except ValidationError as exc:
            form.add_error("file", exc)
        else:
            context["result"] = result
            if not result.has_errors() and not result.has_validation_errors():
                IMPORT_DIR.mkdir(parents=True, exist_ok=True)
                key = secrets.token_urlsafe(16)
                (IMPORT_DIR / key).write_bytes(content)
                request.session["occupancy_import"] = {key: {"file": key, "name": upload.name}}
                context["confirm_key"] = key
    return render(request, "refugees/occupancy_import.html", context)


@role_required(*READERS)
def occupancy_overview(request: HttpRequest) -> HttpResponse:
    accommodations = accommodations_for_user(request.user)
    totals = monthly_totals(accommodations)
    month = parse_date(request.GET.get("month", "") + "-01") if request.GET.get("month") else None
    if month is None and totals:
        month = totals[-1].month
    audit_log(actor=request.user, action=AuditAction.VIEW, model=Occupancy, detail={"overview": True})
    return render(request, "refugees/occupancy_overview.html", {
        "totals": totals, "chart": chart_points(totals), "month": month,
        "by_district": breakdown(accommodations, month=month, by="district") if month else [],
        "by_operator": breakdown(accommodations, month=month, by="operator") if month else [],
    })
