"""The audit log cannot be emptied (issue 13).

Before, DELETE was allowed to any session that set ``portal.audit_purge``, and TRUNCATE was not
guarded at all. Now, for every connection:

- UPDATE is refused;
- DELETE is refused for any entry younger than the retention (``core_audit_retention()``), whoever
  asks, so a statement that touches one fresh entry fails as a whole;
- TRUNCATE is refused while any entry younger than the retention exists;
- the purge is ``core_audit_purge()``, a SECURITY DEFINER function that deletes the entries past
  retention and nothing else.

``core_audit_retention()`` is written by ``migrate`` from PORTAL_AUDIT_RETENTION_DAYS
(core.database_roles.write_audit_retention). Against the table's owner or a superuser, triggers
are only a guard against mistakes (they can be dropped); the protection against the application
itself is that it connects as a role that owns nothing (PORTAL_DB_APP_ROLE, README "Database
roles"): no UPDATE, DELETE or TRUNCATE on the audit log, no DDL.
"""

from django.db import migrations

FORWARD = """
DROP TRIGGER IF EXISTS core_auditlog_append_only ON core_auditlog;
DROP FUNCTION IF EXISTS core_auditlog_append_only();

CREATE OR REPLACE FUNCTION core_audit_retention() RETURNS interval
    LANGUAGE sql IMMUTABLE AS $$ SELECT interval '730 days' $$;

CREATE FUNCTION core_auditlog_guard_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.at < now() - core_audit_retention() THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only: % refused (only entries older than % may be purged)',
        TG_OP, core_audit_retention() USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER core_auditlog_guard_row BEFORE UPDATE OR DELETE ON core_auditlog
    FOR EACH ROW EXECUTE FUNCTION core_auditlog_guard_row();

CREATE FUNCTION core_auditlog_guard_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM core_auditlog WHERE at >= now() - core_audit_retention()) THEN
        RAISE EXCEPTION 'audit entries are append-only: TRUNCATE refused'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER core_auditlog_guard_truncate BEFORE TRUNCATE ON core_auditlog
    FOR EACH STATEMENT EXECUTE FUNCTION core_auditlog_guard_truncate();

CREATE FUNCTION core_audit_purge() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
DECLARE removed bigint;
BEGIN
    DELETE FROM core_auditlog WHERE at < now() - core_audit_retention();
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END $$;
REVOKE ALL ON FUNCTION core_audit_purge() FROM PUBLIC;
"""

BACKWARD = """
DROP FUNCTION IF EXISTS core_audit_purge();
DROP TRIGGER IF EXISTS core_auditlog_guard_truncate ON core_auditlog;
DROP FUNCTION IF EXISTS core_auditlog_guard_truncate();
DROP TRIGGER IF EXISTS core_auditlog_guard_row ON core_auditlog;
DROP FUNCTION IF EXISTS core_auditlog_guard_row();
DROP FUNCTION IF EXISTS core_audit_retention();
CREATE OR REPLACE FUNCTION core_auditlog_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('portal.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER core_auditlog_append_only BEFORE UPDATE OR DELETE ON core_auditlog
    FOR EACH ROW EXECUTE FUNCTION core_auditlog_append_only();
"""


class Migration(migrations.Migration):
    dependencies = [("core", "0007_roles_bound_to_organisation_kinds")]
    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
