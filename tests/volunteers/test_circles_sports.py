from datetime import date

import pytest
from django.urls import reverse

from core.models import District, Role
from dialogues.models import SupportGroupMember
from volunteers.models import Circle, CircleCount
from welcome.models import DirectoryEntry

pytestmark = pytest.mark.django_db


def test_circles_and_member_counts_over_time(client, users_by_role):
    # Published: 39 circles (Dec 2018), 35 initiatives (June 2018), 2,000 active in 41 circles (2017).
    mitte = District.objects.get(name="Mitte")
    for i in range(41):
        circle = Circle.objects.create(name=f"Freundeskreis {i}", dissolved_on=date(2018, 6, 1) if i < 2 else None)
        circle.districts.add(mitte)
        CircleCount.objects.create(circle=circle, on=date(2017, 12, 31), members=2000 // 41 + (1 if i < 2000 % 41 else 0))
    for i in range(35):
        Circle.objects.create(name=f"Initiative {i}", is_initiative=True)
    client.force_login(users_by_role[Role.VOLUNTEER_COORDINATOR])
    response = client.get(reverse("volunteers:circle_list"))
    assert response.context["figures"]["circles"] == 39
    assert response.context["figures"]["initiatives"] == 35
    total_2017 = sum(c.members for c in CircleCount.objects.filter(on=date(2017, 12, 31)))
    assert total_2017 == 2000
    # A newer count replaces nothing: counts are kept over time.
    circle = Circle.objects.get(name="Freundeskreis 5")
    client.post(reverse("volunteers:circle_list"), {"action": "count", "circle": circle.pk, "on": "2018-12-31",
                                                    "members": 30})
    assert list(circle.counts.values_list("members", flat=True)) == [30, 49]


def test_sports_offers_are_entries_of_the_directory(client, users_by_role):
    """The old sports search now points to the directory's sport clubs, in the visitor's language."""
    org = users_by_role[Role.ADMIN].memberships.first().organisation
    ost = District.objects.get(name="Ost")
    DirectoryEntry.objects.create(organisation=org, kind="club", club_category="sport", name_de="Schwimmen",
                                  provider="SV Ost", district=ost, women_only=True)
    DirectoryEntry.objects.create(organisation=org, kind="club", club_category="culture", name_de="Theater",
                                  provider="Kulturverein", district=ost)
    response = client.get("/ar/sports/")
    assert response.status_code == 301
    response = client.get(response["Location"])
    assert [e.provider for e in response.context["page"]] == ["SV Ost"]
    assert 'dir="rtl"' in response.content.decode()


def test_support_group_members_only_with_consent(client, users_by_role):
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])
    url = reverse("dialogues:support_group")
    response = client.post(url, {"action": "member", "name": "Samir", "joined_on": "2017-04-01",
                                 "consent_given_on": "2017-04-01", "is_active": "on"})
    assert response.status_code == 200
    assert "consent" in response.context["member_form"].errors
    assert not SupportGroupMember.objects.exists()
    client.post(url, {"action": "member", "name": "Samir", "joined_on": "2017-04-01",
                      "consent_given_on": "2017-04-01", "is_active": "on", "consent": "on"})
    assert SupportGroupMember.objects.get().name == "Samir"
    client.force_login(users_by_role[Role.COUNSELLOR])
    assert client.get(url).status_code == 403


def test_a_published_circle_is_in_the_directory_with_its_contact_only_after_consent(client, users_by_role):
    coordinator = users_by_role[Role.VOLUNTEER_COORDINATOR]
    client.force_login(coordinator)
    ost = District.objects.get(name="Ost")
    client.post(reverse("volunteers:circle_list"), {
        "name": "Freundeskreis Ost", "districts": [ost.pk], "contact_person": "Eva", "publish": "on",
        "contact_email": "eva@test.example"})
    circle = Circle.objects.get(name="Freundeskreis Ost")
    entry = circle.directory_entry
    assert entry is not None
    assert entry.kind == "volunteer_circle" and entry.district == ost and entry.email == ""
    client.logout()
    html = client.get(f"/de/directory/{entry.pk}/").content.decode()
    assert "Freundeskreis Ost" in html and "eva@test.example" not in html
    # With the recorded consent the contact goes public.
    from datetime import date as _date

    from volunteers.services import circle_publish

    circle.contact_consent_on = _date(2026, 11, 1)
    circle.save(update_fields=["contact_consent_on"])
    circle_publish(actor=coordinator, circle=circle, organisation=entry.organisation)
    assert "eva@test.example" in client.get(f"/de/directory/{entry.pk}/").content.decode()


def test_member_counts_by_import_as_german_excel_saves_them(client, users_by_role):
    from django.core.files.uploadedfile import SimpleUploadedFile

    for name in ("Freundeskreis Ost", "Freundeskreis Mitte"):
        Circle.objects.create(name=name)
    client.force_login(users_by_role[Role.VOLUNTEER_COORDINATOR])
    url = reverse("volunteers:circle_count_import")
    content = "\ufeffcircle;on;members\r\nFreundeskreis Ost;31.12.2017;1.048\r\nFreundeskreis Mitte;31.12.2017;952\r\n"
    response = client.post(url, {"file": SimpleUploadedFile("zahlen.csv", content.encode())})
    assert not CircleCount.objects.exists()
    client.post(url, {"confirm": response.context["preview"].token})
    assert sum(CircleCount.objects.filter(on=date(2017, 12, 31)).values_list("members", flat=True)) == 2000
    response = client.post(url, {"file": SimpleUploadedFile("zahlen.csv", b"circle;on;members\r\nUnbekannt;x;-1\r\n")})
    assert len(response.context["errors"]) == 3  # circle, date and number, each named with its column
