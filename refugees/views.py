from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Q
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import StaffRequest, acting_organisation, role_required
from core.audit import audit_log
from core.charts import line_chart
from core.forms import model_values
from core.imports import import_views
from core.models import AuditAction, Role

from .access import (
    READERS,
    accommodations_for_change,
    accommodations_for_plans,
    accommodations_for_user,
    get_accommodation_for_user,
    get_plan_for_user,
    plans_for_counts,
    plans_for_user,
    staffing_for_user,
    staffing_organisations_for_user,
)
from .forms import (
    AccommodationForm,
    FimGrantForm,
    FimPlacementForm,
    GoalForm,
    GoalUpdateForm,
    IntegrationPlanForm,
    MovementForm,
    OccupancyForm,
    QuotaForm,
    StaffingForm,
)
from .imports import AccommodationImport, FimGrantImport, FimPlacementImport, OccupancyImport
from .models import FimGrant, Movement, Occupancy, Quota
from .selectors import breakdown, fim_granted, fim_occupied, monthly_totals
from .services import (
    accommodation_save,
    fim_grant_save,
    fim_placement_save,
    goal_add,
    goal_update,
    movement_record,
    occupancy_save,
    plan_anonymise,
    plan_consent_withdraw,
    plan_create,
    plan_export,
    quota_record,
    staffing_record,
)


@role_required(*READERS)
def accommodation_list(request: StaffRequest) -> HttpResponse:
    accommodations = accommodations_for_user(request.user).order_by("name")
    latest = {}
    for occ in Occupancy.objects.filter(accommodation__in=accommodations).order_by("accommodation_id", "-month") \
            .distinct("accommodation_id"):
        latest[occ.accommodation_id] = occ
    rows = [(a, latest.get(a.pk)) for a in accommodations]
    return render(request, "refugees/accommodation_list.html", {"rows": rows})


@role_required(*READERS)
def accommodation_detail(request: StaffRequest, pk: int) -> HttpResponse:
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


occupancy_import_view, occupancy_import_template = import_views(OccupancyImport())
accommodation_import_view, accommodation_import_template = import_views(AccommodationImport())
fim_grant_import_view, fim_grant_import_template = import_views(FimGrantImport())
fim_placement_import_view, fim_placement_import_template = import_views(FimPlacementImport())


@role_required(Role.OPERATOR, Role.ADMIN)
@require_http_methods(["GET", "POST"])
def accommodation_edit(request: StaffRequest, pk: int | None = None) -> HttpResponse:
    instance = get_object_or_404(accommodations_for_change(request.user), pk=pk) if pk else None
    form = AccommodationForm(request.POST or None, instance=instance, user=request.user)
    if request.method == "POST" and form.is_valid():
        saved = accommodation_save(actor=request.user, accommodation=instance, data=model_values(form))
        messages.success(request, _("Saved."))
        return redirect("refugees:accommodation_detail", pk=saved.pk)
    return render(request, "refugees/staff_form.html", {
        "form": form, "title": instance.name if instance else _("New accommodation"),
        "back": "refugees:accommodation_list"})


@role_required(Role.ADMIN)
def fim_grant_list(request: StaffRequest) -> HttpResponse:
    grants = FimGrant.objects.select_related("accommodation").annotate(placement_count=Count("placements")) \
        .order_by("-year", "kind", "title")[:300]
    return render(request, "refugees/fim_grants.html", {"grants": grants})


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def fim_grant_edit(request: StaffRequest, pk: int | None = None) -> HttpResponse:
    instance = get_object_or_404(FimGrant, pk=pk) if pk else None
    form = FimGrantForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        fim_grant_save(actor=request.user, grant=instance, data=model_values(form))
        messages.success(request, _("Saved."))
        return redirect("refugees:fim_grant_list")
    return render(request, "refugees/staff_form.html", {
        "form": form, "title": instance.title if instance else _("New FIM grant"), "back": "refugees:fim_grant_list"})


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def fim_placement_create(request: StaffRequest) -> HttpResponse:
    form = FimPlacementForm(request.POST or None, initial={"grant": request.GET.get("grant")})
    if request.method == "POST" and form.is_valid():
        fim_placement_save(actor=request.user, data=model_values(form))
        messages.success(request, _("Saved."))
        return redirect("refugees:fim_grant_list")
    return render(request, "refugees/staff_form.html", {
        "form": form, "title": _("New FIM placement"), "back": "refugees:fim_grant_list"})


@role_required(*READERS)
def occupancy_overview(request: StaffRequest) -> HttpResponse:
    accommodations = accommodations_for_user(request.user)
    totals = monthly_totals(accommodations)
    month = parse_date(request.GET.get("month", "") + "-01") if request.GET.get("month") else None
    if month is None and totals:
        month = totals[-1].month
    audit_log(actor=request.user, action=AuditAction.VIEW, model=Occupancy, detail={"overview": True})
    return render(request, "refugees/occupancy_overview.html", {
        "totals": totals, "chart": line_chart([(t.month, t.residents) for t in totals], height=240, pad=40, max_ticks=12), "month": month,
        "by_district": breakdown(accommodations, month=month, by="district") if month else [],
        "by_operator": breakdown(accommodations, month=month, by="operator") if month else [],
    })


@role_required(Role.INTEGRATION_MANAGER)
def plan_list(request: StaffRequest) -> HttpResponse:
    plans = plans_for_user(request.user).annotate(
        goals_open=Count("goals", filter=Q(goals__status__in=["agreed", "in_progress"])),
        goals_reached=Count("goals", filter=Q(goals__status="reached")),
    ).order_by("-started_on", "-id")[:200]
    return render(request, "refugees/plan_list.html", {"plans": plans})


@role_required(Role.INTEGRATION_MANAGER)
def plan_create_view(request: StaffRequest) -> HttpResponse:
    organisation = acting_organisation(request.user, Role.INTEGRATION_MANAGER)
    if organisation is None:  # never: role_required let in an integration manager, who has one
        raise PermissionDenied
    form = IntegrationPlanForm(request.POST or None, accommodations=accommodations_for_plans(request.user))
    if request.method == "POST" and form.is_valid():
        plan = plan_create(actor=request.user, organisation=organisation, data=form.cleaned_data)
        return redirect("refugees:plan_detail", pk=plan.pk)
    return render(request, "refugees/plan_form.html", {"form": form})


@role_required(Role.INTEGRATION_MANAGER)
def plan_detail(request: StaffRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request.user, pk)
    goal_form = GoalForm(request.POST if request.POST.get("action") == "goal" else None)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "goal" and goal_form.is_valid():
            goal_add(actor=request.user, plan=plan, data=goal_form.cleaned_data)
            return redirect("refugees:plan_detail", pk=pk)
        if action == "update":
            goal = get_object_or_404(plan.goals, pk=request.POST.get("goal"))
            update = GoalUpdateForm(request.POST)
            if update.is_valid():
                goal_update(actor=request.user, goal=goal, status=update.cleaned_data["status"],
                            note=update.cleaned_data["note"])
                return redirect("refugees:plan_detail", pk=pk)
    else:
        # Every read of a plan is recorded.
        audit_log(actor=request.user, action=AuditAction.VIEW, obj=plan)
    goals = plan.goals.prefetch_related("notes")
    return render(request, "refugees/plan_detail.html",
                  {"plan": plan, "goals": goals, "goal_form": goal_form, "update_form": GoalUpdateForm()})


@role_required(Role.INTEGRATION_MANAGER)
def plan_export_view(request: StaffRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request.user, pk)
    response = JsonResponse(plan_export(actor=request.user, plan=plan), json_dumps_params={"ensure_ascii": False,
                                                                                           "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="plan-{plan.pk}.json"'
    return response


@role_required(Role.INTEGRATION_MANAGER)
@require_POST
def plan_anonymise_view(request: StaffRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request.user, pk)
    plan_anonymise(actor=request.user, plan=plan)
    messages.success(request, _("The plan was anonymised. The figures stay in the statistics."))
    return redirect("refugees:plan_list")


@role_required(Role.INTEGRATION_MANAGER)
@require_POST
def plan_withdraw_view(request: StaffRequest, pk: int) -> HttpResponse:
    plan = get_plan_for_user(request.user, pk)
    plan_consent_withdraw(actor=request.user, plan=plan)
    messages.success(request, _("Consent withdrawn: the plan was closed and anonymised."))
    return redirect("refugees:plan_list")


@role_required(Role.ADMIN, Role.REPORT_VIEWER, Role.INTEGRATION_MANAGER)
def plan_counts(request: StaffRequest) -> HttpResponse:
    """What everyone outside the managing organisation sees: counts, no plans."""
    rows = (
        plans_for_counts(request.user).values(label=F("organisation__name"))
        .annotate(plans=Count("id", distinct=True),
                  active=Count("id", filter=Q(closed_on__isnull=True), distinct=True),
                  goals_reached=Count("goals", filter=Q(goals__status="reached")))
        .order_by("label")
    )
    return render(request, "refugees/plan_counts.html", {"rows": rows})


@role_required(Role.ADMIN, Role.REPORT_VIEWER, Role.INTEGRATION_MANAGER, Role.OPERATOR)
def fim_overview(request: StaffRequest) -> HttpResponse:
    today = timezone.localdate()
    on = parse_date(request.GET.get("date", "")) or today
    try:
        year = int(request.GET.get("year", on.year))
    except ValueError:
        year = on.year
    granted = fim_granted(year)
    occupied = fim_occupied(on)
    return render(request, "refugees/fim_overview.html", {
        "year": year, "on": on, "granted": granted, "occupied": occupied,
        "granted_total": sum(granted.values()), "occupied_total": sum(occupied.values()),
    })


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def movement_list(request: StaffRequest) -> HttpResponse:
    """Arrivals and departures per month and the city's quota: city-wide figures of the refugee
    report's first chapter, kept by the city's refugee department (admins). Two forms, one page."""
    posted = request.POST if request.method == "POST" else None
    quota_posted = posted is not None and posted.get("form") == "quota"
    form = MovementForm(None if quota_posted else posted, prefix="movement")
    quota_form = QuotaForm(posted if quota_posted else None, prefix="quota")
    if quota_posted and quota_form.is_valid():
        quota_record(actor=request.user, **quota_form.cleaned_data)
        messages.success(request, _("Saved."))
        return redirect("refugees:movement_list")
    if posted is not None and not quota_posted and form.is_valid():
        movement_record(actor=request.user, **form.cleaned_data)
        messages.success(request, _("Saved."))
        return redirect("refugees:movement_list")
    # A year and a half of months: 2 stages x (1 + 4 reasons) figures per month at most.
    movements = Movement.objects.order_by("-month", "direction", "stage", "reason")[:180]
    return render(request, "refugees/movements.html", {
        "form": form, "movements": movements, "quotas": Quota.objects.all()[:20], "quota_form": quota_form})


@role_required(Role.INTEGRATION_MANAGER, Role.ADMIN)
@require_http_methods(["GET", "POST"])
def staffing_list(request: StaffRequest) -> HttpResponse:
    """Integration-management staffing per organisation and year: recorded by the organisation's
    integration managers (their own) and the city's admins (any)."""
    organisations = staffing_organisations_for_user(request.user)
    form = StaffingForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        staffing_record(actor=request.user, **form.cleaned_data)
        messages.success(request, _("Saved."))
        return redirect("refugees:staffing_list")
    return render(request, "refugees/staffing.html", {
        "form": form, "rows": staffing_for_user(request.user).order_by("-year", "organisation__name")[:200]})
