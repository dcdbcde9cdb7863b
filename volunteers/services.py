"""Volunteer registration and approval; tandem matching, life cycle and erasure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from core.audit import audit_log
from core.mail import send_templated_after_commit
from core.models import AuditAction, District, Membership, Organisation, Role, User
from core.services import instance_fill, instance_set_many

from .models import CheckIn, Circle, CircleCount, Tandem, TandemRequest, Volunteer, VolunteerRole

if TYPE_CHECKING:
    from welcome.directory.models import DirectoryEntry
    from welcome.models import Consultation


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


def volunteer_approve(*, actor: User, volunteer: Volunteer, clearance_on: Any = None) -> Volunteer:
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


def tandem_propose(*, actor: User, organisation: Organisation, mentor: Volunteer, data: dict[str, Any]) -> Tandem:
    with transaction.atomic():
        tandem = Tandem.objects.create(organisation=organisation, mentor=mentor, **data)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=tandem)
    return tandem


def tandem_activate(*, actor: User, tandem: Tandem) -> Tandem:
    with transaction.atomic():
        Tandem.objects.filter(pk=tandem.pk, status=Tandem.Status.PROPOSED).update(
            status=Tandem.Status.ACTIVE, started_on=timezone.localdate())
        tandem.refresh_from_db()
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=tandem, detail={"status": tandem.status})
    return tandem


def tandem_end(*, actor: User, tandem: Tandem, reason: str) -> Tandem:
    with transaction.atomic():
        tandem.status = Tandem.Status.ENDED
        tandem.ended_on = timezone.localdate()
        tandem.end_reason = reason
        tandem.save(update_fields=["status", "ended_on", "end_reason"])
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=tandem, detail={"status": "ended"})
    return tandem


def tandem_check_in(*, actor: User, tandem: Tandem, note: str) -> CheckIn:
    with transaction.atomic():
        check_in = CheckIn.objects.create(tandem=tandem, note=note, author=actor)
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=tandem, detail={"check_in": check_in.pk})
    return check_in


def tandem_contacts_erase(*, older_than_days: int) -> int:
    """The newcomer's contact details go a set time after the tandem ended; the tandem stays counted."""
    cutoff = timezone.localdate() - timedelta(days=older_than_days)
    return Tandem.objects.filter(status=Tandem.Status.ENDED, ended_on__lt=cutoff, contact_erased_at=None).update(
        newcomer_contact="", newcomer_interests="", contact_erased_at=timezone.now())


# --- A newcomer's request for a Willkommens-Tandem ------------------------------------------------


class NoVolunteerCoordination(Exception):
    """No organisation coordinates volunteers: a request would reach nobody."""


class TandemRequestNotOpen(Exception):
    """The request was matched, withdrawn or expired in the meantime (another tab, another coordinator)."""


def _coordinating_organisation(district: District | None) -> Organisation:
    if district is not None and district.volunteer_organisation_id is not None:
        organisation = Organisation.objects.filter(pk=district.volunteer_organisation_id, is_active=True).first()
        if organisation is not None:
            return organisation
    coordinating = Membership.objects.active().filter(role=Role.VOLUNTEER_COORDINATOR).values("organisation_id")
    candidates = Organisation.objects.filter(is_active=True, id__in=coordinating).order_by("id")
    organisation = candidates.filter(kind=Organisation.Kind.CITY).first() or candidates.first()
    if organisation is None:
        raise NoVolunteerCoordination
    return organisation


def tandem_request_submit(*, data: dict[str, Any], ui_language: str, actor: User | None = None,
                          from_consultation: Consultation | None = None) -> TandemRequest:
    """A newcomer asks for a welcome mentor (``actor`` is the counsellor who passes the request on from
    ``from_consultation``, None on the public side). The district's volunteer coordination answers it,
    else the city's, else any organisation that coordinates volunteers."""
    organisation = _coordinating_organisation(data.get("district"))
    with transaction.atomic():
        tandem_request = TandemRequest.objects.create(
            organisation=organisation,
            languages=list(data["languages"]),
            district=data.get("district"),
            interests=data.get("interests", ""),
            help_wished=data.get("help_wished", ""),
            name=data.get("name", ""),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            ui_language=ui_language,
            from_consultation=from_consultation,
        )
        audit_log(actor=actor, action=AuditAction.CREATE, obj=tandem_request, organisation=organisation,
                  detail={"from_consultation": from_consultation.pk} if from_consultation else None)
        if tandem_request.email:
            send_templated_after_commit(
                template="volunteers/email/tandem_request_received",
                context={"tandem_request": tandem_request, "organisation": organisation.name,
                         "retention_days": settings.PORTAL_TANDEM_REQUEST_RETENTION_DAYS,
                         "max_days": settings.PORTAL_TANDEM_REQUEST_MAX_DAYS},
                to=[tandem_request.email], language=ui_language,
            )
    return tandem_request


def tandem_request_match(*, actor: User, tandem_request: TandemRequest, mentor: Volunteer) -> Tandem:
    """Propose a tandem for a request: the tandem takes the newcomer's side from the request, and the
    request is closed as matched."""
    with transaction.atomic():
        now = timezone.now()
        # Claim the request by a conditional UPDATE: a second click or a second coordinator gets nothing.
        claimed = TandemRequest.objects.filter(pk=tandem_request.pk, status=TandemRequest.Status.OPEN).update(
            status=TandemRequest.Status.MATCHED, closed_at=now)
        if not claimed:
            raise TandemRequestNotOpen
        tandem_request.refresh_from_db()
        contact = ", ".join(part for part in (tandem_request.name, tandem_request.email, tandem_request.phone)
                            if part)
        tandem = Tandem.objects.create(
            organisation=tandem_request.organisation, mentor=mentor,
            newcomer_reference=tandem_request.reference,
            newcomer_contact=contact[:200],
            newcomer_languages=list(tandem_request.languages),
            newcomer_district=tandem_request.district,
            newcomer_interests=tandem_request.interests,
            consent_given_on=tandem_request.consent_given_on,
        )
        tandem_request.tandem = tandem
        tandem_request.save(update_fields=["tandem"])
        audit_log(actor=actor, action=AuditAction.CREATE, obj=tandem, detail={"request": tandem_request.pk})
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=tandem_request,
                  detail={"status": TandemRequest.Status.MATCHED, "tandem": tandem.pk})
    return tandem


def tandem_request_withdraw(*, actor: User, tandem_request: TandemRequest) -> bool:
    """Withdraw an open request; False when it was no longer open."""
    with transaction.atomic():
        withdrawn = TandemRequest.objects.filter(pk=tandem_request.pk, status=TandemRequest.Status.OPEN).update(
            status=TandemRequest.Status.WITHDRAWN, closed_at=timezone.now())
        if withdrawn:
            tandem_request.refresh_from_db()
            audit_log(actor=actor, action=AuditAction.UPDATE, obj=tandem_request,
                      detail={"status": TandemRequest.Status.WITHDRAWN})
    return bool(withdrawn)


def tandem_requests_erase(*, now: datetime | None = None) -> dict[str, int]:
    """Erase the contact of requests matched or withdrawn more than PORTAL_TANDEM_REQUEST_RETENTION_DAYS
    ago; expire open requests older than PORTAL_TANDEM_REQUEST_MAX_DAYS and erase their contact."""
    now = now or timezone.now()
    erased_contact = {"name": "", "email": "", "phone": "", "contact_erased_at": now}
    with transaction.atomic():
        erased = TandemRequest.objects.filter(
            status__in=[TandemRequest.Status.MATCHED, TandemRequest.Status.WITHDRAWN],
            closed_at__lt=now - timedelta(days=settings.PORTAL_TANDEM_REQUEST_RETENTION_DAYS),
            contact_erased_at=None,
        ).update(**erased_contact)
        expired = TandemRequest.objects.filter(
            status=TandemRequest.Status.OPEN,
            created_at__lt=now - timedelta(days=settings.PORTAL_TANDEM_REQUEST_MAX_DAYS),
        ).update(status=TandemRequest.Status.EXPIRED, closed_at=now, **erased_contact)
        if erased or expired:
            audit_log(actor=None, action=AuditAction.ANONYMISE, model=TandemRequest,
                      detail={"contact_erased": erased, "expired": expired})
    return {"contact_erased": erased, "expired": expired}


# --- volunteer circles ------------------------------------------------------------------------

def circle_create(*, actor: User, data: dict[str, Any], publish: bool, organisation: Organisation | None) -> Circle:
    """A new circle or initiative as CircleForm checked it (``data["districts"]`` among its values);
    optionally in the public directory."""
    circle = Circle()
    many = instance_fill(circle, data)
    with transaction.atomic():
        circle.save()
        instance_set_many(circle, many)
        audit_log(actor=actor, action=AuditAction.CREATE, obj=circle)
        if publish and organisation is not None:
            circle_publish(actor=actor, circle=circle, organisation=organisation)
    return circle


def circle_count_record(*, actor: User, circle: Circle, on: date, members: int) -> CircleCount:
    with transaction.atomic():
        count, _created = CircleCount.objects.update_or_create(circle=circle, on=on, defaults={"members": members})
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=circle, detail={"count": True})
    return count


def circle_publish(*, actor: User | None, circle: Circle, organisation: Organisation) -> DirectoryEntry:
    """Show the circle in the Welcome Center's directory of offers (kind: volunteer circle).

    The contact person is a volunteer: their email goes public only with the recorded consent
    (the directory's database constraint holds the same rule)."""
    from welcome.directory.models import DirectoryEntry, EntryKind

    with transaction.atomic():
        entry = circle.directory_entry or DirectoryEntry(organisation=organisation, kind=EntryKind.VOLUNTEER_CIRCLE)
        entry.name_de = entry.name = circle.name
        entry.district = circle.districts.order_by("name").first()
        consent = circle.contact_consent_on is not None
        entry.contact_is_personal = True
        entry.contact_consent_on = circle.contact_consent_on
        entry.email = circle.contact_email if consent else ""
        entry.is_published = circle.dissolved_on is None
        entry.last_checked_on = timezone.localdate()
        entry.save()
        if circle.directory_entry_id != entry.pk:
            circle.directory_entry = entry
            circle.save(update_fields=["directory_entry"])
        audit_log(actor=actor, action=AuditAction.UPDATE, obj=circle, detail={"published": True})
    return entry
