"""Each factory of the app makes a row the database keeps and the model's own checks accept."""

import pytest

from tests.core.factories import assert_valid_saved_rows
from tests.volunteers import factories

pytestmark = pytest.mark.django_db

FACTORIES = [
    factories.TrainingFactory, factories.VolunteerFactory, factories.TandemFactory, factories.CheckInFactory,
    factories.CircleFactory, factories.CircleCountFactory, factories.TandemRequestFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_the_factory_makes_a_valid_saved_row(factory_class):
    assert_valid_saved_rows(factory_class)


def test_the_traits_keep_the_rules():
    ended = factories.TandemFactory.create(ended=True)
    ended.full_clean()
    assert ended.status == "ended" and ended.end_reason
    withdrawn = factories.TandemRequestFactory.create(withdrawn=True)
    withdrawn.full_clean()
    assert withdrawn.closed_at is not None


def test_a_mentor_has_the_clearance_the_role_needs_and_trainings():
    training = factories.TrainingFactory.create()
    volunteer = factories.VolunteerFactory.create(trainings=[training])
    assert not volunteer.needs_clearance
    assert list(volunteer.trainings.all()) == [training]
    tandem = factories.TandemFactory.create()
    assert tandem.organisation == tandem.mentor.organisation
    assert factories.CircleFactory.create().districts.count() == 1
