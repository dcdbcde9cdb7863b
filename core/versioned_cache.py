"""Cached values dropped together when any of their sources changes: one version number per family.

A family (the choice lists, the free appointment slots ...) keeps a version number in the cache; every
value of the family is stored with the version it was built at, and a save or delete of a source
model (or a change of a watched many-to-many relation) bumps it: a value of an older version is built
again when next read. The key must still hold every input of the content: the version says *when*,
the key says *for whom*.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save


class VersionedCache:
    def __init__(self, name: str) -> None:
        self.name = name
        self.version_key = f"{name}-version"

    def version(self) -> int:
        version = cache.get(self.version_key)
        if version is None:
            cache.add(self.version_key, 1, timeout=None)
            version = cache.get(self.version_key) or 1
        return int(version)

    def bump(self, *args: object, **kwargs: object) -> None:
        """Signal receiver: every value of the family is stale from now on."""
        try:
            cache.incr(self.version_key)
        except ValueError:  # the version was evicted or never set: any new number will do
            cache.set(self.version_key, 1, timeout=None)

    def get_or_build(self, key: str, build: Callable[[], Any], timeout: int) -> tuple[Any, bool]:
        """The cached value and False, or the freshly built (and stored) one and True.

        The value is kept under a key of its own with the version it was built at; the version and the
        value are read together (one round trip), and a value of an older version is built again."""
        full_key = f"{self.name}:{key}"
        got = cache.get_many([self.version_key, full_key])
        version = got.get(self.version_key)
        if version is None:
            version = self.version()
        stored = got.get(full_key)
        if stored is not None and stored[0] == version:
            return stored[1], False
        value = build()
        cache.set(full_key, (version, value), timeout)
        return value, True

    def watch(self, *models: type[Model], through: tuple[Any, ...] = ()) -> None:
        """Bump on every save and delete of ``models`` and every change of the ``through`` relations."""
        for model in models:
            post_save.connect(self.bump, sender=model, dispatch_uid=f"{self.name}-save-{model._meta.label}")
            post_delete.connect(self.bump, sender=model, dispatch_uid=f"{self.name}-delete-{model._meta.label}")
        for relation in through:
            m2m_changed.connect(self.bump, sender=relation, dispatch_uid=f"{self.name}-m2m-{relation._meta.label}")
