"""The shape of the code, checked (STYLE.md, "Thin views"; issue 16 item 1).

1. No view module writes a model: views call services. The check reads the source (``ast``) and
   flags every call of a method named like a model write, whatever it is called on; a ``dict``
   is merged with ``|=`` in a view, since ``.update(`` reads like ``QuerySet.update``.
2. No GET writes anything but the audit entry of a read (reads of personal records are recorded).
3. A service that writes personal data writes its audit entry in the same transaction: with the
   audit insert refused by the database (a trigger), the service's row is not there either.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection, models
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.audit import audit_log
from core.models import AuditAction, AuditLog, District, Organisation, Role
from core.services import RowChange
from tests.core.factories import OrganisationFactory, staff
from tests.matrix import POST_VIEWS, STAFF_VIEWS, close_files

ROOT = Path(settings.BASE_DIR)
APPS = ("core", "welcome", "refugees", "dialogues", "volunteers", "reporting")
# The import pages of every app are built by core.imports.import_views: view code outside a views module.
EXTRA_VIEW_MODULES = ("core/imports.py",)
MODEL_WRITES = frozenset({"save", "create", "update", "delete", "get_or_create", "update_or_create",
                          "bulk_create", "bulk_update"})
# (module, view function, call): writes still in a view, each with its reason (none today).
KNOWN: set[tuple[str, str, str]] = set()


def view_modules() -> Iterator[Path]:
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            parts = path.relative_to(ROOT).parts
            if "migrations" in parts:
                continue
            if path.name == "views.py" or path.name.startswith("views_") or "views" in parts[:-1]:
                yield path
    for name in EXTRA_VIEW_MODULES:
        yield ROOT / name


def model_writes(source: str) -> list[tuple[str, str, int]]:
    """(enclosing function, called method as written, line) of every call named like a model write."""
    found: list[tuple[str, str, int]] = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MODEL_WRITES:
            found.append((function, ast.unparse(node.func), node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(ast.parse(source), "<module>")
    return found


def test_the_check_flags_model_writes_and_nothing_else():
    snippet = '''
def view(request):
    form.save()
    obj = form.save(commit=False)
    Consultation.objects.filter(pk=1).update(language="de")
    offer, created = CounsellorOffer.objects.get_or_create(counsellor=request.user)
    entry.delete()
    Thing.objects.bulk_create([])
    context |= {"preview": 1}
    return render(request, "page.html", {"form": form})
'''
    assert [(function, call) for function, call, _line in model_writes(snippet)] == [
        ("view", "form.save"), ("view", "form.save"),
        ("view", "Consultation.objects.filter(pk=1).update"),
        ("view", "CounsellorOffer.objects.get_or_create"),
        ("view", "entry.delete"), ("view", "Thing.objects.bulk_create"),
    ]


def test_the_check_reads_every_view_module():
    found = {path.relative_to(ROOT).as_posix() for path in view_modules()}
    assert {"welcome/consultations/views.py", "welcome/booking/views.py", "welcome/events/views.py",
            "welcome/directory/views.py", "welcome/info/views.py", "dialogues/views.py", "volunteers/views.py",
            "refugees/views.py", "reporting/views.py", "core/views.py", "core/imports.py"} <= found


def test_no_view_module_writes_a_model():
    found = set()
    problems = []
    for path in view_modules():
        module = path.relative_to(ROOT).as_posix()
        for function, call, line in model_writes(path.read_text(encoding="utf-8")):
            found.add((module, function, call))
            if (module, function, call) not in KNOWN:
                problems.append(f"{module}:{line} {function}() calls {call}(): move the write into a service")
    assert not problems, "\n".join(problems)
    assert not KNOWN - found, f"no longer in the views, take them out of KNOWN: {sorted(KNOWN - found)}"


# --- a GET writes nothing ------------------------------------------------------------------------

WRITE_SQL = re.compile(r"^\s*(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|COPY)\b", re.IGNORECASE)
# Not the view's writes: the audit entry of a read, and the session's idle timeout moved on every
# request (SESSION_SAVE_EVERY_REQUEST).
ALLOWED_ON_GET = re.compile(r'^\s*(INSERT INTO "core_auditlog"|UPDATE "django_session")', re.IGNORECASE)


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", sorted(set(STAFF_VIEWS) - POST_VIEWS))
def test_no_get_writes_anything_but_its_audit_entry(client, users_by_role, url_name):
    allowed, kwargs_for = STAFF_VIEWS[url_name]
    user = users_by_role[sorted(allowed)[0]]
    client.force_login(user)
    url = reverse(url_name, kwargs=kwargs_for(user, users_by_role) if kwargs_for else {})
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        close_files(response)
    assert response.status_code == 200
    writes = [q["sql"] for q in captured.captured_queries
              if WRITE_SQL.match(q["sql"]) and not ALLOWED_ON_GET.match(q["sql"])]
    assert not writes, f"GET {url_name} writes:\n" + "\n".join(writes)


def test_control_the_get_check_sees_a_write(client, users_by_role):
    """The availability page used to create the counsellor's offer on a GET; the statement the check looks for."""
    from welcome.models import CounsellorOffer

    user = users_by_role[Role.COUNSELLOR]
    with CaptureQueriesContext(connection) as captured:
        CounsellorOffer.objects.get_or_create(counsellor=user, organisation=user.memberships.get().organisation,
                                              defaults={"languages": ["de"], "channels": ["in_person"]})
    assert [q for q in captured.captured_queries if WRITE_SQL.match(q["sql"])]


# --- a service's write and its audit entry are one transaction ------------------------------------

@pytest.fixture
def audit_insert_fails(transactional_db):
    """The database refuses every new audit entry, as a full disk or a lost connection would at
    that moment. The tests commit (transactional_db), so a write outside the service's transaction
    would stay."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE FUNCTION test_audit_insert_fails() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'audit insert refused by the test'; END $$")
        cursor.execute("CREATE TRIGGER test_audit_insert_fails BEFORE INSERT ON core_auditlog "
                       "FOR EACH ROW EXECUTE FUNCTION test_audit_insert_fails()")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER test_audit_insert_fails ON core_auditlog")
            cursor.execute("DROP FUNCTION test_audit_insert_fails()")


def _org() -> Organisation:
    org: Organisation = OrganisationFactory.create(name="Caritas Test", short_name="Caritas",
                                                   kind=Organisation.Kind.WELFARE)
    return org


def _city() -> Organisation:
    city: Organisation = OrganisationFactory.create(name="Stadt Test", short_name="Stadt",
                                                    kind=Organisation.Kind.CITY)
    return city


def _consultation() -> models.Model:
    from welcome.consultations.services import consultation_create
    from welcome.models import TargetGroup, Topic

    org = _org()
    return consultation_create(counsellor=staff(Role.COUNSELLOR, org), organisation=org, data={
        "held_at": timezone.now() - timedelta(hours=1), "channel": "phone", "language": "ar",
        "target_group": TargetGroup.objects.order_by("id").first(), "duration_minutes": 30,
        "client_code": "Max Mustermann", "topics": [Topic.objects.order_by("id").first()]})


def _dialogue() -> models.Model:
    from dialogues.services import dialogue_create

    return dialogue_create(actor=staff(Role.DIALOGUE_TEAM, _city()), data={
        "kind": "refugee", "held_on": date(2017, 5, 4), "venue": "vhs", "refugees": 20})


def _support_group_member() -> models.Model:
    from dialogues.services import support_group_member_create

    return support_group_member_create(actor=staff(Role.DIALOGUE_TEAM, _city()), data={
        "name": "Samir", "languages": "ar, de", "joined_on": date(2017, 4, 1),
        "consent_given_on": date(2017, 4, 1), "is_active": True})


def _circle() -> models.Model:
    from volunteers.services import circle_create

    return circle_create(actor=staff(Role.VOLUNTEER_COORDINATOR, _city()), data={
        "name": "Freundeskreis Test", "contact_person": "Erika Mustermann", "contact_email": "erika@test.example",
        "districts": [District.objects.order_by("id").first()]}, publish=False, organisation=None)


def _offer() -> models.Model:
    from welcome.booking.services import offer_save
    from welcome.models import Topic

    org = _org()
    return offer_save(actor=staff(Role.COUNSELLOR, org), organisation=org,
                      data={"languages": ["de", "fa"], "channels": ["phone"], "is_active": True,
                            "topics": [Topic.objects.order_by("id").first()]},
                      hours=[RowChange(pk=None, delete=False, values={"weekday": 1, "starts": time(9),
                                                                      "ends": time(11)})],
                      exceptions=[])


def _written() -> dict[str, Callable[[], Any]]:
    from dialogues.models import Dialogue, SupportGroupMember
    from volunteers.models import Circle
    from welcome.models import Consultation, CounsellorOffer, WeeklyHours

    return {
        "consultation_create": lambda: Consultation.objects.count(),
        "dialogue_create": lambda: Dialogue.objects.count(),
        "support_group_member_create": lambda: SupportGroupMember.objects.count(),
        "circle_create": lambda: Circle.objects.count(),
        "offer_save": lambda: (CounsellorOffer.objects.count(), WeeklyHours.objects.count()),
    }


SERVICES = {
    "consultation_create": _consultation,
    "dialogue_create": _dialogue,
    "support_group_member_create": _support_group_member,
    "circle_create": _circle,
    "offer_save": _offer,
}
NOTHING = {"offer_save": (0, 0)}
ONE = {"offer_save": (1, 1)}


@pytest.mark.parametrize("service", SERVICES)
def test_a_refused_audit_entry_takes_the_write_with_it(audit_insert_fails, service):
    with pytest.raises(DatabaseError, match="audit insert refused by the test"):
        SERVICES[service]()
    assert _written()[service]() == NOTHING.get(service, 0)


@pytest.mark.parametrize("service", SERVICES)
def test_control_without_the_refusal_the_write_and_its_audit_entry_are_both_there(transactional_db, service):
    row = SERVICES[service]()
    assert _written()[service]() == ONE.get(service, 1)
    assert AuditLog.objects.filter(content_type=ContentType.objects.get_for_model(row), object_id=str(row.pk),
                                   action=AuditAction.CREATE).count() == 1


def test_control_a_write_outside_the_audit_transaction_stays_when_the_audit_entry_is_refused(audit_insert_fails):
    """What the test above guards against: the same write without a transaction around it and its audit."""
    from dialogues.models import SupportGroupMember

    member = SupportGroupMember.objects.create(name="Samir", consent_given_on=date(2017, 4, 1))
    with pytest.raises(DatabaseError, match="audit insert refused by the test"):
        audit_log(actor=None, action=AuditAction.CREATE, obj=member)
    assert SupportGroupMember.objects.count() == 1
