"""Translation status of content that staff keep in 12 languages (django-modeltranslation fields).

Integreat keeps a version per page and language; here one row carries when its German source last
changed and when each language last changed. A translation older than its source is outdated, an
empty one is missing. The public side shows the German text, marked ``lang="de"``, in both cases.

Detection is on the model (``save``), not in the services, so an edit in the Django admin counts
the same as one in a staff form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

SOURCE_LANGUAGE = "de"


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


class TranslationState(StrEnum):
    CURRENT = "current"
    OUTDATED = "outdated"
    MISSING = "missing"

    @property
    def label(self) -> str:
        return str({
            "current": _("translated"),
            "outdated": _("outdated"),
            "missing": _("missing"),
        }[self.value])


@dataclass(frozen=True)
class ShownText:
    """What the public sees of one field: the visitor's language, or the German source instead."""

    text: str
    language: str
    is_fallback: bool


class TranslationTracked(models.Model):
    """Abstract: records when the German source and each translation last changed.

    Subclasses name their translated fields in ``tracked_fields`` (the same as in translation.py).
    """

    tracked_fields: ClassVar[tuple[str, ...]] = ()

    source_changed_at = models.DateTimeField(_("German text changed"), default=timezone.now, editable=False)
    # {"fa": "2026-11-28T10:00:00+00:00", ...}: when each language's text last changed.
    translations_changed_at = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        abstract = True

    if TYPE_CHECKING:
        # django-modeltranslation adds ``<field>_<language>`` attributes at run time.
        def __getattr__(self, name: str) -> Any: ...

        def __setattr__(self, name: str, value: Any) -> None: ...

    def save(self, *args: Any, **kwargs: Any) -> None:
        touched = self._note_text_changes()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and touched:
            kwargs["update_fields"] = list({*update_fields, *touched})
        super().save(*args, **kwargs)

    def _texts(self) -> dict[str, str]:
        return {
            f"{name}_{code}": getattr(self, f"{name}_{code}", None) or ""
            for name in self.tracked_fields for code in language_codes()
            if f"{name}_{code}" in self.__dict__
        }

    def _stored_texts(self) -> dict[str, str]:
        """The texts as the database holds them now (read at save time: reads outnumber saves by far,
        so nothing is remembered when rows are loaded)."""
        if self._state.adding or self.pk is None:
            return {}
        names = [f"{name}_{code}" for name in self.tracked_fields for code in language_codes()]
        row = type(self)._base_manager.filter(pk=self.pk).values(*names).first() or {}
        return {key: value or "" for key, value in row.items()}

    def _note_text_changes(self) -> list[str]:
        """Stamp the languages whose texts changed since they were stored; return the fields it set."""
        before = self._stored_texts()
        now = self._texts()
        now_at = timezone.now()
        changed = {key for key, value in now.items() if before.get(key, "") != value}
        touched: list[str] = []
        stamps = dict(self.translations_changed_at or {})
        for code in language_codes():
            if not any(key.rsplit("_", 1)[1] == code for key in changed):
                continue
            if code == SOURCE_LANGUAGE:
                self.source_changed_at = now_at
                touched.append("source_changed_at")
            else:
                stamps[code] = now_at.isoformat()
        if stamps != (self.translations_changed_at or {}):
            self.translations_changed_at = stamps
            touched.append("translations_changed_at")
        return touched

    # --- reading the state ---------------------------------------------------------------

    def _source_texts(self) -> list[str]:
        return [name for name in self.tracked_fields if getattr(self, f"{name}_{SOURCE_LANGUAGE}", "")]

    def translation_state(self, code: str) -> TranslationState:
        if code == SOURCE_LANGUAGE:
            return TranslationState.CURRENT
        sources = self._source_texts()
        if any(not getattr(self, f"{name}_{code}", "") for name in sources):
            return TranslationState.MISSING
        stamp = (self.translations_changed_at or {}).get(code)
        if stamp is None:
            return TranslationState.MISSING if sources else TranslationState.CURRENT
        if datetime.fromisoformat(stamp) < self.source_changed_at:
            return TranslationState.OUTDATED
        return TranslationState.CURRENT

    def translation_states(self) -> dict[str, TranslationState]:
        return {code: self.translation_state(code) for code in language_codes()}

    def shown(self, field: str, code: str | None = None) -> ShownText:
        """The text of ``field`` for the visitor: their language if it is current, else the German source."""
        code = (code or get_language() or SOURCE_LANGUAGE).split("-")[0]
        source = getattr(self, f"{field}_{SOURCE_LANGUAGE}", "") or ""
        if code == SOURCE_LANGUAGE:
            return ShownText(source, SOURCE_LANGUAGE, False)
        text = getattr(self, f"{field}_{code}", "") or ""
        if not source:
            return ShownText(text, code, False)
        if not text:
            return ShownText(source, SOURCE_LANGUAGE, True)
        # Per field: a title translated in time shows even while the description is still missing.
        stamp = (self.translations_changed_at or {}).get(code)
        if stamp is not None and datetime.fromisoformat(stamp) < self.source_changed_at:
            return ShownText(source, SOURCE_LANGUAGE, True)
        return ShownText(text, code, False)
