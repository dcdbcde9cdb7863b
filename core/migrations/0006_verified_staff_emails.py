"""Staff who set their password through the mailed link have a proven address; allauth needs it
marked verified before it lets them set up two-factor authentication (admins must)."""

from django.db import migrations


def verify(apps, schema_editor):
    User = apps.get_model("core", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    for user in User.objects.exclude(password="").exclude(password__startswith="!"):
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True})


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0005_shared_storage_and_jobs"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [migrations.RunPython(verify, migrations.RunPython.noop)]
