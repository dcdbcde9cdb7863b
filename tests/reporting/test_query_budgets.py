"""Query budgets of the reporting pages: the report jobs, the culture and sport figures, the dashboard.

Each page runs after N and after 3N rows (tests/budgets.py) and costs the same both times.
"""

from datetime import date
from itertools import count

import pytest
from django.urls import reverse

from core.models import Role
from tests.budgets import counted_as_in_production, page_budget
from tests.core.factories import staff
from tests.reporting.factories import CultureSportYearFactory, ReportJobFactory, StatValueFactory

pytestmark = pytest.mark.django_db

serial = count()


@pytest.fixture(autouse=True)
def _counted_as_in_production(settings):
    counted_as_in_production(settings)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.REPORT_VIEWER])
def test_report_list(client, users_by_role, city, role, django_assert_num_queries):
    client.force_login(users_by_role[role])

    def add(n):
        # Each job requested by another admin: the requester is shown with the job.
        for _ in range(n):
            ReportJobFactory.create(requested_by=staff(Role.ADMIN, city))

    # session, user, memberships (and the admin's authenticator); the jobs with who requested them;
    # the session save (savepoint, update, release).
    page_budget(client, reverse("reporting:report_list"), add=add, queries=8 if role == Role.ADMIN else 7,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["jobs"]))


def test_culture_sport_years(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])
    # session, user, memberships, the admin's authenticator; the years; the session save (savepoint,
    # update, release).
    page_budget(client, reverse("reporting:culture_sport"),
                add=lambda n: [CultureSportYearFactory.create(year=2000 + next(serial)) for _ in range(n)], queries=8,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["years"]))


def test_dashboard(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.REPORT_VIEWER])
    months = count(1)

    def add(n):
        for _ in range(n):
            StatValueFactory.create(statistic="occupancy", dimension="total", key="", month=date(2017, next(months), 1))

    # session, user, memberships; the years with figures; the year's and the year before's figures
    # (one cursor); the labels of topics, target groups and referral targets; the monthly occupancy;
    # the statistics' states; the session save (savepoint, update, release).
    page_budget(client, reverse("reporting:dashboard"), add=add, queries=13,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["occupancy_rows"]))
