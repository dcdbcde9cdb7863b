from datetime import date, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from core.models import AuditLog, District, Role
from tests.core.factories import staff
from volunteers.models import Tandem, Volunteer
from volunteers.services import tandem_contacts_erase

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(city):
    return staff(Role.VOLUNTEER_COORDINATOR, city, email="koord@test.example")


def mentor(org, name, languages, district=None, interests="", status="active"):
    return Volunteer.objects.create(
        organisation=org, name=name, email=f"{name.lower()}@test.example", languages=languages,
        district=District.objects.get(name=district) if district else None, interests=interests,
        roles=["welcome_mentor"], status=status, consent_purpose="Koordination",
    )


def test_public_registration_waits_for_approval(client, city, coordinator):
    response = client.post("/tr/volunteer/", {"name": "Ayşe", "email": "ayse@test.example", "languages": ["tr", "de"],
                                              "roles": ["welcome_mentor"], "consent": "on"})
    assert response.status_code == 200
    volunteer = Volunteer.objects.get()
    assert (volunteer.status, volunteer.organisation, volunteer.languages) == ("pending", city, ["tr", "de"])
    client.force_login(coordinator)
    # A welcome mentor needs a police clearance certificate (its date only) before approval.
    client.post(reverse("volunteers:volunteer_approve", kwargs={"pk": volunteer.pk}))
    volunteer.refresh_from_db()
    assert volunteer.status == "pending"
    client.post(reverse("volunteers:volunteer_approve", kwargs={"pk": volunteer.pk}), {"clearance_on": "2018-02-01"})
    volunteer.refresh_from_db()
    assert volunteer.status == "active" and volunteer.active_since == timezone.localdate()
    assert volunteer.police_clearance_on == date(2018, 2, 1)


def test_bad_registration_keeps_input(client, city):
    response = client.post("/de/volunteer/", {"name": "Ayşe", "email": "kaputt", "roles": ["welcome_mentor"]})
    assert response.status_code == 200
    assert 'value="Ayşe"' in response.content.decode()
    assert {"email", "languages", "consent"} <= set(response.context["form"].errors)
    assert not Volunteer.objects.exists()


def test_suggestions_ranked_by_language_district_and_interests(client, city, coordinator):
    mentor(city, "Anna", ["de", "en"], "Mitte", "Kochen")
    mentor(city, "Bilal", ["de", "ar"], "Ost", "Schach")
    mentor(city, "Carla", ["ar", "fa", "de"], "Mitte", "Fußball")
    busy = mentor(city, "Dana", ["ar", "fa"], "Mitte", "Fußball")
    Tandem.objects.create(organisation=city, mentor=busy, newcomer_reference="T-0", consent_given_on=date(2018, 1, 1),
                          status="active")
    mentor(city, "Emil", ["ar", "fa"], "Mitte", "Fußball", status="pending")
    client.force_login(coordinator)
    response = client.get(reverse("volunteers:tandem_match"), {
        "newcomer_reference": "NK-1", "newcomer_languages": ["ar", "fa"],
        "newcomer_district": District.objects.get(name="Mitte").pk, "newcomer_interests": "Fußball spielen",
        "consent_given_on": "2018-03-01"})
    names = [s.mentor.name for s in response.context["suggestions"]]
    assert names == ["Carla", "Bilal", "Anna"]  # Dana is in a tandem, Emil not approved


def test_tandem_life_cycle_and_erasure(client, city, coordinator):
    carla = mentor(city, "Carla", ["ar", "de"])
    client.force_login(coordinator)
    response = client.post(reverse("volunteers:tandem_propose"), {
        "mentor": carla.pk, "newcomer_reference": "NK-1", "newcomer_contact": "+49 151 000000",
        "newcomer_languages": ["ar"], "consent_given_on": "2018-03-01"})
    tandem = Tandem.objects.get()
    assert tandem.status == "proposed"
    url = reverse("volunteers:tandem_detail", kwargs={"pk": tandem.pk})
    assert response["Location"] == url
    client.post(url, {"action": "activate"})
    client.post(url, {"action": "check_in", "note": "Treffen im Café, gut angekommen"})
    bad = client.post(url, {"action": "end", "reason": ""})
    assert "reason" in bad.context["end_form"].errors
    client.post(url, {"action": "end", "reason": "Umzug nach Hamburg"})
    tandem.refresh_from_db()
    assert (tandem.status, tandem.end_reason, tandem.check_ins.count()) == ("ended", "Umzug nach Hamburg", 1)
    assert AuditLog.objects.filter(object_id=str(tandem.pk), action="update").count() >= 3
    # The contact goes after the retention period; the tandem stays counted.
    Tandem.objects.filter(pk=tandem.pk).update(ended_on=timezone.localdate() - timedelta(days=40))
    assert tandem_contacts_erase(older_than_days=30) == 1
    tandem.refresh_from_db()
    assert tandem.newcomer_contact == "" and tandem.contact_erased_at is not None
    assert Tandem.objects.filter(status="ended").count() == 1


def test_an_ended_tandem_needs_a_reason_in_the_database(city):
    carla = mentor(city, "Carla", ["ar"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Tandem.objects.create(organisation=city, mentor=carla, newcomer_reference="X", consent_given_on=date(2018, 1, 1),
                              status="ended", ended_on=date(2018, 5, 1))


def test_published_figures_190_tandems_85_welcome_mentors(client, city, coordinator):
    mentors = [mentor(city, f"M{i:03d}", ["de"]) for i in range(85)]
    Volunteer.objects.create(organisation=city, name="Sportpatin", email="s@test.example", roles=["sports_mentor"],
                             status="active", consent_purpose="K")
    tandems = [Tandem(organisation=city, mentor=mentors[i % 85], newcomer_reference=f"NK-{i}",
                      consent_given_on=date(2017, 1, 1), status="ended" if i < 120 else "active",
                      ended_on=date(2018, 1, 1) if i < 120 else None, end_reason="abgeschlossen" if i < 120 else "")
               for i in range(190)]
    Tandem.objects.bulk_create(tandems)
    Tandem.objects.create(organisation=city, mentor=mentors[0], newcomer_reference="P", consent_given_on=date(2018, 1, 1))
    client.force_login(coordinator)
    response = client.get(reverse("volunteers:volunteer_list"))
    assert response.context["figures"]["welcome_mentors"] == 85
    assert response.context["tandem_figures"]["formed"] == 190  # a proposal is not yet a tandem


def test_another_organisation_cannot_open_a_tandem(client, city, org_b):
    carla = mentor(city, "Carla", ["ar"])
    tandem = Tandem.objects.create(organisation=city, mentor=carla, newcomer_reference="NK",
                                   consent_given_on=date(2018, 1, 1))
    client.force_login(staff(Role.VOLUNTEER_COORDINATOR))  # of a volunteer organisation of its own
    assert client.get(reverse("volunteers:tandem_detail", kwargs={"pk": tandem.pk})).status_code == 404
    assert client.post(reverse("volunteers:volunteer_approve", kwargs={"pk": carla.pk})).status_code == 404
    assert "Carla" not in client.get(reverse("volunteers:volunteer_list")).content.decode()
