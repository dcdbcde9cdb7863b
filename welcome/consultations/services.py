"""Writes of the Welcome Center: each service one transaction, each audited."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from core.audit import audit_log
from core.models import AuditAction, Organisation, User

from ..models import Consultation

M2M_FIELDS = ("topics", "referrals")


def consultation_create(*, counsellor: User, organisation: Organisation, data: dict[str, Any]) -> Consultation:
    fields = {k: v for k, v in data.items() if k not in M2M_FIELDS and k != "organisation"}
    with transaction.atomic():
        consultation = Consultation.objects.create(counsellor=counsellor, organisation=organisation, **fields)
        consultation.topics.set(data["topics"])
        consultation.referrals.set(data.get("referrals") or [])
        audit_log(actor=counsellor, action=AuditAction.CREATE, obj=consultation)
    return consultation


def consultation_update(
    *, actor: User, consultation: Consultation, data: dict[str, Any], changed: list[str]
) -> Consultation:
    fields = [k for k in changed if k not in M2M_FIELDS]
    with transaction.atomic():
        for name in fields:
            setattr(consultation, name, data[name])
        if fields:
            consultation.save(update_fields=[*fields, "updated_at"])
        for name in M2M_FIELDS:
            if name in changed:
                getattr(consultation, name).set(data[name])
        # Field names only: the values may be what the audit log must not hold.
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=consultation, detail={"fields": sorted(changed)})
    return consultation


def consultation_delete(*, actor: User, consultation: Consultation) -> None:
    with transaction.atomic():
        audit_log(actor=actor, action=AuditAction.DELETE, obj=consultation)
        consultation.delete()
