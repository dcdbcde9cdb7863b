"""Writes of the refugees app: occupancy figures, one month or many (import)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from core.audit import audit_log
from core.models import AuditAction, Organisation, User
from core.services import instance_fill, instance_set_many

from .models import (
    Accommodation,
    FimGrant,
    FimPlacement,
    Goal,
    IntegrationPlan,
    IntegrationStaffing,
    Movement,
    Occupancy,
    ProgressNote,
    Quota,
)


def occupancy_save(*, actor: User, accommodation: Accommodation, data: dict[str, Any]) -> Occupancy:
    with transaction.atomic():
        occupancy, created = Occupancy.objects.update_or_create(
            accommodation=accommodation, month=data["month"],
            defaults={**{k: v for k, v in data.items() if k != "month"}, "updated_by": actor},
        )
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=occupancy,
                  organisation=accommodation.operator)
    return occupancy


def accommodation_save(*, actor: User, accommodation: Accommodation | None,
                       data: dict[str, Any] | None = None) -> Accommodation:
    """Create (``accommodation`` None) or change an accommodation with ``data``, the values
    AccommodationForm checked; the import hands over accommodations its check already filled in."""
    accommodation = accommodation or Accommodation()
    many = instance_fill(accommodation, data or {})
    created = accommodation._state.adding
    with transaction.atomic():
        accommodation.save()
        instance_set_many(accommodation, many)
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=accommodation,
                  organisation=accommodation.operator)
    return accommodation


def fim_grant_save(*, actor: User, grant: FimGrant | None, data: dict[str, Any]) -> FimGrant:
    """Create (``grant`` None) or change a FIM grant with the values FimGrantForm checked."""
    grant = grant or FimGrant()
    instance_fill(grant, data)
    created = grant._state.adding
    with transaction.atomic():
        grant.save()
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=grant)
    return grant


def fim_placement_save(*, actor: User, data: dict[str, Any]) -> FimPlacement:
    """A new FIM placement with the values FimPlacementForm checked."""
    placement = FimPlacement()
    instance_fill(placement, data)
    created = True
    with transaction.atomic():
        placement.save()
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=placement)
    return placement


def plan_create(*, actor: User, organisation: Organisation, data: dict[str, Any]) -> IntegrationPlan:
    with transaction.atomic():
        plan = IntegrationPlan.objects.create(organisation=organisation, manager=actor, **data)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=plan)
    return plan


def goal_add(*, actor: User, plan: IntegrationPlan, data: dict[str, Any]) -> Goal:
    with transaction.atomic():
        goal = Goal.objects.create(plan=plan, **data)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=plan, detail={"goal": goal.pk})
    return goal


def goal_update(*, actor: User, goal: Goal, status: str, note: str) -> Goal:
    with transaction.atomic():
        goal.status = status
        goal.changed_at = timezone.now()
        goal.save(update_fields=["status", "changed_at"])
        if note:
            ProgressNote.objects.create(goal=goal, text=note, author=actor)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=goal.plan, detail={"goal": goal.pk, "status": status})
    return goal


def plan_export(*, actor: User, plan: IntegrationPlan) -> dict[str, Any]:
    """Everything the portal holds on this person (GDPR Art. 15), as plain data."""
    audit_log(actor=actor, action=AuditAction.EXPORT, obj=plan, detail={"subject_access": True})
    return {
        "reference": plan.reference, "year_of_birth": plan.birth_year, "country_of_origin": plan.country_of_origin,
        "languages": plan.languages, "accommodation": plan.accommodation.name if plan.accommodation else None,
        "children": plan.children, "started_on": plan.started_on.isoformat(),
        "consent": {"purpose": plan.consent_purpose,
                    "given_on": plan.consent_given_on.isoformat() if plan.consent_given_on else None,
                    "withdrawn_on": plan.consent_withdrawn_on.isoformat() if plan.consent_withdrawn_on else None},
        "organisation": plan.organisation.name, "closed_on": plan.closed_on.isoformat() if plan.closed_on else None,
        "goals": [
            {"field": g.field, "goal": g.description, "target_date": g.target_date.isoformat() if g.target_date else None,
             "status": g.status, "notes": [{"date": n.written_on.isoformat(), "text": n.text} for n in g.notes.all()]}
            for g in plan.goals.prefetch_related("notes")
        ],
    }


def plan_anonymise(*, actor: User | None, plan: IntegrationPlan) -> IntegrationPlan:
    """Erasure by anonymisation (GDPR Art. 17): every personal field goes; the plan, its goals'
    fields and statuses stay, so the statistics stay right."""
    with transaction.atomic():
        ProgressNote.objects.filter(goal__plan=plan).update(text="")
        plan.goals.update(description="")
        for name, value in {"reference": "", "birth_year": None, "country_of_origin": "", "languages": "",
                            "accommodation": None, "consent_purpose": "", "anonymised_at": timezone.now()}.items():
            setattr(plan, name, value)
        plan.save(update_fields=["reference", "birth_year", "country_of_origin", "languages", "accommodation",
                                 "consent_purpose", "anonymised_at"])
        audit_log(actor=actor, action=AuditAction.ANONYMISE, obj=plan)
    return plan


def plans_anonymise_closed(*, older_than_days: int) -> int:
    cutoff = timezone.localdate() - timedelta(days=older_than_days)
    count = 0
    for plan in IntegrationPlan.objects.filter(closed_on__lt=cutoff, anonymised_at=None):
        plan_anonymise(actor=None, plan=plan)
        count += 1
    return count


def plan_consent_withdraw(*, actor: User, plan: IntegrationPlan) -> IntegrationPlan:
    """Without consent there is no basis to keep the data: the plan is closed and anonymised;
    the date of the withdrawal stays as the record that it happened."""
    with transaction.atomic():
        today = timezone.localdate()
        plan.consent_withdrawn_on = today
        plan.closed_on = plan.closed_on or today
        plan.save(update_fields=["consent_withdrawn_on", "closed_on"])
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=plan, detail={"consent": "withdrawn"})
        return plan_anonymise(actor=actor, plan=plan)


def movement_record(*, actor: User, month: date, stage: str, direction: str, reason: str, people: int) -> Movement:
    """Record one month's figure; a second entry for the same month, stage and reason replaces it."""
    with transaction.atomic():
        movement, created = Movement.objects.update_or_create(
            month=month.replace(day=1), stage=stage, direction=direction, reason=reason,
            defaults={"people": people, "updated_by": actor, "updated_at": timezone.now()})
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=movement)
    return movement


def quota_record(*, actor: User, valid_from: date, percent: Decimal, basis: str) -> Quota:
    with transaction.atomic():
        quota, created = Quota.objects.update_or_create(valid_from=valid_from,
                                                        defaults={"percent": percent, "basis": basis})
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=quota)
    return quota


def staffing_record(*, actor: User, organisation: Organisation, year: int, posts: Decimal, managers: int,
                    people_reached: int, children_reached: int) -> IntegrationStaffing:
    """Record an organisation's staffing for a year; a second entry for the same year replaces it."""
    with transaction.atomic():
        staffing, created = IntegrationStaffing.objects.update_or_create(
            organisation=organisation, year=year,
            defaults={"posts": posts, "managers": managers, "people_reached": people_reached,
                      "children_reached": children_reached, "updated_by": actor, "updated_at": timezone.now()})
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=staffing,
                  organisation=organisation)
    return staffing
