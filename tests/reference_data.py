"""Migration-loaded reference data (districts, catalogues), restored after a transactional test
flushed it: TRUNCATE empties those tables too, and later tests need them."""

import importlib

from django.apps import apps


def ensure_reference_data() -> None:
    from core.models import District
    from welcome.models import Topic

    if not District.objects.exists():
        importlib.import_module("core.migrations.0002_districts").load(apps, None)
    if not Topic.objects.exists():
        importlib.import_module("welcome.migrations.0002_catalogues").load(apps, None)
    from welcome.models import LegalPage

    if not LegalPage.objects.exists():
        importlib.import_module("welcome.migrations.0010_default_public_texts").load(apps, None)
