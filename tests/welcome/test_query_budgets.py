"""Query budgets of the Welcome Center's list pages and of every function in its selectors.

Each page or selector runs after N and after 3N rows (tests/budgets.py) and costs the same both times.
"""

from datetime import datetime, time, timedelta
from itertools import count

import pytest
from django.urls import reverse
from django.utils import timezone

from core.models import District, Role
from tests.budgets import N, counted_as_in_production, page_budget, selector_budget
from tests.core.factories import staff
from tests.welcome.factories import consultation_for
from welcome.booking.slots import BERLIN
from welcome.consultations import selectors as consultation_selectors
from welcome.directory.selectors import directory_search
from welcome.info import selectors as info_selectors
from welcome.models import (
    Appointment,
    CentreClosure,
    Consultation,
    CounsellorOffer,
    DirectoryEntry,
    GroupEvent,
    OpeningHours,
    Place,
    Registration,
    TargetGroup,
    Topic,
)

pytestmark = pytest.mark.django_db

serial = count()


@pytest.fixture(autouse=True)
def _counted_as_in_production(settings):
    counted_as_in_production(settings)


# --- rows with their relations ---------------------------------------------------------------------


def a_topic():
    return Topic.objects.order_by("id").first()


def appointments(counsellor, n, *, day, status=Appointment.Status.CONFIRMED):
    """``n`` appointments of the counsellor on ``day``, one after another (confirmed ones may not overlap)."""
    organisation = counsellor.memberships.first().organisation
    made = []
    for _ in range(n):
        start = datetime.combine(day, time(7), tzinfo=BERLIN) + timedelta(minutes=30 * next(serial) % (60 * 12))
        made.append(Appointment.objects.create(
            counsellor=counsellor, organisation=organisation, topic=a_topic(), language="ar", channel="phone",
            starts_at=start, ends_at=start + timedelta(minutes=30), status=status, ui_language="ar",
            name="Test Neuankunft", email=f"termin{next(serial)}@test.example", phone="+49 711 0000000"))
    return made


def events(organisation, n, *, registrations=2):
    made = []
    for _ in range(n):
        start = timezone.now() + timedelta(days=7, hours=next(serial))
        event = GroupEvent.objects.create(
            organisation=organisation, title_de=f"Testveranstaltung {next(serial)}", format="workshop",
            theme=a_topic(), starts_at=start, ends_at=start + timedelta(hours=2), capacity=20, is_published=True)
        signups(event, registrations)
        made.append(event)
    return made


def signups(event, n):
    for _ in range(n):
        Registration.objects.create(event=event, name="Test Neuankunft", email=f"anmeldung{next(serial)}@test.example",
                                    language="ar", status=Registration.Status.CONFIRMED)


def entries(organisation, n):
    made = []
    for _ in range(n):
        entry = DirectoryEntry(organisation=organisation, kind="german_course", name_de=f"Testkurs {next(serial)}",
                               levels=["B1"], schedules=["evening"], district=District.objects.order_by("id")[0])
        entry.save()
        entry.target_groups.set(TargetGroup.objects.order_by("id")[:2])
        made.append(entry)
    return made


def places(n):
    for _ in range(n):
        place = Place(name_de=f"Testort {next(serial)}", street="Teststraße 1", postcode="70000")
        place.save()
        OpeningHours.objects.create(place=place, weekday=0, opens=time(9), closes=time(12))
        OpeningHours.objects.create(place=place, weekday=1, opens=time(9), closes=time(12))


# --- list pages ------------------------------------------------------------------------------------


def test_consultation_list(client, users_by_role, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    client.force_login(counsellor)
    # session, user, memberships; the page of consultations (topics and target group as annotations);
    # the session save (savepoint, update, release). The filter choices come from the cache.
    page_budget(client, reverse("welcome:consultation_list"),
                add=lambda n: [consultation_for(counsellor) for _ in range(n)], queries=7,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["page"].rows))


def test_my_day(client, users_by_role, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    client.force_login(counsellor)

    def add(n):
        for _ in range(n):
            consultation_for(counsellor, held_at=timezone.now())
        appointments(counsellor, n, day=timezone.localdate(), status=Appointment.Status.ATTENDED)

    # session, user, memberships; today's consultations; today's appointments with topic and
    # counsellor; the session save (savepoint, update, release).
    page_budget(client, reverse("welcome:my_day"), add=add, queries=8,
                assert_num_queries=django_assert_num_queries,
                shown=lambda r: min(len(r.context["consultations"]), len(r.context["appointments"])))


def test_staff_appointments(client, users_by_role, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    client.force_login(counsellor)
    day = timezone.localdate() + timedelta(days=7)
    # session, user, memberships; the day's appointments with topic and counsellor; the session
    # save (savepoint, update, release).
    page_budget(client, reverse("welcome:staff_appointments"), params={"date": day.isoformat()},
                add=lambda n: appointments(counsellor, n, day=day), queries=7,
                assert_num_queries=django_assert_num_queries,
                shown=lambda r: sum(len(day_list) for day_list in r.context["days"].values()))


def test_staff_appointments_of_everyone_for_a_week(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])
    day = timezone.localdate() + timedelta(days=7)

    def add(n):
        for _ in range(n):
            appointments(staff(Role.COUNSELLOR, org_a), 1, day=day)

    # session, user, memberships, the admin's authenticator; the week's appointments with topic and
    # counsellor (each by another counsellor); the session save (savepoint, update, release).
    page_budget(client, reverse("welcome:staff_appointments"), params={"date": day.isoformat(), "view": "week"},
                add=add, queries=8, assert_num_queries=django_assert_num_queries,
                shown=lambda r: sum(len(day_list) for day_list in r.context["days"].values()))


def test_staff_event_list(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.COUNSELLOR])
    # session, user, memberships; the events with organisation, theme and registration counts;
    # the session save (savepoint, update, release).
    page_budget(client, reverse("welcome:staff_event_list"), add=lambda n: events(org_a, n), queries=7,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["events"]))


def test_staff_event_attendance(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.COUNSELLOR])
    event = events(org_a, 1, registrations=0)[0]
    # session, user, memberships; the event; its registrations; the audit entry; the session save
    # (savepoint, update, release).
    page_budget(client, reverse("welcome:staff_event_attendance", args=[event.pk]),
                add=lambda n: signups(event, n), queries=9, assert_num_queries=django_assert_num_queries,
                shown=lambda r: len(r.context["registrations"]))


def test_public_event_list(client, org_a, django_assert_num_queries):
    # the published events ahead with theme and registration counts (no session: anonymous).
    page_budget(client, reverse("welcome:event_list"), add=lambda n: events(org_a, n), queries=1,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["events"]))


def test_staff_directory(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.DIRECTORY_EDITOR])
    # session, user, memberships; the pager's count; a page of entries with organisation and
    # district; the session save (savepoint, update, release).
    page_budget(client, reverse("welcome:staff_directory"), add=lambda n: entries(org_a, n), queries=8,
                assert_num_queries=django_assert_num_queries,
                shown=lambda r: len(r.context["page"].object_list))


def test_public_directory(client, org_a, django_assert_num_queries):
    # the pager's count; a page of entries with their districts (the filter choices are cached).
    page_budget(client, reverse("welcome:directory"), add=lambda n: entries(org_a, n), queries=2,
                assert_num_queries=django_assert_num_queries,
                shown=lambda r: len(r.context["page"].object_list))


def group_events_of(users_by_role):
    return lambda n: events(users_by_role[Role.COUNSELLOR].memberships.get().organisation, n, registrations=0)


@pytest.mark.parametrize(("role", "kind", "queries"), [
    # session, user, memberships; whether the editor has entries; the entries; the session save
    # (savepoint, update, release).
    (Role.DIRECTORY_EDITOR, "directory", 8),
    # session, user, memberships, the admin's authenticator; whether the admin has directory entries;
    # the places; the session save (savepoint, update, release).
    (Role.ADMIN, "places", 9),
    # session, user, memberships; the events ahead with organisation and theme (a counsellor keeps
    # no directory entries: that question needs no query); the session save (savepoint, update, release).
    (Role.COUNSELLOR, "events", 7),
])
def test_translation_status(client, users_by_role, org_a, role, kind, queries, django_assert_num_queries):
    client.force_login(users_by_role[role])
    add = {"directory": lambda n: entries(org_a, n), "places": places, "events": group_events_of(users_by_role)}[kind]
    page_budget(client, reverse("welcome:translation_status"), params={"type": kind}, add=add, queries=queries,
                assert_num_queries=django_assert_num_queries,
                shown=lambda r: len(r.context["page"].object_list))


@pytest.mark.parametrize("url_name", ["welcome:consultation_offers", "welcome:consultation_offers_print"])
def test_the_offers_recommended_in_a_consultation(client, users_by_role, org_a, url_name,
                                                   django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    client.force_login(counsellor)
    consultation = consultation_for(counsellor)
    params = {"kind": "german_course"} if url_name == "welcome:consultation_offers" else None

    def add(n):
        consultation.directory_referrals.add(*entries(org_a, n))

    # session, user, memberships; the consultation with counsellor, organisation and target group;
    # the page to choose from: the search's results with their districts, then the chosen offers with
    # theirs; the page to print: the chosen offers with their districts, then the first place for the
    # contact line; the session save (savepoint, update, release).
    page_budget(client, reverse(url_name, args=[consultation.pk]), params=params, add=add, queries=9,
                assert_num_queries=django_assert_num_queries,
                shown=lambda r: len(r.context["chosen" if "chosen" in r.context else "entries"]))


# --- selectors: welcome/consultations/selectors.py ----------------------------------------------------


def test_consultation_filter(users_by_role, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    data = {"language": "de", "channel": "in_person", "topic": a_topic()}
    # the filtered consultations with counsellor, organisation and target group (one join).
    sizes = selector_budget(
        lambda: [(c.counsellor.email, c.organisation.name, c.target_group.pk) for c in
                 consultation_selectors.consultation_filter(Consultation.objects.with_relations(), data)],
        add=lambda n: [consultation_for(counsellor) for _ in range(n)], queries=1,
        assert_num_queries=django_assert_num_queries, size=len)
    assert sizes == [N, 3 * N]


def test_consultation_page(users_by_role, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    # one page of the list's columns (topics and target group as annotations).
    sizes = selector_budget(
        lambda: consultation_selectors.consultation_page(Consultation.objects.for_list(), cursor="", size=25),
        add=lambda n: [consultation_for(counsellor) for _ in range(n)], queries=1,
        assert_num_queries=django_assert_num_queries, size=lambda page: len(page.rows))
    assert sizes == [N, 3 * N]


def test_consultation_day(users_by_role, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    # the day's consultations with the list's columns.
    sizes = selector_budget(
        lambda: list(consultation_selectors.consultation_day(Consultation.objects.for_list(),
                                                             day=timezone.localdate())),
        add=lambda n: [consultation_for(counsellor, held_at=timezone.now()) for _ in range(n)], queries=1,
        assert_num_queries=django_assert_num_queries, size=len)
    assert sizes == [N, 3 * N]


def test_consultation_export_rows(users_by_role, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    # one query from a server-side cursor, topic and referral names aggregated in it.
    sizes = selector_budget(
        lambda: list(consultation_selectors.consultation_export_rows(Consultation.objects.all(), lang="de")),
        add=lambda n: [consultation_for(counsellor) for _ in range(n)], queries=1,
        assert_num_queries=django_assert_num_queries, size=len)
    assert sizes == [N, 3 * N]


def test_the_keyset_cursor_helpers_touch_no_database(users_by_role, django_assert_num_queries):
    consultation = consultation_for(users_by_role[Role.COUNSELLOR])
    with django_assert_num_queries(0):
        cursor = consultation_selectors.encode_cursor(consultation)
        assert consultation_selectors.decode_cursor(cursor) == (consultation.held_at, consultation.pk)


# --- selectors: welcome/directory/selectors.py -------------------------------------------------------


def test_directory_search(org_a, django_assert_num_queries):
    # the published entries with their districts.
    sizes = selector_budget(lambda: [str(e.district) for e in directory_search({"kind": "german_course"})],
                            add=lambda n: entries(org_a, n), queries=1,
                            assert_num_queries=django_assert_num_queries, size=len)
    assert sizes == [N, 3 * N]


# --- selectors: welcome/info/selectors.py ------------------------------------------------------------


def test_places_public_and_open_today(django_assert_num_queries):
    before = Place.objects.filter(is_active=True).count()

    def call():
        found = info_selectors.places_public()
        for place in found:
            info_selectors.open_today(place, closed=[])  # from the prefetched hours
        return found

    # the active places; their opening hours (one prefetch).
    sizes = selector_budget(call, add=places, queries=2, assert_num_queries=django_assert_num_queries, size=len)
    assert sizes == [before + N, before + 3 * N]


def test_closed_days_ahead(django_assert_num_queries):
    start = timezone.localdate()

    def add(n):
        for _ in range(n):
            CentreClosure.objects.create(date=start + timedelta(days=1 + next(serial) % 50), reason="Testschließung")

    # the centre's closures ahead (the public holidays come from the holidays package).
    sizes = selector_budget(lambda: info_selectors.closed_days_ahead(start=start), add=add, queries=1,
                            assert_num_queries=django_assert_num_queries,
                            size=lambda days: sum(1 for d in days if not d.is_holiday))
    assert sizes == [N, 3 * N]


def test_legal_page(django_assert_num_queries):
    from welcome.models import LegalSection

    page = info_selectors.legal_page("privacy")
    assert page is not None

    def add(n):
        for _ in range(n):
            LegalSection.objects.create(page=page, anchor=f"test-{next(serial)}", heading_de="Testabschnitt",
                                        body_de="Testtext", sort_order=90)

    def call():
        found = info_selectors.legal_page("privacy")
        assert found is not None
        return list(found.sections.all())

    # the page; its sections in order (one prefetch).
    before = page.sections.count()
    sizes = selector_budget(call, add=add, queries=2,
                            assert_num_queries=django_assert_num_queries, size=len)
    assert sizes == [before + N, before + 3 * N]


def test_translation_sources_and_rows(users_by_role, org_a, django_assert_num_queries):
    editor = users_by_role[Role.DIRECTORY_EDITOR]

    def call():
        editor.__dict__.pop("_portal_memberships", None)  # as in a new request
        sources = info_selectors.translation_sources(editor)
        return info_selectors.translation_rows(sources["directory"])

    # the editor's memberships; whether they have entries; their entries (the states are read from
    # the rows' own columns).
    sizes = selector_budget(call, add=lambda n: entries(org_a, n), queries=3,
                            assert_num_queries=django_assert_num_queries, size=len)
    assert sizes == [N, 3 * N]


def test_default_place_and_offer_for_slot(users_by_role, org_a, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=["de"], channels=["phone"])

    def add(n):
        places(n)
        for _ in range(n):
            other = staff(Role.COUNSELLOR, org_a)
            CounsellorOffer.objects.create(counsellor=other, organisation=org_a, languages=["de"], channels=["phone"])

    # the first active place; the counsellor's offer with its place (one join).
    sizes = selector_budget(
        lambda: (info_selectors.default_place(), info_selectors.offer_for_slot(counsellor_id=counsellor.pk)),
        add=add, queries=2, assert_num_queries=django_assert_num_queries,
        size=lambda found: found[1].counsellor_id == counsellor.pk and found[0] is not None)
    assert sizes == [True, True]


def test_appointment_details(users_by_role, django_assert_num_queries):
    counsellor = users_by_role[Role.COUNSELLOR]
    day = timezone.localdate() + timedelta(days=3)

    def call():
        appointment = Appointment.objects.select_related("topic", "place").filter(counsellor=counsellor).first()
        assert appointment is not None
        return info_selectors.appointment_details(appointment)

    # the appointment with topic and place; the channel's instruction.
    sizes = selector_budget(call, add=lambda n: appointments(counsellor, n, day=day), queries=2,
                            assert_num_queries=django_assert_num_queries, size=lambda details: details.channel)
    assert sizes == ["phone", "phone"]


def test_booking_preview_and_alternatives(users_by_role, org_a, django_assert_num_queries):
    topic = a_topic()

    def add(n):
        for _ in range(n):
            offer = CounsellorOffer.objects.create(counsellor=staff(Role.COUNSELLOR, org_a), organisation=org_a,
                                                   languages=["de", "ar"], channels=["phone", "in_person"])
            offer.topics.add(topic)

    add(1)
    first = CounsellorOffer.objects.get()

    def call():
        preview = info_selectors.booking_preview(topic=topic, channel="in_person", counsellor_id=first.counsellor_id)
        alternatives = info_selectors.booking_alternatives(topic=topic, language="ar", channel="online")
        return preview, alternatives

    # the preview: the counsellor's offer with its place, the default place, the channel's
    # instruction; the alternatives: the offers' languages and channels for the topic.
    sizes = selector_budget(call, add=add, queries=4, assert_num_queries=django_assert_num_queries,
                            size=lambda found: (found[1].offered, [code for code, _ in found[1].channels]))
    assert sizes == [(False, ["in_person", "phone"])] * 2
