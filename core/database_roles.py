"""Database roles: the application connects as a role that owns nothing.

``migrate`` runs as the owner of the schema (in docker compose: the ``migrate`` service with
POSTGRES_USER). After it, :func:`after_migrate` writes the audit retention into the database and,
when PORTAL_DB_APP_ROLE is set, creates that role if needed and grants it exactly what the
portal needs at run time: SELECT, INSERT, UPDATE, DELETE on the tables, but on the audit log only
SELECT and INSERT, and the purge through ``core_audit_purge()``. Owning nothing, the role cannot
drop or disable the audit log's triggers, truncate it, or redefine its functions (migration
core 0008).
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.db import connection
from psycopg import sql

AUDIT_TABLE = "core_auditlog"
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def write_audit_retention(days: int) -> None:
    """``core_audit_retention()`` as PORTAL_AUDIT_RETENTION_DAYS says (migrate, as the owner)."""
    days = int(days)
    if days < 1:
        raise ValueError("PORTAL_AUDIT_RETENTION_DAYS must be at least 1")
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE OR REPLACE FUNCTION core_audit_retention() RETURNS interval LANGUAGE sql IMMUTABLE "
            f"AS $$ SELECT interval '{days} days' $$"
        )


def grant_app_role(role: str, password: str | None = None) -> None:
    """Create ``role`` (when a password is given and it does not exist) and set its grants."""
    if not _ROLE_NAME.match(role):
        raise ValueError(f"not a plain PostgreSQL role name: {role!r}")
    ident = sql.Identifier(role)
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", [role])
        found = cursor.fetchone()
        if found is None:
            if not password:
                raise RuntimeError(f"the database role {role} does not exist; set PORTAL_DB_APP_PASSWORD to create it")
            cursor.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(password)))
        else:
            if found[0]:
                raise RuntimeError(f"the application role {role} is a superuser: it could empty the audit log")
            if password:
                cursor.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(password)))
        cursor.execute("SELECT current_database()")
        database = sql.Identifier(cursor.fetchone()[0])
        for statement in (
            "GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {role}",
            "GRANT USAGE ON SCHEMA public TO {role}",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            "REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON " + AUDIT_TABLE + " FROM {role}",
            "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON django_migrations FROM {role}",
            "GRANT EXECUTE ON FUNCTION core_audit_purge() TO {role}",
        ):
            cursor.execute(sql.SQL(statement).format(role=ident, db=database))


def after_migrate(sender: Any, **kwargs: Any) -> None:
    if getattr(sender, "label", None) != "core" or connection.vendor != "postgresql":
        return  # once per migrate: every table exists by the first app's signal
    write_audit_retention(settings.PORTAL_AUDIT_RETENTION_DAYS)
    if settings.PORTAL_DB_APP_ROLE:
        grant_app_role(settings.PORTAL_DB_APP_ROLE, settings.PORTAL_DB_APP_PASSWORD or None)
