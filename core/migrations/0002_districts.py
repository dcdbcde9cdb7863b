from django.db import migrations

# Stuttgart's 23 city districts (Stadtbezirke): five inner, eighteen outer.
INNER = ["Mitte", "Nord", "Ost", "Süd", "West"]
OUTER = [
    "Bad Cannstatt", "Birkach", "Botnang", "Degerloch", "Feuerbach", "Hedelfingen", "Möhringen",
    "Mühlhausen", "Münster", "Obertürkheim", "Plieningen", "Sillenbuch", "Stammheim", "Untertürkheim",
    "Vaihingen", "Wangen", "Weilimdorf", "Zuffenhausen",
]


def load(apps, schema_editor):
    District = apps.get_model("core", "District")
    for name in INNER:
        District.objects.update_or_create(name=name, defaults={"is_inner": True})
    for name in OUTER:
        District.objects.update_or_create(name=name, defaults={"is_inner": False})


def unload(apps, schema_editor):
    apps.get_model("core", "District").objects.filter(name__in=INNER + OUTER).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
