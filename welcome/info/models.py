"""What the public side tells newcomers, kept by staff in 12 languages: places and opening hours,
how each channel works, and the legal pages (privacy notice, imprint, accessibility statement,
the site in easy German)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from core.translation_status import TranslationTracked

from ..models.catalogues import Channel

WEEKDAYS = [
    (0, _("Monday")), (1, _("Tuesday")), (2, _("Wednesday")), (3, _("Thursday")), (4, _("Friday")),
    (5, _("Saturday")), (6, _("Sunday")),
]


class DemoField(models.TextChoices):
    """Details that the seeds do not state: shown with a "demo" mark until staff replace them."""

    PHONE = "phone", _("phone")
    EMAIL = "email", _("email address")
    HOURS = "hours", _("opening hours")
    ENTRANCE = "entrance", _("floor and entrance")
    ACCESS = "access", _("step-free access")
    TRANSPORT = "transport", _("public transport")
    COORDINATES = "coordinates", _("map position")


class PlaceQuerySet(models.QuerySet["Place"]):
    def public(self) -> PlaceQuerySet:
        return self.filter(is_active=True).prefetch_related("hours").order_by("sort_order", "id")


class Place(TranslationTracked):
    """A place of the Welcome Center where newcomers are counselled in person."""

    tracked_fields = ("name", "building", "entrance", "access_notes", "transport")

    name = models.CharField(_("name"), max_length=150)
    building = models.CharField(_("building"), max_length=200, blank=True,
                                help_text=_("For example: in the building of the Institut für Auslandsbeziehungen (ifa)."))
    street = models.CharField(_("street and number"), max_length=150)
    postcode = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(_("city"), max_length=80, default="Stuttgart")
    postal_address = models.CharField(_("postal address"), max_length=200, blank=True,
                                      help_text=_("Only if letters go to another address."))
    entrance = models.CharField(_("floor and entrance"), max_length=300, blank=True)
    step_free = models.BooleanField(_("step-free access"), null=True, blank=True,
                                    help_text=_("Empty: not known yet."))
    access_notes = models.CharField(_("how to get in without steps"), max_length=300, blank=True)
    transport = models.TextField(_("public transport"), blank=True,
                                 help_text=_("Stops and lines, one per line."))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True,
                                   validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True,
                                    validators=[MinValueValidator(-180), MaxValueValidator(180)])
    demo_fields = ArrayField(models.CharField(max_length=12, choices=DemoField.choices), default=list, blank=True,
                             verbose_name=_("invented for the demo"),
                             help_text=_("Marked as demo on the public pages until replaced by real details."))
    is_active = models.BooleanField(_("shown"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.CheckConstraint(
                condition=(Q(latitude__isnull=True) & Q(longitude__isnull=True))
                | (Q(latitude__isnull=False) & Q(longitude__isnull=False)),
                name="place_coordinates_both_or_none",
                violation_error_message=_("Give both latitude and longitude, or neither."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def one_line_address(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}"

    def is_demo(self, field: str) -> bool:
        return field in (self.demo_fields or [])

    @property
    def geo_uri(self) -> str:
        """Opens the visitor's own map app (RFC 5870); the address as the query where no position is kept."""
        query = quote(self.one_line_address)
        if self.latitude is not None and self.longitude is not None:
            return f"geo:{self.latitude},{self.longitude}?q={self.latitude},{self.longitude}({quote(self.name)})"
        return f"geo:0,0?q={query}"

    @property
    def osm_url(self) -> str:
        if self.latitude is not None and self.longitude is not None:
            return (f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
                    f"#map=18/{self.latitude}/{self.longitude}")
        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.one_line_address})

    def hours_by_weekday(self) -> list[tuple[str, list[OpeningHours]]]:
        """Every weekday with its blocks (a break is the gap between two); closed days have none."""
        hours = list(self.hours.all())
        return [(str(label), [h for h in hours if h.weekday == day]) for day, label in WEEKDAYS]


class OpeningHours(models.Model):
    """One block of opening hours on a weekday; a lunch break is the gap between two blocks."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="hours", verbose_name=_("place"))
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(condition=Q(closes__gt=F("opens")), name="openinghours_closes_after_opens",
                                   violation_error_message=_("A place must close after it opens.")),
            models.UniqueConstraint(fields=["place", "weekday", "opens"], name="openinghours_one_block_per_start",
                                    violation_error_message=_("These hours are already entered.")),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class ChannelInstruction(TranslationTracked):
    """How an appointment by this channel works, told in the confirmation, reminder and manage page."""

    tracked_fields = ("text",)

    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices, unique=True)
    text = models.TextField(_("how it works"))

    class Meta:
        ordering = ["channel"]
        verbose_name = _("channel instruction")
        verbose_name_plural = _("channel instructions")

    def __str__(self) -> str:
        return str(self.get_channel_display())


class LegalPage(TranslationTracked):
    """A page every German public body's website needs; its sections carry anchors forms link to."""

    class Kind(models.TextChoices):
        PRIVACY = "privacy", _("Privacy notice")
        IMPRINT = "imprint", _("Imprint")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        EASY_LANGUAGE = "easy-german", _("This website in easy German")

    tracked_fields = ("title", "intro")

    kind = models.CharField(_("page"), max_length=20, choices=Kind.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    updated_on = models.DateField(_("as of"), null=True, blank=True)

    class Meta:
        ordering = ["kind"]
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")

    def __str__(self) -> str:
        return str(self.get_kind_display())

    @property
    def is_german_only(self) -> bool:
        """Leichte Sprache is easy German: the page is German in every language of the site."""
        return self.kind == self.Kind.EASY_LANGUAGE


class LegalSection(TranslationTracked):
    """One section of a legal page, e.g. the booking form's part of the privacy notice (#booking)."""

    tracked_fields = ("heading", "body")

    page = models.ForeignKey(LegalPage, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page"))
    anchor = models.SlugField(_("anchor"), max_length=40,
                              help_text=_("The part of the address after #; forms link to it (booking, waiting-list, "
                                          "event-signup, volunteer, tandem-request)."))
    heading = models.CharField(_("heading"), max_length=200)
    body = models.TextField(_("text"), help_text=_(
        "Plain text; an empty line starts a new paragraph, a line starting with '- ' is a list item. "
        "{contact_retention_days} and the other names in braces are replaced by the running settings."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["page", "sort_order", "id"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            models.UniqueConstraint(fields=["page", "anchor"], name="legalsection_anchor_unique",
                                    violation_error_message=_("This anchor is already used on this page.")),
        ]

    def __str__(self) -> str:
        return self.heading
