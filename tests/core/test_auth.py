import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time
from django.conf import settings
from django.urls import reverse

from core.models import Role
from tests.core.factories import PASSWORD, staff

pytestmark = pytest.mark.django_db


def test_no_public_sign_up(client):
    response = client.post(reverse("account_signup"), {"email": "x@test.example", "password1": "abcdefgh12345!"})
    assert response.status_code == 200
    from core.models import User

    assert not User.objects.filter(email="x@test.example").exists()


def test_login_by_email_reaches_start_page(client, org_a):
    staff(Role.COUNSELLOR, org_a, email="c@test.example")
    response = client.post(reverse("account_login"), {"login": "c@test.example", "password": PASSWORD}, follow=True)
    # A counsellor's start page is their day.
    assert response.redirect_chain[-1][0] == reverse("welcome:my_day")
    assert response.status_code == 200


def test_admin_without_totp_must_set_it_up(client, city):
    admin = staff(Role.ADMIN, city, email="newadmin@test.example")
    client.post(reverse("account_login"), {"login": admin.email, "password": PASSWORD})
    response = client.get(reverse("core:home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    # Setting it up asks for the password once more (allauth's reauthentication), then works.
    activate = client.get(reverse("mfa_activate_totp"))
    assert activate.status_code == 302
    assert activate["Location"].startswith(reverse("account_reauthenticate"))
    client.post(activate["Location"], {"password": PASSWORD})
    assert client.get(reverse("mfa_activate_totp")).status_code == 200
    # Everything else stays closed until TOTP is active.
    assert client.get(reverse("core:organisation_list")).status_code == 302


def test_counsellor_is_offered_but_not_forced_totp(client, org_a):
    client.force_login(staff(Role.COUNSELLOR, org_a))
    assert client.get(reverse("core:home")).status_code == 200
    assert client.get(reverse("mfa_index")).status_code == 200


def test_admin_login_asks_for_the_totp_code(client, users_by_role):
    admin = users_by_role[Role.ADMIN]
    response = client.post(reverse("account_login"), {"login": admin.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    secret = Authenticator.objects.get(user=admin, type="totp").wrap().instance.data["secret"]
    from allauth.mfa.utils import decrypt

    code = f"{hotp_value(decrypt(secret), next(yield_hotp_counters_from_time())):06d}"
    done = client.post(reverse("mfa_authenticate"), {"code": code})
    assert done.status_code == 302
    assert client.get(reverse("core:audit_search")).status_code == 200


def test_failed_logins_are_rate_limited(client, org_a):
    staff(Role.COUNSELLOR, org_a, email="rl@test.example")
    for _ in range(5):
        client.post(reverse("account_login"), {"login": "rl@test.example", "password": "wrong"})
    blocked = client.post(reverse("account_login"), {"login": "rl@test.example", "password": PASSWORD})
    # Even the right password is refused while the limit holds.
    assert "_auth_user_id" not in client.session
    assert blocked.status_code in (200, 429)


def test_session_expires_after_inactivity(client, org_a):
    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.SESSION_COOKIE_AGE <= 60 * 60
    client.force_login(staff(Role.COUNSELLOR, org_a))
    client.get(reverse("core:home"))
    first = client.session.get_expiry_date()
    client.get(reverse("core:home"))
    assert client.session.get_expiry_date() >= first
    client.session.set_expiry(-1)
    session = client.session
    session.set_expiry(-1)
    session.save()
    response = client.get(reverse("core:home"))
    assert response.status_code == 302
