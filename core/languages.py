"""The languages the city counsels in, shared by every app that records or offers a language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsultationLanguage(models.TextChoices):
    """The languages the Welcome Center counsels in: German, English and ten further ones."""

    DE = "de", _("German")
    EN = "en", _("English")
    AR = "ar", _("Arabic")
    FA = "fa", _("Persian")
    TR = "tr", _("Turkish")
    UK = "uk", _("Ukrainian")
    RU = "ru", _("Russian")
    ES = "es", _("Spanish")
    IT = "it", _("Italian")
    EL = "el", _("Greek")
    PL = "pl", _("Polish")
    RO = "ro", _("Romanian")
