"""Writes of the dialogue team."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from core.audit import audit_log
from core.models import AuditAction

from .models import Proposal, ProposalUpdate


def proposal_follow_up(*, actor: Any, proposal: Proposal, status: str, outcome: str, note: str) -> Proposal:
    with transaction.atomic():
        proposal.status = status
        if outcome:
            proposal.outcome = outcome
        proposal.changed_at = timezone.now()
        proposal.save(update_fields=["status", "outcome", "changed_at"])
        ProposalUpdate.objects.create(proposal=proposal, status=status, note=note, author=actor)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=proposal, detail={"status": status})
    return proposal
