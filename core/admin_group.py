"""The Django admin permissions of the city's administrators, kept in one group.

A city admin (role "admin" in an organisation of kind "city") gets ``is_staff`` and this group;
losing the membership takes both away. The group is brought in step with
``settings.PORTAL_ADMIN_MODELS`` after every ``migrate`` (post_migrate), so a new model named
there is editable at once and nothing more than what is named is ever granted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings

if TYPE_CHECKING:
    from .models import User

GROUP_NAME = "City administrators"


def sync_admin_group(**kwargs: Any) -> None:
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    wanted = []
    for label in settings.PORTAL_ADMIN_MODELS:
        app_label, model = label.lower().split(".")
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            wanted += list(Permission.objects.filter(content_type=content_type))
    group.permissions.set(wanted)


def sync_user(user: User) -> None:
    """``is_staff`` and the group follow the user's city admin membership."""
    from django.contrib.auth.models import Group

    from .models import Membership, Organisation, Role

    is_admin = Membership.objects.active().filter(
        user=user, role=Role.ADMIN, organisation__kind=Organisation.Kind.CITY).exists()
    group = Group.objects.filter(name=GROUP_NAME).first()
    if is_admin:
        if group is not None:
            user.groups.add(group)
        if not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
    else:
        if group is not None:
            user.groups.remove(group)
        if user.is_staff and not user.is_superuser:
            user.is_staff = False
            user.save(update_fields=["is_staff"])
