from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from core.demo import DEMO_LOGINS


class Command(BaseCommand):
    help = "Print the demo logins, one per role."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--password", default="demo-portal-2026")

    def handle(self, *args: Any, password: str, **options: Any) -> None:
        self.stdout.write(f"\nDemo logins (password for all: {password})")
        for email, _first, _last, org, role in DEMO_LOGINS:
            self.stdout.write(f"  {role.label:<32} {email:<38} ({org})")
        bypass = getattr(settings, "MFA_TOTP_INSECURE_BYPASS_CODE", None)
        if bypass:
            self.stdout.write(f"  The admin's two-factor code in this demo: {bypass}")
        self.stdout.write("")
