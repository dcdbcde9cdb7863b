"""Every catalogue complete, nothing fuzzy, and truly translated.

Checks the committed catalogues and, when the test command ran makemessages into a scratch copy
(PORTAL_CATALOGUE_CHECK_DIR), that copy too: a string in code that is missing from a committed
catalogue then shows up there as untranslated.
"""

import os
from pathlib import Path

import polib
import pytest
from django.conf import settings

LANGS = [code for code, _ in settings.LANGUAGES]
ROOTS = [Path(settings.BASE_DIR) / "locale"]
if os.environ.get("PORTAL_CATALOGUE_CHECK_DIR"):
    ROOTS.append(Path(os.environ["PORTAL_CATALOGUE_CHECK_DIR"]))

# Strings that are rightly the same in a translation: names, codes, formats.
SAME_IN_TRANSLATION = {"Welcome Center", "E-Mail", "Email", "TOTP", "OK", "ID"}


def _catalogues():
    for root in ROOTS:
        for lang in LANGS:
            yield pytest.param(root / lang / "LC_MESSAGES" / "django.po", lang, id=f"{root.name}-{lang}")


@pytest.mark.parametrize(("path", "lang"), list(_catalogues()))
def test_catalogue_complete_and_not_fuzzy(path, lang):
    assert path.exists(), f"missing catalogue {path}"
    po = polib.pofile(str(path))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{lang}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{lang}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_translations_are_not_copies_of_the_english(lang):
    po = polib.pofile(str(ROOTS[0] / lang / "LC_MESSAGES" / "django.po"))
    entries = [e for e in po.translated_entries() if len(e.msgid) > 3 and e.msgid not in SAME_IN_TRANSLATION]
    copies = [e.msgid for e in entries if e.msgstr == e.msgid]
    # A handful of international words (e.g. "Online") may stay; whole copied catalogues may not.
    assert len(copies) <= max(3, len(entries) // 50), f"{lang}: copied from English: {copies[:10]}"


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang):
    import re

    po = polib.pofile(str(ROOTS[0] / lang / "LC_MESSAGES" / "django.po"))
    pattern = re.compile(r"%\(\w+\)[sd]|\{\{ ?\w+ ?\}\}|\{\w+\}")
    for entry in po.translated_entries():
        expected = sorted(pattern.findall(entry.msgid))
        if entry.msgid_plural:
            continue
        assert sorted(pattern.findall(entry.msgstr)) == expected, f"{lang}: placeholders differ in {entry.msgid!r}"
