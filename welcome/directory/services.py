"""Writes of the directory: each one transaction with its audit entry."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from core.audit import audit_log
from core.mail import send_templated_after_commit
from core.models import AuditAction, ImportPreview, Organisation, User
from core.services import import_preview_take, instance_fill, instance_set_many

from ..models import Consultation
from .models import DirectoryEntry


def directory_entry_save(*, actor: User, entry: DirectoryEntry | None, data: dict[str, Any]) -> DirectoryEntry:
    """Create (``entry`` None) or change an entry with the values DirectoryEntryForm checked."""
    created = entry is None
    entry = entry or DirectoryEntry()
    many = instance_fill(entry, data)
    with transaction.atomic():
        entry.save()
        instance_set_many(entry, many)
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=entry)
    return entry


def directory_entry_mark_checked(*, actor: User, entry: DirectoryEntry) -> DirectoryEntry:
    """Somebody looked at the entry and it is still right: it stays in the public list."""
    with transaction.atomic():
        entry.last_checked_on = timezone.localdate()
        entry.save(update_fields=["last_checked_on"])
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=entry, detail={"checked": True})
    return entry


def directory_entry_delete(*, actor: User, entry: DirectoryEntry) -> None:
    with transaction.atomic():
        audit_log(actor=actor, action=AuditAction.DELETE, obj=entry)
        entry.delete()


def directory_import(*, actor: User, organisation: Organisation, rows: list[dict[str, Any]],
                     preview: ImportPreview) -> tuple[int, int] | None:
    """Create or change the entries of a validated import, all or nothing, and use up its preview.
    Returns (created, changed); None, writing nothing, when another confirmation took the preview first."""
    created = changed = 0
    with transaction.atomic():
        if not import_preview_take(preview=preview):
            return None
        for row in rows:
            entry: DirectoryEntry = row["entry"]
            is_new = entry._state.adding
            entry.organisation = organisation
            entry.save()
            entry.target_groups.set(row["target_groups"])
            created += is_new
            changed += not is_new
        audit_log(actor=actor, action=AuditAction.CREATE, model=DirectoryEntry, organisation=organisation,
                  detail={"import": True, "created": created, "changed": changed})
    return created, changed


def consultation_referrals_set(*, actor: User, consultation: Consultation, entries: list[DirectoryEntry]) -> None:
    """The offers a counsellor recommended in a consultation (counted in the statistics)."""
    with transaction.atomic():
        consultation.directory_referrals.set(entries)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=consultation,
                  detail={"directory_referrals": len(entries)})


def offers_list_send(*, actor: User, consultation: Consultation, email: str, language: str, base_url: str) -> int:
    """Mail the recommended offers to the newcomer in their language. The address goes into the
    mail and nowhere else: not into the consultation, not into the audit log."""
    entries = list(consultation.directory_referrals.select_related("district").order_by("name"))
    with translation.override(language):
        links = {e.pk: base_url.rstrip("/") + reverse("welcome:directory_entry", args=[e.pk]) for e in entries}
    with transaction.atomic():
        send_templated_after_commit(template="welcome/directory/email/offers_list", to=[email], language=language,
                                    context={"entries": entries, "links": links})
        audit_log(actor=actor, action=AuditAction.EXPORT, obj=consultation,
                  detail={"offers_list_mailed": len(entries), "language": language})
    return len(entries)
