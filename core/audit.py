"""The one helper every app calls to write an audit entry."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.utils import timezone

from .models import AuditAction, AuditLog, Organisation


def _organisation_of(obj: models.Model | None, actor: Any) -> Organisation | None:
    org = getattr(obj, "organisation", None) if obj is not None else None
    if isinstance(org, Organisation):
        return org
    if actor is not None and getattr(actor, "is_authenticated", False):
        from .access import primary_organisation

        return primary_organisation(actor)
    return None


def audit_log(
    *,
    actor: Any,
    action: AuditAction | str,
    obj: models.Model | None = None,
    model: type[models.Model] | None = None,
    organisation: Organisation | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditLog:
    """Record that ``actor`` did ``action`` to ``obj`` (or to the records of ``model``)."""
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    target = obj
    content_type = None
    if target is not None:
        content_type = ContentType.objects.get_for_model(target, for_concrete_model=True)
    elif model is not None:
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
    return AuditLog.objects.create(
        actor=actor,
        organisation=organisation or _organisation_of(target, actor),
        action=str(action),
        content_type=content_type,
        object_id=str(target.pk) if target is not None else "",
        detail=detail or {},
    )


def audit_purge(*, older_than_days: int) -> int:
    """Delete entries past retention: the only deletion the database trigger lets through."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL portal.audit_purge = 'on'")
        cursor.execute(f"DELETE FROM {AuditLog._meta.db_table} WHERE at < %s", [cutoff])  # noqa: S608
        return cursor.rowcount
