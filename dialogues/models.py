"""Refugee and neighbourhood dialogues, the proposals raised in them and what became of each,
initiatives that grew out of them, and the Support Group Refugees."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.models import District
from refugees.models import Accommodation


class Dialogue(models.Model):
    class Kind(models.TextChoices):
        REFUGEE = "refugee", _("refugee dialogue")
        NEIGHBOURHOOD = "neighbourhood", _("neighbourhood dialogue")

    class Venue(models.TextChoices):
        ACCOMMODATION = "accommodation", _("accommodation")
        VHS = "vhs", _("adult education centre (vhs)")
        TOWN_HALL = "town_hall", _("town hall")
        COMMUNITY = "community", _("community centre")
        OTHER = "other", _("other venue")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    held_on = models.DateField(_("date"))
    venue = models.CharField(_("venue"), max_length=20, choices=Venue.choices)
    accommodation = models.ForeignKey(Accommodation, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="dialogues", verbose_name=_("accommodation"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    district = models.ForeignKey(District, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                 verbose_name=_("city district"))
    moderators = models.PositiveSmallIntegerField(_("moderators"), default=1)
    interpreter_languages = ArrayField(models.CharField(max_length=8), default=list, blank=True,
                                       verbose_name=_("interpreted languages"))
    refugees = models.PositiveSmallIntegerField(_("refugees"), default=0)
    staff = models.PositiveSmallIntegerField(_("staff"), default=0)
    volunteers = models.PositiveSmallIntegerField(_("volunteers"), default=0)
    neighbours = models.PositiveSmallIntegerField(_("neighbours"), default=0)
    topics = models.CharField(_("topics raised"), max_length=500, blank=True)

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("dialogue")
        verbose_name_plural = _("dialogues")
        constraints = [
            models.CheckConstraint(
                condition=~Q(venue="accommodation") | Q(accommodation__isnull=False),
                name="dialogue_accommodation_named",
                violation_error_message=_("Name the accommodation the dialogue took place in."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.held_on}"

    @property
    def participants(self) -> int:
        return self.refugees + self.staff + self.volunteers + self.neighbours


class Proposal(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("proposal status", "open")
        IN_PROGRESS = "in_progress", _("in progress")
        DONE = "done", _("done")
        NOT_PURSUED = "not_pursued", _("not pursued")

    class TakenUpBy(models.TextChoices):
        OFFICE = "office", _("a city office")
        OPERATOR = "operator", _("the accommodation operator")
        PARTICIPANTS = "participants", _("the participants themselves")
        OTHER = "other", _("others")

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="proposals",
                                 verbose_name=_("dialogue"))
    text = models.CharField(_("proposal"), max_length=500)
    field = models.CharField(_("field"), max_length=80, blank=True)
    taken_up_by = models.CharField(_("taken up by"), max_length=20, choices=TakenUpBy.choices)
    taken_up_by_name = models.CharField(_("who exactly"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    outcome = models.CharField(_("outcome"), max_length=1000, blank=True)
    is_public = models.BooleanField(_("shown on the public page"), default=True)
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-id"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def __str__(self) -> str:
        return self.text[:60]


class ProposalUpdate(models.Model):
    """A dated follow-up: what happened to a proposal and when."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="updates")
    on = models.DateField(_("date"), default=timezone.localdate)
    status = models.CharField(_("status"), max_length=20, choices=Proposal.Status.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["-on", "-id"]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")

    def __str__(self) -> str:
        return f"{self.on} {self.status}"


class Initiative(models.Model):
    """A self-organised activity of refugees (Eigeninitiative): the city's measure of empowerment."""

    class Kind(models.TextChoices):
        EVENT = "event", _("events in accommodations")
        MAGAZINE = "magazine", _("magazine")
        RADIO = "radio", _("radio")
        THEATRE = "theatre", _("theatre")
        GASTRONOMY = "gastronomy", _("gastronomy")
        INTERPRETING = "interpreting", _("interpreting")
        OTHER = "other", _("other")

    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    description = models.CharField(_("description"), max_length=1000, blank=True)
    dialogue = models.ForeignKey(Dialogue, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="initiatives", verbose_name=_("grew out of the dialogue"))
    people = models.PositiveSmallIntegerField(_("people behind it"), default=1)
    started_on = models.DateField(_("started"))
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["-started_on"]
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def __str__(self) -> str:
        return self.title


class SupportGroupMember(models.Model):
    """A member of the Support Group Refugees ("refugees help refugees"), kept with consent."""

    name = models.CharField(_("name"), max_length=150)
    languages = models.CharField(_("languages"), max_length=120, blank=True)
    joined_on = models.DateField(_("joined"), default=timezone.localdate)
    consent_given_on = models.DateField(_("consent given on"))
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("Support Group member")
        verbose_name_plural = _("Support Group members")

    def __str__(self) -> str:
        return self.name


class SupportGroupActivity(models.Model):
    title = models.CharField(_("activity"), max_length=200)
    held_on = models.DateField(_("date"))
    description = models.CharField(_("description"), max_length=500, blank=True)
    members = models.ManyToManyField(SupportGroupMember, blank=True, related_name="activities",
                                     verbose_name=_("members taking part"))

    class Meta:
        ordering = ["-held_on"]
        verbose_name = _("Support Group activity")
        verbose_name_plural = _("Support Group activities")

    def __str__(self) -> str:
        return self.title
