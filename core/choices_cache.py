"""Rendered choice lists (catalogues, staff, organisations) cached until any of them changes.

Filter bars list the same few dozen options on every page; reading them costs a query and a
model instance per option each time. Any save or delete of a model that feeds such a list bumps
one version number, so a cached list is never stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.db.models import Model

from .versioned_cache import VersionedCache

CHOICES = VersionedCache("choices")
bump = CHOICES.bump


class SharedKeyError(AssertionError):
    """Two callers with different content used one cache key: the key misses an input of the content."""


def cached_choices(key: str, build: Callable[[], Iterable[tuple[Any, Any]]], timeout: int = 3600) -> list:
    """A choice list kept in the cache. The key must hold every input of the content (language,
    the user's scope ...): a list of one organisation's staff must never be served to another.

    With PORTAL_CHOICES_CACHE_VERIFY (on in the tests) every cache hit is built again and compared,
    so any caller whose content differs from the cached one under the same key fails loudly."""
    found, built = CHOICES.get_or_build(key, lambda: [(str(value), str(label)) for value, label in build()], timeout)
    if not built and getattr(settings, "PORTAL_CHOICES_CACHE_VERIFY", False):
        fresh = [(str(value), str(label)) for value, label in build()]
        if fresh != found:
            raise SharedKeyError(f"cache key {key!r} is shared by callers with different content")
    return found


def watch(*models: type[Model]) -> None:
    CHOICES.watch(*models)


_LABELS: dict[tuple[str, str], dict[str, str]] = {}


def choice_labels(choices: Any) -> dict[str, str]:
    """``{value: label}`` of a TextChoices class in the active language, kept per process.

    Choice labels are lazy translations: a busy public page that shows dozens of them paid a
    translation lookup for each on every request (measured: a third of the directory page).
    """
    from django.utils.translation import get_language

    key = (f"{choices.__module__}.{choices.__qualname__}", get_language() or "")
    labels = _LABELS.get(key)
    if labels is None:
        labels = _LABELS[key] = {str(value): str(label) for value, label in choices.choices}
    return labels
