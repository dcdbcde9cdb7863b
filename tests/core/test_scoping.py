"""A member of organisation A cannot read or change organisation B's records through any URL."""

import pytest
from django.core import mail
from django.urls import reverse

from core.access import organisations_for_user, staff_for_user
from core.models import AuditLog, Membership, Role, User
from tests.core.factories import staff

pytestmark = pytest.mark.django_db


def test_counsellor_sees_only_own_organisation(client, org_a, org_b):
    counsellor = staff(Role.COUNSELLOR, org_a)
    staff(Role.COUNSELLOR, org_b, email="other@test.example")
    client.force_login(counsellor)

    listing = client.get(reverse("core:organisation_list"))
    assert org_a.name in listing.content.decode()
    assert org_b.name not in listing.content.decode()
    assert client.get(reverse("core:organisation_detail", kwargs={"pk": org_b.pk})).status_code == 404
    own = client.get(reverse("core:organisation_detail", kwargs={"pk": org_a.pk}))
    assert own.status_code == 200
    assert "other@test.example" not in own.content.decode()


def test_counsellor_cannot_invite_into_any_organisation(client, org_a, org_b):
    counsellor = staff(Role.COUNSELLOR, org_a)
    client.force_login(counsellor)
    response = client.post(
        reverse("core:staff_invite"),
        {"email": "new@test.example", "first_name": "N", "last_name": "N", "organisation": org_b.pk,
         "role": Role.ADMIN},
    )
    assert response.status_code == 403
    assert not User.objects.filter(email="new@test.example").exists()


def test_access_helpers_scope_by_membership(org_a, org_b, city):
    counsellor = staff(Role.COUNSELLOR, org_a)
    colleague = staff(Role.INTEGRATION_MANAGER, org_a)
    stranger = staff(Role.COUNSELLOR, org_b)
    admin = staff(Role.ADMIN, city)
    assert set(organisations_for_user(counsellor)) == {org_a}
    assert set(staff_for_user(counsellor)) == {counsellor, colleague}
    assert stranger in set(staff_for_user(admin))
    assert set(organisations_for_user(admin)) >= {org_a, org_b, city}


def test_several_memberships_widen_the_scope(org_a, org_b):
    user = staff(Role.COUNSELLOR, org_a)
    Membership.objects.create(user=user, organisation=org_b, role=Role.OPERATOR)
    assert set(organisations_for_user(user)) == {org_a, org_b}


def test_inactive_organisation_grants_nothing(client, org_a):
    user = staff(Role.COUNSELLOR, org_a)
    org_a.is_active = False
    org_a.save(update_fields=["is_active"])
    client.force_login(user)
    assert client.get(reverse("core:home")).status_code == 403


def test_admin_invites_staff_who_sets_a_password(
    client, users_by_role, org_b, django_capture_on_commit_callbacks
):
    client.force_login(users_by_role[Role.ADMIN])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
        reverse("core:staff_invite"),
            {"email": "Invitee@Test.example", "first_name": "Ina", "last_name": "Neu",
             "organisation": org_b.pk, "role": Role.COUNSELLOR},
        )
    assert response.status_code == 302
    invitee = User.objects.get(email="invitee@test.example")
    assert not invitee.has_usable_password()
    assert Membership.objects.filter(user=invitee, organisation=org_b, role=Role.COUNSELLOR).exists()
    assert AuditLog.objects.filter(action="invite", object_id=str(invitee.pk)).exists()

    assert len(mail.outbox) == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/password/reset/key/" in line)
    client.logout()
    page = client.get(link, follow=True)
    assert page.status_code == 200
    set_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    done = client.post(set_url, {"password1": "a-long-new-pass-2026", "password2": "a-long-new-pass-2026"})
    assert done.status_code == 302
    invitee.refresh_from_db()
    assert invitee.check_password("a-long-new-pass-2026")


def test_invite_form_keeps_input_on_error(client, users_by_role, org_b):
    client.force_login(users_by_role[Role.ADMIN])
    response = client.post(
        reverse("core:staff_invite"),
        {"email": "not-an-email", "first_name": "Ina", "last_name": "Neu", "organisation": org_b.pk,
         "role": Role.COUNSELLOR},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Ina"' in html
    assert 'aria-invalid="true"' in html
    assert User.objects.count() == len(Role.values)
