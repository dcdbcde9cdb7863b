"""The audit log cannot be emptied (issue 13, migration core 0008, core/database_roles.py).

Two layers: triggers that refuse, for any connection, UPDATE, and DELETE or TRUNCATE of anything
younger than the retention; and the application's own role (PORTAL_DB_APP_ROLE), which owns
nothing and so cannot drop those triggers, redefine the retention or truncate the table. The
control shows why the second layer is needed: the owner can switch the triggers off."""

import uuid
from datetime import timedelta

import psycopg
import pytest
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from core.audit import audit_log, audit_purge
from core.database_roles import grant_app_role, write_audit_retention
from core.models import AuditLog

pytestmark = pytest.mark.django_db


def _old_and_fresh():
    old = AuditLog.objects.create(action="view", at=timezone.now() - timedelta(days=800))
    fresh = audit_log(actor=None, action="view", detail={"fresh": True})
    return old, fresh


def _refused(sql):
    with pytest.raises(DatabaseError) as info, transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql)
    return str(info.value)


@pytest.mark.django_db(transaction=True)  # TRUNCATE inside the test's transaction meets its pending FK checks
def test_any_connection_is_refused_truncate_and_deleting_fresh_entries():
    old, fresh = _old_and_fresh()
    assert "TRUNCATE refused" in _refused("TRUNCATE core_auditlog")
    assert "DELETE refused" in _refused("DELETE FROM core_auditlog")  # one fresh row fails the statement
    assert "DELETE refused" in _refused(f"DELETE FROM core_auditlog WHERE id = {fresh.pk}")
    assert "UPDATE refused" in _refused(f"UPDATE core_auditlog SET at = now() - interval '9 years' WHERE id = {fresh.pk}")
    assert set(AuditLog.objects.values_list("pk", flat=True)) == {old.pk, fresh.pk}
    # The setting that once let a session delete anything does nothing now.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL portal.audit_purge = 'on'")
    assert "DELETE refused" in _refused(f"DELETE FROM core_auditlog WHERE id = {fresh.pk}")
    # The purge takes exactly the entries past retention.
    assert audit_purge() == 1
    assert list(AuditLog.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_the_retention_comes_from_the_setting_at_migrate(settings):
    old = AuditLog.objects.create(action="view", at=timezone.now() - timedelta(days=40))
    assert audit_purge() == 0  # 730 days by default
    write_audit_retention(30)  # what migrate does with PORTAL_AUDIT_RETENTION_DAYS=30
    try:
        assert audit_purge() == 1
        assert not AuditLog.objects.filter(pk=old.pk).exists()
    finally:
        write_audit_retention(settings.PORTAL_AUDIT_RETENTION_DAYS)


@pytest.fixture
def app_role(django_db_blocker):
    """A role like PORTAL_DB_APP_ROLE in production, granted by the code migrate runs."""
    name = f"portal_app_test_{uuid.uuid4().hex[:8]}"
    password = uuid.uuid4().hex
    grant_app_role(name, password)
    yield name, password
    with connection.cursor() as cursor:
        cursor.execute(f"DROP OWNED BY {name}")
        cursor.execute(f"DROP ROLE {name}")


def _connect_as(role, password):
    settings_dict = connection.settings_dict
    return psycopg.connect(host=settings_dict["HOST"] or "127.0.0.1", port=settings_dict["PORT"] or 5432,
                           dbname=settings_dict["NAME"], user=role, password=password, autocommit=True)


@pytest.mark.django_db(transaction=True)
def test_the_applications_role_cannot_empty_the_log_by_any_sql(app_role):
    old, fresh = _old_and_fresh()
    role, password = app_role
    try:
        app = _connect_as(role, password)
    except psycopg.OperationalError as error:
        pytest.skip(f"cannot log in as a second role on this server ({error}); the grants are not testable here")
    attacks = [
        f"DELETE FROM core_auditlog WHERE id = {fresh.pk}",
        f"DELETE FROM core_auditlog WHERE id = {old.pk}",  # even past retention: only through the purge
        "TRUNCATE core_auditlog",
        f"UPDATE core_auditlog SET action = 'x' WHERE id = {fresh.pk}",
        "ALTER TABLE core_auditlog DISABLE TRIGGER USER",
        "DROP TRIGGER core_auditlog_guard_row ON core_auditlog",
        "CREATE OR REPLACE FUNCTION core_audit_retention() RETURNS interval LANGUAGE sql IMMUTABLE "
        "AS $$ SELECT interval '0 days' $$",
        "SET session_replication_role = replica",
        "DROP TABLE core_auditlog",
        "ALTER TABLE core_auditlog RENAME TO old_log",
        "DELETE FROM django_migrations",
    ]
    with app:
        refused = []
        for sql in attacks:
            try:
                app.execute(sql)
            except psycopg.errors.InsufficientPrivilege:
                refused.append(sql)
        assert refused == attacks
        # What the portal needs still works: write and read entries, purge past retention.
        app.execute("INSERT INTO core_auditlog (at, action, object_id, detail) VALUES (now(), 'view', '', '{}')")
        assert app.execute("SELECT count(*) FROM core_auditlog").fetchone()[0] == 3
        assert app.execute("SELECT core_audit_purge()").fetchone()[0] == 1
    assert AuditLog.objects.filter(pk=fresh.pk).exists() and not AuditLog.objects.filter(pk=old.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_control_the_owner_can_switch_the_triggers_off():
    """Why the application must not connect as the owner: the owner (here the test database's user)
    can disable the triggers and delete a fresh entry. Rolled back."""
    _old, fresh = _old_and_fresh()
    with pytest.raises(RuntimeError, match="rolled back"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE core_auditlog DISABLE TRIGGER USER")
            cursor.execute(f"DELETE FROM core_auditlog WHERE id = {fresh.pk}")
            assert cursor.rowcount == 1
        raise RuntimeError("rolled back")
    assert AuditLog.objects.filter(pk=fresh.pk).exists()
