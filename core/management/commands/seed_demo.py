"""Fill every app with realistic, reproducible demo data.

Each app may offer ``<app>/demo.py`` with ``seed(*, scale, rng, password, stdout)``; they run in
INSTALLED_APPS order, so the shared app's organisations and staff exist before the domain data.
"""

import importlib
import random
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from core.models import Organisation

PROJECT_APPS = ("core", "welcome", "refugees", "dialogues", "volunteers", "reporting")


class Command(BaseCommand):
    help = "Load demo data (small: for trying the portal; large: for benchmarks)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", choices=["small", "large"], default="small")
        parser.add_argument("--seed", type=int, default=2014, help="random seed (reproducible data)")
        parser.add_argument("--if-empty", action="store_true", help="do nothing when data exists")
        parser.add_argument("--password", default="demo-portal-2026", help="password of the demo logins")

    def handle(self, *args: Any, scale: str, seed: int, if_empty: bool, password: str, **options: Any) -> None:
        if if_empty and Organisation.objects.exists():
            self.stdout.write("demo data already loaded")
            return
        rng = random.Random(seed)  # noqa: S311 - demo data, not security
        for config in apps.get_app_configs():
            if config.name not in PROJECT_APPS:
                continue
            try:
                module = importlib.import_module(f"{config.name}.demo")
            except ModuleNotFoundError:
                continue
            self.stdout.write(f"seeding {config.name} ({scale})")
            with transaction.atomic():
                module.seed(scale=scale, rng=rng, password=password, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("demo data loaded"))
