import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from core.demo import DEMO_LOGINS
from core.models import District, Organisation, User

pytestmark = pytest.mark.django_db


def test_23_districts_are_loaded_by_migration():
    assert District.objects.count() == 23
    assert District.objects.filter(is_inner=True).count() == 5
    assert District.objects.filter(name="Bad Cannstatt").exists()


def test_seed_demo_is_reproducible_and_idempotent():
    call_command("seed_demo", "--scale", "small", "--password", "pw-demo-2026-abc", stdout=io.StringIO())
    first = sorted(User.objects.values_list("email", "last_name"))
    out = io.StringIO()
    call_command("seed_demo", "--scale", "small", "--if-empty", stdout=out)
    assert "already loaded" in out.getvalue()
    assert sorted(User.objects.values_list("email", "last_name")) == first
    assert Organisation.objects.filter(kind="welfare").count() == 7


@override_settings(DEBUG=True, MFA_TOTP_INSECURE_BYPASS_CODE="000000")
@pytest.mark.parametrize(("email", "role"), [(e, r) for e, _f, _l, _o, r in DEMO_LOGINS])
def test_each_demo_login_reaches_its_start_page(client, email, role):
    call_command("seed_demo", "--scale", "small", "--password", "pw-demo-2026-abc", stdout=io.StringIO())
    response = client.post(reverse("account_login"), {"login": email, "password": "pw-demo-2026-abc"})
    assert response.status_code == 302
    if response["Location"] == reverse("mfa_authenticate"):
        assert role == "admin"
        response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    start = reverse("welcome:my_day") if role == "counsellor" else reverse("core:home")
    assert response["Location"] == start
    page = client.get(start)
    assert page.status_code == 200
    if role != "counsellor":
        user = User.objects.get(email=email)
        assert user.memberships.get().organisation.name in page.content.decode()


def test_demo_logins_command_lists_every_role():
    out = io.StringIO()
    call_command("demo_logins", stdout=out)
    for email, *_ in DEMO_LOGINS:
        assert email in out.getvalue()
