"""Production set-up: the first admin, mail backends, settings files, shared storage, backups."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import translation

from core.models import District, Membership, Organisation, Role, User
from tests.conftest import with_totp
from tests.matrix import POST_VIEWS, STAFF_VIEWS, close_files

pytestmark = pytest.mark.django_db
BASE = Path(settings.BASE_DIR)


def _python(code, **env):
    """Run code in a fresh interpreter with the given environment (settings are read at start)."""
    full = {**os.environ, **env}
    return subprocess.run([sys.executable, "-c", code], cwd=BASE, env=full, capture_output=True, text=True,
                          check=False)


def test_the_first_admin_by_the_documented_command_can_work(client, users_by_role):
    out = io.StringIO()
    call_command("create_admin", "--email", "it@stadt.example", "--organisation", "Stadt Neu", "--print-link",
                 stdout=out)
    assert "/accounts/password/reset/key/" in out.getvalue()
    admin = User.objects.get(email="it@stadt.example")
    assert not admin.has_usable_password() and not admin.is_superuser
    assert admin.is_staff and admin.groups.filter(name="City administrators").exists()
    assert Organisation.objects.get(name="Stadt Neu").kind == "city"
    with_totp(admin)
    client.force_login(admin)
    # Every staff page the role matrix grants admins.
    for name, (allowed, kwargs_for) in STAFF_VIEWS.items():
        if Role.ADMIN not in allowed or name in POST_VIEWS:
            continue
        url = reverse(name, kwargs=kwargs_for(admin, users_by_role) if kwargs_for else {})
        response = client.get(url)
        close_files(response)
        assert response.status_code == 200, url
    # The Django admin pages the README sends admins to: add an accommodation and a FIM grant.
    with translation.override("de"):
        add_accommodation = reverse("admin:refugees_accommodation_add")
        add_grant = reverse("admin:refugees_fimgrant_add")
        pages = [reverse(f"admin:{label}_changelist") for label in (
            "welcome_topic", "welcome_place", "welcome_legalpage", "welcome_directoryentry",
            "welcome_counselloroffer", "refugees_accommodation", "refugees_fimgrant", "volunteers_circle")]
    for page in pages:
        assert client.get(page).status_code == 200, page
    response = client.post(add_accommodation, {
        "name": "Neue Unterkunft", "address": "Weg 1", "district": District.objects.get(name="Ost").pk,
        "operator": Organisation.objects.get(name="Stadt Neu").pk, "kind": "rented", "capacity": "80",
        "status": "open"})
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(add_grant, {"year": "2017", "kind": "internal", "provider": "city",
                                       "title": "Sprachkurs", "places": "20"})
    assert response.status_code == 302, response.content.decode()[:2000]
    # Personal records stay out of the admins' Django admin.
    with translation.override("de"):
        assert client.get(reverse("admin:welcome_appointment_changelist")).status_code == 403


def test_admin_rights_follow_the_city_admin_membership(org_a, city):
    user = User.objects.create_user(email="wechsel@test.example")
    membership = Membership.objects.create(user=user, organisation=city, role=Role.ADMIN)
    user.refresh_from_db()
    assert user.is_staff
    membership.delete()
    user.refresh_from_db()
    assert not user.is_staff and not user.groups.exists()
    # The admin role exists only in the city: the database refuses it anywhere else.
    with pytest.raises(IntegrityError, match="role admin does not exist"), transaction.atomic():
        Membership.objects.create(user=user, organisation=org_a, role=Role.ADMIN)
    user.refresh_from_db()
    assert not user.is_staff


@pytest.mark.parametrize(("url", "expected"), [
    ("filemail:///tmp/portal-mail-test", "filebased.EmailBackend {'file_path': '/tmp/portal-mail-test'}"),
    ("consolemail://", "console.EmailBackend {}"),
    ("smtp+tls://u:p@mail.example:587", "smtp.EmailBackend"),
])
def test_every_mail_backend_of_email_url_is_configured(url, expected):
    result = _python("import django; django.setup(); from django.conf import settings;"
                     "m = settings.MAILERS['default']; print(m['BACKEND'].rsplit('.', 2)[-2] + '.' +"
                     " m['BACKEND'].rsplit('.', 1)[-1], m['OPTIONS'])",
                     DJANGO_SETTINGS_MODULE="config.settings", EMAIL_URL=url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(expected), result.stdout


def test_filemail_writes_a_message_into_the_folder(tmp_path):
    result = _python("import django; django.setup(); from django.core.mail import send_mail;"
                     "send_mail('Betreff', 'Text', 'a@test.example', ['b@test.example'])",
                     DJANGO_SETTINGS_MODULE="config.settings", EMAIL_URL=f"filemail://{tmp_path}")
    assert result.returncode == 0, result.stderr
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and "Betreff" in files[0].read_text()


def test_a_settings_file_is_read_only_when_named(tmp_path):
    env_file = tmp_path / "production.env"
    env_file.write_text("PORTAL_CONTACT_RETENTION_DAYS=77\n")
    code = "import django; django.setup(); from django.conf import settings; print(settings.PORTAL_CONTACT_RETENTION_DAYS)"
    unnamed = _python(code, DJANGO_SETTINGS_MODULE="config.settings")
    named = _python(code, DJANGO_SETTINGS_MODULE="config.settings", PORTAL_ENV_FILE=str(env_file))
    assert unnamed.stdout.strip() == "30" and named.stdout.strip() == "77"
    # The settings never open the repository's .env on their own.
    assert '".env"' not in (BASE / "config" / "settings.py").read_text()


def test_database_storage_keeps_files_every_process_sees(settings):
    from core.storage import DatabaseStorage

    storage = DatabaseStorage()
    name = storage.save("reports/bericht.xlsx", ContentFile(b"PK\x03\x04 workbook"))
    second = storage.save("reports/bericht.xlsx", ContentFile(b"other"))
    assert second != name  # a second file of the same name gets its own
    assert storage.exists(name) and storage.size(name) == 13
    with storage.open(name) as handle:
        assert handle.read() == b"PK\x03\x04 workbook"
    storage.delete(name)
    assert not storage.exists(name)


def test_collectstatic_with_the_manifest_storage_succeeds(tmp_path):
    """The production build step: every static reference resolves (the vendored files once pointed
    at source maps that are not shipped, and the image did not build)."""
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"], cwd=BASE, capture_output=True,
        text=True, check=False,
        env={**os.environ, "PORTAL_STATIC_MANIFEST": "1", "PORTAL_STATIC_ROOT": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "staticfiles.json").exists()


@pytest.mark.django_db(transaction=True)
def test_backup_restore_round_trip(tmp_path, users_by_role):
    """Dump, drop, restore: every table's row count and a report's figures are the same."""
    from core.audit import audit_log
    from core.models import AuditAction
    from reporting.statistics import refresh
    from tests.welcome.factories import consultation_for

    for _ in range(5):
        consultation_for(users_by_role[Role.COUNSELLOR])
    audit_log(actor=users_by_role[Role.ADMIN], action=AuditAction.EXPORT, model=Organisation)
    refresh(full=True)
    db = settings.DATABASES["default"]
    scratch = f"{db['NAME']}_restore"
    env = {k: v for k, v in os.environ.items() if k != "PORTAL_DB_NAME"}

    def counts(name):
        code = ("import django; django.setup(); from django.apps import apps;"
                "print(sorted((m._meta.db_table, m._base_manager.count()) for m in apps.get_models()"
                " if m._meta.managed and not m._meta.proxy))")
        return _python(code, DJANGO_SETTINGS_MODULE="config.settings", PORTAL_DB_NAME=name).stdout

    def figures(name):
        code = ("import django; django.setup(); from reporting.models import StatValue;"
                "print(sorted(StatValue.objects.values_list('statistic', 'dimension', 'key', 'value')))")
        return _python(code, DJANGO_SETTINGS_MODULE="config.settings", PORTAL_DB_NAME=name).stdout

    def manage(*args, name):
        return subprocess.run([sys.executable, "manage.py", *args], cwd=BASE, capture_output=True, text=True,
                              check=False, env={**env, "PORTAL_DB_NAME": name})

    original_counts, original_figures = counts(db["NAME"]), figures(db["NAME"])
    assert "welcome_consultation', 5" in original_counts
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{scratch}"')
        cursor.execute(f'CREATE DATABASE "{scratch}"')
    try:
        backup = manage("backup", "--out", str(tmp_path), name=db["NAME"])
        assert backup.returncode == 0, backup.stderr
        dump = next(tmp_path.glob("portal-*.dump"))
        first = manage("restore", str(dump), "--yes", name=scratch)
        assert first.returncode == 0, first.stderr
        assert counts(scratch) == original_counts and figures(scratch) == original_figures
        # Dump the restored copy, drop it, restore again: the same once more.
        second_dir = tmp_path / "second"
        assert manage("backup", "--out", str(second_dir), name=scratch).returncode == 0
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE "{scratch}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{scratch}"')
        again = manage("restore", str(next(second_dir.glob("portal-*.dump"))), "--yes", name=scratch)
        assert again.returncode == 0, again.stderr
        assert counts(scratch) == original_counts and figures(scratch) == original_figures
        # The audit log's protection came back with the dump: its entry cannot be deleted.
        assert "core_auditlog', 1" in counts(scratch)
        check = _python("import django; django.setup(); from django.db import connection\n"
                        "c = connection.cursor()\n"
                        "try:\n    c.execute('DELETE FROM core_auditlog')\n    print('deleted')\n"
                        "except Exception as e:\n    print('refused')",
                        DJANGO_SETTINGS_MODULE="config.settings", PORTAL_DB_NAME=scratch)
        assert check.stdout.strip() == "refused", check.stdout + check.stderr
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


def test_every_scheduled_job_claims_its_period():
    """A job beat sends takes its beat_period and runs once per period (core/scheduling.py)."""
    from config.celery import app
    from core.scheduling import ScheduledTask

    app.loader.import_default_modules()
    for name, entry in settings.CELERY_BEAT_SCHEDULE.items():
        task = app.tasks[entry["task"]]
        assert isinstance(task, ScheduledTask), name
        assert task.typing is False, name  # beat_period would be refused against the signature
        assert entry["kwargs"]["beat_period"] >= 60, name


def test_an_invited_admin_sets_a_password_by_the_link_and_can_set_up_totp(client):
    import re

    out = io.StringIO()
    call_command("create_admin", "--email", "neu@stadt.example", "--organisation", "Stadt Neu", "--print-link",
                 stdout=out)
    found = re.search(r"https?://\S+", out.getvalue())
    assert found is not None
    link = found.group(0)
    page = client.get(link.split("testserver", 1)[-1].replace("http://127.0.0.1:8000", ""), follow=True)
    response = client.post(page.redirect_chain[-1][0] if page.redirect_chain else page.request["PATH_INFO"],
                           {"password1": "Sehr-geheim-2026!x", "password2": "Sehr-geheim-2026!x"})
    assert response.status_code == 302
    assert client.login(email="neu@stadt.example", password="Sehr-geheim-2026!x")
    with translation.override("de"):
        activate = reverse("mfa_activate_totp")
    page = client.get(activate, follow=True)
    # Without a verified address allauth refuses ("until you have verified your email address").
    assert page.redirect_chain == [] or "reauthenticate" in page.redirect_chain[-1][0], page.redirect_chain
