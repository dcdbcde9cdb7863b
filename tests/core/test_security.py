"""Security sweep findings (issue 13): caches keyed by their scope, client addresses behind the
proxy, limits on every public form, views through their access helpers."""

import pytest
from django.urls import reverse

from core.models import Membership, Role
from tests.core.factories import staff

pytestmark = pytest.mark.django_db


def _counsellor_choices(client, user):
    client.force_login(user)
    response = client.get(reverse("welcome:consultation_list"))
    return {label for value, label in response.context["form"].fields["counsellor"].widget.choices if value}


def test_no_other_organisations_staff_through_the_cached_filter(client, org_a, org_b):
    """A counsellor of A who also runs accommodations for B filled the cache first; a colleague who
    is only a counsellor of A must not see B's counsellors (the key held less than the content)."""
    colleague_a = staff(Role.COUNSELLOR, org_a, first_name="Anna", last_name="Eins")
    two_roles = staff(Role.COUNSELLOR, org_a, first_name="Zoe", last_name="Zwei")
    Membership.objects.create(user=two_roles, organisation=org_b, role=Role.OPERATOR)
    staff(Role.COUNSELLOR, org_b, first_name="Bernd", last_name="Fremd")
    first = _counsellor_choices(client, two_roles)
    second = _counsellor_choices(client, colleague_a)
    assert first == second == {"Anna Eins", "Zoe Zwei"}


def test_a_shared_cache_key_with_different_content_fails_loudly(settings):
    from core.choices_cache import SharedKeyError, cached_choices

    assert settings.PORTAL_CHOICES_CACHE_VERIFY
    cached_choices("test:scope-missing", lambda: [(1, "Eins")])
    with pytest.raises(SharedKeyError):
        cached_choices("test:scope-missing", lambda: [(2, "Zwei")])


def test_behind_the_proxy_two_clients_have_their_own_login_lockout(client, settings, org_a):
    """Behind the TLS proxy every request comes from its address: the client's own address comes
    from X-Forwarded-For, counted from the right, so one person's failed logins lock out only them."""
    from tests.core.factories import PASSWORD

    settings.PORTAL_TRUSTED_PROXIES = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    staff(Role.COUNSELLOR, org_a, email="eins@test.example")
    staff(Role.COUNSELLOR, org_a, email="zwei@test.example")
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _ in range(6):
        client.post(reverse("account_login"), {"login": "eins@test.example", "password": "falsch"},
                    HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    # The second client, through the same proxy, logs in at once.
    other = client.__class__()
    other.post(reverse("account_login"), {"login": "zwei@test.example", "password": PASSWORD},
               HTTP_X_FORWARDED_FOR="198.51.100.9", **proxy)
    assert "_auth_user_id" in other.session
    # The audit log has each client's own address, not the proxy's.
    from core.models import AuditLog

    failed = {e.detail.get("address") for e in AuditLog.objects.filter(action="login_failed")}
    assert failed == {"203.0.113.7"}
    assert AuditLog.objects.get(action="login").detail["address"] == "198.51.100.9"
    # A client cannot escape its lockout by putting another address in front of the header.
    blocked = client.__class__()
    blocked.post(reverse("account_login"), {"login": "eins@test.example", "password": PASSWORD},
                 HTTP_X_FORWARDED_FOR="192.0.2.55, 203.0.113.7", **proxy)
    assert "_auth_user_id" not in blocked.session


def test_client_address_is_counted_from_the_right(rf, settings):
    from core.client_ip import client_ip

    settings.PORTAL_TRUSTED_PROXIES = 1
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="10.0.0.1")
    assert client_ip(request) == "203.0.113.7"
    settings.PORTAL_TRUSTED_PROXIES = 0
    assert client_ip(request) == "10.0.0.1"  # no proxy configured: the header is ignored


@pytest.mark.parametrize(("url_name", "data"), [
    ("volunteers:register", {"name": "A"}),
    ("volunteers:tandem_request", {"name": "A"}),
    ("welcome:book_waitlist", {"email": "warte@test.example"}),
])
def test_every_public_form_has_a_limit(client, settings, url_name, data):
    settings.PORTAL_PUBLIC_FORM_RATE = "3/h"
    codes = [client.post(reverse(url_name), data).status_code for _ in range(4)]
    assert codes[:3] != [429] * 3 and codes[3] == 429


def test_event_sign_up_and_cancellations_are_limited(client, settings, users_by_role):
    from tests.matrix import counsellors_event

    settings.PORTAL_PUBLIC_FORM_RATE = "2/h"
    pk = counsellors_event(None, users_by_role)["pk"]
    url = reverse("welcome:event_detail", args=[pk])
    codes = [client.post(url, {"name": "A", "email": f"a{i}@test.example", "consent": "on"}).status_code
             for i in range(3)]
    assert codes[-1] == 429
    manage = [client.post(reverse("welcome:appointment_manage", args=["x" * 20]), {"action": "cancel"}).status_code
              for _ in range(3)]
    assert manage[-1] == 429


def test_booking_posts_without_an_email_do_not_share_one_bucket(client, settings):
    from django.test import RequestFactory

    from core.ratelimits import email_or_ip

    settings.PORTAL_TRUSTED_PROXIES = 0
    one = RequestFactory().post("/", {}, REMOTE_ADDR="192.0.2.1")
    two = RequestFactory().post("/", {}, REMOTE_ADDR="192.0.2.2")
    assert email_or_ip("booking-email", one) != email_or_ip("booking-email", two)
    mail = RequestFactory().post("/", {"email": "A@Test.example"}, REMOTE_ADDR="192.0.2.1")
    assert email_or_ip("booking-email", mail) == "email:a@test.example"


def test_the_database_keeps_each_role_in_its_kind_of_organisation(org_a, city):
    """An admin or report viewer in a welfare organisation would have reached every organisation's
    records through is_city_admin: the database refuses such memberships, however they are made."""
    from django.db import IntegrityError, connection, transaction

    user = staff(Role.COUNSELLOR, org_a)
    for role in (Role.ADMIN, Role.REPORT_VIEWER, Role.DIALOGUE_TEAM):
        with pytest.raises(IntegrityError, match=f"role {role} does not exist"), transaction.atomic():
            Membership.objects.create(user=user, organisation=org_a, role=role)
    membership = Membership.objects.get(user=user)
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE core_membership SET role = 'admin' WHERE id = %s", [membership.pk])
    # Moving a welfare organisation with an operator to the city kind is refused as well.
    staff(Role.OPERATOR, org_a)
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE core_organisation SET kind = 'city' WHERE id = %s", [org_a.pk])
    Membership.objects.create(user=user, organisation=city, role=Role.ADMIN)  # where it belongs
    # The Django admin's form says so before the database refuses.
    from django.core.exceptions import ValidationError
    from django.utils import translation

    with translation.override("en"), pytest.raises(ValidationError,
                                                   match="does not exist in an organisation of this kind"):
        Membership(user=user, organisation=org_a, role=Role.REPORT_VIEWER).full_clean()


def test_the_invitation_form_says_which_role_does_not_fit(client, users_by_role, org_a):
    client.force_login(users_by_role[Role.ADMIN])
    response = client.post(reverse("core:staff_invite"), {
        "email": "neu@test.example", "first_name": "Neu", "last_name": "Person",
        "organisation": org_a.pk, "role": Role.ADMIN})
    from django.utils import translation

    assert response.status_code == 200
    with translation.override("de"):  # the page speaks German; the catalogue says it in German
        expected = translation.gettext("This role does not exist in an organisation of this kind.")
    assert expected != "This role does not exist in an organisation of this kind."
    assert expected in response.content.decode()
    assert response.context["form"]["email"].value() == "neu@test.example"  # what was typed stays
    assert not Membership.objects.filter(user__email="neu@test.example").exists()


def test_a_volunteer_organisations_coordinator_reads_but_does_not_change_the_city_circles(client, city):
    from core.models import Organisation
    from tests.core.factories import OrganisationFactory
    from volunteers.models import Circle

    circle = Circle.objects.create(name="Freundeskreis Test", founded_on="2015-01-01")
    friends: Organisation = OrganisationFactory.create(kind=Organisation.Kind.VOLUNTEER)
    client.force_login(staff(Role.VOLUNTEER_COORDINATOR, friends))
    page = client.get(reverse("volunteers:circle_list"))
    assert page.status_code == 200 and "Freundeskreis Test" in page.content.decode()
    assert page.context["form"] is None
    assert client.post(reverse("volunteers:circle_list"), {"action": "count", "circle": circle.pk,
                                                           "on": "2017-01-01", "members": 12}).status_code == 403
    assert client.post(reverse("volunteers:circle_list"), {"name": "Neu", "founded_on": "2017-01-01"}).status_code == 403
    assert Circle.objects.count() == 1 and not circle.counts.exists()
    client.force_login(staff(Role.VOLUNTEER_COORDINATOR, city))
    client.post(reverse("volunteers:circle_list"), {"action": "count", "circle": circle.pk, "on": "2017-01-01",
                                                    "members": 12})
    assert circle.counts.get().members == 12


def test_one_email_address_is_limited_even_from_many_addresses(client, settings):
    settings.PORTAL_PUBLIC_FORM_RATE = "100/h"
    settings.PORTAL_PUBLIC_FORM_RATE_PER_EMAIL = "2/h"
    codes = [client.post(reverse("volunteers:register"), {"name": "A", "email": "same@test.example"},
                         REMOTE_ADDR=f"192.0.2.{i}").status_code for i in range(3)]
    assert codes[:2] != [429, 429] and codes[2] == 429
    other = client.post(reverse("volunteers:register"), {"name": "B", "email": "other@test.example"},
                        REMOTE_ADDR="192.0.2.99")
    assert other.status_code != 429


@pytest.mark.parametrize("url_name", ["refugees:accommodation_import", "welcome:staff_directory_import",
                                      "volunteers:circle_count_import"])
def test_every_upload_has_a_size_limit_with_a_clear_message(client, settings, users_by_role, url_name):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import translation

    from refugees.models import Accommodation
    from welcome.directory.models import DirectoryEntry

    settings.PORTAL_UPLOAD_MAX_BYTES = 1024 * 1024
    role = {"refugees": Role.OPERATOR, "welcome": Role.DIRECTORY_EDITOR, "volunteers": Role.VOLUNTEER_COORDINATOR}
    client.force_login(users_by_role[role[url_name.split(":")[0]]])
    with translation.override("de"):
        url = reverse(url_name)
    header = b"name;address;district;kind;capacity\r\n"
    # Just over the limit: the form says so, in German on the German page, and keeps nothing.
    slightly = SimpleUploadedFile("gross.csv", header + b"Haus;Weg;Mitte;rented;10\r\n" * 40_400)
    response = client.post(url, {"file": slightly})
    assert response.status_code == 200
    assert "Die Datei ist größer als 1 MB" in response.content.decode()
    # Far over: refused before the body is read, with the same message on a 413 page.
    huge = SimpleUploadedFile("riesig.csv", header + b"x" * (3 * 1024 * 1024))
    response = client.post(url, {"file": huge})
    assert response.status_code == 413
    assert "Die Datei ist größer als 1 MB" in response.content.decode()
    assert not Accommodation.objects.exists() and not DirectoryEntry.objects.exists()


def test_views_named_in_the_sweep_read_through_their_helpers(client, users_by_role, org_a, city):
    """plan_create_view, plan_counts, support_group, initiative_list and the report progress and
    download once read their models directly; now each goes through an access helper."""
    from datetime import date

    from core.models import District
    from dialogues.access import initiatives_for_user, support_group_members_for_user
    from dialogues.models import SupportGroupMember
    from refugees.access import accommodations_for_plans, plans_for_counts
    from refugees.models import Accommodation, IntegrationPlan
    from reporting.access import report_jobs_for_user
    from reporting.models import ReportJob

    mitte = District.objects.get(name="Mitte")
    open_house = Accommodation.objects.create(name="Offen", address="x", district=mitte, operator=org_a,
                                              kind="rented", capacity=20)
    closed = Accommodation.objects.create(name="Geschlossen", address="y", district=mitte, operator=org_a,
                                          kind="rented", capacity=20, status="closed")
    manager = users_by_role[Role.INTEGRATION_MANAGER]
    assert set(accommodations_for_plans(manager)) == {open_house}
    assert not accommodations_for_plans(users_by_role[Role.COUNSELLOR]).exists()
    client.force_login(manager)
    response = client.post(reverse("refugees:plan_create"), {
        "reference": "IM-1", "birth_year": 1985, "started_on": "2019-02-01", "consent_purpose": "IM",
        "consent_given_on": "2019-02-01", "children": 0, "accommodation": closed.pk})
    assert "accommodation" in response.context["form"].errors and not IntegrationPlan.objects.exists()
    IntegrationPlan.objects.create(organisation=org_a, manager=manager, reference="IM-2", birth_year=1980,
                                   started_on=date(2019, 1, 1), consent_purpose="IM", consent_given_on=date(2019, 1, 1))
    assert plans_for_counts(users_by_role[Role.REPORT_VIEWER]).count() == 1
    assert not plans_for_counts(users_by_role[Role.COUNSELLOR]).exists()

    SupportGroupMember.objects.create(name="Mitglied Geheim", consent_given_on=date(2017, 1, 1))
    team = users_by_role[Role.DIALOGUE_TEAM]
    assert support_group_members_for_user(team).count() == 1
    for role in (Role.COUNSELLOR, Role.VOLUNTEER_COORDINATOR, Role.REPORT_VIEWER):
        assert not support_group_members_for_user(users_by_role[role]).exists()
        assert not initiatives_for_user(users_by_role[role]).exists()

    job = ReportJob.objects.create(kind="refugee_report", period_start=date(2017, 1, 1), period_end=date(2017, 12, 31),
                                   requested_by=users_by_role[Role.ADMIN])
    assert list(report_jobs_for_user(users_by_role[Role.REPORT_VIEWER])) == [job]
    assert not report_jobs_for_user(users_by_role[Role.COUNSELLOR]).exists()
    client.force_login(users_by_role[Role.REPORT_VIEWER])
    assert client.get(reverse("reporting:report_progress", args=[job.pk])).json()["status"] == "pending"
    assert client.get(reverse("reporting:report_download", args=[job.pk])).status_code == 404  # not built yet
