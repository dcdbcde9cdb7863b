"""Security sweep findings (issue 13): caches keyed by their scope, client addresses behind the
proxy, limits on every public form, views through their access helpers."""

import pytest
from django.urls import reverse

from core.models import Membership, Role
from tests.core.factories import staff

pytestmark = pytest.mark.django_db


def _counsellor_choices(client, user):
    client.force_login(user)
    response = client.get(reverse("welcome:consultation_list"))
    return {label for value, label in response.context["form"].fields["counsellor"].widget.choices if value}


def test_no_other_organisations_staff_through_the_cached_filter(client, org_a, org_b):
    """A counsellor of A who also runs accommodations for B filled the cache first; a colleague who
    is only a counsellor of A must not see B's counsellors (the key held less than the content)."""
    colleague_a = staff(Role.COUNSELLOR, org_a, first_name="Anna", last_name="Eins")
    two_roles = staff(Role.COUNSELLOR, org_a, first_name="Zoe", last_name="Zwei")
    Membership.objects.create(user=two_roles, organisation=org_b, role=Role.OPERATOR)
    staff(Role.COUNSELLOR, org_b, first_name="Bernd", last_name="Fremd")
    first = _counsellor_choices(client, two_roles)
    second = _counsellor_choices(client, colleague_a)
    assert first == second == {"Anna Eins", "Zoe Zwei"}


def test_a_shared_cache_key_with_different_content_fails_loudly(settings):
    from core.choices_cache import SharedKeyError, cached_choices

    assert settings.PORTAL_CHOICES_CACHE_VERIFY
    cached_choices("test:scope-missing", lambda: [(1, "Eins")])
    with pytest.raises(SharedKeyError):
        cached_choices("test:scope-missing", lambda: [(2, "Zwei")])
