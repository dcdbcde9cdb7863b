from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from core.models import AuditLog, Role
from tests.core.factories import staff
from tests.parallel import parallel_posts
from welcome.events import services as event_services
from welcome.models import GroupEvent, Registration

pytestmark = pytest.mark.django_db


def make_event(org, capacity=2, **kw):
    start = timezone.now() + timedelta(days=7)
    return GroupEvent.objects.create(
        organisation=org, title_de="Arbeiten in Deutschland", title_en="Working in Germany",
        title_ar="العمل في ألمانيا", format="info_evening", starts_at=start, ends_at=start + timedelta(hours=2),
        place="Welcome Center, Charlottenplatz 17", capacity=capacity, is_published=True, **kw
    )


def register(client, event, name, email, lang="de"):
    with translation.override(lang):
        url = reverse("welcome:event_detail", kwargs={"pk": event.pk})
    return client.post(url, {"name": name, "email": email, "consent": "on"})


def test_public_pages_list_and_register(client, org_a, django_capture_on_commit_callbacks):
    event = make_event(org_a)
    assert "Working in Germany" in client.get("/en/events/").content.decode()
    assert "العمل في ألمانيا" in client.get("/ar/events/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, event, "Amal", "amal@test.example", lang="ar")
    registration = Registration.objects.get()
    assert response["Location"] == f"/ar/events/registration/{registration.token}/"
    assert registration.status == "confirmed"
    assert registration.language == "ar"
    assert len(mail.outbox) == 1
    assert "العمل في ألمانيا" in mail.outbox[0].subject  # in the language the newcomer used
    assert registration.token in mail.outbox[0].body


def test_bad_registration_keeps_input(client, org_a):
    event = make_event(org_a)
    response = client.post(reverse("welcome:event_detail", kwargs={"pk": event.pk}),
                           {"name": "Amal", "email": "not-an-email"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"email", "consent"}
    assert 'value="Amal"' in response.content.decode()
    assert not Registration.objects.exists()


def test_full_event_puts_people_on_the_waiting_list_and_moves_them_up(client, org_a, django_capture_on_commit_callbacks):
    event = make_event(org_a, capacity=2)
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(4):
            register(client, event, f"P{i}", f"p{i}@test.example")
    statuses = list(Registration.objects.order_by("created_at").values_list("email", "status"))
    assert [s for _, s in statuses] == ["confirmed", "confirmed", "waiting", "waiting"]
    first = Registration.objects.get(email="p0@test.example")
    mail.outbox.clear()
    # A GET of the manage link (a mail scanner) changes nothing.
    manage = reverse("welcome:registration_manage", kwargs={"token": first.token})
    assert client.get(manage).status_code == 200
    assert Registration.objects.get(pk=first.pk).status == "confirmed"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(manage)
    assert Registration.objects.get(pk=first.pk).status == "cancelled"
    assert Registration.objects.get(email="p2@test.example").status == "confirmed"  # first in line
    assert Registration.objects.get(email="p3@test.example").status == "waiting"
    assert [m.to for m in mail.outbox] == [["p2@test.example"]]


def test_same_email_registers_once(client, org_a):
    event = make_event(org_a)
    register(client, event, "A", "same@test.example")
    response = register(client, event, "A", "SAME@test.example")
    assert "email" in response.context["form"].errors
    assert Registration.objects.count() == 1


def test_past_or_unpublished_events_are_not_public(client, org_a):
    draft = make_event(org_a, capacity=5)
    draft.is_published = False
    draft.save(update_fields=["is_published"])
    assert client.get(reverse("welcome:event_detail", kwargs={"pk": draft.pk})).status_code == 404


def test_attendance_feeds_participant_counts(client, org_a):
    event = make_event(org_a, capacity=3)
    for i in range(3):
        register(client, event, f"P{i}", f"p{i}@test.example")
    counsellor = staff(Role.COUNSELLOR, org_a)
    client.force_login(counsellor)
    ids = list(Registration.objects.values_list("pk", flat=True))[:2]
    client.post(reverse("welcome:staff_event_attendance", kwargs={"pk": event.pk}), {"attended": ids})
    assert Registration.objects.filter(attended=True).count() == 2
    listing = client.get(reverse("welcome:staff_event_list"))
    row = next(e for e in listing.context["events"] if e.pk == event.pk)
    assert (row.confirmed, row.attended_count) == (3, 2)
    assert AuditLog.objects.filter(action="update", detail__attendance=2).exists()


def test_staff_of_another_organisation_cannot_open_the_event(client, org_a, org_b):
    event = make_event(org_a)
    client.force_login(staff(Role.COUNSELLOR, org_b))
    assert client.get(reverse("welcome:staff_event_attendance", kwargs={"pk": event.pk})).status_code == 404
    assert client.get(reverse("welcome:staff_event_edit", kwargs={"pk": event.pk})).status_code == 404
    assert event not in client.get(reverse("welcome:staff_event_list")).context["events"]


def test_contact_data_erased_after_retention(org_a):
    event = make_event(org_a)
    Registration.objects.create(event=event, name="A", email="a@test.example", language="de", status="confirmed",
                                attended=True)
    GroupEvent.objects.filter(pk=event.pk).update(starts_at=timezone.now() - timedelta(days=40),
                                                  ends_at=timezone.now() - timedelta(days=40, hours=-2))
    assert event_services.registrations_erase(older_than_days=30) == 1
    reg = Registration.objects.get()
    assert (reg.name, reg.email, reg.attended) == ("", "", True)  # the count survives


def _parallel_signups(live_server, event, n):
    return parallel_posts(f"{live_server.url}/de/events/{event.pk}/", n,
                          lambda i: {"name": f"P{i}", "email": f"p{i}@test.example", "consent": "on"})


@pytest.mark.django_db(transaction=True)
def test_parallel_signups_never_exceed_capacity(live_server, org_a):
    event = make_event(org_a, capacity=5)
    results = _parallel_signups(live_server, event, 20)
    assert results == [302] * 20
    assert Registration.objects.filter(status="confirmed").count() == 5
    assert Registration.objects.filter(status="waiting").count() == 15


@pytest.mark.django_db(transaction=True)
def test_control_without_the_row_lock_the_race_overbooks(live_server, org_a, monkeypatch):
    """Shows the guard matters: with the lock off, parallel sign-ups take more places than exist."""
    monkeypatch.setattr(event_services, "LOCK_EVENT_ROW", False)
    overbooked = 0
    for attempt in range(5):
        event = make_event(org_a, capacity=5, partners=f"try {attempt}")
        _parallel_signups(live_server, event, 20)
        overbooked = max(overbooked, event.registrations.filter(status="confirmed").count())
        if overbooked > 5:
            break
    assert overbooked > 5


def test_filled_honeypot_registers_nobody(client, org_a):
    event = make_event(org_a)
    html = client.get(reverse("welcome:event_detail", kwargs={"pk": event.pk})).content.decode()
    assert '<input type="hidden" name="website"' in html
    response = client.post(reverse("welcome:event_detail", kwargs={"pk": event.pk}),
                           {"name": "Bot", "email": "bot@test.example", "consent": "on", "website": "http://spam"})
    assert response.status_code == 200
    assert not Registration.objects.exists()
