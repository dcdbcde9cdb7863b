"""Volunteers (with consent), their roles and trainings, and Willkommens-Tandems."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.models import District, Organisation


class VolunteerRole(models.TextChoices):
    WELCOME_MENTOR = "welcome_mentor", _("welcome mentor (Willkommenspate)")
    SPORTS_MENTOR = "sports_mentor", _("sports mentor (Sportpate)")
    JOB_PILOT = "job_pilot", _("job pilot (Berufsintegrationslotse)")
    INTERPRETER = "interpreter", _("interpreter")
    CIRCLE_MEMBER = "circle_member", _("member of a volunteer circle")


# Roles whose volunteers meet children or vulnerable people alone: a police clearance certificate
# (erweitertes Führungszeugnis) is required, and only its date is kept.
ROLES_NEEDING_CLEARANCE = frozenset({VolunteerRole.WELCOME_MENTOR, VolunteerRole.SPORTS_MENTOR})


class Training(models.Model):
    title = models.CharField(_("training"), max_length=200)
    held_on = models.DateField(_("date"))

    class Meta:
        ordering = ["-held_on"]
        verbose_name = _("training")
        verbose_name_plural = _("trainings")

    def __str__(self) -> str:
        return f"{self.title} ({self.held_on})"


class Volunteer(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for approval")
        ACTIVE = "active", _("active")
        INACTIVE = "inactive", _("inactive")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="volunteers",
                                     verbose_name=_("coordinated by"))
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    languages = ArrayField(models.CharField(max_length=8), default=list, blank=True, verbose_name=_("languages"))
    district = models.ForeignKey(District, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                 verbose_name=_("city district"))
    interests = models.CharField(_("skills and interests"), max_length=500, blank=True)
    availability = models.CharField(_("availability"), max_length=200, blank=True)
    roles = ArrayField(models.CharField(max_length=20, choices=VolunteerRole.choices), default=list, blank=True,
                       verbose_name=_("roles"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    active_since = models.DateField(_("active since"), null=True, blank=True)
    police_clearance_on = models.DateField(_("police clearance certificate dated"), null=True, blank=True)
    trainings = models.ManyToManyField(Training, blank=True, related_name="participants",
                                       verbose_name=_("trainings attended"))
    consent_purpose = models.CharField(_("purpose of the consent"), max_length=300)
    consent_given_on = models.DateField(_("consent given on"), default=timezone.localdate)
    registered_at = models.DateTimeField(_("registered"), default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")

    def __str__(self) -> str:
        return self.name

    @property
    def needs_clearance(self) -> bool:
        return bool(ROLES_NEEDING_CLEARANCE & set(self.roles)) and self.police_clearance_on is None


class Tandem(models.Model):
    """A welcome mentor paired with a newcomer. The newcomer's contact details are kept only
    while the tandem runs and erased a set time after it ended."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        ACTIVE = "active", _("active")
        ENDED = "ended", _("ended")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="tandems",
                                     verbose_name=_("coordinated by"))
    mentor = models.ForeignKey(Volunteer, on_delete=models.PROTECT, related_name="tandems",
                               verbose_name=_("welcome mentor"))
    newcomer_reference = models.CharField(_("newcomer (pseudonymous reference)"), max_length=40)
    newcomer_contact = models.CharField(_("newcomer's contact"), max_length=200, blank=True)
    newcomer_languages = ArrayField(models.CharField(max_length=8), default=list, blank=True,
                                    verbose_name=_("newcomer's languages"))
    newcomer_district = models.ForeignKey(District, on_delete=models.SET_NULL, null=True, blank=True,
                                          related_name="+", verbose_name=_("newcomer's district"))
    newcomer_interests = models.CharField(_("newcomer's interests"), max_length=300, blank=True)
    consent_given_on = models.DateField(_("newcomer's consent given on"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    proposed_on = models.DateField(_("proposed"), default=timezone.localdate)
    started_on = models.DateField(_("started"), null=True, blank=True)
    ended_on = models.DateField(_("ended"), null=True, blank=True)
    end_reason = models.CharField(_("reason for ending"), max_length=300, blank=True)
    contact_erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-proposed_on", "-id"]
        verbose_name = _("tandem")
        verbose_name_plural = _("tandems")
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="ended") | (Q(ended_on__isnull=False) & ~Q(end_reason="")),
                name="tandem_end_has_reason",
                violation_error_message=_("An ended tandem needs the date and the reason."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mentor} – {self.newcomer_reference}"


class CheckIn(models.Model):
    tandem = models.ForeignKey(Tandem, on_delete=models.CASCADE, related_name="check_ins")
    on = models.DateField(_("date"), default=timezone.localdate)
    note = models.CharField(_("note"), max_length=500)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["-on", "-id"]
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")

    def __str__(self) -> str:
        return str(self.on)


class Circle(models.Model):
    """A volunteer circle (Flüchtlingsfreundeskreis) or initiative, per district."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    is_initiative = models.BooleanField(_("initiative or project (not a circle)"), default=False)
    districts = models.ManyToManyField(District, related_name="+", verbose_name=_("city districts"))
    accommodations = models.ManyToManyField("refugees.Accommodation", blank=True, related_name="circles",
                                            verbose_name=_("accommodations supported"))
    contact_person = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_consent_on = models.DateField(
        _("consent to show the contact publicly given on"), null=True, blank=True,
        help_text=_("Without it, the public directory shows the circle without its contact person."))
    founded_on = models.DateField(_("founded"), null=True, blank=True)
    dissolved_on = models.DateField(_("dissolved"), null=True, blank=True)
    # The circle's public entry in the Welcome Center's directory (kept in step by circle_publish).
    directory_entry = models.OneToOneField("welcome.DirectoryEntry", on_delete=models.SET_NULL, null=True,
                                           blank=True, related_name="circle", editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("volunteer circle")
        verbose_name_plural = _("volunteer circles")

    def __str__(self) -> str:
        return self.name


class CircleCount(models.Model):
    """Active members of a circle on a date: member numbers over time."""

    circle = models.ForeignKey(Circle, on_delete=models.CASCADE, related_name="counts")
    on = models.DateField(_("date"))
    members = models.PositiveIntegerField(_("active members"))

    class Meta:
        ordering = ["-on"]
        verbose_name = _("member count")
        verbose_name_plural = _("member counts")
        constraints = [models.UniqueConstraint(fields=["circle", "on"], name="circlecount_one_per_date")]

    def __str__(self) -> str:
        return f"{self.circle} {self.on}: {self.members}"


class TandemRequest(models.Model):
    """A newcomer asks for a Willkommens-Tandem: in 12 languages on the public side, or through a
    counsellor from a consultation. It is the newcomer side of the coordinator's ranked suggestions.

    The contact is kept until the request is matched or withdrawn, then for
    PORTAL_TANDEM_REQUEST_RETENTION_DAYS; an unmatched request goes after PORTAL_TANDEM_REQUEST_MAX_DAYS.
    """

    class Status(models.TextChoices):
        OPEN = "open", pgettext_lazy("tandem request", "open")
        MATCHED = "matched", _("matched")
        WITHDRAWN = "withdrawn", _("withdrawn")
        EXPIRED = "expired", pgettext_lazy("tandem request", "expired")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="tandem_requests",
                                     verbose_name=_("coordinated by"))
    languages = ArrayField(models.CharField(max_length=8), default=list, verbose_name=_("languages spoken"))
    district = models.ForeignKey(District, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                 verbose_name=_("city district"))
    interests = models.CharField(_("interests"), max_length=300, blank=True)
    help_wished = models.CharField(_("help wished"), max_length=500, blank=True)
    # Contact: erased after matching or withdrawal plus the retention period.
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    ui_language = models.CharField(_("language of the emails"), max_length=8, choices=settings.LANGUAGES,
                                   default="de")
    consent_given_on = models.DateField(_("consent given on"), default=timezone.localdate)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    from_consultation = models.ForeignKey("welcome.Consultation", on_delete=models.SET_NULL, null=True, blank=True,
                                          related_name="+", verbose_name=_("started from consultation"))
    tandem = models.OneToOneField(Tandem, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="request", verbose_name=_("tandem"))
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    closed_at = models.DateTimeField(_("matched or withdrawn"), null=True, blank=True)
    contact_erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("tandem request")
        verbose_name_plural = _("tandem requests")
        indexes = [models.Index(fields=["organisation", "status", "created_at"], name="tandemrequest_queue_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="open") | Q(closed_at__isnull=False),
                name="tandemrequest_closed_has_date",
                violation_error_message=_("A matched or withdrawn request needs the date it was closed."),
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def reference(self) -> str:
        """The pseudonymous reference a tandem made from the request carries."""
        return f"REQ-{self.pk}"
