from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.access import StaffRequest, acting_organisation, organisation_ids_for_role, role_required
from core.audit import audit_log
from core.forms import model_values
from core.imports import import_views
from core.models import AuditAction, Role
from core.ratelimits import limit_public_posts
from welcome.consultations.access import get_consultation_for_user

from .access import (
    can_change_circles,
    circles_for_change,
    circles_for_user,
    get_tandem_for_user,
    get_tandem_request_for_user,
    get_volunteer_for_user,
    tandem_requests_for_user,
    tandems_for_user,
    volunteers_for_user,
)
from .forms import (
    CheckInForm,
    CircleCountForm,
    CircleForm,
    ConsultationTandemRequestForm,
    EndTandemForm,
    MatchForm,
    TandemRequestForm,
    VolunteerRegistrationForm,
)
from .imports import CircleCountImport
from .models import CircleCount, Tandem, TandemRequest, Volunteer, VolunteerRole
from .services import (
    ClearanceMissing,
    NoVolunteerCoordination,
    TandemRequestNotOpen,
    circle_count_record,
    circle_create,
    tandem_activate,
    tandem_check_in,
    tandem_end,
    tandem_propose,
    tandem_request_match,
    tandem_request_submit,
    tandem_request_withdraw,
    tandem_suggestions,
    volunteer_approve,
    volunteer_register,
)

COORDINATORS = (Role.VOLUNTEER_COORDINATOR, Role.ADMIN)
# The match page lists the oldest open requests first; a longer queue is a matter for the coordinators.
MAX_OPEN_REQUESTS_SHOWN = 50


@limit_public_posts("volunteer-register")
def register(request: HttpRequest) -> HttpResponse:
    form = VolunteerRegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("consent", "website")}
        data["consent_purpose"] = "coordination of volunteering"
        volunteer_register(data=data)
        return render(request, "volunteers/register_done.html")
    return render(request, "volunteers/register.html", {"form": form})


@role_required(*COORDINATORS)
def volunteer_list(request: StaffRequest) -> HttpResponse:
    volunteers = volunteers_for_user(request.user).prefetch_related("trainings").order_by("status", "name")
    figures = volunteers.filter(status=Volunteer.Status.ACTIVE).aggregate(
        active=Count("id"),
        welcome_mentors=Count("id", filter=Q(roles__contains=[VolunteerRole.WELCOME_MENTOR])),
        sports_mentors=Count("id", filter=Q(roles__contains=[VolunteerRole.SPORTS_MENTOR])),
    )
    tandem_figures = tandems_for_user(request.user).aggregate(
        formed=Count("id", filter=~Q(status=Tandem.Status.PROPOSED)),
        active=Count("id", filter=Q(status=Tandem.Status.ACTIVE)),
        ended=Count("id", filter=Q(status=Tandem.Status.ENDED)),
    )
    audit_log(actor=request.user, action=AuditAction.VIEW, model=Volunteer, detail={"list": True})
    return render(request, "volunteers/volunteer_list.html",
                  {"volunteers": volunteers[:300], "figures": figures, "tandem_figures": tandem_figures})


@role_required(*COORDINATORS)
@require_POST
def volunteer_approve_view(request: StaffRequest, pk: int) -> HttpResponse:
    volunteer = get_volunteer_for_user(request.user, pk)
    try:
        volunteer_approve(actor=request.user, volunteer=volunteer,
                          clearance_on=parse_date(request.POST.get("clearance_on", "")))
    except ClearanceMissing:
        messages.error(request, _("This role needs a police clearance certificate: enter its date to approve."))
    else:
        messages.success(request, _("The volunteer was approved."))
    return redirect("volunteers:volunteer_list")


@role_required(*COORDINATORS)
def tandem_match(request: StaffRequest) -> HttpResponse:
    """Ranked suggestions for a newcomer: typed in, or taken from one of the open requests listed here."""
    tandem_request = None
    if request.GET.get("request", "").isdigit():
        tandem_request = get_tandem_request_for_user(request.user, int(request.GET["request"]))
        if tandem_request.status != TandemRequest.Status.OPEN:
            messages.error(request, _("This request is no longer open."))
            return redirect("volunteers:tandem_match")
    criteria = request.GET.copy()
    criteria.pop("request", None)
    if criteria:
        form = MatchForm(criteria)
    elif tandem_request is not None:
        form = MatchForm(MatchForm.data_for_request(tandem_request))
    else:
        form = MatchForm()
    suggestions = []
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        suggestions = tandem_suggestions(
            mentors=volunteers_for_user(request.user), languages=data["newcomer_languages"],
            district_id=data["newcomer_district"].pk if data["newcomer_district"] else None,
            interests=data["newcomer_interests"],
        )
    open_requests = tandem_requests_for_user(request.user).filter(status=TandemRequest.Status.OPEN) \
        .order_by("created_at", "id")[:MAX_OPEN_REQUESTS_SHOWN]
    return render(request, "volunteers/tandem_match.html",
                  {"form": form, "suggestions": suggestions, "query": urlencode(request.GET, doseq=True),
                   "tandem_request": tandem_request, "open_requests": open_requests})


@role_required(*COORDINATORS)
@require_POST
def tandem_propose_view(request: StaffRequest) -> HttpResponse:
    mentor_pk = request.POST.get("mentor", "")
    request_pk = request.POST.get("request", "")
    if request_pk.isdigit() and mentor_pk.isdigit():
        # From a request: the tandem takes the newcomer's side from the request, not from the form.
        tandem_request = get_tandem_request_for_user(request.user, int(request_pk))
        mentor = get_volunteer_for_user(request.user, int(mentor_pk))
        try:
            tandem = tandem_request_match(actor=request.user, tandem_request=tandem_request,
                                          mentor=mentor)
        except TandemRequestNotOpen:
            messages.error(request, _("This request is no longer open."))
            return redirect("volunteers:tandem_match")
        return redirect("volunteers:tandem_detail", pk=tandem.pk)
    form = MatchForm(request.POST)
    if not form.is_valid() or not mentor_pk.isdigit():
        messages.error(request, _("Please check the newcomer's details."))
        return redirect(reverse("volunteers:tandem_match"))
    mentor = get_volunteer_for_user(request.user, int(mentor_pk))
    organisation = acting_organisation(request.user, Role.VOLUNTEER_COORDINATOR) or mentor.organisation
    tandem = tandem_propose(actor=request.user, organisation=organisation, mentor=mentor, data=form.cleaned_data)
    return redirect("volunteers:tandem_detail", pk=tandem.pk)


@role_required(*COORDINATORS)
def tandem_detail(request: StaffRequest, pk: int) -> HttpResponse:
    tandem = get_tandem_for_user(request.user, pk)
    end_form = EndTandemForm(request.POST if request.POST.get("action") == "end" else None)
    check_form = CheckInForm(request.POST if request.POST.get("action") == "check_in" else None)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "activate":
            tandem_activate(actor=request.user, tandem=tandem)
            return redirect("volunteers:tandem_detail", pk=pk)
        if action == "end" and end_form.is_valid():
            tandem_end(actor=request.user, tandem=tandem, reason=end_form.cleaned_data["reason"])
            return redirect("volunteers:tandem_detail", pk=pk)
        if action == "check_in" and check_form.is_valid():
            tandem_check_in(actor=request.user, tandem=tandem, note=check_form.cleaned_data["note"])
            return redirect("volunteers:tandem_detail", pk=pk)
    else:
        audit_log(actor=request.user, action=AuditAction.VIEW, obj=tandem)
    return render(request, "volunteers/tandem_detail.html",
                  {"tandem": tandem, "end_form": end_form, "check_form": check_form,
                   "check_ins": tandem.check_ins.all()})


@role_required(*COORDINATORS)
def circle_list(request: StaffRequest) -> HttpResponse:
    changeable = circles_for_change(request.user)
    can_change = can_change_circles(request.user)
    form = CircleForm(request.POST or None)
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied  # the city's list: a volunteer organisation's coordinator reads it
        if request.POST.get("action") == "count":
            circle = get_object_or_404(changeable, pk=request.POST.get("circle"))
            count_form = CircleCountForm(request.POST)
            if count_form.is_valid():
                circle_count_record(actor=request.user, circle=circle, on=count_form.cleaned_data["on"],
                                    members=count_form.cleaned_data["members"])
                return redirect("volunteers:circle_list")
        elif form.is_valid():
            circle_create(actor=request.user, data=model_values(form), publish=form.cleaned_data["publish"],
                          organisation=acting_organisation(request.user, Role.VOLUNTEER_COORDINATOR, Role.ADMIN))
            return redirect("volunteers:circle_list")
    latest = CircleCount.objects.filter(circle=OuterRef("pk")).order_by("-on")
    circles = circles_for_user(request.user).annotate(
        members=Subquery(latest.values("members")[:1]), counted_on=Subquery(latest.values("on")[:1]))
    active = [c for c in circles if c.dissolved_on is None]
    figures = {
        "circles": sum(1 for c in active if not c.is_initiative),
        "initiatives": sum(1 for c in active if c.is_initiative),
        "members": sum(c.members or 0 for c in active),
    }
    return render(request, "volunteers/circle_list.html",
                  {"circles": circles, "form": form if can_change else None, "count_form": CircleCountForm(),
                   "figures": figures, "can_change": can_change})


def sports_offers(request: HttpRequest) -> HttpResponse:
    """The clubs' sports offers are entries of the Welcome Center's directory now."""
    return redirect(reverse("welcome:directory") + "?" + urlencode({"kind": "club", "club_category": "sport"}),
                    permanent=True)


# --- A newcomer's request for a Willkommens-Tandem -------------------------------------------------


@require_http_methods(["GET", "POST"])
@limit_public_posts("tandem-request")
def tandem_request_form(request: HttpRequest) -> HttpResponse:
    form = TandemRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            tandem_request_submit(data=form.request_data(), ui_language=translation.get_language() or "de")
        except NoVolunteerCoordination:
            form.add_error(None, _("We cannot take requests for a welcome mentor at the moment. "
                                   "Please contact the Welcome Center."))
        else:
            return redirect("volunteers:tandem_request_done")
    return render(request, "volunteers/tandem_request.html", {"form": form})


def tandem_request_done(request: HttpRequest) -> HttpResponse:
    return render(request, "volunteers/tandem_request_done.html")


@role_required(*COORDINATORS)
def tandem_request_detail(request: StaffRequest, pk: int) -> HttpResponse:
    tandem_request = get_tandem_request_for_user(request.user, pk)
    # The page shows the newcomer's contact: every read is audited.
    audit_log(actor=request.user, action=AuditAction.VIEW, obj=tandem_request, detail={"contact": True})
    return render(request, "volunteers/tandem_request_detail.html",
                  {"tandem_request": tandem_request})


@role_required(*COORDINATORS)
@require_POST
def tandem_request_withdraw_view(request: StaffRequest, pk: int) -> HttpResponse:
    tandem_request = get_tandem_request_for_user(request.user, pk)
    if tandem_request_withdraw(actor=request.user, tandem_request=tandem_request):
        messages.success(request, _("The request was withdrawn."))
    else:
        messages.error(request, _("This request is no longer open."))
    return redirect("volunteers:tandem_match")


@role_required(Role.COUNSELLOR)
def tandem_request_from_consultation(request: StaffRequest, consultation_pk: int) -> HttpResponse:
    """A counsellor passes on a newcomer's request from a consultation, with the newcomer's consent."""
    consultation = get_consultation_for_user(request.user, consultation_pk)
    if consultation.organisation_id not in organisation_ids_for_role(request.user, Role.COUNSELLOR):
        # A city admin reads every consultation, but passes requests on only as a counsellor there.
        raise Http404
    form = ConsultationTandemRequestForm(
        request.POST or None, initial={"languages": [consultation.language], "ui_language": consultation.language})
    if request.method == "POST" and form.is_valid():
        try:
            tandem_request_submit(data=form.request_data(), ui_language=form.cleaned_data["ui_language"],
                                  actor=request.user, from_consultation=consultation)
        except NoVolunteerCoordination:
            form.add_error(None, _("We cannot take requests for a welcome mentor at the moment. "
                                   "Please contact the Welcome Center."))
        else:
            messages.success(request, _("The request for a welcome mentor was passed on to the volunteer "
                                        "coordination."))
            return redirect("welcome:consultation_detail", pk=consultation.pk)
    return render(request, "volunteers/tandem_request_from_consultation.html",
                  {"form": form, "consultation": consultation})


circle_count_import, circle_count_import_template = import_views(CircleCountImport())
