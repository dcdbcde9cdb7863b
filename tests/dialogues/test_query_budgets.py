"""Query budgets of the dialogue team's pages (dialogues, proposals, initiatives, the Support Group)
and of every function in dialogues/selectors.py.

Each page or selector runs after N and after 3N rows (tests/budgets.py) and costs the same both times.
"""

import pytest
from django.urls import reverse

from core.models import Role
from dialogues.access import dialogues_for_user
from dialogues.selectors import dialogue_figures
from tests.budgets import N, counted_as_in_production, page_budget, selector_budget
from tests.dialogues.factories import (
    DialogueFactory,
    InitiativeFactory,
    ProposalFactory,
    ProposalUpdateFactory,
    SupportGroupActivityFactory,
    SupportGroupMemberFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _counted_as_in_production(settings):
    counted_as_in_production(settings)


def dialogues(n):
    """``n`` dialogues held in accommodations (with district), each with proposals and an initiative."""
    made = []
    for _ in range(n):
        dialogue = DialogueFactory.create(in_accommodation=True)
        for proposal in ProposalFactory.create_batch(2, dialogue=dialogue):
            ProposalUpdateFactory.create(proposal=proposal)
        InitiativeFactory.create(dialogue=dialogue)
        made.append(dialogue)
    return made


def test_dialogue_list(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])
    # session, user, memberships; the figures: dialogues held and average participants, proposals
    # by status, initiatives; the dialogues with accommodation and district; the session save
    # (savepoint, update, release).
    page_budget(client, reverse("dialogues:dialogue_list"), add=dialogues, queries=10,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["dialogues"]))


def test_dialogue_detail_lists_its_proposals(client, users_by_role, django_assert_num_queries):
    member = users_by_role[Role.DIALOGUE_TEAM]
    client.force_login(member)
    dialogue = DialogueFactory.create(in_accommodation=True)

    def add(n):
        for proposal in ProposalFactory.create_batch(n, dialogue=dialogue):
            ProposalUpdateFactory.create_batch(2, proposal=proposal, author=member)

    # session, user, memberships; the dialogue with accommodation and district; its proposals; their
    # follow-ups (one prefetch); the session save (savepoint, update, release).
    page_budget(client, reverse("dialogues:dialogue_detail", args=[dialogue.pk]), add=add, queries=9,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["proposals"]))


def test_initiative_list(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])
    # session, user, memberships; the initiatives with their dialogues; the form's dialogues (its
    # choices); the session save (savepoint, update, release).
    page_budget(client, reverse("dialogues:initiative_list"), add=dialogues, queries=8,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["initiatives"]))


def test_support_group(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])

    def add(n):
        for _ in range(n):
            SupportGroupActivityFactory.create(members=SupportGroupMemberFactory.create_batch(2))
        SupportGroupMemberFactory.create_batch(n)

    # session, user, memberships; the audit entry; the members; the activities; their members
    # (one prefetch); the activity form's members (its choices); the session save (savepoint,
    # update, release).
    page_budget(client, reverse("dialogues:support_group"), add=add, queries=11,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["activities"]))


def test_public_proposals(client, django_assert_num_queries):
    # the public proposals with their dialogue's date and kind (no session: anonymous).
    page_budget(client, reverse("dialogues:public_proposals"),
                add=lambda n: [ProposalFactory.create(dialogue=DialogueFactory.create()) for _ in range(n)], queries=1,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["proposals"]))


# --- selectors: dialogues/selectors.py ----------------------------------------------------------------


def test_dialogue_figures(users_by_role, django_assert_num_queries):
    readable = dialogues_for_user(users_by_role[Role.DIALOGUE_TEAM])  # the user's memberships read here
    # dialogues held and average participants; proposals by status; initiatives (the dialogues a
    # subquery in the last two).
    sizes = selector_budget(lambda: dialogue_figures(readable), add=dialogues, queries=3,
                            assert_num_queries=django_assert_num_queries,
                            size=lambda f: (f["held"], f["average"], f["proposals"], f["initiatives"]))
    assert sizes == [(N, 25, {"open": 2 * N}, N), (3 * N, 25, {"open": 6 * N}, 3 * N)]
