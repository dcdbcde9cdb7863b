from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RefugeesConfig(AppConfig):
    name = "refugees"
    verbose_name = _("Refugee services")
