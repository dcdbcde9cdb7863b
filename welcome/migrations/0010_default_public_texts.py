"""The public texts every installation needs from the start, in the 12 languages: the legal pages
(privacy notice, imprint, accessibility statement, the site in easy German), how each channel
works, and what to bring per topic. Staff edit them afterwards; details the city must fill in are
marked as demo in the texts themselves."""

from django.db import migrations
from django.utils import timezone

LEGAL = {
    "privacy": ["controller", "dpo", "booking", "waiting-list", "event-signup", "volunteer", "tandem-request",
                "rights", "authority"],
    "imprint": ["software"],
    "accessibility": ["status", "gaps", "feedback", "enforcement"],
    "easy-german": ["what", "book", "data"],
}


def _fields(texts, field, key):
    values = texts.get(key, {})
    out = {f"{field}_{code}": text for code, text in values.items()}
    out[field] = values.get("de", "")
    return out


def _stamp(row, texts_keys, texts, now):
    langs = set()
    for key in texts_keys:
        langs |= {code for code, text in texts.get(key, {}).items() if text and code != "de"}
    row.source_changed_at = now
    row.translations_changed_at = {code: now.isoformat() for code in sorted(langs)}


def load(apps, schema_editor):
    from welcome.info.texts import TEXTS

    now = timezone.now()
    LegalPage = apps.get_model("welcome", "LegalPage")
    LegalSection = apps.get_model("welcome", "LegalSection")
    ChannelInstruction = apps.get_model("welcome", "ChannelInstruction")
    Topic = apps.get_model("welcome", "Topic")
    for kind, anchors in LEGAL.items():
        if LegalPage.objects.filter(kind=kind).exists():
            continue
        page = LegalPage(kind=kind, updated_on=now.date(), **_fields(TEXTS, "title", f"{kind}.title"),
                         **_fields(TEXTS, "intro", f"{kind}.intro"))
        _stamp(page, [f"{kind}.title", f"{kind}.intro"], TEXTS, now)
        page.save()
        for order, anchor in enumerate(anchors):
            keys = [f"{kind}.{anchor}.heading", f"{kind}.{anchor}.body"]
            section = LegalSection(page=page, anchor=anchor, sort_order=order,
                                   **_fields(TEXTS, "heading", keys[0]), **_fields(TEXTS, "body", keys[1]))
            _stamp(section, keys, TEXTS, now)
            section.save()
    for channel in ("in_person", "phone", "online"):
        if not ChannelInstruction.objects.filter(channel=channel).exists():
            row = ChannelInstruction(channel=channel, **_fields(TEXTS, "text", f"channel.{channel}"))
            _stamp(row, [f"channel.{channel}"], TEXTS, now)
            row.save()
    for topic in Topic.objects.all():
        key = f"bring.{topic.slug}"
        if key not in TEXTS or topic.what_to_bring_de:
            continue
        for field, value in _fields(TEXTS, "what_to_bring", key).items():
            setattr(topic, field, value)
        # The names were translated before: they stay current with the new texts.
        stamps = dict(topic.translations_changed_at or {})
        stamps.update({code: now.isoformat() for code, text in TEXTS[key].items() if text and code != "de"})
        topic.translations_changed_at = stamps
        topic.source_changed_at = now
        topic.save()


class Migration(migrations.Migration):

    dependencies = [
        ("welcome", "0009_info_directory"),
    ]

    operations = [
        migrations.RunPython(load, migrations.RunPython.noop),
    ]
