import json
from datetime import date, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from core.models import AuditLog, Role
from refugees.models import Goal, IntegrationPlan, ProgressNote
from refugees.services import plans_anonymise_closed
from tests.core.factories import staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(org_a):
    return staff(Role.INTEGRATION_MANAGER, org_a, email="im@test.example")


def make_plan(manager, **kw):
    org = manager.memberships.first().organisation
    defaults = {"reference": "IM-2019-001", "birth_year": 1990, "country_of_origin": "SY", "languages": "ar, de",
                "consent_purpose": "Integrationsmanagement", "consent_given_on": date(2019, 2, 1),
                "started_on": date(2019, 2, 1)}
    defaults.update(kw)
    return IntegrationPlan.objects.create(organisation=org, manager=manager, **defaults)


def test_only_adults_hold_a_plan(manager):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_plan(manager, birth_year=2003, started_on=date(2019, 2, 1))  # 16 when the plan starts
    assert make_plan(manager, birth_year=2001, reference="IM-2").pk


def test_form_refuses_a_minor_and_keeps_the_input(client, manager):
    client.force_login(manager)
    response = client.post(reverse("refugees:plan_create"), {
        "reference": "IM-9", "birth_year": 2010, "started_on": "2019-02-01", "consent_purpose": "IM",
        "consent_given_on": "2019-02-01", "children": 0})
    assert response.status_code == 200
    assert "birth_year" in response.context["form"].errors
    assert 'value="IM-9"' in response.content.decode()
    assert not IntegrationPlan.objects.exists()


def test_manager_creates_plan_goals_and_notes_and_every_read_is_audited(client, manager):
    client.force_login(manager)
    response = client.post(reverse("refugees:plan_create"), {
        "reference": "IM-7", "birth_year": 1985, "started_on": "2019-02-01", "consent_purpose": "IM",
        "consent_given_on": "2019-02-01", "children": 2})
    plan = IntegrationPlan.objects.get()
    assert response["Location"] == reverse("refugees:plan_detail", kwargs={"pk": plan.pk})
    client.get(response["Location"])
    client.get(response["Location"])
    assert AuditLog.objects.filter(action="view", object_id=str(plan.pk)).count() == 2
    client.post(response["Location"], {"action": "goal", "field": "language", "description": "B1-Kurs abschließen"})
    goal = Goal.objects.get()
    client.post(response["Location"], {"action": "update", "goal": goal.pk, "status": "reached",
                                       "note": "Prüfung bestanden"})
    goal.refresh_from_db()
    assert goal.status == "reached"
    assert ProgressNote.objects.get().text == "Prüfung bestanden"


@pytest.mark.parametrize("role", [Role.INTEGRATION_MANAGER, Role.COUNSELLOR, Role.OPERATOR])
def test_another_organisation_cannot_open_a_plan_by_any_url(client, manager, org_b, role):
    plan = make_plan(manager)
    client.force_login(staff(role, org_b))
    for name in ("refugees:plan_detail", "refugees:plan_export"):
        assert client.get(reverse(name, kwargs={"pk": plan.pk})).status_code in (403, 404)
    assert client.post(reverse("refugees:plan_anonymise", kwargs={"pk": plan.pk})).status_code in (403, 404)
    plan.refresh_from_db()
    assert plan.anonymised_at is None


def test_the_city_sees_counts_not_plans(client, users_by_role, manager):
    make_plan(manager)
    client.force_login(users_by_role[Role.ADMIN])
    assert client.get(reverse("refugees:plan_detail", kwargs={"pk": IntegrationPlan.objects.get().pk})).status_code == 403
    rows = list(client.get(reverse("refugees:plan_counts")).context["rows"])
    assert [(r["label"], r["plans"]) for r in rows] == [("Caritas Test", 1)]
    assert "IM-2019-001" not in client.get(reverse("refugees:plan_counts")).content.decode()


def test_subject_access_export_is_complete_and_audited(client, manager):
    plan = make_plan(manager)
    goal = Goal.objects.create(plan=plan, field="work", description="Praktikum finden")
    ProgressNote.objects.create(goal=goal, text="Bewerbung geschrieben", author=manager)
    client.force_login(manager)
    response = client.get(reverse("refugees:plan_export", kwargs={"pk": plan.pk}))
    data = json.loads(response.content)
    assert data["reference"] == "IM-2019-001"
    assert data["goals"][0]["notes"][0]["text"] == "Bewerbung geschrieben"
    assert AuditLog.objects.filter(action="export", object_id=str(plan.pk)).exists()


def test_anonymising_removes_every_personal_field_and_keeps_the_counts(client, manager):
    plan = make_plan(manager)
    goal = Goal.objects.create(plan=plan, field="work", description="Praktikum bei Firma X", status="reached")
    ProgressNote.objects.create(goal=goal, text="Herr A. war pünktlich", author=manager)
    client.force_login(manager)
    client.post(reverse("refugees:plan_anonymise", kwargs={"pk": plan.pk}))
    plan.refresh_from_db()
    goal.refresh_from_db()
    assert (plan.reference, plan.birth_year, plan.country_of_origin, plan.languages, plan.consent_purpose) == (
        "", None, "", "", "")
    assert plan.anonymised_at is not None
    assert goal.description == "" and ProgressNote.objects.get().text == ""
    assert (goal.field, goal.status) == ("work", "reached")  # the statistics stay right
    assert IntegrationPlan.objects.count() == 1
    assert AuditLog.objects.filter(action="anonymise", object_id=str(plan.pk)).exists()
    # Gone from the manager's list too.
    assert client.get(reverse("refugees:plan_detail", kwargs={"pk": plan.pk})).status_code == 404


def test_closed_plans_past_retention_are_anonymised_on_schedule(manager):
    old = make_plan(manager, reference="OLD", closed_on=timezone.localdate() - timedelta(days=40))
    recent = make_plan(manager, reference="NEW", closed_on=timezone.localdate() - timedelta(days=5))
    assert plans_anonymise_closed(older_than_days=30) == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.reference == "" and recent.reference == "NEW"


def test_withdrawing_consent_closes_and_anonymises_the_plan(client, manager):
    plan = make_plan(manager)
    client.force_login(manager)
    client.post(reverse("refugees:plan_withdraw", kwargs={"pk": plan.pk}))
    plan.refresh_from_db()
    assert plan.consent_withdrawn_on == timezone.localdate()
    assert plan.closed_on == timezone.localdate()
    assert plan.reference == "" and plan.anonymised_at is not None
    assert AuditLog.objects.filter(action="update", detail__consent="withdrawn").exists()
