"""The view x role matrix: every staff view, the roles that may use it, how to build its URL.

tests/core/test_view_matrix.py checks every entry for every role and anonymous, and fails when a
named staff URL exists that is not listed here, so a new view cannot skip the matrix.
"""

from core.models import Role

ALL_ROLES = frozenset(Role.values)
ADMIN_ONLY = frozenset({Role.ADMIN})


def own_organisation(user):
    return {"pk": user.memberships.first().organisation_id}


# url name -> (roles that get 200, function user -> URL kwargs)
STAFF_VIEWS = {
    "core:home": (ALL_ROLES, None),
    "core:organisation_list": (ALL_ROLES, None),
    "core:organisation_detail": (ALL_ROLES, own_organisation),
    "core:staff_invite": (ADMIN_ONLY, None),
    "core:audit_search": (ADMIN_ONLY, None),
}

# Named URLs of the project's apps that anyone may open.
PUBLIC_VIEWS = {"public_home"}

PROJECT_NAMESPACES = {"core", "welcome", "refugees", "dialogues", "volunteers", "reporting"}
