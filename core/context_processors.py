from typing import Any

from django.http import HttpRequest

from .access import memberships_of, roles_of


def portal(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"portal_roles": set(), "portal_memberships": []}
    return {"portal_roles": roles_of(user), "portal_memberships": memberships_of(user)}
