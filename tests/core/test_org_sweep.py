"""The project's own sweep (issue 13, item 8): every named URL of the resolver, requested by people of
other organisations, must neither fail nor show, change or log organisation A's records.

Organisation A (and the city, for the roles that only exist there) gets one record of every
organisation-scoped kind the view matrix builds (tests/matrix.py), with marker text
``Geheim-A-<n>`` in its personal fields. Then, for every URL pattern the resolver knows (walked, not
listed), users of other organisations (each role on its own, and people holding roles in several
organisations, some of them in A itself) send GETs, GETs with A's ids in every id-like query parameter
and form filter, and POSTs: each form the page offers, filled in and with A's ids put into every
id-like field, and a bare POST with those ids where no form is shown. Anonymous visitors do the same
on the public pages in three languages.

Checked after every response: no 500; no marker of a record the user may not see, in the page, its
headers or a download (CSV streams, XLSX built by the export job, JSON); no 200 on a page of A's record
for someone without access to that kind. Checked per user: A's rows unchanged (values of every column
and many-to-many link of every scoped table), no new rows in A's tables that no one outside may
create, no audit entry on A's records by the user (no view or export where the user may not see the
kind, no change where the user may not change it). Each user's requests run in a savepoint that is
rolled back afterwards, so every user meets the same records.

Who may legitimately see what follows the access helpers (*/access.py): a city admin the
organisations' records (never integration plans nor other people's exports and imports), the
integration managers of A only A's plans, and so on (``access_rules`` below). Accommodation names
are shown city-wide by design to report viewers, integration managers (the plan form) and the
dialogue team (the dialogue form).
"""

from __future__ import annotations

import inspect
import io
import re
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import get_resolver, reverse
from django.urls.resolvers import URLPattern, URLResolver
from django.utils import timezone, translation

from core.models import AuditLog, ExportJob, ImportPreview, Membership, Organisation, Role, User
from tests import matrix
from tests.core.factories import OrganisationFactory, org_for, staff

pytestmark = pytest.mark.django_db

MARKER = "Geheim-A-"
MARKER_RE = re.compile(rb"geheim-a-(\d+)", re.IGNORECASE)
FORMATS = ("csv", "xlsx")
PUBLIC_LANGUAGES = ("de", "en", "ar")
CHANGING_ACTIONS = {"update", "delete", "anonymise"}
MAX_POSTS_PER_PAGE = 8


# --- who may see and change what -------------------------------------------------------------------


@dataclass
class Who:
    """A user's memberships as the access helpers read them (active organisations only)."""

    label: str
    roles_in: dict[int, set[str]] = field(default_factory=dict)
    city_orgs: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, user: User | None, label: str) -> Who:
        who = cls(label)
        if user is None:
            return who
        for m in Membership.objects.active().filter(user=user).select_related("organisation"):
            who.roles_in.setdefault(m.organisation_id, set()).add(m.role)
            if m.organisation.kind == Organisation.Kind.CITY:
                who.city_orgs.add(m.organisation_id)
        return who

    def holds(self, role: str, org: Organisation) -> bool:
        return role in self.roles_in.get(org.pk, set())

    def anywhere(self, *roles: str) -> bool:
        return any(set(roles) & held for held in self.roles_in.values())

    @property
    def admin(self) -> bool:
        return any(Role.ADMIN in self.roles_in[pk] for pk in self.city_orgs)

    @property
    def roles(self) -> set[str]:
        return set().union(*self.roles_in.values())

    def member_of(self, org: Organisation) -> bool:
        return org.pk in self.roles_in


@dataclass
class Access:
    see: Callable[[Who], bool]
    open: Callable[[Who], bool] | None = None  # a 200 on the record's own pages; default: see
    change: Callable[[Who], bool] | None = None  # default: see

    def may_open(self, who: Who) -> bool:
        return (self.open or self.see)(who)

    def may_change(self, who: Who) -> bool:
        return (self.change or self.see)(who)


def access_rules(org_a: Organisation, city: Organisation) -> dict[str, Access]:
    def counsellor_a(w: Who) -> bool:
        return w.admin or w.holds(Role.COUNSELLOR, org_a)

    def coordinator_city(w: Who) -> bool:
        return w.admin or w.holds(Role.VOLUNTEER_COORDINATOR, city)

    def nobody(w: Who) -> bool:
        return False

    return {
        "staff_a": Access(see=lambda w: w.admin or w.member_of(org_a), change=lambda w: w.admin),
        "staff_city": Access(see=lambda w: w.admin or w.member_of(city), change=lambda w: w.admin),
        "consultation": Access(see=counsellor_a),
        "appointment": Access(see=counsellor_a),
        "event": Access(see=counsellor_a),
        "registration": Access(see=counsellor_a),
        "offer": Access(see=counsellor_a),
        "entry": Access(see=lambda w: w.admin or w.holds(Role.DIRECTORY_EDITOR, org_a)),
        "accommodation": Access(
            see=lambda w: w.admin or w.holds(Role.OPERATOR, org_a)
            or w.anywhere(Role.REPORT_VIEWER, Role.INTEGRATION_MANAGER, Role.DIALOGUE_TEAM),
            open=lambda w: w.admin or w.holds(Role.OPERATOR, org_a) or w.anywhere(Role.REPORT_VIEWER),
            change=lambda w: w.admin or w.holds(Role.OPERATOR, org_a),
        ),
        "plan": Access(see=lambda w: w.holds(Role.INTEGRATION_MANAGER, org_a)),
        "volunteer": Access(see=coordinator_city),
        "tandem": Access(see=coordinator_city),
        "tandem_request": Access(see=coordinator_city),
        "circle": Access(see=lambda w: w.admin or w.anywhere(Role.VOLUNTEER_COORDINATOR),
                         change=lambda w: w.admin or any(Role.VOLUNTEER_COORDINATOR in w.roles_in[pk]
                                                         for pk in w.city_orgs)),
        "import_preview": Access(see=nobody),
        "export_job": Access(see=nobody),
    }


# Which record kind a matrix builder makes (for the status check of A's record pages).
BUILDER_KINDS = {
    "counsellors_consultation_for_tandem_request": "consultation",
    "counsellors_consultation": "consultation",
    "counsellors_event": "event",
    "counsellors_appointment": "appointment",
    "operators_accommodation": "accommodation",
    "managers_plan": "plan",
    "a_tandem_request": "tandem_request",
    "a_tandem": "tandem",
    "a_volunteer": "volunteer",
    "editors_entry": "entry",
    "own_organisation": "staff_a",
    "own_export_job": "export_job",
}


def builder_kind(builder: Callable[..., Any]) -> str | None:
    """The kind a builder makes; a lambda's by the builder it calls."""
    for name in (builder.__name__, *builder.__code__.co_names):
        if name in BUILDER_KINDS:
            return BUILDER_KINDS[name]
    return None


# --- the resolver ---------------------------------------------------------------------------------


@dataclass
class Route:
    name: str
    pattern: URLPattern

    @cached_property
    def kwargs(self) -> set[str]:
        return set(self.pattern.pattern.regex.groupindex)

    @cached_property
    def view(self) -> Callable[..., Any]:
        return inspect.unwrap(self.pattern.callback)

    @cached_property
    def source(self) -> str:
        try:
            return inspect.getsource(self.view)
        except (OSError, TypeError):
            return ""

    @cached_property
    def takes_post(self) -> bool:
        return "POST" in self.source

    def closure(self, name: str) -> Any:
        return inspect.getclosurevars(self.view).nonlocals.get(name)

    @cached_property
    def roles(self) -> set[str] | None:
        """The roles ``role_required`` lets in (None: a page without it)."""
        view: Any = self.pattern.callback
        while view is not None:
            allowed = inspect.getclosurevars(view).nonlocals.get("allowed") if inspect.isfunction(view) else None
            if isinstance(allowed, set):
                return allowed
            view = getattr(view, "__wrapped__", None)
        return None


def project_routes() -> list[Route]:
    routes: dict[str, Route] = {}

    def walk(patterns: list[Any], namespace: str | None = None) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif pattern.name and (namespace in matrix.PROJECT_NAMESPACES or pattern.name in matrix.PUBLIC_VIEWS):
                name = f"{namespace}:{pattern.name}" if namespace else pattern.name
                routes.setdefault(name, Route(name, pattern))

    walk(get_resolver().url_patterns)
    return [routes[name] for name in sorted(routes)]


# --- forms on a page ------------------------------------------------------------------------------


class FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict[str, Any]] = []
        self._form: dict[str, Any] | None = None
        self._select: dict[str, Any] | None = None
        self._textarea: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._form = {"method": (a.get("method") or "get").lower(), "action": a.get("action", ""), "fields": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input":
            self._form["fields"].append(("input", a))
        elif tag == "button":
            self._form["fields"].append(("button", a))
        elif tag == "select":
            self._select = {"attrs": a, "options": []}
            self._form["fields"].append(("select", self._select))
        elif tag == "option" and self._select is not None:
            self._select["options"].append(a)
        elif tag == "textarea":
            self._textarea = {"attrs": a, "text": ""}
            self._form["fields"].append(("textarea", self._textarea))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea["text"] += data


def filler(kind: str, attrs: dict[str, str]) -> str:
    today = timezone.localdate()
    return {
        "email": "sweep@test.example", "date": today.isoformat(), "datetime-local": f"{today.isoformat()}T10:00",
        "time": "10:00", "number": attrs.get("min") or "1", "url": "https://example.org/",
        "month": today.strftime("%Y-%m"), "tel": "0711 123456", "hidden": "", "password": "", "search": "",
    }.get(kind, "Sweep")


def form_submissions(form: dict[str, Any]) -> tuple[dict[str, list[str]], list[dict[str, str]], list[str]]:
    """A form filled in as a hurried person would: defaults kept, blanks filled, every box ticked.
    Returns the data, the named submit buttons (one submission each) and the file inputs."""
    data: dict[str, list[str]] = {}
    buttons: list[dict[str, str]] = []
    files: list[str] = []
    radios: dict[str, str] = {}
    for kind, spec in form["fields"]:
        attrs = spec if kind in ("input", "button") else spec["attrs"]
        name = attrs.get("name")
        if not name or "disabled" in attrs:
            continue
        type_ = (attrs.get("type") or ("submit" if kind == "button" else "text")).lower()
        if type_ in ("submit", "image"):
            buttons.append({name: attrs.get("value", "")})
            continue
        if type_ in ("reset", "button"):
            continue
        if kind == "textarea":
            data.setdefault(name, []).append(spec["text"] or "Sweep")
        elif kind == "select":
            chosen = [o.get("value", "") for o in spec["options"] if "selected" in o]
            if not chosen:
                chosen = [o["value"] for o in spec["options"] if o.get("value")][:1]
            data.setdefault(name, []).extend(chosen)
        else:
            if type_ == "file":
                files.append(name)
            elif type_ == "checkbox":
                if not name.endswith("-DELETE"):  # a formset's row is to be changed, not dropped
                    data.setdefault(name, []).append(attrs.get("value") or "on")
            elif type_ == "radio":
                if name not in radios or "checked" in attrs:
                    radios[name] = attrs.get("value", "on")
            else:
                value = attrs.get("value", "")
                if not value and name != "website" and type_ != "hidden":  # website: the honeypot
                    value = filler(type_, attrs)
                data.setdefault(name, []).append(value)
    for name, value in radios.items():
        data[name] = [value]
    unique_buttons = list({tuple(b.items()): b for b in buttons}.values())
    return data, unique_buttons, files


def page_forms(body: bytes, path: str) -> list[dict[str, Any]]:
    """The page's forms that send to the page itself (not the language switch, the logout ...)."""
    parser = FormParser()
    parser.feed(body.decode("utf-8", "replace"))
    return [f for f in parser.forms if not f["action"] or urlsplit(f["action"]).path in ("", path)]


# --- organisation A's records ---------------------------------------------------------------------


class Markers:
    def __init__(self) -> None:
        self.kinds: dict[int, str] = {}

    def new(self, kind: str) -> str:
        number = 101 + len(self.kinds)
        self.kinds[number] = kind
        return f"{MARKER}{number}"


def with_totp(user: User) -> User:
    TOTP.activate(user, generate_totp_secret())
    return user


@dataclass
class Table:
    kind: str
    rows: Callable[[], Any]  # a queryset of A's rows
    public_additions: bool = False  # anyone may add rows here (a sign-up, a booking, a request)


class World:
    """Organisation A's records, marked; organisation B's people; the ids to throw at the views."""

    def __init__(self, users_a: dict[str, User], org_a: Organisation, org_b: Organisation,
                 city: Organisation) -> None:
        from dialogues.models import Dialogue
        from refugees.models import (
            Accommodation,
            FimPlacement,
            Goal,
            IntegrationPlan,
            Occupancy,
            ProgressNote,
        )
        from volunteers.models import CheckIn, Circle, CircleCount, Tandem, TandemRequest, Volunteer
        from welcome.models import (
            Appointment,
            AvailabilityException,
            Consultation,
            CounsellorOffer,
            DirectoryEntry,
            GroupEvent,
            Registration,
            Topic,
            WeeklyHours,
        )

        self.org_a, self.org_b, self.city = org_a, org_b, city
        self.users_a = users_a
        self.users_b: dict[str, User] = {}  # B's people, one per role: the matrix builders' "users"
        self.rules = access_rules(org_a, city)
        self.markers = m = Markers()
        counsellor_a = users_a[Role.COUNSELLOR]
        manager_a = users_a[Role.INTEGRATION_MANAGER]
        operator_a = users_a[Role.OPERATOR]

        # Every builder of the matrix once, for A (the city for the city's roles).
        self.a_kwargs: dict[str, tuple[dict[str, Any], str | None]] = {}
        built: dict[Callable[..., Any], dict[str, Any]] = {}
        for name, (_roles, builder) in matrix.STAFF_VIEWS.items():
            if builder is None:
                continue
            if builder not in built:
                built[builder] = builder(counsellor_a, users_a)
            self.a_kwargs[name] = (built[builder], builder_kind(builder))

        consultation = Consultation.objects.get(pk=built[matrix.counsellors_consultation]["pk"])
        event = GroupEvent.objects.get(pk=built[matrix.counsellors_event]["pk"])
        appointment = Appointment.objects.get(pk=built[matrix.counsellors_appointment]["pk"])
        accommodation = Accommodation.objects.get(pk=built[matrix.operators_accommodation]["pk"])
        plan = IntegrationPlan.objects.get(pk=built[matrix.managers_plan]["pk"])
        volunteer = Volunteer.objects.get(pk=built[matrix.a_volunteer]["pk"])
        tandem = Tandem.objects.get(pk=built[matrix.a_tandem]["pk"])
        tandem_request = TandemRequest.objects.get(pk=built[matrix.a_tandem_request]["pk"])
        entry = DirectoryEntry.objects.get(pk=built[matrix.editors_entry]["pk"])
        export_job = ExportJob.objects.get(pk=built[matrix.own_export_job]["pk"])
        assert tandem.organisation_id == city.pk and tandem_request.organisation_id == city.pk
        assert {consultation.organisation_id, event.organisation_id, plan.organisation_id,
                accommodation.operator_id, entry.organisation_id} == {org_a.pk}

        # Personal fields marked.
        for role, user in users_a.items():
            if role in (Role.ADMIN, Role.REPORT_VIEWER, Role.DIALOGUE_TEAM):
                continue  # the city's staff beside the coordination: city-wide, no marker
            kind = "staff_city" if user.memberships.get().organisation_id == city.pk else "staff_a"
            mark = m.new(kind)
            User.objects.filter(pk=user.pk).update(first_name=mark, last_name=mark, email=f"{mark.lower()}@test.example")
        Consultation.objects.filter(pk=consultation.pk).update(outcome_note=m.new("consultation"))
        mark = m.new("appointment")
        Appointment.objects.filter(pk=appointment.pk).update(name=mark, email=f"{mark.lower()}@test.example",
                                                             phone=mark)
        start = timezone.now() + timedelta(days=5)
        hidden_event = GroupEvent.objects.create(
            organisation=org_a, title_de=m.new("event"), description_de=m.new("event"), format="workshop",
            starts_at=start, ends_at=start + timedelta(hours=1), capacity=10, is_published=False)
        registrations = []
        for on in (event, hidden_event):
            mark = m.new("registration")
            registrations.append(Registration.objects.create(event=on, name=mark, email=f"{mark.lower()}@test.example",
                                                             language="de", status="confirmed"))
        DirectoryEntry.objects.filter(pk=entry.pk).update(
            name_de=m.new("entry"), name_en=m.new("entry"), description_de=m.new("entry"), phone=m.new("entry"),
            is_published=False)
        Accommodation.objects.filter(pk=accommodation.pk).update(name=m.new("accommodation"),
                                                                 address=m.new("accommodation"))
        accommodation.refresh_from_db()
        Occupancy.objects.create(accommodation=accommodation, month=date(2017, 11, 1), residents=40, adults=30,
                                 minors=10, households=12, updated_by=operator_a)
        IntegrationPlan.objects.filter(pk=plan.pk).update(
            reference=m.new("plan"), languages=m.new("plan"), consent_purpose=m.new("plan"), accommodation=accommodation)
        goal = Goal.objects.create(plan=plan, field="language", description=m.new("plan"))
        ProgressNote.objects.create(goal=goal, text=m.new("plan"), author=manager_a)
        grant = matrix.a_fim_grant(counsellor_a, users_a)["pk"]
        FimPlacement.objects.create(grant_id=grant, plan=plan, starts_on=date(2017, 3, 1), ends_on=date(2017, 8, 31))
        mark = m.new("volunteer")
        Volunteer.objects.filter(pk=volunteer.pk).update(name=mark, email=f"{mark.lower()}@test.example", phone=mark,
                                                         interests=mark)
        Tandem.objects.filter(pk=tandem.pk).update(newcomer_reference=m.new("tandem"),
                                                   newcomer_contact=m.new("tandem"), newcomer_interests=m.new("tandem"))
        check_in = CheckIn.objects.create(tandem=tandem, note=m.new("tandem"), author=users_a[Role.VOLUNTEER_COORDINATOR])
        mark = m.new("tandem_request")
        TandemRequest.objects.filter(pk=tandem_request.pk).update(
            name=mark, email=f"{mark.lower()}@test.example", phone=mark, interests=mark, help_wished=mark,
            from_consultation=consultation)
        circle = Circle.objects.create(name="Freundeskreis Sweep", contact_person=m.new("circle"),
                                       contact_email=f"{m.new('circle').lower()}@test.example")
        CircleCount.objects.create(circle=circle, on=date(2017, 12, 31), members=12)
        offer, _ = CounsellorOffer.objects.get_or_create(
            counsellor=counsellor_a, organisation=org_a, defaults={"languages": ["de", "ar"], "channels": ["phone"]})
        offer.topics.set([Topic.objects.order_by("id")[0]])
        hours = WeeklyHours.objects.create(offer=offer, weekday=2, starts="09:00", ends="12:00")
        exception = AvailabilityException.objects.create(offer=offer, date=timezone.localdate() + timedelta(days=9),
                                                         kind="absence")
        mark = m.new("import_preview")
        preview = ImportPreview.objects.create(
            kind="occupancy", user=operator_a, organisation=org_a, file_name=f"{mark}.csv",
            rows=[{"delimiter": ";"}, {"accommodation": mark}], lines=[2],
            content=f"Unterkunft;Monat;Bewohner\r\n{mark};11.2017;12\r\n".encode())
        mark = m.new("export_job")
        ExportJob.objects.filter(pk=export_job.pk).update(title=mark)
        export_job.refresh_from_db()
        export_job.file.save(f"{mark}.xlsx", ContentFile(xlsx_with(mark)), save=True)

        self.records = {
            "consultation": consultation, "event": event, "hidden_event": hidden_event, "appointment": appointment,
            "accommodation": accommodation, "plan": plan, "goal": goal, "volunteer": volunteer, "tandem": tandem,
            "tandem_request": tandem_request, "entry": entry, "circle": circle, "offer": offer, "hours": hours,
            "exception": exception, "preview": preview, "export_job": export_job, "check_in": check_in,
            "registrations": registrations,
        }

        # A's ids for every id-like field of a POST ("confirm" is sent on its own: it switches the mode).
        reg_ids = [str(r.pk) for r in registrations]
        self.post_ids: dict[str, list[str]] = {
            "pk": [str(consultation.pk)], "organisation": [str(org_a.pk)], "operator": [str(org_a.pk)],
            "accommodation": [str(accommodation.pk)], "plan": [str(plan.pk)], "goal": [str(goal.pk)],
            "mentor": [str(volunteer.pk)], "volunteer": [str(volunteer.pk)], "request": [str(tandem_request.pk)],
            "tandem": [str(tandem.pk)], "circle": [str(circle.pk)], "event": [str(event.pk)],
            "registration": reg_ids[:1], "attended": reg_ids, "consultation": [str(consultation.pk)],
            "appointment": [str(appointment.pk)], "counsellor": [str(counsellor_a.pk)],
            "manager": [str(manager_a.pk)], "user": [str(counsellor_a.pk)], "entry": [str(entry.pk)],
            "add": [str(entry.pk)], "remove": [str(entry.pk)], "offer": [str(offer.pk)],
            "hours-0-id": [str(hours.pk)], "hours-0-offer": [str(offer.pk)],
            "exceptions-0-id": [str(exception.pk)], "exceptions-0-offer": [str(offer.pk)],
            "from_consultation": [str(consultation.pk)], "job": [str(export_job.pk)],
        }
        self.confirm_token = preview.token
        # ... and for every id-like query parameter and filter.
        self.get_ids: dict[str, str] = {
            key: values[0] for key, values in self.post_ids.items() if "-" not in key and key != "attended"}
        self.get_ids.update({"c": str(counsellor_a.pk), "move": str(appointment.pk), "object_id": str(consultation.pk),
                             "grant": str(grant)})
        # An import's identifying column, per import kind: A's accommodation, entry, circle.
        self.import_ids: dict[str, dict[str, str]] = {
            "occupancy": {"accommodation": accommodation.name},
            "accommodations": {"name": accommodation.name, "operator": org_a.name},
            "fim-grants": {"accommodation": accommodation.name},
            "circle-counts": {"circle": circle.name},
            "directory": {"id": str(entry.pk), "organisation": org_a.name},
        }
        # The public pages' record kwargs: A's published event (public itself), A's hidden event and
        # entry, the tokens guessed as A's ids.
        self.public_kwargs: dict[str, list[tuple[str, dict[str, Any], str | None]]] = {
            "welcome:event_detail": [("A-published", {"pk": event.pk}, None),
                                     ("A-hidden", {"pk": hidden_event.pk}, "event")],
            "welcome:directory_entry": [("A-unpublished", {"pk": entry.pk}, "entry")],
            "welcome:registration_manage": [("A-id", {"token": str(registrations[0].pk)}, "registration")],
            "welcome:appointment_manage": [("A-id", {"token": str(appointment.pk)}, "appointment")],
        }

        # The booking pages take the newcomer's choices in the query string: A's counsellor's offer and
        # a free time with A's counsellor (public: anybody may book it).
        from welcome.booking.slots import free_slots

        topic = offer.topics.get()
        choice = {"topic": str(topic.pk), "language": "de", "channel": "phone"}
        slots = [s for s in free_slots(topic=topic, language="de", channel="phone", start=timezone.localdate(),
                                       days=21) if s.counsellor_id == counsellor_a.pk]
        assert slots, "A's counsellor offers no free time to book"
        self.queries: dict[str, dict[str, str]] = {
            "welcome:book_slots": choice, "welcome:book_waitlist": choice,
            "welcome:book_contact": {**choice, "c": str(counsellor_a.pk), "t": slots[0].starts_at.isoformat()},
        }

        orgs = [org_a.pk, city.pk]
        a_users = list(User.objects.filter(memberships__organisation__in=orgs).values_list("pk", flat=True))
        self.tables = [
            Table("staff_a", lambda: Membership.objects.filter(organisation=org_a)),
            Table("staff_city", lambda: Membership.objects.filter(organisation=city)),
            Table("staff_a", lambda: User.objects.filter(pk__in=a_users)),
            Table("staff_a", lambda: Organisation.objects.filter(pk__in=orgs)),
            Table("consultation", lambda: Consultation.objects.filter(organisation_id__in=orgs)),
            Table("appointment", lambda: Appointment.objects.filter(organisation_id__in=orgs), public_additions=True),
            Table("event", lambda: GroupEvent.objects.filter(organisation_id__in=orgs)),
            Table("registration", lambda: Registration.objects.filter(event__organisation_id__in=orgs),
                  public_additions=True),
            Table("offer", lambda: CounsellorOffer.objects.filter(organisation_id__in=orgs)),
            Table("offer", lambda: WeeklyHours.objects.filter(offer__organisation_id__in=orgs)),
            Table("offer", lambda: AvailabilityException.objects.filter(offer__organisation_id__in=orgs)),
            Table("entry", lambda: DirectoryEntry.objects.filter(organisation_id__in=orgs)),
            Table("accommodation", lambda: Accommodation.objects.filter(operator_id__in=orgs)),
            Table("accommodation", lambda: Occupancy.objects.filter(accommodation__operator_id__in=orgs)),
            Table("plan", lambda: IntegrationPlan.objects.filter(organisation_id__in=orgs)),
            Table("plan", lambda: Goal.objects.filter(plan__organisation_id__in=orgs)),
            Table("plan", lambda: ProgressNote.objects.filter(goal__plan__organisation_id__in=orgs)),
            Table("plan", lambda: FimPlacement.objects.filter(plan__organisation_id__in=orgs)),
            Table("volunteer", lambda: Volunteer.objects.filter(organisation_id__in=orgs), public_additions=True),
            Table("tandem", lambda: Tandem.objects.filter(organisation_id__in=orgs)),
            Table("tandem", lambda: CheckIn.objects.filter(tandem__organisation_id__in=orgs)),
            Table("tandem_request", lambda: TandemRequest.objects.filter(organisation_id__in=orgs),
                  public_additions=True),
            Table("circle", lambda: Circle.objects.all()),
            Table("circle", lambda: CircleCount.objects.all()),
            Table("import_preview", lambda: ImportPreview.objects.filter(user_id__in=a_users)),
            Table("export_job", lambda: ExportJob.objects.filter(user_id__in=a_users)),
        ]
        # Audit entries are matched to A's records by record type and id.
        self.audited: dict[tuple[int, str], str] = {}
        for table in self.tables:
            content_type = ContentType.objects.get_for_model(table.rows().model)
            for pk in table.rows().values_list("pk", flat=True):
                self.audited[(content_type.pk, str(pk))] = table.kind
        assert Dialogue.objects.exists()  # the matrix's city-wide records exist (a_dialogue)

    def snapshot(self) -> dict[tuple[int, str], dict[Any, dict[str, Any]]]:
        shot = {}
        for index, table in enumerate(self.tables):
            qs = table.rows()
            model = qs.model
            m2m = [f.name for f in model._meta.many_to_many]
            rows = {}
            for obj in qs.prefetch_related(*m2m).order_by("pk"):
                row = {f.attname: getattr(obj, f.attname) for f in model._meta.concrete_fields}
                row.update({name: sorted(x.pk for x in getattr(obj, name).all()) for name in m2m})
                rows[obj.pk] = row
            shot[(index, model._meta.label)] = rows
        return shot


def xlsx_with(text: str) -> bytes:
    from core.exports import write_xlsx

    out = io.BytesIO()
    write_xlsx(out, sheet="Export", header=["Name"], rows=[[text]])
    return out.getvalue()


def readable(blob: bytes) -> bytes:
    """A body as text to search: a workbook (a zip) unpacked."""
    if blob.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(blob)) as archive:
                return b"\n".join(archive.read(name) for name in archive.namelist())
        except zipfile.BadZipFile:
            return blob
    return blob


# --- the sweep ------------------------------------------------------------------------------------


@dataclass
class Findings:
    items: list[str] = field(default_factory=list)
    requests: int = 0
    urls: set[str] = field(default_factory=set)
    statuses: Counter[str] = field(default_factory=Counter)
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, text: str) -> None:
        if text not in self.items:
            self.items.append(text)


class Sweep:
    """One user's (or an anonymous visitor's) requests to every route."""

    def __init__(self, world: World, who: Who, client: Client, findings: Findings, capture: Any,
                 own: Callable[[Callable[..., Any]], dict[str, Any]] | None = None) -> None:
        self.world, self.who, self.client, self.findings, self.capture = world, who, client, findings, capture
        self.own = own
        self.visible = {n for n, kind in world.markers.kinds.items() if world.rules[kind].see(who)}

    # One request, in its own savepoint (a failed request must not poison the rest).
    def request(self, method: str, route: Route, url: str, label: str, data: dict[str, Any] | None = None,
                kind: str | None = None, echo: bytes = b"") -> tuple[int, bytes, str]:
        self.findings.requests += 1
        self.findings.urls.add(route.name)
        where = f"{method.upper()} {route.name} [{label}] {url} as {self.who.label}"
        savepoint = transaction.savepoint_create()
        body = b""
        try:
            with self.capture(execute=True):
                response = getattr(self.client, method)(url, data or {})
                status = response.status_code
                if getattr(response, "streaming", False):
                    body = b"".join(response.streaming_content)
                    matrix.close_files(response)
                else:
                    body = response.content
        except Exception as exc:  # noqa: BLE001 - every failure is a finding
            transaction.savepoint_rollback(savepoint)
            tail = "".join(traceback.format_exception(exc)[-3:]).strip()
            self.findings.add(f"{where}: raised {tail}")
            return 500, b"", ""
        if status >= 500:
            transaction.savepoint_rollback(savepoint)
            exc_info = getattr(response, "exc_info", None)
            tail = "".join(traceback.format_exception(*exc_info)[-3:]).strip() if exc_info else repr(body[:300])
            self.findings.add(f"{where}: {status} {tail}")
            return status, body, ""
        transaction.savepoint_commit(savepoint)
        self.findings.statuses[f"{method.upper()} {status}"] += 1
        headers = "\n".join(f"{k}: {v}" for k, v in response.items()).encode()
        self.check_markers(where, readable(body) + b"\n" + headers, echo=echo + url.encode())
        if kind and status == 200 and not self.world.rules[kind].may_open(self.who):
            self.findings.add(f"{where}: 200 on organisation A's {kind}")
        location = response.get("Location", "") if status in (301, 302, 303) else ""
        if "/staff/exports/" in location:
            self.follow_export(route, location, label)
        return status, body, response.get("Content-Type", "")

    def check_markers(self, where: str, blob: bytes, echo: bytes) -> None:
        found = {int(n) for n in MARKER_RE.findall(blob)} - {int(n) for n in MARKER_RE.findall(echo)}
        leaked = sorted(n for n in found - self.visible if n in self.world.markers.kinds)
        if leaked:
            kinds = sorted({self.world.markers.kinds[n] for n in leaked})
            self.findings.add(f"{where}: shows A's {', '.join(kinds)} ({', '.join(f'{MARKER}{n}' for n in leaked)})")

    def follow_export(self, route: Route, location: str, label: str) -> None:
        found = re.search(r"/exports/(\d+)/", location)
        assert found is not None
        self.request("get", route, location, f"{label} job page")
        self.request("get", route, reverse("core:export_download", args=[int(found.group(1))]), f"{label} download")

    # Which URLs (with kwargs) a route has.
    def variants(self, route: Route, *, own: bool = True) -> list[tuple[str, dict[str, Any], str | None]]:
        needed = route.kwargs
        if not needed:
            return [("", {}, None)]
        if needed == {"fmt"}:
            return [(fmt, {"fmt": fmt}, None) for fmt in FORMATS]
        if needed == {"dataset", "fmt"}:
            datasets = route.closure("datasets")
            assert datasets, f"{route.name}: no datasets found in the export view"
            return [(f"{name}.{fmt}", {"dataset": name, "fmt": fmt}, None) for name in datasets for fmt in FORMATS]
        if route.name in self.world.a_kwargs:
            kwargs, kind = self.world.a_kwargs[route.name]
            found = [("A", kwargs, kind)]
            if own and self.own is not None and route.takes_post:  # the user's own record: its forms
                own_builder = matrix.STAFF_VIEWS[route.name][1]
                assert own_builder is not None
                found.append(("own", self.own(own_builder), None))
            return found
        if route.name in self.world.public_kwargs:
            return self.world.public_kwargs[route.name]
        raise LookupError(f"{route.name}: the sweep knows no record for its URL kwargs {sorted(needed)}")

    def run(self, routes: list[Route], *, public_pages: bool = True) -> None:
        for route in routes:
            if not public_pages and route.roles is None and "user" not in route.source:
                continue  # a public page that does not read who asks: swept by the first user and anonymously
            if route.roles is not None and not route.roles & self.who.roles:
                # role_required turns the user away before anything else, whatever the organisation:
                # tests/core/test_view_matrix.py shows it for each single role; one request shows it
                # for a combination of roles.
                if len(self.who.roles) > 1:
                    label, kwargs, kind = self.variants(route, own=False)[0]
                    self.request("get", route, reverse(route.name, kwargs=kwargs), label or "GET", kind=kind)
                continue
            query = self.world.queries.get(route.name)
            for label, kwargs, kind in self.variants(route):
                url = reverse(route.name, kwargs=kwargs)
                self.sweep_url(route, f"{url}?{urlencode(query)}" if query else url, label, kind)

    def sweep_url(self, route: Route, url: str, label: str, kind: str | None) -> None:
        status, body, content_type = self.request("get", route, url, label or "GET", kind=kind)
        path = urlsplit(url).path
        forms = page_forms(body, path) if status == 200 and "html" in content_type else []
        # A's ids in every id-like query parameter the view reads and every filter its forms offer.
        wanted = set(re.findall(r'GET(?:\.get|\.getlist)?\(\s*"(\w+)"', route.source))
        wanted |= set(re.findall(r'GET\["(\w+)"\]', route.source))
        for form in forms:
            if form["method"] == "get":
                wanted |= {(spec if k in ("input", "button") else spec["attrs"]).get("name", "")
                           for k, spec in form["fields"]}
        query = {key: value for key, value in self.world.get_ids.items() if key in wanted}
        if query:
            self.request("get", route, f"{url}{'&' if '?' in url else '?'}{urlencode(query)}", f"{label} ?A-ids",
                         kind=kind)
        if not route.takes_post:
            return
        posts: list[tuple[dict[str, Any], bytes]] = []
        for form in forms:
            if form["method"] != "post":
                continue
            data, buttons, files = form_submissions(form)
            for button in buttons or [{}]:
                posts.append(self.with_ids({**data, **{k: [v] for k, v in button.items()}}, route, files))
        # Where no form offers it, a bare POST with A's ids, and one for each action the view knows.
        offered = {tuple(data.get("action", [])) for data, _echo in posts}
        actions = [None, *sorted(set(re.findall(r'action["\')\]]*\s*==\s*"(\w+)"', route.source)))]
        if status in (403, 404):
            actions = [None]  # the record was refused before the POST is read: one POST shows it
        for action in actions:
            if not posts or (action is not None and (action,) not in offered):
                posts.append(self.with_ids({"action": [action]} if action else {}, route, []))
        if "confirm" in route.source:
            posts.append(({"confirm": [self.world.confirm_token]}, b""))
        seen: set[str] = set()
        for data, echo in posts:
            key = repr(sorted((k, repr(v)) for k, v in data.items()))
            if key in seen or len(seen) >= MAX_POSTS_PER_PAGE:
                continue
            seen.add(key)
            status, response_body, content_type = self.request("post", route, url, f"{label} POST", data=data,
                                                               kind=kind, echo=echo)
            # An upload's preview offers its confirmation: confirm it too.
            if status == 200 and "html" in content_type and "confirm" not in data:
                for form in page_forms(response_body, path):
                    confirm, _buttons, _files = form_submissions(form)
                    if form["method"] == "post" and confirm.get("confirm", [""])[0]:
                        self.request("post", route, url, f"{label} POST confirm", data=confirm, kind=kind, echo=echo)

    def with_ids(self, data: dict[str, list[str]], route: Route, files: list[str]) -> tuple[dict[str, Any], bytes]:
        posted: dict[str, Any] = {**data, **self.world.post_ids}
        for name in [n for n in posted if n.endswith("-TOTAL_FORMS")]:
            prefix = name.removesuffix("-TOTAL_FORMS")
            posted[f"{prefix}-TOTAL_FORMS"] = posted[f"{prefix}-INITIAL_FORMS"] = ["1"]
        echo = b""
        for name in files:
            content = self.import_file(route)
            echo += content
            posted[name] = SimpleUploadedFile("sweep.csv", content, content_type="text/csv")
        return posted, echo

    def import_file(self, route: Route) -> bytes:
        """The import's template with its example row, A's record in the identifying column."""
        from core.spreadsheets import template_csv

        importer = route.closure("importer")
        if importer is not None:
            columns, kind = importer.columns(), importer.kind
        else:
            from welcome.directory import imports

            columns, kind = imports.columns(), imports.KIND
        example = {c.name: str(c.example or "") for c in columns}
        example.update(self.world.import_ids.get(kind, {}))
        return template_csv(columns=columns, example=example)


# --- the runs -------------------------------------------------------------------------------------


@pytest.fixture
def open_limits(settings):
    for name in ("PORTAL_PUBLIC_FORM_RATE", "PORTAL_PUBLIC_FORM_RATE_PER_EMAIL", "PORTAL_BOOKING_RATE_PER_IP",
                 "PORTAL_BOOKING_RATE_PER_EMAIL", "PORTAL_BOOKING_RATE_NOJS"):
        setattr(settings, name, "100000/h")
    settings.PORTAL_BOOKING_MAX_OPEN_PER_EMAIL = 1000


@pytest.fixture
def world(users_by_role, org_a, org_b, city, open_limits):
    return World(users_by_role, org_a, org_b, city)


def other_organisations_people(world: World) -> list[tuple[str, User]]:
    """Every role in B (or, where it cannot exist there, in another organisation of a kind that has it),
    and people with roles in several organisations, some of them in A itself."""
    org_b = world.org_b
    vol_b: Organisation = OrganisationFactory.create(name="Freiwillige B", short_name="FB",
                                                     kind=Organisation.Kind.VOLUNTEER)
    city_b: Organisation = OrganisationFactory.create(name="Stadt B", short_name="SB", kind=Organisation.Kind.CITY)
    people = []
    for role in Role.values:
        org = org_for(role, org_b, vol_b, city_b)
        user = staff(role, org, email=f"sweep-{role}@test.example")
        world.users_b[role] = with_totp(user) if role == Role.ADMIN else user
        people.append((f"{role}@{org.short_name}", world.users_b[role]))

    def several(label: str, *held: tuple[str, Organisation]) -> None:
        user = staff(held[0][0], held[0][1], email=f"sweep-{len(people)}@test.example")
        for role, org in held[1:]:
            Membership.objects.create(user=user, organisation=org, role=role)
        people.append((label, user))

    a, c = world.org_a, world.city
    several("counsellor@B+operator@B", (Role.COUNSELLOR, org_b), (Role.OPERATOR, org_b))
    several("coordinator@FB+directory_editor@B", (Role.VOLUNTEER_COORDINATOR, vol_b), (Role.DIRECTORY_EDITOR, org_b))
    several("directory_editor@A+counsellor@B", (Role.DIRECTORY_EDITOR, a), (Role.COUNSELLOR, org_b))
    several("counsellor@A+operator@B", (Role.COUNSELLOR, a), (Role.OPERATOR, org_b))
    several("operator@A+integration_manager@B+directory_editor@B", (Role.OPERATOR, a),
            (Role.INTEGRATION_MANAGER, org_b), (Role.DIRECTORY_EDITOR, org_b))
    several("report_viewer@city+coordinator@FB", (Role.REPORT_VIEWER, c), (Role.VOLUNTEER_COORDINATOR, vol_b))
    return people


def sweep_as(world: World, label: str, user: User | None, routes: list[Route], findings: Findings, capture: Any,
             languages: tuple[str, ...] = ("de",), public_pages: bool = True) -> None:
    """All routes as one user, in a savepoint rolled back afterwards; then A's rows and the audit log."""
    from core.choices_cache import bump

    who = Who.of(user, label)
    started = time.monotonic()
    before = world.snapshot()
    last_audit = AuditLog.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    users_b = world.users_b
    with transaction.atomic():
        client = Client(raise_request_exception=False)

        def own(builder: Callable[..., Any]) -> dict[str, Any]:
            # Built afresh for each route: an earlier route may have deleted or anonymised the last one.
            return builder(user, users_b)

        if user is not None:
            client.force_login(user)
        sweep = Sweep(world, who, client, findings, capture, own=own if user is not None else None)
        for language in languages:
            with translation.override(language):
                sweep.run(routes, public_pages=public_pages)
        after = world.snapshot()
        for (index, label_), rows in before.items():
            table = world.tables[index]
            if world.rules[table.kind].may_change(who):
                continue
            now = after[(index, label_)]
            for pk, row in rows.items():
                if pk not in now:
                    findings.add(f"as {label}: A's {label_} {pk} was deleted")
                elif now[pk] != row:
                    changed = sorted(k for k in row if row[k] != now[pk][k])
                    findings.add(f"as {label}: A's {label_} {pk} changed ({', '.join(changed)})")
            if not table.public_additions:
                for pk in sorted(now.keys() - rows.keys()):
                    findings.add(f"as {label}: new {label_} {pk} in A")
        for entry in AuditLog.objects.filter(pk__gt=last_audit).order_by("pk"):
            kind = world.audited.get((entry.content_type_id, entry.object_id)) if entry.content_type_id else None
            if kind is None or entry.actor_id != (user.pk if user else None):
                continue
            rule = world.rules[kind]
            allowed = rule.may_change(who) if entry.action in CHANGING_ACTIONS else rule.see(who)
            if not allowed:
                findings.add(f"as {label}: audit '{entry.action}' on A's {kind} {entry.object_id}")
        transaction.set_rollback(True)
    bump()  # cached choice lists were built from rows now rolled back
    findings.seconds[label] = time.monotonic() - started


def report(findings: Findings, started: float, people: int) -> str:
    return (f"{len(findings.urls)} URL names, {people} users, {findings.requests} requests, "
            f"{time.monotonic() - started:.1f}s; {dict(sorted(findings.statuses.items()))}; "
            f"{ {k: round(v, 1) for k, v in findings.seconds.items()} }")


def staff_routes() -> list[Route]:
    return project_routes()


def test_people_of_other_organisations_neither_see_nor_change_a(world, django_capture_on_commit_callbacks):
    started = time.monotonic()
    people = other_organisations_people(world)
    routes = staff_routes()
    findings = Findings()
    for index, (label, user) in enumerate(people):
        sweep_as(world, label, user, routes, findings, django_capture_on_commit_callbacks, public_pages=index == 0)
    print(f"\nstaff sweep: {report(findings, started, len(people))}")
    assert not findings.items, f"{len(findings.items)} findings:\n" + "\n".join(findings.items)


def test_anonymous_visitors_in_three_languages(world, django_capture_on_commit_callbacks):
    started = time.monotonic()
    public = [route for route in project_routes() if route.name not in matrix.STAFF_VIEWS]
    findings = Findings()
    sweep_as(world, "anonymous", None, public, findings, django_capture_on_commit_callbacks,
             languages=PUBLIC_LANGUAGES)
    print(f"\npublic sweep: {report(findings, started, 1)} ({', '.join(PUBLIC_LANGUAGES)})")
    assert findings.requests > 3 * len(public)
    assert not findings.items, f"{len(findings.items)} findings:\n" + "\n".join(findings.items)


def test_the_sweep_notices_what_it_looks_for(world, users_by_role, django_capture_on_commit_callbacks):
    """Its own check: A's counsellor, counted as a stranger to every record, must set off each alarm:
    markers in pages and in downloads, a 200 on A's record, a change to A's rows, an audit entry."""
    world.users_b = {role: users_by_role[role] for role in Role.values}
    world.rules = {kind: Access(see=lambda w: False) for kind in world.rules}
    wanted = {"welcome:consultation_detail", "welcome:consultation_edit", "welcome:consultation_export",
              "welcome:staff_event_attendance"}
    routes = [route for route in project_routes() if route.name in wanted]
    findings = Findings()
    sweep_as(world, "A's counsellor", users_by_role[Role.COUNSELLOR], routes, findings,
             django_capture_on_commit_callbacks)
    print("\n".join(findings.items))
    text = "\n".join(findings.items)
    for alarm in ("consultation_detail [A] /de/staff/welcome/consultations/", "shows A's consultation",
                  "[xlsx download]", "200 on organisation A's consultation", "audit 'view' on A's consultation",
                  "A's welcome.Registration"):
        assert alarm in text, f"the sweep missed: {alarm}"
