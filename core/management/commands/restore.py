"""Restore a backup made by `manage.py backup` into the configured database.

    python manage.py restore /backups/portal-20261128-020000.dump [--yes]

Existing objects are dropped and recreated from the dump (pg_restore --clean --if-exists); the
audit log's append-only trigger is part of the dump and comes back with it. Stop web, workers and
beat first. The files archive next to the dump (portal-....media.tar.gz) is unpacked into the
media folder when the storage is the file system.
"""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from .backup import libpq_env, tool


class Command(BaseCommand):
    help = "Restore the database (and stored files) from a backup made by `manage.py backup`."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("dump")
        parser.add_argument("--yes", action="store_true", help="do not ask before overwriting")

    def handle(self, *args: Any, dump: str, yes: bool, **options: Any) -> None:
        path = Path(dump)
        if not path.is_file():
            raise CommandError(f"no such file: {path}")
        name = settings.DATABASES["default"]["NAME"]
        if not yes and input(f"Overwrite database {name!r} with {path.name}? [y/N] ").strip().lower() != "y":
            raise CommandError("nothing restored")
        result = subprocess.run([tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--exit-on-error",
                                 "--single-transaction", "--dbname", name, str(path)],
                                env=libpq_env(), capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise CommandError(f"pg_restore failed: {result.stderr.strip()}")
        self.stdout.write(f"database {name!r} restored from {path.name}")
        archive = path.with_name(path.name.removesuffix(".dump") + ".media.tar.gz")
        if archive.exists() and settings.PORTAL_FILE_STORAGE == "filesystem":
            media = Path(settings.STORAGES["default"]["OPTIONS"]["location"])  # type: ignore[index]  # filesystem storage: set in settings
            media.parent.mkdir(parents=True, exist_ok=True)
            with tarfile.open(archive) as tar:
                tar.extractall(media.parent, filter="data")
            self.stdout.write(f"files restored into {media}")
