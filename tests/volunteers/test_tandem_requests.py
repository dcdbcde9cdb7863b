"""A newcomer asks for a Willkommens-Tandem: publicly or through a counsellor; coordinators match or
withdraw the request; the contact goes on schedule."""

from datetime import date, timedelta

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.models import AuditLog, District, Organisation, Role
from tests.conftest import with_totp
from tests.core.factories import MembershipFactory, OrganisationFactory, UserFactory, staff
from tests.welcome.factories import consultation_for
from volunteers import tasks
from volunteers.access import get_tandem_request_for_user, tandem_requests_for_user
from volunteers.models import Tandem, TandemRequest, Volunteer
from volunteers.services import NoVolunteerCoordination, tandem_request_submit, tandem_requests_erase

pytestmark = pytest.mark.django_db


@pytest.fixture
def friends():
    """A volunteer organisation that coordinates the volunteers of Mitte."""
    organisation: Organisation = OrganisationFactory.create(name="Freundeskreis Mitte Test", short_name="FK Mitte",
                                                            kind=Organisation.Kind.VOLUNTEER)
    mitte = District.objects.get(name="Mitte")
    mitte.volunteer_organisation = organisation
    mitte.save(update_fields=["volunteer_organisation"])
    return organisation


@pytest.fixture
def friends_coordinator(friends):
    return staff(Role.VOLUNTEER_COORDINATOR, friends, email="fk@test.example")


@pytest.fixture
def city_coordinator(city):
    return staff(Role.VOLUNTEER_COORDINATOR, city, email="stadt-koord@test.example")


def open_request(organisation, **kwargs):
    values = {"languages": ["ar"], "interests": "Fußball", "help_wished": "Deutsch üben", "name": "Samira",
              "email": "samira@test.example", "phone": "+49 151 1234567", "ui_language": "ar"}
    return TandemRequest.objects.create(organisation=organisation, **{**values, **kwargs})


def mentor(org, name, languages, district=None, interests=""):
    return Volunteer.objects.create(
        organisation=org, name=name, email=f"{name.lower()}@test.example", languages=languages,
        district=District.objects.get(name=district) if district else None, interests=interests,
        roles=["welcome_mentor"], status="active", consent_purpose="Koordination",
    )


PUBLIC_POST = {"languages": ["ar", "en"], "interests": "Fußball und Kochen", "help_wished": "Deutsch üben",
               "name": "Samira", "email": "samira@test.example", "phone": "+49 151 1234567", "consent": "on"}


# --- The public form ---------------------------------------------------------------------------


def test_public_request_in_arabic_goes_to_the_districts_coordination(
        client, city_coordinator, friends, friends_coordinator, django_capture_on_commit_callbacks):
    page = client.get("/ar/tandem/")
    html = page.content.decode()
    assert page.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        arabic_label = translation.gettext("Languages you speak")
    assert arabic_label != "Languages you speak" and arabic_label in html
    assert 'type="email" name="email"' in html and html.count('dir="ltr"') >= 2  # email and phone
    assert reverse("welcome:privacy") in html  # the consent links to the privacy notice
    mitte = District.objects.get(name="Mitte")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/tandem/", {**PUBLIC_POST, "district": mitte.pk})
    assert response.status_code == 302 and response["Location"] == "/ar/tandem/done/"
    tandem_request = TandemRequest.objects.get()
    # The district's volunteer coordination, not the city's (which also has a coordinator).
    assert tandem_request.organisation == friends
    assert (tandem_request.languages, tandem_request.district, tandem_request.ui_language) == (["ar", "en"], mitte, "ar")
    assert (tandem_request.status, tandem_request.from_consultation, tandem_request.consent_given_on) == (
        "open", None, timezone.localdate())
    assert [m.to for m in mail.outbox] == [["samira@test.example"]]
    assert "Samira" in mail.outbox[0].body
    assert AuditLog.objects.filter(action="create", object_id=str(tandem_request.pk), actor=None,
                                   organisation=friends).exists()
    assert client.get("/ar/tandem/done/").status_code == 200


def test_without_a_district_the_city_coordinates_else_any_coordinating_organisation(friends, city):
    data = {"languages": ["fa"], "interests": "Musik", "help_wished": "Behörden", "name": "Reza",
            "email": "", "phone": "0711 123"}
    # Nobody coordinates volunteers yet: the request would reach nobody.
    with pytest.raises(NoVolunteerCoordination):
        tandem_request_submit(data=data, ui_language="fa")
    staff(Role.VOLUNTEER_COORDINATOR, friends)
    assert tandem_request_submit(data=data, ui_language="fa").organisation == friends
    staff(Role.VOLUNTEER_COORDINATOR, city)
    assert friends.pk < city.pk  # the city wins by its kind, not by being first
    assert tandem_request_submit(data=data, ui_language="fa").organisation == city
    # A district without a coordination of its own falls back to the city's too.
    ost = District.objects.get(name="Ost")
    assert tandem_request_submit(data={**data, "district": ost}, ui_language="fa").organisation == city
    assert not mail.outbox  # no email address, no confirmation


def test_a_bad_form_keeps_what_was_typed_and_creates_nothing(client, city_coordinator):
    response = client.post("/de/tandem/", {**PUBLIC_POST, "email": "kaputt", "consent": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert {"email", "consent"} == set(response.context["form"].errors)
    assert 'value="Samira"' in html and 'value="kaputt"' in html and 'value="+49 151 1234567"' in html
    assert "Fußball und Kochen</textarea>" in html
    assert 'value="ar" id="id_languages_2" checked' in html and 'value="fa" id="id_languages_3" checked' not in html
    assert 'aria-invalid="true"' in html
    # A bot fills in the hidden field: refused the same way.
    client.post("/de/tandem/", {**PUBLIC_POST, "website": "http://spam.example"})
    assert not TandemRequest.objects.exists()
    assert not mail.outbox


def test_the_public_form_is_rate_limited_per_address(client, city_coordinator, settings):
    settings.PORTAL_PUBLIC_FORM_RATE = "2/h"
    assert client.post("/de/tandem/", PUBLIC_POST).status_code == 302
    assert client.post("/de/tandem/", PUBLIC_POST).status_code == 302
    assert client.post("/de/tandem/", PUBLIC_POST).status_code == 429
    assert TandemRequest.objects.count() == 2
    assert client.get("/de/tandem/").status_code == 200  # reading the form is not limited


# --- Access ---------------------------------------------------------------------------------------


def test_access_helper_scopes_by_role_and_organisation(city, friends, friends_coordinator, city_coordinator):
    theirs = open_request(friends)
    ours = open_request(city)
    admin = staff(Role.ADMIN, city)
    counsellor = staff(Role.COUNSELLOR, city)
    assert set(tandem_requests_for_user(admin)) == {theirs, ours}
    assert set(tandem_requests_for_user(city_coordinator)) == {ours}
    assert set(tandem_requests_for_user(friends_coordinator)) == {theirs}
    assert not tandem_requests_for_user(counsellor).exists()
    assert not tandem_requests_for_user(UserFactory.create()).exists()
    assert get_tandem_request_for_user(friends_coordinator, theirs.pk) == theirs


def test_a_coordinator_of_another_organisation_gets_404(client, friends, friends_coordinator):
    tandem_request = open_request(friends)
    elsewhere: Organisation = OrganisationFactory.create(kind=Organisation.Kind.VOLUNTEER)
    carla = mentor(elsewhere, "Carla", ["ar"])
    client.force_login(staff(Role.VOLUNTEER_COORDINATOR, elsewhere))
    assert client.get(reverse("volunteers:tandem_request_detail", kwargs={"pk": tandem_request.pk})).status_code == 404
    assert client.get(reverse("volunteers:tandem_match"), {"request": tandem_request.pk}).status_code == 404
    withdraw = reverse("volunteers:tandem_request_withdraw", kwargs={"pk": tandem_request.pk})
    assert client.post(withdraw).status_code == 404
    propose = client.post(reverse("volunteers:tandem_propose"), {"request": tandem_request.pk, "mentor": carla.pk})
    assert propose.status_code == 404
    assert tandem_request.reference not in client.get(reverse("volunteers:tandem_match")).content.decode()
    tandem_request.refresh_from_db()
    assert tandem_request.status == "open" and not Tandem.objects.exists()
    # Their own coordinator reads it, contact included, and the read is audited.
    client.force_login(friends_coordinator)
    page = client.get(reverse("volunteers:tandem_request_detail", kwargs={"pk": tandem_request.pk}))
    assert page.status_code == 200 and "samira@test.example" in page.content.decode()
    assert AuditLog.objects.filter(action="view", object_id=str(tandem_request.pk), actor=friends_coordinator).exists()


# --- Coordinators: match or withdraw ---------------------------------------------------------------


def test_the_match_page_lists_open_requests_within_a_query_budget(client, friends, friends_coordinator,
                                                                  django_assert_num_queries):
    requests = [open_request(friends, interests=f"Interesse {i}") for i in range(5)]
    open_request(friends, status="withdrawn", closed_at=timezone.now(), interests="Zurückgezogen")
    client.force_login(friends_coordinator)
    client.get(reverse("volunteers:tandem_match"))  # the session is warm
    # session, user, memberships (role_required); the open requests with organisation, district and tandem
    # (one query however many); the districts of the match form; the idle timeout's session save
    # (savepoint, update, release)
    with django_assert_num_queries(8):
        response = client.get(reverse("volunteers:tandem_match"))
    assert list(response.context["open_requests"]) == requests
    assert "Zurückgezogen" not in response.content.decode()
    assert "samira@test.example" not in response.content.decode()  # the contact only on the audited page


def test_using_a_request_ranks_mentors_and_proposing_closes_it(client, friends, friends_coordinator):
    mitte = District.objects.get(name="Mitte")
    tandem_request = open_request(friends, languages=["ar", "fa"], district=mitte, interests="Fußball spielen",
                                  consent_given_on=date(2026, 3, 1))
    mentor(friends, "Anna", ["de", "en"], "Mitte", "Kochen")
    bilal = mentor(friends, "Bilal", ["de", "ar"], "Ost", "Schach")
    carla = mentor(friends, "Carla", ["ar", "fa", "de"], "Mitte", "Fußball")
    client.force_login(friends_coordinator)
    response = client.get(reverse("volunteers:tandem_match"), {"request": tandem_request.pk})
    assert response.status_code == 200
    form = response.context["form"]
    assert form.cleaned_data["newcomer_languages"] == ["ar", "fa"]
    assert (form.cleaned_data["newcomer_district"], form.cleaned_data["newcomer_interests"]) == (mitte, "Fußball spielen")
    assert [s.mentor for s in response.context["suggestions"]][:2] == [carla, bilal]
    assert "samira" not in response.context["request"].get_full_path().lower()  # no contact in the URL

    propose = client.post(reverse("volunteers:tandem_propose"), {"request": tandem_request.pk, "mentor": carla.pk})
    tandem = Tandem.objects.get()
    assert propose["Location"] == reverse("volunteers:tandem_detail", kwargs={"pk": tandem.pk})
    assert (tandem.organisation, tandem.mentor, tandem.status) == (friends, carla, "proposed")
    assert tandem.newcomer_reference == f"REQ-{tandem_request.pk}"
    assert tandem.newcomer_contact == "Samira, samira@test.example, +49 151 1234567"
    assert (tandem.newcomer_languages, tandem.newcomer_district, tandem.newcomer_interests) == (
        ["ar", "fa"], mitte, "Fußball spielen")
    assert tandem.consent_given_on == date(2026, 3, 1)
    tandem_request.refresh_from_db()
    assert (tandem_request.status, tandem_request.tandem) == ("matched", tandem)
    assert tandem_request.closed_at is not None
    assert AuditLog.objects.filter(action="update", object_id=str(tandem_request.pk), actor=friends_coordinator,
                                   detail__status="matched").exists()
    # A second click (or a second coordinator) proposes nothing more.
    again = client.post(reverse("volunteers:tandem_propose"), {"request": tandem_request.pk, "mentor": bilal.pk},
                        follow=True)
    assert Tandem.objects.count() == 1
    with translation.override("de"):
        expected = gettext("This request is no longer open.")
    assert expected in [str(m) for m in again.context["messages"]]
    assert tandem_request.reference not in [r.reference for r in again.context["open_requests"]]
    assert client.get(reverse("volunteers:tandem_match"), {"request": tandem_request.pk}).status_code == 302


def test_a_coordinator_withdraws_a_request(client, friends, friends_coordinator):
    tandem_request = open_request(friends)
    client.force_login(friends_coordinator)
    url = reverse("volunteers:tandem_request_withdraw", kwargs={"pk": tandem_request.pk})
    assert client.get(url).status_code == 405
    assert client.post(url)["Location"] == reverse("volunteers:tandem_match")
    tandem_request.refresh_from_db()
    assert tandem_request.status == "withdrawn" and tandem_request.closed_at is not None
    assert tandem_request.email == "samira@test.example"  # kept for the retention period
    assert AuditLog.objects.filter(action="update", object_id=str(tandem_request.pk),
                                   detail__status="withdrawn").count() == 1
    client.post(url)  # withdrawing twice changes and audits nothing
    assert AuditLog.objects.filter(action="update", object_id=str(tandem_request.pk)).count() == 1


# --- Counsellors: from a consultation --------------------------------------------------------------


def test_a_counsellor_passes_a_request_on_from_their_own_consultation(
        client, org_a, org_b, friends, friends_coordinator, django_capture_on_commit_callbacks):
    counsellor = staff(Role.COUNSELLOR, org_a)
    consultation = consultation_for(counsellor, language="fa")
    client.force_login(counsellor)
    detail = client.get(reverse("welcome:consultation_detail", kwargs={"pk": consultation.pk})).content.decode()
    url = reverse("volunteers:tandem_request_from_consultation", kwargs={"consultation_pk": consultation.pk})
    assert url in detail
    page = client.get(url)
    assert page.status_code == 200
    assert page.context["form"].initial == {"languages": ["fa"], "ui_language": "fa"}
    data = {"languages": ["fa"], "district": District.objects.get(name="Mitte").pk, "interests": "Malen",
            "help_wished": "Wohnungssuche", "name": "Reza", "email": "", "phone": "", "ui_language": "fa",
            "consent": "on"}
    missing_contact = client.post(url, data)
    assert "phone" in missing_contact.context["form"].errors and not TandemRequest.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**data, "email": "reza@test.example"})
    assert response["Location"] == reverse("welcome:consultation_detail", kwargs={"pk": consultation.pk})
    tandem_request = TandemRequest.objects.get()
    assert (tandem_request.from_consultation, tandem_request.organisation) == (consultation, friends)
    assert (tandem_request.languages, tandem_request.ui_language, tandem_request.name) == (["fa"], "fa", "Reza")
    assert AuditLog.objects.filter(action="create", object_id=str(tandem_request.pk), actor=counsellor).exists()
    assert [m.to for m in mail.outbox] == [["reza@test.example"]]
    # The coordinators see it as passed on from a consultation.
    client.force_login(friends_coordinator)
    assert "REQ-" in client.get(reverse("volunteers:tandem_match")).content.decode()

    # A counsellor of another organisation cannot start one from this consultation.
    client.force_login(staff(Role.COUNSELLOR, org_b))
    assert client.get(url).status_code == 404
    assert client.post(url, {**data, "email": "x@test.example"}).status_code == 404
    # Nor a city admin who counsels elsewhere (admins read every consultation).
    admin_counsellor = with_totp(staff(Role.ADMIN, OrganisationFactory.create(kind=Organisation.Kind.CITY)))
    MembershipFactory(user=admin_counsellor, organisation=org_b, role=Role.COUNSELLOR)
    client.force_login(admin_counsellor)
    assert client.get(url).status_code == 404
    assert TandemRequest.objects.count() == 1


# --- Erasure on schedule ------------------------------------------------------------------------


def test_contacts_go_exactly_after_the_configured_days(city, settings):
    settings.PORTAL_TANDEM_REQUEST_RETENTION_DAYS = 10
    settings.PORTAL_TANDEM_REQUEST_MAX_DAYS = 20
    now = timezone.now()
    minute = timedelta(minutes=1)
    matched_recent = open_request(city, status="matched", closed_at=now - timedelta(days=10) + minute)
    matched_old = open_request(city, status="matched", closed_at=now - timedelta(days=10) - minute)
    withdrawn_old = open_request(city, status="withdrawn", closed_at=now - timedelta(days=10) - minute)
    open_young = open_request(city, created_at=now - timedelta(days=20) + minute)
    open_old = open_request(city, created_at=now - timedelta(days=20) - minute)

    assert tandem_requests_erase(now=now) == {"contact_erased": 2, "expired": 1}
    for r in (matched_recent, matched_old, withdrawn_old, open_young, open_old):
        r.refresh_from_db()
    assert (matched_recent.email, matched_recent.contact_erased_at) == ("samira@test.example", None)
    for erased in (matched_old, withdrawn_old, open_old):
        assert (erased.name, erased.email, erased.phone, erased.contact_erased_at) == ("", "", "", now)
    assert (matched_old.status, withdrawn_old.status) == ("matched", "withdrawn")
    assert (open_old.status, open_old.closed_at) == ("expired", now)
    assert (open_young.status, open_young.email) == ("open", "samira@test.example")
    assert open_old.interests == "Fußball"  # what stays is counted, without the contact
    assert AuditLog.objects.filter(action="anonymise", detail__contact_erased=2, detail__expired=1).exists()

    # The behaviour follows the settings: shorter periods catch the other two.
    settings.PORTAL_TANDEM_REQUEST_RETENTION_DAYS = 5
    settings.PORTAL_TANDEM_REQUEST_MAX_DAYS = 15
    assert tandem_requests_erase(now=now) == {"contact_erased": 1, "expired": 1}
    assert tandem_requests_erase(now=now) == {"contact_erased": 0, "expired": 0}  # idempotent
    matched_recent.refresh_from_db()
    open_young.refresh_from_db()
    assert matched_recent.contact_erased_at == now and open_young.status == "expired"


def test_the_nightly_task_erases_through_the_service(city, settings):
    settings.PORTAL_TANDEM_REQUEST_MAX_DAYS = 3
    old = open_request(city, created_at=timezone.now() - timedelta(days=4))
    assert tasks.tandem_requests_erase.delay().get() == {"contact_erased": 0, "expired": 1}
    old.refresh_from_db()
    assert (old.status, old.email) == ("expired", "")
    schedule = {entry["task"] for entry in django_settings.CELERY_BEAT_SCHEDULE.values()}
    assert "volunteers.tasks.tandem_requests_erase" in schedule
