"""Reads for the public pages: places with their hours, closures ahead, the legal pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.access import has_role, is_city_admin
from core.models import Role, User
from core.translation_status import ShownText, TranslationState, TranslationTracked

from ..booking.slots import public_holidays
from ..directory.access import directory_entries_for_user
from ..events.access import group_events_for_user
from ..models import Appointment, CentreClosure, Channel, ConsultationLanguage, CounsellorOffer, Topic
from .models import ChannelInstruction, LegalPage, LegalSection, OpeningHours, Place

CLOSURES_AHEAD_DAYS = 60


@dataclass(frozen=True)
class ClosedDay:
    day: date
    reason: str  # a public holiday's name (German, from the holidays package) or the closure's reason
    is_holiday: bool
    closure: CentreClosure | None = None


def places_public() -> list[Place]:
    return list(Place.objects.public())


def closed_days_ahead(*, start: date | None = None, days: int = CLOSURES_AHEAD_DAYS) -> list[ClosedDay]:
    """Centre closures and Baden-Württemberg public holidays in the coming weeks, in date order."""
    start = start or timezone.localdate()
    end = start + timedelta(days=days)
    found = [ClosedDay(c.date, "", False, c)
             for c in CentreClosure.objects.filter(date__gte=start, date__lt=end).order_by("date")]
    known = {c.day for c in found}
    for year in {start.year, end.year}:
        for day, name in public_holidays(year).items():
            if start <= day < end and day not in known and day.weekday() < 5:
                found.append(ClosedDay(day, name, True))
    return sorted(found, key=lambda c: c.day)


def open_today(place: Place, *, closed: list[ClosedDay], now: datetime | None = None) -> tuple[
        list[OpeningHours], ClosedDay | None]:
    """Today's hours of a place, or why it is closed today."""
    today = timezone.localtime(now).date() if now else timezone.localdate()
    reason = next((c for c in closed if c.day == today), None)
    if reason:
        return [], reason
    return [h for h in place.hours.all() if h.weekday == today.weekday()], None


def legal_page(kind: str) -> LegalPage | None:
    return (LegalPage.objects.filter(kind=kind)
            .prefetch_related(Prefetch("sections", queryset=LegalSection.objects.order_by("sort_order", "id")))
            .first())


# --- translation status ------------------------------------------------------------------------

@dataclass(frozen=True)
class TranslationSource:
    label: str
    items: Callable[[], Iterable[TranslationTracked]]
    edit_url: Callable[[Any], str]


@dataclass(frozen=True)
class TranslationRow:
    item: TranslationTracked
    label: str
    edit_url: str
    states: list[tuple[str, TranslationState]]


def _admin_url(name: str) -> Callable[[Any], str]:
    return lambda obj: reverse(f"admin:welcome_{name}_change", args=[obj.pk])


def translation_sources(user: User) -> dict[str, TranslationSource]:
    """What the user keeps in 12 languages: admins everything public, directory editors their
    entries, counsellors their organisations' events."""
    sources: dict[str, TranslationSource] = {}
    if is_city_admin(user):
        sources["places"] = TranslationSource(str(_("Places")), lambda: Place.objects.all(), _admin_url("place"))
        sources["topics"] = TranslationSource(str(_("Topics and what to bring")), lambda: Topic.objects.all(),
                                              _admin_url("topic"))
        sources["channels"] = TranslationSource(str(_("How each channel works")),
                                                lambda: ChannelInstruction.objects.all(),
                                                _admin_url("channelinstruction"))
        sources["legal"] = TranslationSource(str(_("Legal pages")), lambda: LegalPage.objects.exclude(kind=LegalPage.Kind.EASY_LANGUAGE),
                                             _admin_url("legalpage"))
        sources["legal-sections"] = TranslationSource(
            str(_("Sections of the legal pages")), lambda: LegalSection.objects.select_related("page").exclude(page__kind=LegalPage.Kind.EASY_LANGUAGE),
            lambda obj: reverse("admin:welcome_legalpage_change", args=[obj.page_id]))
    if directory_entries_for_user(user).exists() or has_role(user, Role.DIRECTORY_EDITOR):
        sources["directory"] = TranslationSource(
            str(_("Directory entries")), lambda: directory_entries_for_user(user).order_by("name", "id"),
            lambda obj: reverse("welcome:staff_directory_edit", args=[obj.pk]))
    if has_role(user, Role.ADMIN, Role.COUNSELLOR):
        sources["events"] = TranslationSource(
            str(_("Group events")),
            lambda: group_events_for_user(user).filter(starts_at__gte=timezone.now()).order_by("starts_at"),
            lambda obj: reverse("welcome:staff_event_edit", args=[obj.pk]))
    return sources


def translation_rows(source: TranslationSource, *, state: str = "", lang: str = "") -> list[TranslationRow]:
    codes = [code for code, _name in settings.LANGUAGES]
    rows = []
    for item in source.items():
        states = [(code, item.translation_state(code)) for code in codes]
        if state and not any(s == state and (not lang or code == lang) for code, s in states):
            continue
        rows.append(TranslationRow(item, str(item), source.edit_url(item), states))
    return rows


# --- what a newcomer is told about an appointment ------------------------------------------------

def default_place() -> Place | None:
    return Place.objects.filter(is_active=True).order_by("sort_order", "id").first()


def offer_for_slot(*, counsellor_id: int, organisation_id: int | None = None) -> CounsellorOffer | None:
    offers = CounsellorOffer.objects.filter(counsellor_id=counsellor_id, is_active=True).select_related("place")
    if organisation_id is not None:
        offers = offers.filter(organisation_id=organisation_id)
    return offers.order_by("id").first()


@dataclass(frozen=True)
class AppointmentDetails:
    """Where, how and what to bring, in the language active while it is read (the newcomer's)."""

    channel: str
    place: Place | None
    instructions: ShownText | None
    what_to_bring: ShownText | None
    join_url: str
    phone: str

    @property
    def place_line(self) -> str:
        if self.place is None:
            return ""
        parts = [self.place.shown("name").text]
        if self.place.building:
            parts.append(self.place.shown("building").text)
        parts.append(self.place.one_line_address)
        return ", ".join(parts)


def appointment_details(appointment: Appointment) -> AppointmentDetails:
    instruction = ChannelInstruction.objects.filter(channel=appointment.channel).first()
    topic = appointment.topic
    bring = topic.shown("what_to_bring") if topic.what_to_bring_de else None
    # The link to join is for the newcomer's own eyes: only once the appointment is confirmed.
    join = appointment.online_url if appointment.status in (Appointment.Status.CONFIRMED,) else ""
    return AppointmentDetails(
        channel=appointment.channel,
        place=appointment.place if appointment.channel == Channel.IN_PERSON else None,
        instructions=instruction.shown("text") if instruction else None,
        what_to_bring=bring,
        join_url=join if appointment.channel == Channel.ONLINE else "",
        phone=appointment.phone if appointment.channel == Channel.PHONE else "",
    )


def booking_preview(*, topic: Topic, channel: str, counsellor_id: int | None) -> dict[str, Any]:
    """What the contact page tells before the newcomer confirms: the place (in person), how the
    channel works and what to bring."""
    place = None
    if channel == Channel.IN_PERSON:
        offer = offer_for_slot(counsellor_id=counsellor_id) if counsellor_id else None
        place = offer.place if offer and offer.place_id else default_place()
    instruction = ChannelInstruction.objects.filter(channel=channel).first()
    return {"place": place, "instructions": instruction, "topic": topic}


@dataclass(frozen=True)
class Alternatives:
    offered: bool  # somebody offers this topic in this language and channel
    languages: list[tuple[str, str]]  # other languages offered for the topic and channel
    channels: list[tuple[str, str]]  # other channels offered for the topic and language


def booking_alternatives(*, topic: Topic, language: str, channel: str) -> Alternatives:
    rows = list(CounsellorOffer.objects.filter(is_active=True, topics=topic).values_list("languages", "channels"))
    offered = any(language in langs and channel in chans for langs, chans in rows)
    other_languages = {lang for langs, chans in rows if channel in chans for lang in langs} - {language}
    other_channels = {chan for langs, chans in rows if language in langs for chan in chans} - {channel}
    return Alternatives(
        offered=offered,
        languages=[(code, str(label)) for code, label in ConsultationLanguage.choices if code in other_languages],
        channels=[(code, str(label)) for code, label in Channel.choices if code in other_channels],
    )
