"""Accommodations, occupancy, integration plans, FIM, arrivals and staffing: one valid row each.

Names, addresses and figures are made up (a "Test" in each name); dates and rules follow
/work/shared/DOMAIN.md (FIM contracts from 8 June 2017 on run at most six months, plans for adults)."""

from datetime import date
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from core.models import District, Organisation, Role
from refugees.models import (
    Accommodation,
    FimGrant,
    FimPlacement,
    Goal,
    GoalField,
    IntegrationPlan,
    IntegrationStaffing,
    Movement,
    Occupancy,
    ProgressNote,
    Quota,
)
from tests.core.factories import OrganisationFactory, staff


def a_district() -> District:
    """One of the 23 districts loaded by the migration (never created here)."""
    district = District.objects.order_by("id").first()
    assert district is not None, "the districts come from migration core 0002"
    return district


def month_number(n: int) -> date:
    """The n-th month from January 2015: distinct first days of months for unique figures."""
    return date(2015 + n // 12, n % 12 + 1, 1)


class AccommodationFactory(DjangoModelFactory[Accommodation]):
    class Meta:
        model = Accommodation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Unterkunft Test {n}")
    address = factory.Sequence(lambda n: f"Teststraße {n + 1}")
    district = factory.LazyFunction(a_district)
    operator = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.WELFARE)
    kind = Accommodation.Kind.RENTED
    capacity = 80  # at most 250 places each (DOMAIN.md)
    opened_on = date(2016, 1, 1)
    status = Accommodation.Status.OPEN


class OccupancyFactory(DjangoModelFactory[Occupancy]):
    """A month's figures; adults and minors add up to the residents, as the database demands."""

    class Meta:
        model = Occupancy

    accommodation = factory.SubFactory(AccommodationFactory)
    month = date(2017, 7, 1)
    adults = 45
    minors = 15
    residents = factory.LazyAttribute(lambda o: o.adults + o.minors)
    households = 20


class IntegrationPlanFactory(DjangoModelFactory[IntegrationPlan]):
    """An adult's plan (18+ when it starts), managed by an integration manager of the organisation."""

    class Meta:
        model = IntegrationPlan

    organisation = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.WELFARE)
    manager = factory.LazyAttribute(lambda o: staff(Role.INTEGRATION_MANAGER, o.organisation))
    reference = factory.Sequence(lambda n: f"IM-TEST-{n:04d}")
    birth_year = 1990
    country_of_origin = "SY"
    languages = "ar, de"
    started_on = date(2019, 2, 1)
    consent_purpose = "Integrationsmanagement (Testdaten)"
    consent_given_on = date(2019, 2, 1)


class GoalFactory(DjangoModelFactory[Goal]):
    class Meta:
        model = Goal

    plan = factory.SubFactory(IntegrationPlanFactory)
    field = GoalField.LANGUAGE
    description = factory.Sequence(lambda n: f"Testziel {n}: Deutschkurs B1 abschließen")
    target_date = date(2019, 12, 31)
    status = Goal.Status.AGREED


class ProgressNoteFactory(DjangoModelFactory[ProgressNote]):
    class Meta:
        model = ProgressNote

    goal = factory.SubFactory(GoalFactory)
    written_on = date(2019, 6, 1)
    text = factory.Sequence(lambda n: f"Testvermerk {n}")
    author = factory.LazyAttribute(lambda o: o.goal.plan.manager)


class FimGrantFactory(DjangoModelFactory[FimGrant]):
    class Meta:
        model = FimGrant

    year = 2017
    kind = FimGrant.Kind.INTERNAL
    provider = FimGrant.Provider.CITY
    title = factory.Sequence(lambda n: f"FIM-Testmaßnahme {n}")
    places = 10


class FimPlacementFactory(DjangoModelFactory[FimPlacement]):
    """A contract concluded after 8 June 2017: it runs six months at most (the database checks)."""

    class Meta:
        model = FimPlacement

    grant = factory.SubFactory(FimGrantFactory)
    starts_on = date(2017, 9, 1)
    ends_on = date(2018, 2, 28)


class MovementFactory(DjangoModelFactory[Movement]):
    """Arrivals in preliminary accommodation in a month of their own (one figure per month and stage)."""

    class Meta:
        model = Movement

    month = factory.Sequence(month_number)
    stage = Movement.Stage.PRELIMINARY
    direction = Movement.Direction.ARRIVAL
    reason = ""
    people = 40


class QuotaFactory(DjangoModelFactory[Quota]):
    class Meta:
        model = Quota
        django_get_or_create = ("valid_from",)

    valid_from = factory.Sequence(month_number)
    percent = Decimal("1.00")  # a made-up share


class IntegrationStaffingFactory(DjangoModelFactory[IntegrationStaffing]):
    """A welfare organisation's integration management in a year (made-up figures)."""

    class Meta:
        model = IntegrationStaffing

    organisation = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.WELFARE)
    year = 2018
    posts = Decimal("2.50")
    managers = 3
    people_reached = 60
    children_reached = 20
