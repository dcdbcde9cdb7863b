from django.db import migrations

from welcome.catalogue_data import REFERRAL_TARGETS, TARGET_GROUPS, TOPICS


def load(apps, schema_editor):
    for model_name, data in (("Topic", TOPICS), ("ReferralTarget", REFERRAL_TARGETS), ("TargetGroup", TARGET_GROUPS)):
        model = apps.get_model("welcome", model_name)
        for order, (slug, names) in enumerate(data.items()):
            fields = {f"name_{lang}": name for lang, name in names.items()}
            model.objects.update_or_create(slug=slug, defaults={"name": names["de"], "sort_order": order, **fields})


class Migration(migrations.Migration):
    dependencies = [("welcome", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
