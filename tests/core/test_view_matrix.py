import pytest
from django.urls import get_resolver, reverse
from django.urls.resolvers import URLResolver

from tests.matrix import (
    POST_VIEWS,
    PROJECT_NAMESPACES,
    PUBLIC_VIEWS,
    STAFF_VIEWS,
    close_files,  # noqa: I001
)

pytestmark = pytest.mark.django_db


def _named_project_urls():
    names = set()

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif pattern.name and namespace in PROJECT_NAMESPACES:
                names.add(f"{namespace}:{pattern.name}")

    walk(get_resolver().url_patterns)
    return names


def test_every_staff_view_is_in_the_matrix():
    missing = _named_project_urls() - set(STAFF_VIEWS) - PUBLIC_VIEWS
    assert not missing, f"views without a row in tests/matrix.py: {sorted(missing)}"


@pytest.mark.parametrize("url_name", sorted(STAFF_VIEWS))
def test_anonymous_is_sent_to_login(client, url_name, users_by_role):
    allowed, kwargs_for = STAFF_VIEWS[url_name]
    kwargs = kwargs_for(next(iter(users_by_role.values())), users_by_role) if kwargs_for else {}
    url = reverse(url_name, kwargs=kwargs)
    response = client.post(url) if url_name in POST_VIEWS else client.get(url)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


@pytest.mark.parametrize("url_name", sorted(STAFF_VIEWS))
def test_each_role_gets_200_or_403(client, url_name, users_by_role):
    allowed, kwargs_for = STAFF_VIEWS[url_name]
    for role, user in users_by_role.items():
        client.force_login(user)
        url = reverse(url_name, kwargs=kwargs_for(user, users_by_role) if kwargs_for else {})
        if url_name in POST_VIEWS:
            response = client.post(url)
            expected = 302 if role in allowed else 403
        else:
            response = client.get(url)
            expected = 200 if role in allowed else 403
        close_files(response)
        assert response.status_code == expected, f"{url_name} as {role}: {response.status_code}"


def test_signed_in_without_any_role_gets_403(client, db):
    from tests.core.factories import UserFactory

    client.force_login(UserFactory())
    assert client.get(reverse("core:home")).status_code == 403
