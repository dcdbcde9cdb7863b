"""Each factory of the app makes a row the database keeps and the model's own checks accept."""

import pytest

from tests.core.factories import assert_valid_saved_rows
from tests.refugees import factories

pytestmark = pytest.mark.django_db

FACTORIES = [
    factories.AccommodationFactory, factories.OccupancyFactory, factories.IntegrationPlanFactory,
    factories.GoalFactory, factories.ProgressNoteFactory, factories.FimGrantFactory, factories.FimPlacementFactory,
    factories.MovementFactory, factories.QuotaFactory, factories.IntegrationStaffingFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_the_factory_makes_a_valid_saved_row(factory_class):
    assert_valid_saved_rows(factory_class)


def test_the_rules_hold_on_the_factory_rows():
    assert factories.OccupancyFactory.create().residents == 60  # adults + minors
    plan = factories.IntegrationPlanFactory.create()
    assert plan.birth_year is not None and plan.started_on.year - plan.birth_year >= 18
    assert plan.manager.memberships.get().organisation == plan.organisation
