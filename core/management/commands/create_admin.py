"""The first administrator of a new installation (README: Production).

    python manage.py create_admin --email it@stuttgart.example [--organisation "Landeshauptstadt Stuttgart"]
                                  [--first-name ... --last-name ...] [--print-link]

Creates the city's organisation when it does not exist, the staff account without a password and
its admin membership (which brings the Django admin permissions: core/admin_group.py), then mails
the link to set a password, or prints it with --print-link (no mail server yet). The admin sets up
two-factor authentication at the first login. No demo data is created.
"""

from __future__ import annotations

from typing import Any

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from core.mail import send_templated_after_commit
from core.models import Membership, Organisation, Role, User


class Command(BaseCommand):
    help = "Create the city organisation and an administrator who sets a password by a one-time link."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", required=True)
        parser.add_argument("--organisation", default="Landeshauptstadt Stuttgart")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument("--print-link", action="store_true", help="print the set-password link, mail nothing")

    def handle(self, *args: Any, email: str, organisation: str, first_name: str, last_name: str,
               print_link: bool, **options: Any) -> None:
        email = email.strip().lower()
        if "@" not in email:
            raise CommandError("--email must be an email address")
        with transaction.atomic():
            org, _created = Organisation.objects.get_or_create(
                name=organisation, defaults={"kind": Organisation.Kind.CITY})
            if org.kind != Organisation.Kind.CITY:
                raise CommandError(f"{organisation!r} exists and is not the city: admins belong to the city")
            user, created = User.objects.get_or_create(
                email=email, defaults={"first_name": first_name, "last_name": last_name})
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            Membership.objects.get_or_create(user=user, organisation=org, role=Role.ADMIN)
            user.refresh_from_db()
            with translation.override(user.preferred_language):
                path = reverse("account_reset_password_from_key",
                               kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)})
            link = settings.PORTAL_BASE_URL.rstrip("/") + path
            if not print_link:
                send_templated_after_commit(
                    template="core/email/invite", to=[user.email], language=user.preferred_language,
                    context={"user": user, "organisation": org, "link": link, "invited_by": None})
        self.stdout.write(f"administrator {user.email} of {org.name} ({'new' if created else 'existing'} account)")
        if print_link:
            self.stdout.write(f"set the password here (one time): {link}")
        else:
            self.stdout.write("the link to set a password was mailed")
