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
        from django.db.models.signals import post_migrate

        from .admin_group import sync_admin_group

        # After the last app's migrations: every model's permissions exist by then.
        post_migrate.connect(sync_admin_group, dispatch_uid="core_sync_admin_group")
        from .database_roles import after_migrate

        post_migrate.connect(after_migrate, dispatch_uid="core_database_roles")
