"""Query budgets of the refugee pages (accommodations, occupancy, FIM, arrivals, staffing, plans)
and of every function in refugees/selectors.py.

Each page or selector runs after N and after 3N rows (tests/budgets.py) and costs the same both times.
"""

from datetime import date
from itertools import count

import pytest
from django.urls import reverse

from core.models import District, Organisation, Role
from refugees import selectors
from refugees.models import Accommodation
from tests.budgets import N, counted_as_in_production, page_budget, selector_budget
from tests.core.factories import OrganisationFactory
from tests.refugees.factories import (
    AccommodationFactory,
    FimGrantFactory,
    FimPlacementFactory,
    GoalFactory,
    IntegrationPlanFactory,
    IntegrationStaffingFactory,
    MovementFactory,
    OccupancyFactory,
    ProgressNoteFactory,
    QuotaFactory,
    month_number,
)

pytestmark = pytest.mark.django_db

serial = count()


@pytest.fixture(autouse=True)
def _counted_as_in_production(settings):
    counted_as_in_production(settings)


def districts():
    return list(District.objects.order_by("id"))


def houses(operator, n, *, months=(date(2017, 6, 1), date(2017, 7, 1))):
    """``n`` accommodations of ``operator`` in different districts, each with figures for ``months``."""
    spread = districts()
    made = []
    for _ in range(n):
        accommodation = AccommodationFactory.create(operator=operator, district=spread[next(serial) % len(spread)])
        for month in months:
            OccupancyFactory.create(accommodation=accommodation, month=month)
        made.append(accommodation)
    return made


def plans(organisation, n):
    """``n`` plans, each with its own manager, an accommodation and goals open and reached."""
    made = []
    for _ in range(n):
        plan = IntegrationPlanFactory.create(organisation=organisation, accommodation=AccommodationFactory.create())
        GoalFactory.create(plan=plan)
        GoalFactory.create(plan=plan, field="work", status="reached")
        made.append(plan)
    return made


# --- list pages ------------------------------------------------------------------------------------


def test_accommodation_list(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.OPERATOR])
    # session, user, memberships; the latest figures (DISTINCT ON accommodation); the accommodations
    # with district and operator; the session save (savepoint, update, release).
    page_budget(client, reverse("refugees:accommodation_list"), add=lambda n: houses(org_a, n), queries=8,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["rows"]))


def test_accommodation_detail_lists_its_months(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.OPERATOR])
    accommodation = houses(org_a, 1, months=())[0]

    def add(n):
        for _ in range(n):
            OccupancyFactory.create(accommodation=accommodation, month=month_number(next(serial)))

    # session, user, memberships; the accommodation with district and operator; whether the operator
    # may change it; its months; the session save (savepoint, update, release).
    page_budget(client, reverse("refugees:accommodation_detail", args=[accommodation.pk]), add=add, queries=9,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["history"]))


def test_occupancy_overview(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])

    def add(n):
        for _ in range(n):
            houses(org_a, 1, months=(month_number(next(serial)),))

    # session, user, memberships, the admin's authenticator; the monthly totals; the audit entry;
    # the latest month by district and by operator; the session save (savepoint, update, release).
    page_budget(client, reverse("refugees:occupancy_overview"), add=add, queries=11,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["totals"]))


def test_fim_grant_list(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])

    def add(n):
        for _ in range(n):
            grant = FimGrantFactory.create(accommodation=AccommodationFactory.create(operator=org_a))
            FimPlacementFactory.create_batch(2, grant=grant)

    # session, user, memberships, the admin's authenticator; the grants with accommodation and the
    # count of placements; the session save (savepoint, update, release).
    page_budget(client, reverse("refugees:fim_grant_list"), add=add, queries=8,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["grants"]))


def test_fim_overview(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])
    # session, user, memberships, the admin's authenticator; places granted by kind; places occupied
    # on the day by kind; the session save (savepoint, update, release).
    page_budget(client, reverse("refugees:fim_overview"), params={"date": "2017-10-01", "year": "2017"},
                add=lambda n: FimPlacementFactory.create_batch(n), queries=9,
                assert_num_queries=django_assert_num_queries, shown=lambda r: r.context["occupied_total"])


def test_movement_list(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])

    def add(n):
        MovementFactory.create_batch(n)
        QuotaFactory.create_batch(n)

    # session, user, memberships, the admin's authenticator; the months' figures; the quotas; the
    # session save (savepoint, update, release).
    page_budget(client, reverse("refugees:movement_list"), add=add, queries=9,
                assert_num_queries=django_assert_num_queries,
                shown=lambda r: min(len(r.context["movements"]), len(r.context["quotas"])))


def test_staffing_list(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])
    # session, user, memberships, the admin's authenticator; the form's organisations (its choices);
    # the rows with their organisations; the session save (savepoint, update, release).
    page_budget(client, reverse("refugees:staffing_list"),
                add=lambda n: IntegrationStaffingFactory.create_batch(n), queries=9,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["rows"]))


def test_plan_list(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.INTEGRATION_MANAGER])
    # session, user, memberships; the plans with manager, accommodation and goal counts; the session
    # save (savepoint, update, release).
    page_budget(client, reverse("refugees:plan_list"), add=lambda n: plans(org_a, n), queries=7,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["plans"]))


def test_plan_detail_lists_its_goals_and_notes(client, users_by_role, org_a, django_assert_num_queries):
    manager = users_by_role[Role.INTEGRATION_MANAGER]
    client.force_login(manager)
    plan = IntegrationPlanFactory.create(organisation=org_a, manager=manager, accommodation=AccommodationFactory.create())

    def add(n):
        for _ in range(n):
            ProgressNoteFactory.create_batch(2, goal=GoalFactory.create(plan=plan), author=manager)

    # session, user, memberships; the plan with manager and accommodation; its organisation and the
    # audit entry; the goals; their notes (one prefetch); the session save (savepoint, update, release).
    page_budget(client, reverse("refugees:plan_detail", args=[plan.pk]), add=add, queries=11,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["goals"]))


def test_plan_counts(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])

    def add(n):
        for _ in range(n):
            plans(OrganisationFactory.create(kind=Organisation.Kind.WELFARE), 2)

    # session, user, memberships, the admin's authenticator; the counts per organisation; the
    # session save (savepoint, update, release).
    page_budget(client, reverse("refugees:plan_counts"), add=add, queries=8,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["rows"]))


# --- selectors: refugees/selectors.py -----------------------------------------------------------------


def test_occupancy_for(org_a, django_assert_num_queries):
    # the figures of the accommodations given (a subquery, not a query of its own).
    sizes = selector_budget(lambda: list(selectors.occupancy_for(Accommodation.objects.filter(operator=org_a))),
                            add=lambda n: houses(org_a, n, months=(date(2017, 7, 1),)), queries=1,
                            assert_num_queries=django_assert_num_queries, size=len)
    assert sizes == [N, 3 * N]


def test_monthly_totals(org_a, django_assert_num_queries):
    # the sums per month, the previous year's from the same rows.
    sizes = selector_budget(lambda: selectors.monthly_totals(Accommodation.objects.filter(operator=org_a)),
                            add=lambda n: houses(org_a, n, months=(date(2016, 7, 1), date(2017, 7, 1))), queries=1,
                            assert_num_queries=django_assert_num_queries,
                            size=lambda totals: [(t.residents, t.previous_year) for t in totals])
    assert sizes == [[(60 * N, None), (60 * N, 60 * N)], [(180 * N, None), (180 * N, 180 * N)]]


@pytest.mark.parametrize("by", ["district", "operator"])
def test_breakdown(org_a, by, django_assert_num_queries):
    # the month's sums per district or operator, with their names (one join).
    sizes = selector_budget(
        lambda: selectors.breakdown(Accommodation.objects.filter(operator=org_a), month=date(2017, 7, 1), by=by),
        add=lambda n: houses(org_a, n, months=(date(2017, 7, 1),)), queries=1,
        assert_num_queries=django_assert_num_queries, size=lambda rows: sum(r["accommodations"] for r in rows))
    assert sizes == [N, 3 * N]


def test_fim_granted(django_assert_num_queries):
    # the places granted in the year by kind.
    sizes = selector_budget(lambda: selectors.fim_granted(2017), add=lambda n: FimGrantFactory.create_batch(n),
                            queries=1, assert_num_queries=django_assert_num_queries, size=lambda d: d["internal"])
    assert sizes == [10 * N, 30 * N]


def test_fim_occupied(django_assert_num_queries):
    # the placements running on the day, by their grant's kind (one join).
    sizes = selector_budget(lambda: selectors.fim_occupied(date(2017, 10, 1)),
                            add=lambda n: FimPlacementFactory.create_batch(n), queries=1,
                            assert_num_queries=django_assert_num_queries, size=lambda d: d["internal"])
    assert sizes == [N, 3 * N]
