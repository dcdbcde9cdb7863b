"""Appointments: counsellors' availability and the newcomers' bookings.

The database guarantees that a counsellor never has two overlapping held or confirmed
appointments: a PostgreSQL exclusion constraint over (counsellor, time range).
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import ArrayField, RangeBoundary, RangeOperators
from django.db import models
from django.db.models import Func, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.languages import ConsultationLanguage
from core.models import Organisation

from ..models.catalogues import Channel, Topic

APPOINTMENT_NO_OVERLAP = "appointment_no_overlap"


class TsTzRange(Func):
    function = "TSTZRANGE"
    output_field = models.DateTimeField()  # only used inside the constraint


class CounsellorOffer(models.Model):
    """What one counsellor offers for booking: languages, channels, topics."""

    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="offers",
                                   verbose_name=_("counsellor"))
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+",
                                     verbose_name=_("organisation"))
    languages = ArrayField(models.CharField(max_length=8, choices=ConsultationLanguage.choices),
                           verbose_name=_("languages"))
    channels = ArrayField(models.CharField(max_length=12, choices=Channel.choices), verbose_name=_("channels"))
    topics = models.ManyToManyField(Topic, related_name="offers", verbose_name=_("topics"))
    is_active = models.BooleanField(_("bookable"), default=True)
    place = models.ForeignKey("welcome.Place", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                              verbose_name=_("place for appointments in person"))
    online_url = models.URLField(_("link to join online appointments"), blank=True,
                                 help_text=_("Sent only in the confirmed mail and shown on the newcomer's own page."))

    class Meta:
        verbose_name = _("booking offer")
        verbose_name_plural = _("booking offers")
        constraints = [
            models.UniqueConstraint(fields=["counsellor", "organisation"], name="offer_once_per_counsellor_org",
                                    violation_error_message=_("This counsellor already has an offer here.")),
        ]

    def __str__(self) -> str:
        return f"{self.counsellor} ({self.organisation})"


class WeeklyHours(models.Model):
    """A block of regular hours on one weekday (Europe/Berlin wall-clock time); breaks are gaps."""

    offer = models.ForeignKey(CounsellorOffer, on_delete=models.CASCADE, related_name="hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=[
        (0, _("Monday")), (1, _("Tuesday")), (2, _("Wednesday")), (3, _("Thursday")), (4, _("Friday")),
        (5, _("Saturday")), (6, _("Sunday")),
    ])
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))

    class Meta:
        ordering = ["weekday", "starts"]
        verbose_name = _("weekly hours")
        verbose_name_plural = _("weekly hours")
        constraints = [
            models.CheckConstraint(condition=Q(ends__gt=models.F("starts")), name="weeklyhours_ends_after_start",
                                   violation_error_message=_("The hours must end after they start.")),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.starts:%H:%M}–{self.ends:%H:%M}"


class AvailabilityException(models.Model):
    """An absence (no appointments) or extra hours on one date."""

    class Kind(models.TextChoices):
        ABSENCE = "absence", _("absence")
        EXTRA = "extra", _("extra hours")

    offer = models.ForeignKey(CounsellorOffer, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    starts = models.TimeField(_("from"), null=True, blank=True, help_text=_("Empty: the whole day."))
    ends = models.TimeField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["date", "starts"]
        verbose_name = _("availability exception")
        verbose_name_plural = _("availability exceptions")

    def __str__(self) -> str:
        return f"{self.date} {self.kind}"


class CentreClosure(models.Model):
    # The reason is shown on the contact page, translated (welcome/translation.py).
    """A day the centre is closed (besides public holidays, which the holidays package knows)."""

    date = models.DateField(_("date"), unique=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("centre closure")
        verbose_name_plural = _("centre closures")

    def __str__(self) -> str:
        return str(self.date)


def _token() -> str:
    return secrets.token_urlsafe(32)


class Appointment(models.Model):
    class Status(models.TextChoices):
        HELD = "held", _("awaiting email confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        CANCELLED = "cancelled", _("cancelled")
        EXPIRED = "expired", _("expired")
        ATTENDED = "attended", _("held")
        NO_SHOW = "no_show", _("no-show")

    BLOCKING = (Status.HELD, Status.CONFIRMED)

    counsellor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="appointments",
                                   verbose_name=_("counsellor"))
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="appointments",
                                     verbose_name=_("organisation"))
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="appointments", verbose_name=_("topic"))
    language = models.CharField(_("language of the consultation"), max_length=8,
                                choices=ConsultationLanguage.choices)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.HELD)
    # Where it happens (in person) or how to join (online): copied from the offer when booked.
    place = models.ForeignKey("welcome.Place", on_delete=models.PROTECT, null=True, blank=True,
                              related_name="appointments", verbose_name=_("place"))
    online_url = models.URLField(_("link to join"), blank=True)
    hold_expires_at = models.DateTimeField(_("hold expires"), null=True, blank=True)
    # Contact details: erased a set number of days after the appointment (PORTAL_CONTACT_RETENTION_DAYS).
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    ui_language = models.CharField(_("language of the emails"), max_length=8, choices=settings.LANGUAGES)
    token = models.CharField(max_length=64, unique=True, default=_token, editable=False)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    contact_erased_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("booked"), default=timezone.now)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        indexes = [
            models.Index(fields=["counsellor", "starts_at"], name="appointment_counsellor_idx"),
            models.Index(fields=["status", "hold_expires_at"], name="appointment_hold_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="appointment_ends_after_start",
                                   violation_error_message=_("An appointment must end after it starts.")),
            ExclusionConstraint(
                name=APPOINTMENT_NO_OVERLAP,
                expressions=[
                    ("counsellor", RangeOperators.EQUAL),
                    (TsTzRange("starts_at", "ends_at", RangeBoundary()), RangeOperators.OVERLAPS),
                ],
                condition=Q(status__in=["held", "confirmed"]),
                violation_error_message=_("This time has just been taken."),
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"


class WaitingListEntry(models.Model):
    """A newcomer waiting for a time for a topic and language; a freed slot is offered in turn."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("waiting")
        OFFERED = "offered", _("time offered")
        BOOKED = "booked", pgettext_lazy("waiting list status", "booked")
        LAPSED = "lapsed", _("offer lapsed")
        LEFT = "left", _("left the list")

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+", verbose_name=_("topic"))
    language = models.CharField(_("language of the consultation"), max_length=8,
                                choices=ConsultationLanguage.choices)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    email = models.EmailField(_("email address"))
    ui_language = models.CharField(_("language of the emails"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.WAITING)
    offered = models.OneToOneField(Appointment, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=_token, editable=False)
    created_at = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("waiting-list entry")
        verbose_name_plural = _("waiting list")
        indexes = [models.Index(fields=["topic", "language", "channel", "status", "created_at"],
                                name="waitinglist_queue_idx")]

    def __str__(self) -> str:
        return f"#{self.pk}"
