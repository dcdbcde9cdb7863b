from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DialoguesConfig(AppConfig):
    name = "dialogues"
    verbose_name = _("Dialogues")

    def ready(self) -> None:
        from core.exports import register_datasets

        from .exports import DATASETS

        register_datasets("dialogues", DATASETS)
