"""Query budgets of the volunteer coordination's pages: volunteers, tandems and newcomers' requests,
circles.

Each page runs after N and after 3N rows (tests/budgets.py) and costs the same both times.
"""

import pytest
from django.urls import reverse

from core.models import District, Role
from tests.budgets import counted_as_in_production, page_budget
from tests.volunteers.factories import (
    CheckInFactory,
    CircleCountFactory,
    CircleFactory,
    TandemFactory,
    TandemRequestFactory,
    TrainingFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _counted_as_in_production(settings):
    counted_as_in_production(settings)


@pytest.fixture
def coordinator(users_by_role):
    return users_by_role[Role.VOLUNTEER_COORDINATOR]


def organisation_of(user):
    return user.memberships.get().organisation


def volunteers(organisation, n):
    """``n`` welcome mentors with district and trainings, half of them in a tandem."""
    made = []
    for i in range(n):
        volunteer = VolunteerFactory.create(organisation=organisation, trainings=TrainingFactory.create_batch(2))
        if i % 2:
            TandemFactory.create(mentor=volunteer)
        made.append(volunteer)
    return made


def test_volunteer_list(client, coordinator, django_assert_num_queries):
    client.force_login(coordinator)
    # session, user, memberships; the figures of the volunteers; the figures of the tandems; the
    # audit entry; the volunteers with district and organisation; their trainings (one prefetch);
    # the session save (savepoint, update, release).
    page_budget(client, reverse("volunteers:volunteer_list"),
                add=lambda n: volunteers(organisation_of(coordinator), n), queries=11,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["volunteers"]))


def test_tandem_match_lists_open_requests(client, coordinator, django_assert_num_queries):
    client.force_login(coordinator)

    def add(n):
        TandemRequestFactory.create_batch(n, organisation=organisation_of(coordinator))
        TandemRequestFactory.create(organisation=organisation_of(coordinator), withdrawn=True)  # not listed

    # session, user, memberships; the open requests with organisation, district and tandem; the match
    # form's districts (its choices); the session save (savepoint, update, release).
    page_budget(client, reverse("volunteers:tandem_match"), add=add, queries=8,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["open_requests"]))


def test_tandem_match_ranks_mentors(client, coordinator, django_assert_num_queries):
    client.force_login(coordinator)

    def add(n):
        VolunteerFactory.create_batch(n, organisation=organisation_of(coordinator))

    criteria = {"newcomer_reference": "NK-TEST", "newcomer_languages": ["ar"], "consent_given_on": "2017-02-01",
                "newcomer_district": District.objects.order_by("id")[0].pk, "newcomer_interests": "Fußball"}
    # session, user, memberships; the district chosen (form validation); the free welcome mentors
    # with district and organisation; the open requests; the form's districts (its choices); the
    # session save (savepoint, update, release).
    page_budget(client, reverse("volunteers:tandem_match"), params=criteria, add=add, queries=10,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["suggestions"]))


def test_tandem_detail_lists_its_check_ins(client, coordinator, django_assert_num_queries):
    client.force_login(coordinator)
    tandem = TandemFactory.create(mentor=VolunteerFactory.create(organisation=organisation_of(coordinator)))
    # session, user, memberships; the tandem with mentor and district; its organisation and the audit
    # entry; the check-ins; the session save (savepoint, update, release).
    page_budget(client, reverse("volunteers:tandem_detail", args=[tandem.pk]),
                add=lambda n: CheckInFactory.create_batch(n, tandem=tandem, author=coordinator), queries=10,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["check_ins"]))


def test_circle_list(client, coordinator, django_assert_num_queries):
    client.force_login(coordinator)
    spread = list(District.objects.order_by("id")[:3])

    def add(n):
        for circle in [CircleFactory.create(districts=spread) for _ in range(n)]:
            CircleCountFactory.create(circle=circle)

    # session, user, memberships; the circles with their latest count (subqueries); their districts
    # (one prefetch); the form's districts (its choices); the session save (savepoint, update, release).
    page_budget(client, reverse("volunteers:circle_list"), add=add, queries=9,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["circles"]))
