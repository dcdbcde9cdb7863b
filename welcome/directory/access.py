"""The access chokepoint for directory entries: every staff view goes through these."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import is_city_admin, organisation_ids_for_role
from core.models import Organisation, Role, User

from .models import DirectoryEntry, DirectoryEntryQuerySet

EDITORS = (Role.DIRECTORY_EDITOR, Role.ADMIN)


def directory_organisations(user: User) -> QuerySet[Organisation]:
    """Organisations whose entries the user keeps."""
    if is_city_admin(user):
        # The city's admins keep every partner's entries.
        return Organisation.objects.filter(is_active=True)
    # Directory editors keep their own organisations' entries.
    return Organisation.objects.filter(id__in=organisation_ids_for_role(user, Role.DIRECTORY_EDITOR))


def directory_entries_for_user(user: User) -> DirectoryEntryQuerySet:
    base: DirectoryEntryQuerySet = DirectoryEntry.objects.select_related("organisation", "district")
    if is_city_admin(user):
        return base
    org_ids = organisation_ids_for_role(user, Role.DIRECTORY_EDITOR)
    if org_ids:
        return base.filter(organisation_id__in=org_ids)
    # Every other role reads the public directory like everyone else.
    return base.none()


def get_directory_entry_for_user(user: User, pk: int) -> DirectoryEntry:
    return get_object_or_404(directory_entries_for_user(user), pk=pk)
