"""Writes of the refugees app: occupancy figures, one month or many (import)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import tablib
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.audit import audit_log
from core.models import AuditAction

from .models import Accommodation, Goal, IntegrationPlan, Occupancy, ProgressNote
from .resources import OccupancyResource


def occupancy_save(*, actor: Any, accommodation: Accommodation, data: dict[str, Any]) -> Occupancy:
    with transaction.atomic():
        occupancy, created = Occupancy.objects.update_or_create(
            accommodation=accommodation, month=data["month"],
            defaults={**{k: v for k, v in data.items() if k != "month"}, "updated_by": actor},
        )
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=occupancy,
                  organisation=accommodation.operator)
    return occupancy


class ImportFileError(Exception):
    pass


def load_spreadsheet(name: str, content: bytes) -> tablib.Dataset:
    """CSV or XLSX into a dataset; anything else is a clear error, not a crash."""
    lower = name.lower()
    try:
        if lower.endswith(".xlsx"):
            return tablib.Dataset().load(content, format="xlsx")
        if lower.endswith(".csv"):
            text = content.decode("utf-8-sig")
            if "\x00" in text:
                raise ValueError("binary")
            return tablib.Dataset().load(text, format="csv")
    except Exception as exc:  # noqa: BLE001 - every unreadable file gets the same answer
        raise ImportFileError(_("The file could not be read as a spreadsheet.")) from exc
    raise ImportFileError(_("Please upload a CSV or XLSX file."))


def occupancy_import(*, actor: Any, allowed: list[Accommodation], dataset: tablib.Dataset, dry_run: bool) -> Any:
    resource = OccupancyResource(allowed=allowed, user=actor)
    return resource.import_data(dataset, dry_run=dry_run, use_transactions=True, collect_failed_rows=True)


def plan_create(*, actor: Any, organisation: Any, data: dict[str, Any]) -> IntegrationPlan:
    with transaction.atomic():
        plan = IntegrationPlan.objects.create(organisation=organisation, manager=actor, **data)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=plan)
    return plan


def goal_add(*, actor: Any, plan: IntegrationPlan, data: dict[str, Any]) -> Goal:
    with transaction.atomic():
        goal = Goal.objects.create(plan=plan, **data)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=plan, detail={"goal": goal.pk})
    return goal


def goal_update(*, actor: Any, goal: Goal, status: str, note: str) -> Goal:
    with transaction.atomic():
        goal.status = status
        goal.changed_at = timezone.now()
        goal.save(update_fields=["status", "changed_at"])
        if note:
            ProgressNote.objects.create(goal=goal, text=note, author=actor)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=goal.plan, detail={"goal": goal.pk, "status": status})
    return goal


def plan_export(*, actor: Any, plan: IntegrationPlan) -> dict[str, Any]:
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


def plan_anonymise(*, actor: Any, plan: IntegrationPlan) -> IntegrationPlan:
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


def plan_consent_withdraw(*, actor: Any, plan: IntegrationPlan) -> IntegrationPlan:
    """Without consent there is no basis to keep the data: the plan is closed and anonymised;
    the date of the withdrawal stays as the record that it happened."""
    with transaction.atomic():
        today = timezone.localdate()
        plan.consent_withdrawn_on = today
        plan.closed_on = plan.closed_on or today
        plan.save(update_fields=["consent_withdrawn_on", "closed_on"])
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=plan, detail={"consent": "withdrawn"})
        return plan_anonymise(actor=actor, plan=plan)
