"""Volunteer registration and approval; tandem matching, life cycle and erasure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from core.audit import audit_log
from core.models import AuditAction, Organisation

from .models import CheckIn, Tandem, Volunteer, VolunteerRole


def volunteer_register(*, data: dict[str, Any]) -> Volunteer:
    """A public registration waits for a coordinator's approval."""
    organisation = Organisation.objects.filter(kind=Organisation.Kind.CITY, is_active=True).order_by("id").first()
    if organisation is None:
        raise RuntimeError("no city organisation to coordinate volunteers")
    with transaction.atomic():
        volunteer = Volunteer.objects.create(organisation=organisation, status=Volunteer.Status.PENDING, **data)
        audit_log(actor=None, action=AuditAction.CREATE, obj=volunteer, organisation=organisation)
    return volunteer


class ClearanceMissing(Exception):
    pass


def volunteer_approve(*, actor: Any, volunteer: Volunteer, clearance_on: Any = None) -> Volunteer:
    """Approval; a role that needs a police clearance certificate needs its date first."""
    with transaction.atomic():
        if clearance_on:
            volunteer.police_clearance_on = clearance_on
        if volunteer.needs_clearance:
            raise ClearanceMissing
        volunteer.status = Volunteer.Status.ACTIVE
        volunteer.active_since = volunteer.active_since or timezone.localdate()
        volunteer.save(update_fields=["status", "active_since", "police_clearance_on"])
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=volunteer, detail={"status": "active"})
    return volunteer


@dataclass
class Suggestion:
    mentor: Volunteer
    score: int
    shared_languages: list[str]
    same_district: bool
    shared_interests: list[str]


def _words(text: str) -> set[str]:
    return {w.strip(".,;:").lower() for w in text.split() if len(w.strip(".,;:")) > 3}


def tandem_suggestions(*, mentors: QuerySet[Volunteer], languages: list[str], district_id: int | None,
                       interests: str, limit: int = 10) -> list[Suggestion]:
    """Free welcome mentors ranked by shared languages (3 each), the same district (2) and shared
    interests (1 per word)."""
    busy = Tandem.objects.filter(status__in=[Tandem.Status.PROPOSED, Tandem.Status.ACTIVE]).values("mentor_id")
    candidates = mentors.filter(status=Volunteer.Status.ACTIVE, roles__contains=[VolunteerRole.WELCOME_MENTOR]) \
        .exclude(id__in=busy)
    wanted = _words(interests)
    ranked = []
    for mentor in candidates:
        langs = sorted(set(mentor.languages) & set(languages))
        same = district_id is not None and mentor.district_id == district_id
        shared = sorted(_words(mentor.interests) & wanted)
        score = 3 * len(langs) + (2 if same else 0) + len(shared)
        ranked.append(Suggestion(mentor, score, langs, same, shared))
    ranked.sort(key=lambda s: (-s.score, s.mentor.name))
    return ranked[:limit]


def tandem_propose(*, actor: Any, organisation: Organisation, mentor: Volunteer, data: dict[str, Any]) -> Tandem:
    with transaction.atomic():
        tandem = Tandem.objects.create(organisation=organisation, mentor=mentor, **data)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=tandem)
    return tandem


def tandem_activate(*, actor: Any, tandem: Tandem) -> Tandem:
    with transaction.atomic():
        Tandem.objects.filter(pk=tandem.pk, status=Tandem.Status.PROPOSED).update(
            status=Tandem.Status.ACTIVE, started_on=timezone.localdate())
        tandem.refresh_from_db()
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=tandem, detail={"status": tandem.status})
    return tandem


def tandem_end(*, actor: Any, tandem: Tandem, reason: str) -> Tandem:
    with transaction.atomic():
        tandem.status = Tandem.Status.ENDED
        tandem.ended_on = timezone.localdate()
        tandem.end_reason = reason
        tandem.save(update_fields=["status", "ended_on", "end_reason"])
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=tandem, detail={"status": "ended"})
    return tandem


def tandem_check_in(*, actor: Any, tandem: Tandem, note: str) -> CheckIn:
    with transaction.atomic():
        check_in = CheckIn.objects.create(tandem=tandem, note=note, author=actor)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=tandem, detail={"check_in": check_in.pk})
    return check_in


def tandem_contacts_erase(*, older_than_days: int) -> int:
    """The newcomer's contact details go a set time after the tandem ended; the tandem stays counted."""
    cutoff = timezone.localdate() - timedelta(days=older_than_days)
    return Tandem.objects.filter(status=Tandem.Status.ENDED, ended_on__lt=cutoff, contact_erased_at=None).update(
        newcomer_contact="", newcomer_interests="", contact_erased_at=timezone.now())
