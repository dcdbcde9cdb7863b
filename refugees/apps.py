from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RefugeesConfig(AppConfig):
    name = "refugees"
    verbose_name = _("Refugee services")

    def ready(self) -> None:
        from core.exports import register_datasets

        from .exports import DATASETS

        register_datasets("refugees", DATASETS)
