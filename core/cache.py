"""Redis as a cache the portal can do without.

Django's RedisCache raises when Redis is down, and every page that reads the slot or choice cache,
a rate limit or the ALTCHA replay guard would answer 500. This backend treats an unreachable Redis
as an empty cache that keeps nothing: reads miss, writes are dropped, ``add`` says "added" (so a
rate limit counts nothing and lets the request through; the booking's proof
of work still stands), ``incr`` fails as for a missing key. The health check reports the outage
("degraded"); the pages keep working from PostgreSQL.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger("portal.cache")
_ERRORS = (RedisError, OSError)
_last_logged = 0.0


def _down(exc: Exception) -> None:
    global _last_logged
    now = time.monotonic()
    if now - _last_logged > 60:  # once a minute, not once a request
        _last_logged = now
        logger.warning("cache: Redis unreachable (%s); serving without a cache", type(exc).__name__)


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client builds a ``redis.Redis`` object for every operation (measured: a fifth of a
    millisecond each, most of it copying the command callbacks); this keeps one per connection pool.
    A ``redis.Redis`` is safe to share: each command takes a connection from the pool."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[bool, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        # One server (REDIS_URL): reads and writes share its pool; a client for each.
        client = self._clients.get(write)
        if client is None:
            client = self._clients[write] = super().get_client(key, write=write)
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        try:
            return super().get(key, default, version)
        except _ERRORS as exc:
            _down(exc)
            return default

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        try:
            return super().get_many(keys, version)
        except _ERRORS as exc:
            _down(exc)
            return {}

    def has_key(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().has_key(key, version)
        except _ERRORS as exc:
            _down(exc)
            return False

    def add(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> bool:
        try:
            return super().add(key, value, timeout, version)
        except _ERRORS as exc:
            _down(exc)
            return True

    def set(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> None:
        try:
            super().set(key, value, timeout, version)
        except _ERRORS as exc:
            _down(exc)

    def set_many(self, data: Any, timeout: Any = None, version: int | None = None) -> list[Any]:
        try:
            return super().set_many(data, timeout, version)
        except _ERRORS as exc:
            _down(exc)
            return list(data)

    def touch(self, key: Any, timeout: Any = None, version: int | None = None) -> bool:
        try:
            return super().touch(key, timeout, version)
        except _ERRORS as exc:
            _down(exc)
            return False

    def delete(self, key: Any, version: int | None = None) -> bool:
        try:
            return super().delete(key, version)
        except _ERRORS as exc:
            _down(exc)
            return False

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        try:
            super().delete_many(keys, version)
        except _ERRORS as exc:
            _down(exc)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        try:
            return super().incr(key, delta, version)
        except _ERRORS as exc:
            _down(exc)
            raise ValueError("cache unavailable") from exc

    def clear(self) -> None:
        try:
            super().clear()
        except _ERRORS as exc:
            _down(exc)

    def count_hits(self, windows: list[tuple[str, int]]) -> list[int]:
        """Add one to each counter ``(key, seconds it lives)`` and return the new counts, in one round
        trip (a pipeline of INCR and EXPIRE NX). While Redis is away every count is 0 (fail open)."""
        try:
            pipe = self._cache.get_client(write=True).pipeline(transaction=False)
            for key, seconds in windows:
                full = self.make_and_validate_key(key)
                pipe.incr(full)
                pipe.expire(full, seconds, nx=True)
            return [int(count) for count in pipe.execute()[0::2]]
        except _ERRORS as exc:
            _down(exc)
            return [0] * len(windows)
