from datetime import timedelta

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from core.audit import audit_log, audit_purge
from core.models import AuditLog, AuditLogError, Role
from tests.core.factories import PASSWORD, staff

pytestmark = pytest.mark.django_db


def test_login_and_failed_login_are_audited(client, org_a):
    user = staff(Role.COUNSELLOR, org_a, email="login@test.example")
    client.post(reverse("account_login"), {"login": "login@test.example", "password": "wrong-password"})
    assert AuditLog.objects.filter(action="login_failed", actor=None).count() == 1
    client.post(reverse("account_login"), {"login": "login@test.example", "password": PASSWORD})
    entry = AuditLog.objects.get(action="login")
    assert entry.actor == user
    assert entry.organisation == org_a


def test_record_view_is_audited_with_organisation(client, org_a):
    user = staff(Role.COUNSELLOR, org_a)
    client.force_login(user)
    client.get(reverse("core:organisation_detail", kwargs={"pk": org_a.pk}))
    entry = AuditLog.objects.get(action="view")
    assert (entry.actor, entry.organisation, entry.object_id) == (user, org_a, str(org_a.pk))
    assert entry.content_type is not None
    assert entry.content_type.model == "organisation"


def test_entries_cannot_be_changed_through_the_orm(org_a):
    entry = audit_log(actor=None, action="view", obj=org_a)
    entry.action = "delete"
    with pytest.raises(AuditLogError):
        entry.save()
    with pytest.raises(AuditLogError):
        entry.delete()
    with pytest.raises(AuditLogError):
        AuditLog.objects.filter(pk=entry.pk).update(action="delete")
    with pytest.raises(AuditLogError):
        AuditLog.objects.all().delete()
    entry.refresh_from_db()
    assert entry.action == "view"


def test_database_refuses_update_and_delete(org_a):
    entry = audit_log(actor=None, action="view", obj=org_a)
    for sql in ("UPDATE core_auditlog SET action = 'delete'", "DELETE FROM core_auditlog"):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    entry.refresh_from_db()
    assert entry.action == "view"


def test_purge_removes_only_entries_past_retention(org_a):
    AuditLog.objects.create(action="view", at=timezone.now() - timedelta(days=800))
    recent = audit_log(actor=None, action="view", obj=org_a)
    assert audit_purge() == 1
    assert list(AuditLog.objects.values_list("pk", flat=True)) == [recent.pk]


def test_audit_search_filters(client, users_by_role, org_a):
    admin = users_by_role[Role.ADMIN]
    audit_log(actor=admin, action="export", obj=org_a)
    audit_log(actor=admin, action="view", obj=org_a)
    client.force_login(admin)
    response = client.get(reverse("core:audit_search"), {"action": "export"})
    entries = response.context["entries"]
    assert [e.action for e in entries] == ["export"]


def test_audit_search_pages_by_keyset(client, users_by_role, org_a):
    admin = users_by_role[Role.ADMIN]
    for _ in range(55):
        audit_log(actor=admin, action="view", obj=org_a)
    client.force_login(admin)
    first = client.get(reverse("core:audit_search"))
    assert len(first.context["entries"]) == 50
    second = client.get(reverse("core:audit_search") + "?" + first.context["next_query"])
    assert len(second.context["entries"]) == AuditLog.objects.count() - 50
    assert not second.context["next_query"]
