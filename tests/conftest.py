import os

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.cache import cache

from core.models import Organisation, Role

from .core.factories import OrganisationFactory, staff

assert os.environ.get("PORTAL_TESTING") == "1", "run the tests with ./portal test (it sets PORTAL_TESTING=1)"


@pytest.fixture(autouse=True)
def _reference_data(request, django_db_blocker):
    """Transactional tests end with a flush that also empties the migration-loaded tables;
    the next test that uses the database gets them back."""
    if request.node.get_closest_marker("django_db") or {"db", "transactional_db"} & set(request.fixturenames):
        from tests.reference_data import ensure_reference_data

        with django_db_blocker.unblock():
            ensure_reference_data()
    yield


@pytest.fixture(autouse=True)
def _audit_entries_leave_with_the_test(request, django_db_blocker):
    """A transactional test ends with a flush (TRUNCATE), which the audit log refuses while it holds
    entries younger than the retention (migration core 0008). The test's own entries go first,
    with the triggers off for this one statement: only a superuser may do that, as the test
    database's user is."""
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker is not None and marker.kwargs.get("transaction")) or {
        "transactional_db", "live_server"} & set(request.fixturenames)
    if not transactional:
        yield
        return
    request.getfixturevalue("_django_db_helper")  # set up first, so torn down after this fixture
    yield
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        try:
            cursor.execute("DELETE FROM core_auditlog")
        finally:
            cursor.execute("SET session_replication_role = origin")


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language: a test that activated another one (a request
    through the test client leaves the thread in the page's language) would otherwise make the next
    test's reverse() point at /ar/... and its pages speak Arabic."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    _celery_outside_a_task()
    yield
    translation.activate(settings.LANGUAGE_CODE)


def _celery_outside_a_task():
    """A test process is never inside a Celery task; a test before this one in the same process (the
    suite runs in parallel processes, a file at a time) may have left Celery's "inside a task" flag
    set, which makes every ``result.get()`` refuse ("Never call result.get() within a task!")."""
    from celery.result import _set_task_join_will_block  # type: ignore[attr-defined]  # private, untyped in the stubs

    _set_task_join_will_block(False)


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters live in the cache; each test starts with none.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def org_a(db):
    return OrganisationFactory(name="Caritas Test", short_name="Caritas", kind=Organisation.Kind.WELFARE)


@pytest.fixture
def org_b(db):
    return OrganisationFactory(name="AWO Test", short_name="AWO", kind=Organisation.Kind.WELFARE)


@pytest.fixture
def city(db):
    return OrganisationFactory(name="Stadt Test", short_name="Stadt", kind=Organisation.Kind.CITY)


def with_totp(user):
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def users_by_role(org_a, city):
    """One user per role; the admin already has a TOTP authenticator (admins must)."""
    users = {}
    for role in Role.values:
        # Each role in a kind of organisation it exists in (core.models.ROLE_KINDS).
        org = city if role in {Role.ADMIN, Role.REPORT_VIEWER, Role.DIALOGUE_TEAM, Role.VOLUNTEER_COORDINATOR} else org_a
        users[role] = staff(role, org, email=f"{role}@test.example")
    with_totp(users[Role.ADMIN])
    return users


@pytest.fixture
def as_role(client, users_by_role):
    """Log the test client in as one role: ``as_role("counsellor")``."""

    def login(role):
        client.logout()
        client.force_login(users_by_role[role])
        return client

    return login


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, released before it is dropped: a server, worker or thread a test
    started may still hold a connection as the session ends (PostgreSQL refuses to drop a database in
    use: "being accessed by other users"), so those sessions are ended first."""
    yield
    from django.db import connection

    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        connection.close()


@pytest.fixture(scope="session")
def celery_worker(django_db_setup, django_db_blocker):
    """A real Celery worker process on the configured broker, using the test database.

    It consumes a queue of its own, so a developer's running worker cannot steal its tasks.
    Tests that use it need ``transactional_db`` so the worker sees their committed rows.
    """
    import subprocess
    import sys
    import time
    import uuid

    from django.db import connection

    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "PORTAL_DB_NAME": connection.settings_dict["NAME"], "PORTAL_TESTING": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo", "-Q", queue,
         "--loglevel", "WARNING", "--without-heartbeat", "--without-gossip", "--without-mingle"],
        env=env,
    )
    time.sleep(1)
    assert proc.poll() is None, "the Celery worker did not start"
    yield queue
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
