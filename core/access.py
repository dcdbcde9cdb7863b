"""Who may see what. Every view reaches organisation-scoped records through these helpers.

Each app keeps its own ``<model>_for_user`` helpers next to its models; they build on the
role and organisation facts computed here, once per request.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponseBase
from django.shortcuts import get_object_or_404

from .models import AuditLog, ExportJob, Membership, Organisation, Role, User

STAFF_ROLES = frozenset(Role.values)


class StaffRequest(HttpRequest):
    """The request of a view behind ``role_required``: the user is a signed-in staff member."""

    user: User  # type: ignore[assignment]  # narrower than HttpRequest's: role_required lets no one else in


def memberships_of(user: User | AnonymousUser) -> list[Membership]:
    """The user's active memberships, cached on the user object for the request (anonymous: none)."""
    if not user.is_authenticated:
        return []
    cached: list[Membership] | None = getattr(user, "_portal_memberships", None)
    if cached is None:
        cached = list(Membership.objects.active().filter(user=user).select_related("organisation"))
        user._portal_memberships = cached
    return cached


def roles_of(user: User | AnonymousUser) -> set[str]:
    return {m.role for m in memberships_of(user)}


def has_role(user: User | AnonymousUser, *roles: str) -> bool:
    return bool(roles_of(user) & set(roles))


def is_city_admin(user: User | AnonymousUser) -> bool:
    """City-wide reach: the admin role in the city's organisation (the database allows it nowhere else)."""
    return any(m.role == Role.ADMIN and m.organisation.kind == Organisation.Kind.CITY for m in memberships_of(user))


def organisation_ids_for_role(user: User | AnonymousUser, *roles: str) -> set[int]:
    """Organisations in which the user holds one of ``roles``."""
    return {m.organisation_id for m in memberships_of(user) if m.role in roles}


def organisations_for_role(user: User, *roles: str) -> QuerySet[Organisation]:
    """Organisations in which the user holds one of ``roles``, oldest first (a stable order for choices)."""
    return Organisation.objects.filter(id__in=organisation_ids_for_role(user, *roles)).order_by("pk")


def acting_organisation(user: User, *roles: str) -> Organisation | None:
    """The organisation a user acts for where a page offers no choice: the oldest in which they hold one of
    ``roles``. The one rule for every such page (before it, three copies picked by different orders)."""
    return organisations_for_role(user, *roles).first()


def primary_organisation(user: User) -> Organisation | None:
    memberships = memberships_of(user)
    return memberships[0].organisation if memberships else None


def role_required(*roles: str) -> Callable[[Callable[..., HttpResponseBase]], Callable[..., HttpResponseBase]]:
    """Anonymous: redirect to the login. Signed in without one of ``roles``: 403."""
    allowed = set(roles or STAFF_ROLES)

    def decorator(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not roles_of(request.user) & allowed:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


# --- Organisations and staff -------------------------------------------------------------


# organisations_for_user, get_organisation_for_user and audit_entries_for_user take an anonymous user too (who
# reaches nothing) and export_jobs_for_user stays untyped: the views in core/views.py still take HttpRequest,
# not StaffRequest (and read the export jobs' files as Any).


def organisations_for_user(user: User | AnonymousUser) -> QuerySet[Organisation]:
    if is_city_admin(user):
        return Organisation.objects.all()
    return Organisation.objects.filter(id__in=organisation_ids_for_role(user, *STAFF_ROLES))


def get_organisation_for_user(user: User | AnonymousUser, pk: int) -> Organisation:
    return get_object_or_404(organisations_for_user(user), pk=pk)


def staff_for_user(user: User) -> QuerySet[User]:
    """Staff members the user may list: city admins all, others their own organisations' staff."""
    if is_city_admin(user):
        return User.objects.all()
    return User.objects.filter(memberships__organisation__in=organisations_for_user(user)).distinct()


def audit_entries_for_user(user: User | AnonymousUser) -> QuerySet[AuditLog]:
    if is_city_admin(user):
        return AuditLog.objects.select_related("actor", "organisation", "content_type")
    return AuditLog.objects.none()


def export_jobs_for_user(user: User) -> QuerySet[ExportJob]:
    """Export jobs: each requester sees and downloads only their own (the scope was theirs)."""
    return ExportJob.objects.filter(user_id=user.pk)
