"""Query budgets of the core's list pages: organisations, an organisation's staff, the audit log.

Each page is requested after N and after 3N rows (tests/budgets.py) and costs the same both times.
"""

import pytest
from django.urls import reverse

from core.audit import audit_log
from core.models import AuditAction, Organisation, Role
from tests.budgets import counted_as_in_production, page_budget
from tests.core.factories import OrganisationFactory, staff

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _counted_as_in_production(settings):
    counted_as_in_production(settings)


def test_organisation_list(client, users_by_role, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])
    # session, user, memberships with organisations (role_required, cached on the user), the admin's
    # authenticator (admins must have one); the organisations; the session save (savepoint, update, release).
    page_budget(client, reverse("core:organisation_list"),
                add=lambda n: OrganisationFactory.create_batch(n, kind=Organisation.Kind.WELFARE),
                queries=8, assert_num_queries=django_assert_num_queries,
                shown=lambda r: len(r.context["organisations"]))


def test_organisation_detail_lists_its_staff(client, users_by_role, org_a, django_assert_num_queries):
    client.force_login(users_by_role[Role.ADMIN])
    # session, user, memberships, the admin's authenticator; the organisation; the audit entry (its
    # content type cached); its members with their users (one join); the session save (savepoint,
    # update, release).
    page_budget(client, reverse("core:organisation_detail", args=[org_a.pk]),
                add=lambda n: [staff(Role.COUNSELLOR, org_a) for _ in range(n)],
                queries=10, assert_num_queries=django_assert_num_queries,
                shown=lambda r: len(r.context["members"]))


def test_audit_search(client, users_by_role, org_a, django_assert_num_queries):
    admin = users_by_role[Role.ADMIN]
    counsellor = users_by_role[Role.COUNSELLOR]
    client.force_login(admin)

    def add(n):
        for _ in range(n):
            audit_log(actor=counsellor, action=AuditAction.VIEW, obj=org_a, organisation=org_a)

    # session, user, memberships, the admin's authenticator; one page of entries with actor,
    # organisation and record type (one join); the session save (savepoint, update, release).
    page_budget(client, reverse("core:audit_search"), add=add, queries=8,
                assert_num_queries=django_assert_num_queries, shown=lambda r: len(r.context["entries"]))
