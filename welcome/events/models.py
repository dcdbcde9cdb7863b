from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import Organisation
from core.translation_status import TranslationTracked

from ..models.catalogues import Topic


class EventFormat(models.TextChoices):
    INFO_EVENING = "info_evening", _("Information evening")
    WORKSHOP = "workshop", _("Workshop")
    STUDENTS_CLUB = "students_club", _("Students Welcome Club")
    YOUR_START = "your_start", _("Your start in Stuttgart")
    YOUR_FUTURE = "your_future", _("Your future in Stuttgart")
    GET_TOGETHER = "get_together", _("Newcomers' get-together")


class GroupEventQuerySet(models.QuerySet["GroupEvent"]):
    def public(self) -> GroupEventQuerySet:
        return self.filter(is_published=True, starts_at__gte=timezone.now()).order_by("starts_at")

    def with_counts(self) -> GroupEventQuerySet:
        """Confirmed, waiting and attended registrations per event, in the one query that lists them."""
        status = "registrations__status"
        return self.annotate(
            confirmed=models.Count("registrations", filter=models.Q(**{status: Registration.Status.CONFIRMED})),
            waiting=models.Count("registrations", filter=models.Q(**{status: Registration.Status.WAITING})),
            attended_count=models.Count("registrations", filter=models.Q(registrations__attended=True)),
        )


class GroupEventManager(models.Manager["GroupEvent"]):
    def get_queryset(self) -> GroupEventQuerySet:
        return GroupEventQuerySet(self.model, using=self._db)

    def public(self) -> GroupEventQuerySet:
        return self.get_queryset().public()


class GroupEvent(TranslationTracked):
    """A themed group event (Gruppenveranstaltung) with public registration."""

    tracked_fields = ("title", "description")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="group_events", verbose_name=_("organiser")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    format = models.CharField(_("format"), max_length=20, choices=EventFormat.choices)
    theme = models.ForeignKey(
        Topic, on_delete=models.PROTECT, null=True, blank=True, related_name="group_events", verbose_name=_("theme")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    partners = models.CharField(_("partners"), max_length=300, blank=True)
    capacity = models.PositiveIntegerField(_("places"))
    is_published = models.BooleanField(_("published"), default=False)

    objects = GroupEventManager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("group event")
        verbose_name_plural = _("group events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1), name="groupevent_capacity_positive",
                violation_error_message=_("An event needs at least one place."),
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="groupevent_ends_after_start",
                violation_error_message=_("An event must end after it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title


def _token() -> str:
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    """A newcomer's sign-up. Name and email serve the event only and are erased after it."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    event = models.ForeignKey(GroupEvent, on_delete=models.CASCADE, related_name="registrations",
                              verbose_name=_("event"))
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    token = models.CharField(max_length=64, unique=True, default=_token, editable=False)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"], condition=~models.Q(status="cancelled") & models.Q(erased_at=None),
                name="registration_once_per_email",
                violation_error_message=_("This email address is already registered for this event."),
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"], name="registration_queue_idx")]

    def __str__(self) -> str:
        return f"#{self.pk}"
