"""Query budgets: a list page or a selector costs the same number of queries for N rows as for 3N.

Each test adds N rows with their relations and counts the queries of one request, then adds 2N
more and counts again: both counts must equal the budget, so a query per row (an N+1) fails at 3N.
The counts are taken on a warm request: the session exists and cached choice lists, which any
save of a watched model makes stale (core/choices_cache.py), are built again first.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

N = 3

# BUDGET_DISCOVER=1 prints each count and its SQL instead of asserting (to write a new budget).
DISCOVER = bool(os.environ.get("BUDGET_DISCOVER"))


def counted_as_in_production(settings: Any) -> None:
    """Count as production does: a cache hit is not built again to be compared
    (PORTAL_CHOICES_CACHE_VERIFY), and the cache is this process's own. The tests' Redis database is
    shared with whatever else uses that number (a parallel run's worker takes base + 1 + its index)
    and emptied by each of its tests: between the warm request and the counted one it would drop the
    cached choice lists, and the count would grow by the queries that build them again."""
    settings.PORTAL_CHOICES_CACHE_VERIFY = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                   "LOCATION": "query-budgets"}}
    cache.clear()  # nothing left from the test before


def _counted(assert_num_queries: Callable[..., Any], queries: int, label: str) -> Any:
    if not DISCOVER:
        return assert_num_queries(queries)
    return _Printed(label)


class _Printed(CaptureQueriesContext):
    def __init__(self, label: str) -> None:
        super().__init__(connection)
        self.label = label

    def __exit__(self, *exc: Any) -> None:
        super().__exit__(*exc)
        print(f"\nBUDGET {self.label}: {len(self.captured_queries)}")  # noqa: T201
        for query in self.captured_queries:
            print("   ", query["sql"][:150])  # noqa: T201


def page_budget(client: Any, url: str, *, add: Callable[[int], object], queries: int,
                assert_num_queries: Callable[..., Any], shown: Callable[[Any], int],
                params: dict[str, Any] | None = None, n: int = N) -> Any:
    """Add ``n`` rows, request ``url``; add ``2n`` more, request it again. Each request costs
    ``queries`` queries, and the page lists the ``2n`` rows added in between (``shown`` counts them)."""
    listed = []
    response = None
    for batch, total in ((n, n), (2 * n, 3 * n)):
        add(batch)
        warm = client.get(url, params)
        assert warm.status_code == 200, warm.status_code
        with _counted(assert_num_queries, queries, f"{url} after {total} rows"):
            response = client.get(url, params)
        assert response.status_code == 200, response.status_code
        listed.append(shown(response))
    assert listed[0] >= n and listed[1] - listed[0] == 2 * n, listed
    return response


def selector_budget(call: Callable[[], Any], *, add: Callable[[int], object], queries: int,
                    assert_num_queries: Callable[..., Any], size: Callable[[Any], Any], n: int = N) -> list[Any]:
    """Add ``n`` rows and call the selector, then ``2n`` more and call it again: ``queries`` each
    time. Returns ``size`` of each result, for the test to check what the selector found."""
    sizes = []
    for batch, total in ((n, n), (2 * n, 3 * n)):
        add(batch)
        with _counted(assert_num_queries, queries, f"{getattr(call, '__name__', 'selector')} after {total} rows"):
            result = call()
        sizes.append(size(result))
    return sizes
