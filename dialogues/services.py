"""Writes of the dialogue team."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from core.audit import audit_log
from core.models import AuditAction, User
from core.services import instance_fill, instance_set_many

from .models import Dialogue, Initiative, Proposal, ProposalUpdate, SupportGroupActivity, SupportGroupMember


def dialogue_create(*, actor: User, data: dict[str, Any]) -> Dialogue:
    """A dialogue as DialogueForm checked it."""
    with transaction.atomic():
        dialogue = Dialogue.objects.create(**data)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=dialogue)
    return dialogue


def proposal_create(*, actor: User, dialogue: Dialogue, data: dict[str, Any]) -> Proposal:
    """A proposal raised in ``dialogue``, as ProposalForm checked it."""
    with transaction.atomic():
        proposal = Proposal.objects.create(dialogue=dialogue, **data)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=proposal)
    return proposal


def initiative_create(*, actor: User, data: dict[str, Any]) -> Initiative:
    with transaction.atomic():
        initiative = Initiative.objects.create(**data)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=initiative)
    return initiative


def support_group_member_create(*, actor: User, data: dict[str, Any]) -> SupportGroupMember:
    """A member of the Support Group, kept with their consent (``data`` holds its date)."""
    with transaction.atomic():
        member = SupportGroupMember.objects.create(**data)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=member)
    return member


def support_group_activity_create(*, actor: User, data: dict[str, Any]) -> SupportGroupActivity:
    """An activity and the members who took part (``data["members"]``)."""
    activity = SupportGroupActivity()
    many = instance_fill(activity, data)
    with transaction.atomic():
        activity.save()
        instance_set_many(activity, many)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=activity)
    return activity


def proposal_follow_up(*, actor: User, proposal: Proposal, status: str, outcome: str, note: str) -> Proposal:
    with transaction.atomic():
        proposal.status = status
        if outcome:
            proposal.outcome = outcome
        proposal.changed_at = timezone.now()
        proposal.save(update_fields=["status", "outcome", "changed_at"])
        ProposalUpdate.objects.create(proposal=proposal, status=status, note=note, author=actor)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=proposal, detail={"status": status})
    return proposal
