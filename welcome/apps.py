from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WelcomeConfig(AppConfig):
    name = "welcome"
    verbose_name = _("Welcome Center")

    def ready(self) -> None:
        from core.choices_cache import watch

        from .models import ReferralTarget, TargetGroup, Topic

        watch(Topic, TargetGroup, ReferralTarget)
