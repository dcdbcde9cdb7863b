"""Dialogues, proposals and their follow-ups, initiatives and the Support Group Refugees.

Dates fall between April 2016 and the end of 2017, when the 35 published dialogues were held
(DOMAIN.md); titles, names and texts are made up."""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from core.models import Organisation, Role
from dialogues.models import (
    Dialogue,
    Initiative,
    Proposal,
    ProposalUpdate,
    SupportGroupActivity,
    SupportGroupMember,
)
from tests.core.factories import OrganisationFactory, staff


def dialogue_team_member():
    """A member of the city's dialogue team (the role exists only in the city)."""
    city = OrganisationFactory.create(name="Stadt Test (Dialoge)", kind=Organisation.Kind.CITY)
    return staff(Role.DIALOGUE_TEAM, city)


class DialogueFactory(DjangoModelFactory[Dialogue]):
    """A refugee dialogue at the adult education centre (vhs) with 25 participants, the published average."""

    class Meta:
        model = Dialogue

    kind = Dialogue.Kind.REFUGEE
    held_on = date(2017, 5, 4)
    venue = Dialogue.Venue.VHS
    moderators = 2
    interpreter_languages = factory.LazyFunction(lambda: ["ar", "fa"])
    refugees = 12
    staff = 4
    volunteers = 5
    neighbours = 4
    topics = "Testthemen: Wohnen, Deutschkurse"

    class Params:
        # A dialogue held in an accommodation names it (the database checks).
        in_accommodation = factory.Trait(
            venue=Dialogue.Venue.ACCOMMODATION,
            accommodation=factory.SubFactory("tests.refugees.factories.AccommodationFactory"),
            district=factory.LazyAttribute(lambda o: o.accommodation.district),
        )


class ProposalFactory(DjangoModelFactory[Proposal]):
    class Meta:
        model = Proposal

    dialogue = factory.SubFactory(DialogueFactory)
    text = factory.Sequence(lambda n: f"Testvorschlag {n}: WLAN im Gemeinschaftsraum")
    field = "Wohnen"
    taken_up_by = Proposal.TakenUpBy.OFFICE
    status = Proposal.Status.OPEN


class ProposalUpdateFactory(DjangoModelFactory[ProposalUpdate]):
    class Meta:
        model = ProposalUpdate

    proposal = factory.SubFactory(ProposalFactory)
    on = date(2017, 6, 1)
    status = Proposal.Status.IN_PROGRESS
    note = factory.Sequence(lambda n: f"Testnotiz {n}")
    author = factory.LazyFunction(dialogue_team_member)


class InitiativeFactory(DjangoModelFactory[Initiative]):
    """A self-organised initiative that grew out of a dialogue."""

    class Meta:
        model = Initiative

    title = factory.Sequence(lambda n: f"Testinitiative {n}")
    kind = Initiative.Kind.MAGAZINE
    description = "Ein Testmagazin von Geflüchteten"
    dialogue = factory.SubFactory(DialogueFactory)
    people = 4
    started_on = date(2017, 9, 1)


class SupportGroupMemberFactory(DjangoModelFactory[SupportGroupMember]):
    """A member of the Support Group Refugees (founded April 2017), kept with consent."""

    class Meta:
        model = SupportGroupMember

    name = factory.Sequence(lambda n: f"Testmitglied {n}")
    languages = "ar, de"
    joined_on = date(2017, 4, 20)
    consent_given_on = date(2017, 4, 20)


class SupportGroupActivityFactory(DjangoModelFactory[SupportGroupActivity]):
    class Meta:
        model = SupportGroupActivity
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Testaktivität {n}")
    held_on = date(2017, 10, 14)

    @factory.post_generation
    def members(obj, create, extracted, **kwargs):  # noqa: N805
        """``members=[...]`` takes part; without it, one new member."""
        if create:
            obj.members.set(extracted if extracted is not None else [SupportGroupMemberFactory.create()])
