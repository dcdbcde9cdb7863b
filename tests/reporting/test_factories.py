"""Each factory of the app makes a row the database keeps and the model's own checks accept."""

import pytest

from core.models import Role
from tests.core.factories import assert_valid_saved_rows
from tests.reporting import factories

pytestmark = pytest.mark.django_db

FACTORIES = [
    factories.StatisticStateFactory, factories.StatValueFactory, factories.ReportJobFactory,
    factories.CultureSportYearFactory, factories.ChapterTextFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_the_factory_makes_a_valid_saved_row(factory_class):
    assert_valid_saved_rows(factory_class)


def test_a_report_is_requested_by_a_city_admin():
    job = factories.ReportJobFactory.create()
    membership = job.requested_by.memberships.get()
    assert membership.role == Role.ADMIN and membership.organisation.kind == "city"
    assert job.fim_key_date.isoformat() == "2017-08-15"
