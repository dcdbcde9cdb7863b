"""The public side as an information service: place and hours, legal pages that state the running
settings, what a newcomer is told about their appointment, translation status of staff-kept texts."""

import re
from datetime import time, timedelta
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from core.models import Role
from tests.core.factories import staff
from welcome.booking.services import appointment_confirm, reminders_send
from welcome.booking.slots import free_slots
from welcome.models import (
    Appointment,
    CentreClosure,
    ChannelInstruction,
    CounsellorOffer,
    DirectoryEntry,
    LegalPage,
    OpeningHours,
    Place,
    Topic,
    WeeklyHours,
)


def _must(match):
    assert match is not None
    return match


pytestmark = pytest.mark.django_db


@pytest.fixture
def place():
    place = Place(name_de="Welcome Center Stuttgart", name_ar="مركز الترحيب شتوتغارت",
                  building_de="im Gebäude des ifa am Charlottenplatz", building_ar="في مبنى معهد ifa",
                  street="Charlottenplatz", postcode="70173", entrance_de="Erdgeschoss links",
                  entrance_ar="الطابق الأرضي على اليسار", phone="+49 711 0000000", demo_fields=["phone", "hours"])
    place.save()
    OpeningHours.objects.create(place=place, weekday=0, opens=time(9), closes=time(12, 30))
    OpeningHours.objects.create(place=place, weekday=0, opens=time(13, 30), closes=time(16))
    return place


@pytest.fixture
def offer(org_a, place):
    counsellor = staff(Role.COUNSELLOR, org_a, email="berater@test.example")
    offer = CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=["de", "ar", "fa"],
                                           channels=["in_person", "phone", "online"], place=place,
                                           online_url="https://video.test.example/room-7")
    offer.topics.add(Topic.objects.get(slug="work"))
    for weekday in range(7):
        WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=time(9), ends=time(16))
    return offer


def _slot(channel, language="ar"):
    day = timezone.localdate() + timedelta(days=8)
    while day.month == 12 and day.day in (24, 25, 26, 31):
        day += timedelta(days=1)
    return free_slots(topic=Topic.objects.get(slug="work"), language=language, channel=channel, start=day,
                      days=7)[0]


def _contact_url(offer, channel, slot, lang="ar"):
    query = urlencode({"topic": offer.topics.get().pk, "language": "ar", "channel": channel,
                       "c": offer.counsellor_id, "t": slot.starts_at.isoformat()})
    return f"/{lang}/book/details/?{query}"


def _book_and_confirm(client, offer, channel, django_capture_on_commit_callbacks, lang="ar", phone=""):
    slot = _slot(channel)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_contact_url(offer, channel, slot, lang),
                               {"name": "Amal", "email": "amal@test.example", "phone": phone, "consent": "on"})
    assert response.status_code == 302, response.content.decode()[:3000]
    appointment = Appointment.objects.get()
    hold_mail = mail.outbox[-1]
    with django_capture_on_commit_callbacks(execute=True):
        appointment_confirm(token=appointment.token, base_url="http://testserver/")
    return appointment, hold_mail, mail.outbox[-1]


# --- place, hours, legal pages ---------------------------------------------------------------------

def test_home_shows_the_place_and_links_to_directions(client, place):
    html = client.get("/ar/").content.decode()
    assert "مركز الترحيب شتوتغارت" in html
    assert "Charlottenplatz" in html
    assert 'href="/ar/contact/"' in html
    # The title is text, not markup (it held a <p> with buttons).
    title = _must(re.search(r"<title>(.*?)</title>", html, re.S)).group(1)
    assert "<" not in title


def test_contact_page_has_address_hours_map_links_closures_and_demo_marks(client, place):
    CentreClosure.objects.create(date=timezone.localdate() + timedelta(days=3), reason_de="Betriebsausflug")
    html = client.get("/de/contact/").content.decode()
    assert "09:00–12:30" in html and "13:30–16:00" in html  # a lunch break is the gap between two blocks
    assert "geo:0,0?q=Charlottenplatz" in html
    assert "openstreetmap.org/search?query=Charlottenplatz" in html
    assert "Betriebsausflug" in html
    assert html.count("demo-mark") == 2  # the phone and the hours
    # Nothing from third parties: no map tiles, no scripts from elsewhere.
    assert not re.search(r'<(script|img|iframe)[^>]+src="https?://', html)


def test_every_public_page_links_the_legal_pages(client, place):
    for url in ("/de/", "/ar/contact/", "/fa/book/", "/de/events/", "/tr/directory/", "/de/volunteer/"):
        html = client.get(url).content.decode()
        for target in ("/privacy/", "/imprint/", "/accessibility/", "/easy-german/"):
            assert re.search(rf'href="/{url.split("/")[1]}{target}"', html), (url, target)


def test_privacy_notice_states_the_running_retention_settings(client, settings):
    settings.PORTAL_CONTACT_RETENTION_DAYS = 30
    settings.PORTAL_BOOKING_HOLD_MINUTES = 30
    html = client.get("/de/privacy/").content.decode()
    booking = html[html.index('id="booking"'):html.index('id="waiting-list"')]
    assert "30 Tage nach dem Termin" in booking and "30 Minuten" in booking
    settings.PORTAL_CONTACT_RETENTION_DAYS = 45
    settings.PORTAL_BOOKING_HOLD_MINUTES = 20
    settings.PORTAL_TANDEM_REQUEST_MAX_DAYS = 99
    html = client.get("/de/privacy/").content.decode()
    booking = html[html.index('id="booking"'):html.index('id="waiting-list"')]
    assert "45 Tage nach dem Termin" in booking and "20 Minuten" in booking
    assert "30 Tage" not in booking
    assert "nach 99 Tagen gelöscht" in html
    assert "{" not in re.sub(r"<script.*?</script>", "", html, flags=re.S)  # no placeholder left unfilled


def test_every_form_section_of_the_privacy_notice_exists(client):
    html = client.get("/en/privacy/").content.decode()
    for anchor in ("booking", "waiting-list", "event-signup", "volunteer", "tandem-request", "controller",
                   "dpo", "rights", "authority"):
        assert f'id="{anchor}"' in html, anchor


def test_consent_checkboxes_link_their_privacy_section(client, offer, settings):
    settings.PORTAL_CONTACT_RETENTION_DAYS = 45
    html = client.get(_contact_url(offer, "in_person", _slot("in_person"), "en")).content.decode()
    assert 'href="/en/privacy/#booking"' in html
    assert "erased 45 days after it" in html


@pytest.mark.parametrize("kind", ["privacy", "imprint", "accessibility", "easy-german"])
def test_legal_pages_are_editable_data_in_every_language(client, kind):
    page = LegalPage.objects.get(kind=kind)
    assert page.sections.exists()
    assert client.get(f"/fa/{ {'easy-german': 'easy-german'}.get(kind, kind) }/").status_code == 200


def test_accessibility_statement_names_feedback_and_enforcement(client):
    html = client.get("/de/accessibility/").content.decode()
    assert 'id="feedback"' in html and 'id="enforcement"' in html
    assert "BITV 2.0" in html


def test_easy_german_is_german_in_every_language(client):
    html = client.get("/ar/easy-german/").content.decode()
    assert 'lang="de" dir="ltr"' in html
    assert "not yet translated" not in html


# --- what the newcomer is told about the appointment ----------------------------------------------

def test_contact_page_shows_place_and_what_to_bring_before_booking(client, offer):
    html = client.get(_contact_url(offer, "in_person", _slot("in_person"))).content.decode()
    topic = Topic.objects.get(slug="work")
    assert topic.what_to_bring_ar and topic.what_to_bring_ar in html
    assert "في مبنى معهد ifa" in html and "Charlottenplatz" in html
    assert ChannelInstruction.objects.get(channel="in_person").text_ar in html


def test_times_page_shows_labels_not_codes(client, offer):
    html = client.get("/de/book/times/", {"topic": offer.topics.get().pk, "language": "ar",
                                          "channel": "in_person"}).content.decode()
    assert "Arabisch" in html and "persönlich" in html
    assert "in_person" not in re.sub(r'(href|value|name|action)="[^"]*"', "", html)


def test_topic_without_counsellor_in_that_language_says_so_at_once(client, offer):
    response = client.get("/de/book/times/", {"topic": offer.topics.get().pk, "language": "tr",
                                              "channel": "in_person"})
    alternatives = response.context["alternatives"]
    assert not alternatives.offered
    assert [code for code, _label in alternatives.languages] == ["de", "ar", "fa"]
    assert not response.context["days"]
    html = response.content.decode()
    assert "language=ar&amp;channel=in_person" in html
    assert 'href="#waitlist-heading"' in html


def test_phone_channel_needs_the_number(client, offer):
    slot = _slot("phone")
    response = client.post(_contact_url(offer, "phone", slot, "de"),
                           {"name": "Amal", "email": "amal@test.example", "consent": "on"})
    assert response.status_code == 200
    assert "phone" in response.context["form"].errors
    assert 'value="Amal"' in response.content.decode()
    assert not Appointment.objects.exists()


def test_in_person_confirmation_mail_and_calendar_carry_place_and_what_to_bring(
        client, offer, django_capture_on_commit_callbacks):
    appointment, _hold, confirmed = _book_and_confirm(client, offer, "in_person", django_capture_on_commit_callbacks)
    assert appointment.place_id == offer.place_id
    topic = Topic.objects.get(slug="work")
    assert topic.what_to_bring_ar in confirmed.body
    assert "Charlottenplatz" in confirmed.body and "الطابق الأرضي على اليسار" in confirmed.body
    name, content, mimetype = confirmed.attachments[0]
    assert mimetype == "text/calendar"
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert "Charlottenplatz" in str(event["LOCATION"])
    assert topic.what_to_bring_ar in str(event["DESCRIPTION"])
    assert "ORGANIZER" not in event
    # Nothing of the newcomer and nothing of the secret link in the calendar file.
    assert "Amal" not in content and "amal@test.example" not in content
    assert appointment.token[:8] not in content


def test_online_join_link_only_in_the_confirmed_mail_and_the_manage_page(
        client, offer, django_capture_on_commit_callbacks):
    url = "https://video.test.example/room-7"
    # Not on any public page before booking.
    assert url not in client.get(_contact_url(offer, "online", _slot("online"))).content.decode()
    appointment, hold, confirmed = _book_and_confirm(client, offer, "online", django_capture_on_commit_callbacks)
    assert url not in hold.body
    assert url in confirmed.body
    event = Calendar.from_ical(confirmed.attachments[0][1]).walk("VEVENT")[0]
    assert url in str(event["DESCRIPTION"]) and "LOCATION" not in event
    assert url in client.get(f"/ar/appointment/{appointment.token}/").content.decode()
    # Another newcomer's page never shows it.
    other = Appointment.objects.create(
        counsellor=offer.counsellor, organisation=offer.organisation, topic=appointment.topic, language="ar",
        channel="phone", starts_at=appointment.starts_at + timedelta(days=1),
        ends_at=appointment.ends_at + timedelta(days=1), status="confirmed", ui_language="ar", phone="0711 5")
    assert url not in client.get(f"/ar/appointment/{other.token}/").content.decode()


def test_reminder_carries_place_and_what_to_bring_in_the_newcomers_language(
        client, offer, django_capture_on_commit_callbacks):
    appointment, _hold, _confirmed = _book_and_confirm(client, offer, "in_person", django_capture_on_commit_callbacks,
                                                       lang="fa")
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders_send(base_url="http://testserver/", now=appointment.starts_at - timedelta(hours=20)) == 1
    reminder = mail.outbox[-1]
    topic = Topic.objects.get(slug="work")
    assert topic.what_to_bring_fa in reminder.body
    assert "Charlottenplatz" in reminder.body


def test_cancelling_asks_once_more(client, offer, django_capture_on_commit_callbacks):
    appointment, _hold, _confirmed = _book_and_confirm(client, offer, "in_person", django_capture_on_commit_callbacks)
    url = f"/de/appointment/{appointment.token}/"
    response = client.post(url, {"action": "cancel_ask"})
    assert response.status_code == 200
    assert 'value="cancel"' in response.content.decode()
    appointment.refresh_from_db()
    assert appointment.status == "confirmed"
    client.post(url, {"action": "cancel"})
    appointment.refresh_from_db()
    assert appointment.status == "cancelled"


def test_arabic_dates_use_the_arabic_comma(client, offer, django_capture_on_commit_callbacks):
    appointment, _hold, confirmed = _book_and_confirm(client, offer, "in_person", django_capture_on_commit_callbacks)
    html = client.get(f"/ar/appointment/{appointment.token}/").content.decode()
    lead = _must(re.search(r'<p class="lead">(.*?)</p>', html, re.S)).group(1)
    assert "،" in lead and ", " not in lead
    assert "،" in confirmed.body


# --- translation status -------------------------------------------------------------------------

def test_changed_german_text_makes_the_farsi_translation_outdated(client, org_a, users_by_role):
    entry = DirectoryEntry(organisation=org_a, kind="counselling", name_de="Migrationsberatung",
                           name_fa="مشاوره مهاجرت", description_de="Beratung für Erwachsene.",
                           description_fa="مشاوره برای بزرگسالان.")
    entry.save()
    assert entry.translation_state("fa") == "current"
    assert entry.translation_state("ar") == "missing"
    html = client.get(f"/fa/directory/{entry.pk}/").content.decode()
    assert "مشاوره برای بزرگسالان." in html
    entry = DirectoryEntry.objects.get(pk=entry.pk)
    entry.description_de = "Beratung für Erwachsene und Familien."
    entry.save()
    entry = DirectoryEntry.objects.get(pk=entry.pk)
    assert entry.translation_state("fa") == "outdated"
    html = client.get(f"/fa/directory/{entry.pk}/").content.decode()
    assert "مشاوره برای بزرگسالان." not in html
    assert re.search(r'<div lang="de" dir="ltr"[^>]*>\s*<p>Beratung für Erwachsene und Familien.</p>', html)
    assert "translation-note" in html
    # The staff page shows it as outdated for Farsi.
    client.force_login(users_by_role[Role.ADMIN])
    response = client.get("/de/staff/translations/", {"type": "directory", "state": "outdated", "lang": "fa"})
    rows = list(response.context["page"])
    assert [r.item.pk for r in rows] == [entry.pk]
    assert dict(rows[0].states)["fa"] == "outdated"
    # A new Farsi text brings it back.
    entry.description_fa = "مشاوره برای بزرگسالان و خانواده‌ها."
    entry.save()
    assert DirectoryEntry.objects.get(pk=entry.pk).translation_state("fa") == "current"
