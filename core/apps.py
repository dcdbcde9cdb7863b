from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Organisations and staff")

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the login audit receivers)
        from .choices_cache import watch
        from .models import District, Membership, Organisation, User

        watch(User, Membership, Organisation, District)
