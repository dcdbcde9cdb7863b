"""Each factory of the app makes a row the database keeps and the model's own checks accept."""

import pytest

from tests.dialogues import factories

pytestmark = pytest.mark.django_db

FACTORIES = [
    factories.DialogueFactory, factories.ProposalFactory, factories.ProposalUpdateFactory,
    factories.InitiativeFactory, factories.SupportGroupMemberFactory, factories.SupportGroupActivityFactory,
]


@pytest.mark.parametrize("factory_class", FACTORIES, ids=lambda f: f.__name__)
def test_the_factory_makes_a_valid_saved_row(factory_class):
    first, second = factory_class.create(), factory_class.create()
    model = factory_class._meta.model
    assert model.objects.filter(pk__in=[first.pk, second.pk]).count() == 2  # two in a row: no unique clash
    for row in (first, second):
        row.full_clean()  # fields, unique and check constraints, as a form would validate them


def test_a_dialogue_in_an_accommodation_names_it():
    dialogue = factories.DialogueFactory.create(in_accommodation=True)
    dialogue.full_clean()
    assert dialogue.accommodation is not None and dialogue.district == dialogue.accommodation.district
    assert factories.DialogueFactory.create().participants == 25  # the published average


def test_an_activity_has_its_members():
    members = factories.SupportGroupMemberFactory.create_batch(2)
    assert set(factories.SupportGroupActivityFactory.create(members=members).members.all()) == set(members)
    assert factories.SupportGroupActivityFactory.create().members.count() == 1
