"""Roles bound to organisation kinds, kept by the database: an admin or a report viewer only in
the city, an operator or an integration manager only in a welfare organisation / operator, and so
on (core.models.ROLE_KINDS, copied here as it stands today).

Existing memberships that break the rule stop the migration with a list of them, so that an
administrator decides (another organisation, another role) instead of the migration deleting
anybody's access silently.
"""

from django.db import migrations

ROLE_KINDS = {
    "admin": ["city"],
    "report_viewer": ["city"],
    "dialogue_team": ["city"],
    "counsellor": ["city", "economic", "welfare"],
    "integration_manager": ["welfare"],
    "operator": ["welfare"],
    "volunteer_coordinator": ["city", "volunteer"],
    "directory_editor": ["city", "economic", "welfare", "volunteer"],
}

CASES = " ".join(
    f"WHEN '{role}' THEN kind IN ({', '.join(repr(k) for k in kinds)})" for role, kinds in ROLE_KINDS.items()
)


def report_violations(apps, schema_editor):
    Membership = apps.get_model("core", "Membership")
    bad = [m for m in Membership.objects.select_related("organisation", "user")
           if m.organisation.kind not in ROLE_KINDS.get(m.role, [])]
    if bad:
        lines = "\n".join(f"  - {m.user.email}: {m.role} in {m.organisation.name} ({m.organisation.kind})" for m in bad)
        raise RuntimeError(
            "These memberships give a role that does not exist in that kind of organisation; change or remove "
            f"them (Django admin: Staff members), then migrate again:\n{lines}")


SQL = f"""
CREATE FUNCTION core_role_fits_kind(role text, kind text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT CASE role {CASES} ELSE false END $$;

CREATE FUNCTION core_membership_role_kind() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE org_kind text;
BEGIN
    SELECT kind INTO org_kind FROM core_organisation WHERE id = NEW.organisation_id;
    IF NOT core_role_fits_kind(NEW.role, org_kind) THEN
        RAISE EXCEPTION 'role % does not exist in an organisation of kind %', NEW.role, org_kind
            USING ERRCODE = 'check_violation', CONSTRAINT = 'membership_role_fits_organisation_kind';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER membership_role_fits_organisation_kind BEFORE INSERT OR UPDATE OF role, organisation_id
    ON core_membership FOR EACH ROW EXECUTE FUNCTION core_membership_role_kind();

CREATE FUNCTION core_organisation_kind_fits_roles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM core_membership m WHERE m.organisation_id = NEW.id
               AND NOT core_role_fits_kind(m.role, NEW.kind)) THEN
        RAISE EXCEPTION 'organisation % has staff in roles that kind % does not allow', NEW.id, NEW.kind
            USING ERRCODE = 'check_violation', CONSTRAINT = 'membership_role_fits_organisation_kind';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER organisation_kind_fits_roles BEFORE UPDATE OF kind ON core_organisation
    FOR EACH ROW EXECUTE FUNCTION core_organisation_kind_fits_roles();
"""

REVERSE = """
DROP TRIGGER IF EXISTS organisation_kind_fits_roles ON core_organisation;
DROP TRIGGER IF EXISTS membership_role_fits_organisation_kind ON core_membership;
DROP FUNCTION IF EXISTS core_organisation_kind_fits_roles();
DROP FUNCTION IF EXISTS core_membership_role_kind();
DROP FUNCTION IF EXISTS core_role_fits_kind(text, text);
"""


class Migration(migrations.Migration):

    dependencies = [("core", "0006_verified_staff_emails")]

    operations = [
        migrations.RunPython(report_violations, migrations.RunPython.noop),
        migrations.RunSQL(SQL, REVERSE),
    ]
