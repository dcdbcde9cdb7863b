"""Each factory of the app makes a row the database keeps and the model's own checks accept."""

import pytest

from tests.core.factories import assert_valid_saved_rows
from tests.dialogues import factories

pytestmark = pytest.mark.django_db

FACTORIES = [
    factories.DialogueFactory, factories.ProposalFactory, factories.ProposalUpdateFactory,
    factories.InitiativeFactory, factories.SupportGroupMemberFactory, factories.SupportGroupActivityFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_the_factory_makes_a_valid_saved_row(factory_class):
    assert_valid_saved_rows(factory_class)


def test_a_dialogue_in_an_accommodation_names_it():
    dialogue = factories.DialogueFactory.create(in_accommodation=True)
    dialogue.full_clean()
    assert dialogue.accommodation is not None and dialogue.district == dialogue.accommodation.district
    assert factories.DialogueFactory.create().participants == 25  # the published average


def test_an_activity_has_its_members():
    members = factories.SupportGroupMemberFactory.create_batch(2)
    assert set(factories.SupportGroupActivityFactory.create(members=members).members.all()) == set(members)
    assert factories.SupportGroupActivityFactory.create().members.count() == 1
