import factory
from factory.django import DjangoModelFactory

from core.models import ROLE_KINDS, Membership, Organisation, Role, User

PASSWORD = "correct-horse-battery-staple"


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisation {n}")
    short_name = factory.Sequence(lambda n: f"Org{n}")
    kind = Organisation.Kind.WELFARE


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"staff{n}@test.example")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def persist_password(obj: User, create: bool, extracted: object, **kwargs: object) -> None:  # noqa: N805
        if create:
            obj.save(update_fields=["password"])


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.COUNSELLOR


def org_for(role: str, *candidates: Organisation) -> Organisation:
    """The first candidate in which ``role`` exists (core.models.ROLE_KINDS), else a new
    organisation of a kind that has it."""
    kinds = ROLE_KINDS[role]
    for organisation in candidates:
        if organisation.kind in kinds:
            return organisation
    kind = Organisation.Kind.WELFARE if Organisation.Kind.WELFARE in kinds else sorted(kinds)[0]
    created: Organisation = OrganisationFactory.create(kind=kind)
    return created


def staff(role: str, organisation: Organisation | None = None, **user_kwargs) -> User:
    """A user holding ``role`` in ``organisation`` (a new organisation of a kind that has the role
    if none given)."""
    org = organisation or org_for(role)
    user: User = UserFactory.create(**user_kwargs)
    MembershipFactory(user=user, organisation=org, role=role)
    return user


def assert_valid_saved_rows(factory_class) -> None:
    """Two rows in a row from ``factory_class``: both saved (no unique clash) and accepted by the model's
    own checks (fields, unique and check constraints, as a form would validate them)."""
    first, second = factory_class.create(), factory_class.create()
    model = factory_class._meta.model
    assert model.objects.filter(pk__in=[first.pk, second.pk]).count() == 2
    for row in (first, second):
        row.full_clean()
