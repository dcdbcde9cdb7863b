from django.db import migrations

# The audit log refuses UPDATE and DELETE in the database itself, so raw SQL or a bug in a
# future ORM path cannot rewrite history. The retention purge sets portal.audit_purge for its
# own transaction (core.audit.audit_purge) and may then delete old rows.
FORWARD = """
CREATE OR REPLACE FUNCTION core_auditlog_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('portal.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER core_auditlog_append_only
    BEFORE UPDATE OR DELETE ON core_auditlog
    FOR EACH ROW EXECUTE FUNCTION core_auditlog_append_only();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS core_auditlog_append_only ON core_auditlog;
DROP FUNCTION IF EXISTS core_auditlog_append_only();
"""


class Migration(migrations.Migration):
    dependencies = [("core", "0002_districts")]
    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
