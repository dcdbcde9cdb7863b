"""Volunteers, trainings, Willkommens-Tandems and their check-ins, circles and newcomers' requests.

Names and addresses are made up (@test.example); roles and statuses are those of DOMAIN.md."""

from datetime import date

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from core.models import Organisation, Role
from tests.core.factories import OrganisationFactory, staff
from tests.refugees.factories import a_district
from volunteers.models import (
    CheckIn,
    Circle,
    CircleCount,
    Tandem,
    TandemRequest,
    Training,
    Volunteer,
    VolunteerRole,
)


class TrainingFactory(DjangoModelFactory[Training]):
    class Meta:
        model = Training

    title = factory.Sequence(lambda n: f"Testschulung {n} für Willkommenspaten")
    held_on = date(2017, 3, 11)


class VolunteerFactory(DjangoModelFactory[Volunteer]):
    """An active welcome mentor (Willkommenspate) with the police clearance the role needs."""

    class Meta:
        model = Volunteer
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.VOLUNTEER)
    name = factory.Sequence(lambda n: f"Test Freiwillige {n}")
    email = factory.Sequence(lambda n: f"freiwillige{n}@test.example")
    languages = factory.LazyFunction(lambda: ["de", "ar"])
    district = factory.LazyFunction(a_district)
    interests = "Fußball, Kochen"
    roles = factory.LazyFunction(lambda: [VolunteerRole.WELCOME_MENTOR])
    status = Volunteer.Status.ACTIVE
    active_since = date(2017, 1, 1)
    police_clearance_on = date(2016, 12, 1)
    consent_purpose = "coordination of volunteering"
    consent_given_on = date(2016, 12, 1)

    @factory.post_generation
    def trainings(obj, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            obj.trainings.set(extracted)


class TandemFactory(DjangoModelFactory[Tandem]):
    """A proposed tandem of a welcome mentor and a newcomer, coordinated by the mentor's organisation."""

    class Meta:
        model = Tandem

    mentor = factory.SubFactory(VolunteerFactory)
    organisation = factory.LazyAttribute(lambda o: o.mentor.organisation)
    newcomer_reference = factory.Sequence(lambda n: f"NK-TEST-{n:04d}")
    newcomer_languages = factory.LazyFunction(lambda: ["ar"])
    newcomer_district = factory.LazyFunction(a_district)
    consent_given_on = date(2017, 2, 1)
    proposed_on = date(2017, 2, 1)

    class Params:
        # An ended tandem names the date and the reason (the database checks).
        ended = factory.Trait(status=Tandem.Status.ENDED, started_on=date(2017, 2, 15), ended_on=date(2017, 12, 15),
                              end_reason="Testgrund: Umzug")


class CheckInFactory(DjangoModelFactory[CheckIn]):
    class Meta:
        model = CheckIn

    tandem = factory.SubFactory(TandemFactory)
    on = date(2017, 3, 1)
    note = factory.Sequence(lambda n: f"Testnotiz {n}")
    author = factory.LazyAttribute(lambda o: staff(Role.VOLUNTEER_COORDINATOR, o.tandem.organisation))


class CircleFactory(DjangoModelFactory[Circle]):
    """A volunteer circle (Flüchtlingsfreundeskreis) in one district."""

    class Meta:
        model = Circle
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Freundeskreis Test {n}")
    contact_person = factory.Sequence(lambda n: f"Testkontakt {n}")
    contact_email = factory.Sequence(lambda n: f"kreis{n}@test.example")
    founded_on = date(2015, 10, 1)

    @factory.post_generation
    def districts(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.districts.set(extracted if extracted is not None else [a_district()])


class CircleCountFactory(DjangoModelFactory[CircleCount]):
    class Meta:
        model = CircleCount

    circle = factory.SubFactory(CircleFactory)
    on = date(2017, 12, 1)
    members = 40


class TandemRequestFactory(DjangoModelFactory[TandemRequest]):
    """A newcomer's open request for a Willkommens-Tandem, made through the public form."""

    class Meta:
        model = TandemRequest

    organisation = factory.SubFactory(OrganisationFactory, kind=Organisation.Kind.VOLUNTEER)
    languages = factory.LazyFunction(lambda: ["ar", "de"])
    district = factory.LazyFunction(a_district)
    interests = "Fußball"
    help_wished = "Testwunsch: Begleitung zu Behörden"
    name = factory.Sequence(lambda n: f"Test Neuankunft {n}")
    email = factory.Sequence(lambda n: f"anfrage{n}@test.example")
    ui_language = "ar"
    status = TandemRequest.Status.OPEN
    created_at = factory.LazyFunction(timezone.now)

    class Params:
        # A withdrawn request carries the date it was closed (the database checks).
        withdrawn = factory.Trait(status=TandemRequest.Status.WITHDRAWN, closed_at=factory.LazyFunction(timezone.now))
