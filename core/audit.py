"""The one helper every app calls to write an audit entry."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models

from .models import AuditAction, AuditLog, Organisation, User

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


def _organisation_of(obj: models.Model | None, actor: User | None) -> Organisation | None:
    org = getattr(obj, "organisation", None) if obj is not None else None
    if isinstance(org, Organisation):
        return org
    if actor is not None and getattr(actor, "is_authenticated", False):
        from .access import primary_organisation

        return primary_organisation(actor)
    return None


def audit_log(
    *,
    actor: User | AnonymousUser | None,
    action: AuditAction | str,
    obj: models.Model | None = None,
    model: type[models.Model] | None = None,
    organisation: Organisation | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditLog:
    """Record that ``actor`` did ``action`` to ``obj`` (or to the records of ``model``); an anonymous
    actor is recorded as none."""
    staff = actor if actor is not None and actor.is_authenticated else None
    target = obj
    content_type = None
    if target is not None:
        content_type = ContentType.objects.get_for_model(target, for_concrete_model=True)
    elif model is not None:
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
    return AuditLog.objects.create(
        actor=staff,
        organisation=organisation or _organisation_of(target, staff),
        action=str(action),
        content_type=content_type,
        object_id=str(target.pk) if target is not None else "",
        detail=detail or {},
    )


def audit_purge() -> int:
    """Delete the entries past retention through the database's own purge (migration core 0008):
    the retention is the one ``migrate`` wrote from PORTAL_AUDIT_RETENTION_DAYS; the application
    cannot delete anything younger, by any SQL."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT core_audit_purge()")
        return int(cursor.fetchone()[0])
