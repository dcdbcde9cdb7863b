"""Data built from the published figures (Stuttgart's refugee report), across every app."""

from datetime import date, datetime, timedelta

import pytest

from core.models import District, Role
from dialogues.models import Dialogue, Initiative, Proposal
from refugees.models import (
    Accommodation,
    FimGrant,
    FimPlacement,
    Goal,
    IntegrationPlan,
    IntegrationStaffing,
    Movement,
    Occupancy,
    Quota,
)
from reporting.models import CultureSportYear
from tests.core.factories import staff
from tests.welcome.factories import consultation_for
from volunteers.models import Circle, CircleCount, Tandem, Volunteer
from welcome.models import Appointment, GroupEvent, Registration, Topic


def local(y, m, d, h=10):
    return datetime(y, m, d, h, 0).astimezone()


@pytest.fixture
def published(org_a, org_b, city):
    homes = [Accommodation.objects.create(name=f"U{i}", address="A", district=District.objects.order_by("id")[i % 23],
                                          operator=org_a if i % 2 else org_b, kind="rented", capacity=250)
             for i in range(40)]

    def spread(total, month):
        share, rest = divmod(total, len(homes))
        for i, h in enumerate(homes):
            Occupancy.objects.create(accommodation=h, month=month, residents=share + (1 if i < rest else 0))

    # "Im Mai 2014 lebten noch 1.815 Personen in den städtischen Flüchtlingsunterkünften."
    spread(1815, date(2014, 5, 1))
    # "Im Spitzenmonat November 2015 kamen 1.116 Flüchtlinge nach Stuttgart."
    Movement.objects.create(month=date(2015, 11, 1), stage="preliminary", direction="arrival", people=1116)
    # "Dem Königsteiner Schlüssel entsprechend, nimmt Stuttgart 6,47 % der Baden-Württemberg
    # zugewiesenen Flüchtlinge auf."
    Quota.objects.create(valid_from=date(2015, 1, 1), percent="6.47")
    spread(8141, date(2016, 7, 1))
    # Not in the seed: August 2016 derived from "7.362 ... einer Abnahme von 11 % des Wertes vom Vorjahr".
    spread(8272, date(2016, 8, 1))
    # "Im November 2016 leben 7.874 Personen in den Unterkünften, im Februar 2017 7.827 Personen, im Mai
    # 2017 7.672 Personen, im Juli 2017 7.574 Personen und im August 2017 liegt die Zahl der
    # Untergebrachten bei 7.362 Personen."
    spread(7874, date(2016, 11, 1))
    spread(7827, date(2017, 2, 1))
    spread(7672, date(2017, 5, 1))
    spread(7574, date(2017, 7, 1))
    spread(7362, date(2017, 8, 1))
    dialogues = []
    for i in range(35):
        dialogues.append(Dialogue.objects.create(
            kind="refugee", held_on=date(2016, 4, 14 + (i % 10)) if i < 10 else date(2017, 1 + i % 12, 3),
            venue="vhs", refugees=14, staff=4, volunteers=4, neighbours=3))
    for i, status in enumerate(["done"] * 6 + ["in_progress"] * 5 + ["open"] * 2):
        Proposal.objects.create(dialogue=dialogues[i], text=f"Vorschlag {i}", taken_up_by="office", status=status)
    for i in range(7):
        Initiative.objects.create(title=f"Initiative {i}", kind="event" if i < 5 else "radio",
                                  started_on=date(2017, 2, 1))
    # "Die Bundesagentur für Arbeit hat der Landeshauptstadt Stuttgart 2016 insgesamt 752 Plätze ...
    # 189 interne FIM-Plätze ... und 563 externe FIM-Plätze"; "Zum 15.08.2017 sind 167 FIM-Plätze im
    # internen, und 153 FIM-Plätze im externen Bereich besetzt."
    internal = FimGrant.objects.create(year=2016, kind="internal", provider="accommodation", title="I", places=189)
    external = FimGrant.objects.create(year=2016, kind="external", provider="non_profit", title="E", places=563)
    for grant, n in ((internal, 167), (external, 153)):
        FimPlacement.objects.bulk_create([FimPlacement(grant=grant, starts_on=date(2017, 7, 1),
                                                       ends_on=date(2017, 12, 31)) for _ in range(n)])
    # 190 tandems formed with 85 welcome mentors in 2016-2017.
    mentors = Volunteer.objects.bulk_create([
        Volunteer(organisation=city, name=f"M{i}", email=f"m{i}@test.example", roles=["welcome_mentor"],
                  status="active", active_since=date(2016, 1, 1), consent_purpose="Patenschaft",
                  registered_at=local(2015, 12, 1)) for i in range(85)])
    Tandem.objects.bulk_create([
        Tandem(organisation=city, mentor=mentors[i % 85], newcomer_reference=f"NK-{i}", consent_given_on=date(2016, 1, 1),
               status="ended" if i < 120 else "active", started_on=date(2016 + i % 2, 1 + i % 12, 1),
               ended_on=date(2018, 1, 1) if i < 120 else None, end_reason="abgeschlossen" if i < 120 else "")
        for i in range(190)])
    circle = Circle.objects.create(name="Freundeskreis Mitte", founded_on=date(2015, 1, 1))
    CircleCount.objects.create(circle=circle, on=date(2016, 1, 1), members=40)
    CircleCount.objects.create(circle=circle, on=date(2017, 6, 1), members=55)
    # "2.000 aktiv Engagierten in 41 Flüchtlingsfreundeskreisen und Organisationen": 40 more circles
    # with 1,945 members between them (55 + 1,945 = 2,000).
    for i in range(40):
        other = Circle.objects.create(name=f"Freundeskreis {i:02d}", founded_on=date(2015, 6, 1))
        CircleCount.objects.create(circle=other, on=date(2017, 6, 1), members=48 + (1 if i < 25 else 0))
    # Chapter 4 as the seed states it (tests/reporting/test_chapters.py quotes each sentence).
    CultureSportYear.objects.create(year=2016, sport_funding_eur=75000, culture_fund_eur=65000)
    CultureSportYear.objects.create(
        year=2017, sports_offers_open=310, sports_mentors_trained=90, sports_mentors_funded=30, offers_funded=80,
        clubs_funded=35, refugees_reached=400, swimming_courses_regular=4, swimming_courses_total=20,
        sport_funding_eur=75000, culture_fund_eur=65000, culture_workshop_participants=120)
    # Chapter 6: the seed gives no staffing figures; these are invented for the test.
    IntegrationStaffing.objects.create(organisation=org_a, year=2017, posts="2.5", managers=3, people_reached=120,
                                       children_reached=40)
    # Integration management: 12 plans, 8 goals reached in 2017.
    manager = staff(Role.INTEGRATION_MANAGER, org_a, email="im@test.example")
    for i in range(12):
        plan = IntegrationPlan.objects.create(organisation=org_a, manager=manager, reference=f"IM-{i}",
                                              started_on=date(2017, 1 + i % 6, 1), birth_year=1990)
        if i < 8:
            Goal.objects.create(plan=plan, field="language", description="B1", status="reached",
                                changed_at=local(2017, 9, 1))
    # The Welcome Center: 30 contacts in 2017 (20 in Arabic), appointments, a group event.
    counsellor = staff(Role.COUNSELLOR, org_a, email="berater@test.example")
    for i in range(30):
        consultation_for(counsellor, held_at=local(2017, 1, 15) + timedelta(days=11 * i),
                         language="ar" if i % 3 else "de")
    topic = Topic.objects.get(slug="work")
    for i, status in enumerate(["attended"] * 8 + ["no_show"] * 2 + ["cancelled"] * 3 + ["expired"] * 4):
        start = local(2017, 3, 1 + i)
        Appointment.objects.create(counsellor=counsellor, organisation=org_a, topic=topic, language="ar",
                                   channel="phone", starts_at=start, ends_at=start + timedelta(minutes=45),
                                   status=status, ui_language="ar", email="", name="")
    event = GroupEvent.objects.create(organisation=org_a, title="Your start", format="your_start",
                                      starts_at=local(2017, 3, 10, 18), ends_at=local(2017, 3, 10, 20), capacity=30)
    for i in range(12):
        Registration.objects.create(event=event, name=f"P{i}", email=f"p{i}@test.example", language="en",
                                    status="confirmed", attended=i < 9)
    return {"org_a": org_a, "org_b": org_b, "homes": homes}
