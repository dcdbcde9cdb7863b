from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteersConfig(AppConfig):
    name = "volunteers"
    verbose_name = _("Volunteers")

    def ready(self) -> None:
        from core.exports import register_datasets

        from .exports import DATASETS

        register_datasets("volunteers", DATASETS)
