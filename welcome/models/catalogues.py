from django.db import models
from django.utils.translation import gettext_lazy as _

from core.translation_status import TranslationTracked


class CatalogueItem(models.Model):
    """An admin-editable list entry; ``name`` is translated into the 12 languages."""

    slug = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    is_active = models.BooleanField(_("active"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = models.Manager()  # modeltranslation swaps in its multilingual manager

    class Meta:
        abstract = True
        ordering = ["sort_order", "slug"]

    def __str__(self) -> str:
        return self.name


class Topic(TranslationTracked, CatalogueItem):
    tracked_fields = ("name", "what_to_bring")

    what_to_bring = models.TextField(
        _("what to bring"), blank=True,
        help_text=_("Told to the newcomer before they book and in every mail about the appointment."))
    slot_minutes = models.PositiveSmallIntegerField(_("appointment length (minutes)"), default=45)
    buffer_minutes = models.PositiveSmallIntegerField(_("buffer after an appointment (minutes)"), default=15)

    class Meta(CatalogueItem.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class ReferralTarget(CatalogueItem):
    class Meta(CatalogueItem.Meta):
        verbose_name = _("referral target")
        verbose_name_plural = _("referral targets")


class TargetGroup(CatalogueItem):
    class Meta(CatalogueItem.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Channel(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    PHONE = "phone", _("phone")
    ONLINE = "online", _("online")
