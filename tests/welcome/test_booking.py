import re
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from core.models import AuditLog, Role
from tests.core.factories import staff
from tests.parallel import parallel_posts
from welcome.booking.services import contacts_erase, holds_expire, reminders_send
from welcome.booking.slots import BERLIN, free_slots
from welcome.models import (
    Appointment,
    AvailabilityException,
    CentreClosure,
    CounsellorOffer,
    Topic,
    WeeklyHours,
)

pytestmark = pytest.mark.django_db
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


@pytest.fixture
def offer(org_a):
    counsellor = staff(Role.COUNSELLOR, org_a, email="berater@test.example")
    offer = CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=["de", "ar"],
                                           channels=["in_person", "phone"])
    offer.topics.add(Topic.objects.get(slug="work"))
    for weekday in range(7):  # every day, so the clock-change Sundays have hours too
        WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=time(9), ends=time(12))
        WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=time(13), ends=time(16))
    return offer


def slots_on(day, **kw):
    topic = Topic.objects.get(slug="work")
    return free_slots(topic=topic, language=kw.get("language", "ar"), channel=kw.get("channel", "phone"),
                      start=day, days=1, now=kw.get("now", LONG_AGO))


def local_times(slots):
    return [s.local_start.strftime("%H:%M") for s in slots]


def test_slots_follow_hours_breaks_length_and_buffer(offer):
    # 45 minutes + 15 buffer: on the hour, none over the lunch break
    assert local_times(slots_on(date(2026, 12, 7))) == ["09:00", "10:00", "11:00", "13:00", "14:00", "15:00"]


def test_only_offered_languages_and_channels(offer):
    assert slots_on(date(2026, 12, 7), language="tr") == []
    assert slots_on(date(2026, 12, 7), channel="online") == []


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [(date(2026, 3, 28), 8), (date(2026, 3, 29), 7), (date(2026, 10, 24), 7), (date(2026, 10, 25), 8)],
)
def test_slots_are_right_on_the_clock_change_days(offer, day, utc_hour):
    slots = slots_on(day)
    assert local_times(slots)[0] == "09:00"
    assert slots[0].starts_at.hour == utc_hour
    assert all(s.ends_at - s.starts_at == timedelta(minutes=45) for s in slots)


def test_night_hours_across_the_spring_change_never_alias(offer):
    AvailabilityException.objects.create(offer=offer, date=date(2026, 3, 29), kind="extra", starts=time(0, 30),
                                         ends=time(4, 30))
    slots = slots_on(date(2026, 3, 29))
    starts = [s.starts_at for s in slots]
    assert len(starts) == len(set(starts))
    assert "02:30" not in local_times(slots)  # that wall-clock time does not exist


def test_public_holidays_and_closures_block_slots(offer):
    assert slots_on(date(2026, 12, 25)) == []  # Christmas Day
    assert slots_on(date(2026, 1, 6)) == []  # Epiphany, a holiday in Baden-Württemberg
    assert slots_on(date(2026, 12, 23)) != []
    CentreClosure.objects.create(date=date(2026, 12, 23), reason="Betriebsausflug")
    assert slots_on(date(2026, 12, 23)) == []


def test_absence_and_extra_hours(offer):
    AvailabilityException.objects.create(offer=offer, date=date(2026, 12, 7), kind="absence", starts=time(9),
                                         ends=time(12))
    AvailabilityException.objects.create(offer=offer, date=date(2026, 12, 7), kind="extra", starts=time(17),
                                         ends=time(18))
    assert local_times(slots_on(date(2026, 12, 7))) == ["13:00", "14:00", "15:00", "17:00"]
    AvailabilityException.objects.create(offer=offer, date=date(2026, 12, 8), kind="absence")
    assert slots_on(date(2026, 12, 8)) == []


def test_booked_time_is_no_longer_offered(offer):
    slot = slots_on(date(2026, 12, 7))[1]
    Appointment.objects.create(counsellor=offer.counsellor, organisation=offer.organisation, topic_id=offer.topics.get().pk,
                               language="ar", channel="phone", starts_at=slot.starts_at, ends_at=slot.ends_at,
                               status="confirmed", ui_language="ar")
    assert local_times(slots_on(date(2026, 12, 7))) == ["09:00", "11:00", "13:00", "14:00", "15:00"]


def _future_monday():
    day = timezone.localdate() + timedelta(days=7)
    while day.weekday() != 0 or day in (date(2026, 12, 28),):
        day += timedelta(days=1)
    return day


def _book(client, offer, lang="ar", email="amal@test.example", slot=None):
    day = _future_monday()
    slot = slot or slots_on(day, now=timezone.now())[0]
    query = urlencode({"topic": offer.topics.get().pk, "language": "ar", "channel": "phone", "c": offer.counsellor_id,
                       "t": slot.starts_at.isoformat()})
    with translation.override(lang):
        url = reverse("welcome:book_contact") + "?" + query
    return client.post(url, {"name": "Amal", "email": email, "phone": "+49 711 123456", "consent": "on"}), slot


def test_the_booking_post_asks_the_database_three_things(client, offer):
    """The booking POST's budget: one statement checks the chosen counsellor's day (hours, exceptions,
    closure, their appointments and the address's open ones), one INSERT holds the time, one INSERT
    queues the mail; the topic comes from the cache. Checking every counsellor's day again, or the
    DISTINCT topic query, would show here."""
    _book(client, offer, email="warm@test.example")  # the caches filled, as for every visitor but the first
    slot = slots_on(_future_monday(), now=timezone.now())[3]
    query = urlencode({"topic": offer.topics.get().pk, "language": "ar", "channel": "phone", "c": offer.counsellor_id,
                       "t": slot.starts_at.isoformat()})
    url = reverse("welcome:book_contact") + "?" + query
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, {"name": "Amal", "email": "budget@test.example", "phone": "+49 711 123456",
                                     "consent": "on"})
    assert response.status_code == 302
    statements = [q["sql"] for q in queries.captured_queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    assert len(statements) == 3, statements
    assert "welcome_weeklyhours" in statements[0] and "welcome_availabilityexception" in statements[0]
    assert statements[1].startswith('INSERT INTO "welcome_appointment"')
    assert statements[2].startswith('INSERT INTO "core_outbox"')


def test_booking_flow_double_opt_in_in_arabic(client, offer, django_capture_on_commit_callbacks):
    start = client.get("/ar/book/", {"topic": offer.topics.get().pk, "language": "ar", "channel": "phone"})
    assert start.status_code == 302
    times = client.get(start["Location"])
    assert times.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response, slot = _book(client, offer)
    assert response["Location"] == "/ar/book/check-your-email/"
    appointment = Appointment.objects.get()
    assert (appointment.status, appointment.ui_language) == ("held", "ar")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "يرجى" in message.subject or "تأكيد" in message.subject  # the confirmation email is in Arabic
    found = re.search(r"https?://\S+/appointment/\S+/", str(message.body))
    assert found
    link = found.group(0)
    path = link.split("testserver", 1)[-1]
    # A mail scanner's GET changes nothing.
    assert client.get(path).status_code == 200
    assert Appointment.objects.get().status == "held"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(path, {"action": "confirm"})
    assert Appointment.objects.get().status == "confirmed"
    confirmed = mail.outbox[1]
    ics = next(a for a in confirmed.attachments if a[0] == "appointment.ics")
    text = ics[1] if isinstance(ics[1], str) else ics[1].decode()
    calendar = Calendar.from_ical(text)
    event = next(iter(calendar.walk("VEVENT")))
    assert event.get("ORGANIZER") is None
    assert "Amal" not in text and "amal@" not in text
    assert event.decoded("DTSTART") == slot.starts_at
    client.post(path, {"action": "cancel"})
    assert Appointment.objects.get().status == "cancelled"


def test_bad_contact_form_keeps_input(client, offer):
    day = _future_monday()
    slot = slots_on(day, now=timezone.now())[0]
    query = urlencode({"topic": offer.topics.get().pk, "language": "ar", "channel": "phone", "c": offer.counsellor_id,
                       "t": slot.starts_at.isoformat()})
    response = client.post("/de/book/details/?" + query, {"name": "Amal", "email": "kaputt"})
    assert response.status_code == 200
    assert 'value="Amal"' in response.content.decode()
    # A phone consultation needs the number to call, with a message that says so.
    assert set(response.context["form"].errors) == {"email", "consent", "phone"}
    assert "Telefonnummer" in response.context["form"].errors["phone"][0]
    assert not Appointment.objects.exists()


def test_taken_slot_gets_the_friendly_message(client, offer):
    _book(client, offer, email="first@test.example")
    slot = Appointment.objects.get()
    from welcome.booking.slots import Slot

    response, _ = _book(client, offer, email="second@test.example",
                        slot=Slot(offer.counsellor_id, offer.organisation_id, slot.starts_at, slot.ends_at))
    assert response.status_code == 409
    assert response.context["taken"] is True
    assert response.context["days"]  # the next free times
    assert Appointment.objects.count() == 1


def test_unconfirmed_holds_expire_and_free_the_slot(client, offer):
    _book(client, offer)
    appointment = Appointment.objects.get()
    assert holds_expire(now=timezone.now()) == 0
    assert appointment.hold_expires_at is not None
    assert holds_expire(now=appointment.hold_expires_at + timedelta(seconds=1)) == 1
    appointment.refresh_from_db()
    assert appointment.status == "expired"
    client.post(reverse("welcome:appointment_manage", kwargs={"token": appointment.token}), {"action": "confirm"})
    assert Appointment.objects.get().status == "expired"
    assert slots_on(appointment.starts_at.astimezone(BERLIN).date(), now=timezone.now())[0].starts_at == appointment.starts_at


def test_reminder_is_sent_once(offer, django_capture_on_commit_callbacks):
    start = timezone.now() + timedelta(hours=20)
    Appointment.objects.create(counsellor=offer.counsellor, organisation=offer.organisation,
                               topic=offer.topics.get(), language="ar", channel="phone", starts_at=start,
                               ends_at=start + timedelta(minutes=45), status="confirmed", ui_language="uk",
                               name="Olena", email="olena@test.example")
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders_send(base_url="https://portal.example") == 1
        assert reminders_send(base_url="https://portal.example") == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["olena@test.example"]


def test_contact_details_erased_after_retention(offer):
    start = timezone.now() - timedelta(days=31)
    Appointment.objects.create(counsellor=offer.counsellor, organisation=offer.organisation,
                               topic=offer.topics.get(), language="ar", channel="phone", starts_at=start,
                               ends_at=start + timedelta(minutes=45), status="attended", ui_language="ar",
                               name="Amal", email="amal@test.example", phone="+49 1")
    assert contacts_erase(older_than_days=30) == 1
    appointment = Appointment.objects.get()
    assert (appointment.name, appointment.email, appointment.phone) == ("", "", "")
    assert appointment.status == "attended"  # the anonymous record stays for the statistics


def _parallel_bookings(live_server, offer, n):
    slot = slots_on(_future_monday(), now=timezone.now())[0]
    query = urlencode({"topic": offer.topics.get().pk, "language": "ar", "channel": "phone", "c": offer.counsellor_id,
                       "t": slot.starts_at.isoformat()})
    return parallel_posts(f"{live_server.url}/de/book/details/?{query}", n,
                          lambda i: {"name": f"P{i}", "email": f"p{i}@test.example", "phone": "0711 1", "consent": "on"})


@pytest.mark.django_db(transaction=True)
def test_forty_parallel_bookings_of_one_slot_exactly_one_wins(live_server, offer, settings):
    settings.PORTAL_BOOKING_RATE_PER_IP = settings.PORTAL_BOOKING_RATE_NOJS = "1000/h"  # all from 127.0.0.1
    codes = _parallel_bookings(live_server, offer, 40)
    assert sorted(codes) == [302] + [409] * 39
    assert Appointment.objects.filter(status="held").count() == 1


@pytest.mark.django_db(transaction=True)
def test_control_without_the_exclusion_constraint_the_race_double_books(live_server, offer, settings):
    settings.PORTAL_BOOKING_RATE_PER_IP = settings.PORTAL_BOOKING_RATE_NOJS = "1000/h"
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE welcome_appointment DROP CONSTRAINT appointment_no_overlap")
    try:
        double = 0
        for _ in range(5):
            Appointment.objects.all().delete()
            _parallel_bookings(live_server, offer, 40)
            double = max(double, Appointment.objects.filter(status="held").count())
            if double > 1:
                break
        assert double > 1
    finally:
        Appointment.objects.all().delete()
        with connection.cursor() as cursor:
            cursor.execute(
                "ALTER TABLE welcome_appointment ADD CONSTRAINT appointment_no_overlap EXCLUDE USING gist "
                "(counsellor_id WITH =, TSTZRANGE(starts_at, ends_at) WITH &&) WHERE (status IN ('held', 'confirmed'))"
            )


def test_my_day_lists_todays_appointments_held_opens_a_prefilled_consultation(client, offer):
    # Between midnight and now: always today, whatever the time the suite runs.
    now = timezone.localtime()
    start = now - (now - now.replace(hour=0, minute=0, second=0, microsecond=0)) / 2
    appointment = Appointment.objects.create(
        counsellor=offer.counsellor, organisation=offer.organisation, topic=offer.topics.get(), language="ar",
        channel="phone", starts_at=start, ends_at=start + timedelta(minutes=45), status="confirmed", ui_language="ar",
    )
    client.force_login(offer.counsellor)
    page = client.get(reverse("welcome:my_day"))
    assert list(page.context["appointments"]) == [appointment]
    response = client.post(reverse("welcome:appointment_mark", kwargs={"pk": appointment.pk, "outcome": "held"}))
    assert response["Location"] == reverse("welcome:consultation_log") + f"?appointment={appointment.pk}"
    form = client.get(response["Location"]).context["form"]
    assert form.initial["topics"] == [appointment.topic_id]
    assert (form.initial["language"], form.initial["channel"]) == ("ar", "phone")
    appointment.refresh_from_db()
    assert appointment.status == "attended"


def test_no_show_and_other_counsellors(client, offer, org_a):
    start = timezone.now() + timedelta(hours=1)
    appointment = Appointment.objects.create(
        counsellor=offer.counsellor, organisation=offer.organisation, topic=offer.topics.get(), language="ar",
        channel="phone", starts_at=start, ends_at=start + timedelta(minutes=45), status="confirmed", ui_language="ar",
    )
    client.force_login(staff(Role.COUNSELLOR, org_a))  # a colleague may not mark someone else's appointment
    url = reverse("welcome:appointment_mark", kwargs={"pk": appointment.pk, "outcome": "no-show"})
    assert client.post(url).status_code == 404
    client.force_login(offer.counsellor)
    client.post(url)
    appointment.refresh_from_db()
    assert appointment.status == "no_show"


def test_booking_attempts_are_rate_limited_per_ip(client, offer, settings):
    settings.PORTAL_BOOKING_RATE_PER_IP = "3/h"
    codes = [_book(client, offer, email=f"x{i}@test.example")[0].status_code for i in range(4)]
    assert codes[-1] == 429


def test_open_bookings_per_email_are_limited_without_revealing_anything(client, offer, settings,
                                                                        django_capture_on_commit_callbacks):
    settings.PORTAL_BOOKING_MAX_OPEN_PER_EMAIL = 1
    day = _future_monday()
    first, second = slots_on(day, now=timezone.now())[:2]
    with django_capture_on_commit_callbacks(execute=True):
        ok, _ = _book(client, offer, email="same@test.example", slot=first)
        limited, _ = _book(client, offer, email="same@test.example", slot=second)
    assert ok.status_code == limited.status_code == 302
    assert ok["Location"] == limited["Location"]  # the same page: nothing tells the visitor
    assert Appointment.objects.count() == 1
    assert [m.to for m in mail.outbox] == [["same@test.example"], ["same@test.example"]]  # the owner learns why


def _appointment(offer, start, status="confirmed", email="a@test.example"):
    return Appointment.objects.create(
        counsellor=offer.counsellor, organisation=offer.organisation, topic=offer.topics.get(), language="ar",
        channel="phone", starts_at=start, ends_at=start + timedelta(minutes=45), status=status, ui_language="ar",
        email=email, name="A",
    )


def test_waiting_list_gets_the_freed_time_then_the_next_in_line(client, offer, django_capture_on_commit_callbacks):
    from welcome.booking.services import appointment_cancel, waiting_list_join
    from welcome.models import WaitingListEntry

    slot = slots_on(_future_monday(), now=timezone.now())[0]
    booked = _appointment(offer, slot.starts_at)
    topic = offer.topics.get()
    waiting_list_join(topic=topic, language="ar", channel="phone", email="first@test.example", ui_language="ar")
    waiting_list_join(topic=topic, language="ar", channel="phone", email="second@test.example", ui_language="uk")
    waiting_list_join(topic=topic, language="tr", channel="phone", email="other@test.example", ui_language="tr")
    with django_capture_on_commit_callbacks(execute=True):
        appointment_cancel(token=booked.token, base_url="https://portal.example")
    offer_1 = Appointment.objects.get(email="first@test.example")
    assert (offer_1.status, offer_1.starts_at) == ("held", slot.starts_at)
    assert WaitingListEntry.objects.get(email="first@test.example").status == "offered"
    assert [m.to for m in mail.outbox] == [["first@test.example"]]
    # The offer lapses: the time goes to the next in line.
    assert offer_1.hold_expires_at is not None
    with django_capture_on_commit_callbacks(execute=True):
        holds_expire(now=offer_1.hold_expires_at + timedelta(seconds=1), base_url="https://portal.example")
    assert WaitingListEntry.objects.get(email="first@test.example").status == "lapsed"
    offer_2 = Appointment.objects.get(email="second@test.example")
    assert (offer_2.status, offer_2.starts_at) == ("held", slot.starts_at)
    assert mail.outbox[-1].to == ["second@test.example"]
    # Confirming it books it.
    client.post(reverse("welcome:appointment_manage", kwargs={"token": offer_2.token}), {"action": "confirm"})
    assert WaitingListEntry.objects.get(email="second@test.example").status == "booked"
    assert WaitingListEntry.objects.get(email="other@test.example").status == "waiting"


def test_joining_the_waiting_list_via_the_page(client, offer):
    from welcome.models import WaitingListEntry

    query = urlencode({"topic": offer.topics.get().pk, "language": "ar", "channel": "phone"})
    for _ in range(2):  # twice: the page is the same, the list holds one entry
        response = client.post("/uk/book/waiting-list/?" + query, {"email": "w@test.example", "consent": "on"})
        assert response.status_code == 200
    assert WaitingListEntry.objects.get().ui_language == "uk"


def test_confirmed_appointment_can_be_moved(client, offer, django_capture_on_commit_callbacks):
    first, later = slots_on(_future_monday(), now=timezone.now())[0], slots_on(_future_monday(), now=timezone.now())[2]
    current = _appointment(offer, first.starts_at)
    query = urlencode({"topic": current.topic_id, "language": "ar", "channel": "phone", "move": current.token,
                       "c": offer.counsellor_id, "t": later.starts_at.isoformat()})
    page = client.get("/de/book/details/?" + query)
    assert page.status_code == 200
    assert Appointment.objects.get(pk=current.pk).status == "confirmed"  # a GET moves nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/de/book/details/?" + query)
    assert response.status_code == 302
    current.refresh_from_db()
    moved = Appointment.objects.get(status="confirmed")
    assert current.status == "cancelled"
    assert (moved.starts_at, moved.email) == (later.starts_at, current.email)
    assert any(a[0] == "appointment.ics" for a in mail.outbox[-1].attachments)


def test_staff_day_view_and_cancel_with_a_message(client, offer, org_b, django_capture_on_commit_callbacks):
    start = timezone.now() + timedelta(days=1)
    appointment = _appointment(offer, start, email="olena@test.example")
    appointment.ui_language = "uk"
    appointment.save(update_fields=["ui_language"])
    client.force_login(offer.counsellor)
    page = client.get(reverse("welcome:staff_appointments"), {"date": timezone.localtime(start).date().isoformat()})
    assert appointment in [a for items in page.context["days"].values() for a in items]
    # Another organisation's counsellor neither sees nor cancels it.
    outsider = staff(Role.COUNSELLOR, org_b)
    client.force_login(outsider)
    week = client.get(reverse("welcome:staff_appointments"),
                      {"date": timezone.localtime(start).date().isoformat(), "view": "week", "scope": "centre"})
    assert not week.context["days"]
    url = reverse("welcome:staff_appointment_cancel", kwargs={"pk": appointment.pk})
    assert client.post(url, {"message": "x"}).status_code == 404
    client.force_login(offer.counsellor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"message": "Die Beraterin ist krank."})
    appointment.refresh_from_db()
    assert appointment.status == "cancelled"
    assert mail.outbox[-1].to == ["olena@test.example"]
    assert "Die Beraterin ist krank." in mail.outbox[-1].body
    # Written in the newcomer's language (Ukrainian), not in the staff member's.
    assert mail.outbox[-1].subject != "Your appointment at the Welcome Center has been cancelled"


def test_counsellor_edits_own_availability(client, org_a):
    counsellor = staff(Role.COUNSELLOR, org_a)
    client.force_login(counsellor)
    page = client.get(reverse("welcome:staff_availability"))
    assert page.status_code == 200
    # The page shows the defaults of a new offer; only the first save creates it.
    assert page.context["form"]["languages"].value() == ["de"]
    assert not CounsellorOffer.objects.filter(counsellor=counsellor).exists()
    topic = Topic.objects.get(slug="housing")
    data = {
        "languages": ["de", "fa"], "channels": ["phone"], "topics": [topic.pk], "is_active": "on",
        "hours-TOTAL_FORMS": "2", "hours-INITIAL_FORMS": "0", "hours-MIN_NUM_FORMS": "0", "hours-MAX_NUM_FORMS": "1000",
        "hours-0-weekday": "1", "hours-0-starts": "09:00", "hours-0-ends": "11:00",
        "hours-1-weekday": "", "hours-1-starts": "", "hours-1-ends": "",
        "exceptions-TOTAL_FORMS": "1", "exceptions-INITIAL_FORMS": "0", "exceptions-MIN_NUM_FORMS": "0",
        "exceptions-MAX_NUM_FORMS": "1000", "exceptions-0-date": "", "exceptions-0-kind": "", "exceptions-0-starts": "",
        "exceptions-0-ends": "",
    }
    response = client.post(reverse("welcome:staff_availability"), data)
    assert response.status_code == 302
    offer = CounsellorOffer.objects.get(counsellor=counsellor)
    assert offer.languages == ["de", "fa"]
    assert [(h.weekday, h.starts, h.ends) for h in offer.hours.all()] == [(1, time(9), time(11))]
    # A bad row keeps what was typed and saves nothing.
    data.update({"hours-1-weekday": "2", "hours-1-starts": "12:00", "hours-1-ends": "10:00"})
    bad = client.post(reverse("welcome:staff_availability"), data)
    assert bad.status_code == 200
    assert 'value="12:00"' in bad.content.decode()
    assert offer.hours.count() == 1
    assert list(AuditLog.objects.filter(content_type__model="counselloroffer", object_id=str(offer.pk)).values_list("action", flat=True)) == ["create"]


def test_counsellor_changes_and_removes_hours(client, org_a):
    counsellor = staff(Role.COUNSELLOR, org_a)
    client.force_login(counsellor)
    offer = CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=["de"],
                                           channels=["phone"])
    offer.topics.set([Topic.objects.get(slug="housing")])
    monday, tuesday = offer.hours.create(weekday=0, starts=time(9), ends=time(12)), \
        offer.hours.create(weekday=1, starts=time(9), ends=time(12))
    absence = offer.exceptions.create(date=date(2030, 1, 7), kind="absence")
    data = {
        "languages": ["de"], "channels": ["phone"], "topics": [t.pk for t in offer.topics.all()], "is_active": "on",
        "hours-TOTAL_FORMS": "3", "hours-INITIAL_FORMS": "2", "hours-MIN_NUM_FORMS": "0",
        "hours-MAX_NUM_FORMS": "1000",
        "hours-0-id": monday.pk, "hours-0-weekday": "0", "hours-0-starts": "09:00", "hours-0-ends": "11:00",
        "hours-1-id": tuesday.pk, "hours-1-weekday": "1", "hours-1-starts": "09:00", "hours-1-ends": "12:00",
        "hours-1-DELETE": "on",
        "hours-2-weekday": "3", "hours-2-starts": "14:00", "hours-2-ends": "16:00",
        "exceptions-TOTAL_FORMS": "1", "exceptions-INITIAL_FORMS": "1", "exceptions-MIN_NUM_FORMS": "0",
        "exceptions-MAX_NUM_FORMS": "1000", "exceptions-0-id": absence.pk, "exceptions-0-date": "2030-01-07",
        "exceptions-0-kind": "absence", "exceptions-0-starts": "", "exceptions-0-ends": "", "exceptions-0-DELETE": "on",
    }
    assert client.post(reverse("welcome:staff_availability"), data).status_code == 302
    assert [(h.weekday, h.starts, h.ends) for h in offer.hours.all()] == [(0, time(9), time(11)), (3, time(14), time(16))]
    assert not offer.exceptions.exists()
    assert list(AuditLog.objects.filter(content_type__model="counselloroffer", object_id=str(offer.pk)).values_list("action", flat=True)) == ["update"]


def _solved_payload(client):
    import base64
    import json

    import altcha

    c = client.get(reverse("welcome:altcha_challenge")).json()
    solution = altcha.solve_challenge_v1(c["challenge"], c["salt"], c["algorithm"], c["maxnumber"])
    assert solution is not None
    return base64.b64encode(json.dumps({"algorithm": c["algorithm"], "challenge": c["challenge"],
                                        "number": solution.number, "salt": c["salt"],
                                        "signature": c["signature"]}).encode()).decode()


def _book_with(client, offer, payload, email, slot_index=0):
    slot = slots_on(_future_monday(), now=timezone.now())[slot_index]
    query = urlencode({"topic": offer.topics.get().pk, "language": "ar", "channel": "phone", "c": offer.counsellor_id,
                       "t": slot.starts_at.isoformat()})
    return client.post("/de/book/details/?" + query,
                       {"name": "A", "email": email, "phone": "0711 1", "consent": "on", "altcha": payload})


def test_proof_of_work_is_checked_and_cannot_be_replayed(client, offer, settings):
    settings.PORTAL_BOOKING_RATE_NOJS = "0/h"  # only solved puzzles get through here
    payload = _solved_payload(client)
    assert _book_with(client, offer, payload, "a@test.example").status_code == 302
    replay = _book_with(client, offer, payload, "b@test.example", slot_index=1)
    assert replay.status_code == 200
    assert replay.context["form"].non_field_errors()
    forged = _book_with(client, offer, payload[:-4] + "AAAA", "c@test.example", slot_index=2)
    assert forged.status_code == 200
    assert Appointment.objects.count() == 1


def test_without_javascript_booking_works_under_a_stricter_limit(client, offer, settings):
    settings.PORTAL_BOOKING_RATE_NOJS = "2/h"
    codes = [_book(client, offer, email=f"n{i}@test.example",
                   slot=slots_on(_future_monday(), now=timezone.now())[i])[0].status_code for i in range(3)]
    assert codes == [302, 302, 429]


def test_cached_slot_page_follows_bookings_and_cancellations(client, offer, django_capture_on_commit_callbacks):
    from welcome.booking.services import appointment_cancel

    query = {"topic": offer.topics.get().pk, "language": "ar", "channel": "phone"}

    def shown():
        pages = [client.get("/de/book/times/", {**query, "week": w}).context["days"] for w in range(4)]
        return {s.starts_at for days in pages for slots in days.values() for s in slots}

    before = shown()
    slot = slots_on(_future_monday(), now=timezone.now())[0]
    assert slot.starts_at in before
    booked = _appointment(offer, slot.starts_at)
    assert slot.starts_at not in shown()  # a new booking drops the cached week at once
    with django_capture_on_commit_callbacks(execute=True):
        appointment_cancel(token=booked.token, base_url="https://portal.example")
    assert slot.starts_at in shown()  # and a cancellation frees it at once
