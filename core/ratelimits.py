"""Limits on every public form, counted in Redis (one round trip per request for all of a form's
limits), keyed by the visitor's address behind the proxies (core/client_ip.py)."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .client_ip import client_ip


@dataclass(frozen=True)
class Limit:
    """At most ``rate`` (``"20/h"``, ``"5/10m"``) requests per value of ``key`` (``"ip"``, the client's
    address behind the proxies, or a function of the group and the request) in ``group``; ``rate`` is a
    function too, so that it is read from the settings at request time."""

    group: str
    key: str | Callable[[str, HttpRequest], str]
    rate: Callable[[str, HttpRequest], str]

    def __post_init__(self) -> None:
        if isinstance(self.key, str) and self.key != "ip":
            raise ValueError(f"unknown key {self.key!r}: 'ip' or a function")


_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def _split_rate(rate: str) -> tuple[int, int]:
    found = re.fullmatch(r"(\d+)/(\d*)([smhd])", rate)
    if not found:
        raise ValueError(f"not a rate: {rate!r}")
    count, multiplier, unit = found.groups()
    return int(count), int(multiplier or 1) * _PERIODS[unit]


def limits_exceeded(request: HttpRequest, *limits: Limit) -> bool:
    """Count this request against every limit at once and say whether any is over.

    The same fixed windows as django-ratelimit (which the staff-side views use), counted in one round
    trip to Redis for all the limits of a form: the booking POST paid three round trips (or six) for
    its three limits before. The windows start at a per-key offset, so that they do not all roll
    over at once."""
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return False
    now = time.time()
    windows, allowed = [], []
    for limit in limits:
        count, period = _split_rate(limit.rate(limit.group, request))
        value = client_ip(request) if isinstance(limit.key, str) else limit.key(limit.group, request)
        digest = hashlib.sha256(f"{limit.group}\n{value}".encode()).hexdigest()
        offset = int(digest[:8], 16) % period
        window = int((now + offset) // period)
        windows.append((f"rl2:{digest}:{period}:{window}", period + 5))
        allowed.append(count)
    counter = getattr(cache, "count_hits", None)
    if counter is not None:
        counts = counter(windows)
    else:  # the local set-up's in-memory cache: one call per counter
        counts = []
        for key, seconds in windows:
            cache.add(key, 0, seconds)
            counts.append(cache.incr(key))
    return any(used > most for used, most in zip(counts, allowed, strict=True))


def public_form_rate(group: str, request: HttpRequest) -> str:
    return settings.PORTAL_PUBLIC_FORM_RATE


def public_form_rate_per_email(group: str, request: HttpRequest) -> str:
    return settings.PORTAL_PUBLIC_FORM_RATE_PER_EMAIL


def _email_key(group: str, request: HttpRequest) -> str:
    return "email:" + (request.POST.get("email") or "").strip().lower()


def limit_public_posts(group: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """At most PORTAL_PUBLIC_FORM_RATE POSTs per address and PORTAL_PUBLIC_FORM_RATE_PER_EMAIL per
    email to this form; beyond, a friendly 429 page. The address limit is the looser one: the people
    of one accommodation often share one Wi-Fi and so one address."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method == "POST":
                limits = [Limit(group, "ip", public_form_rate)]
                if (request.POST.get("email") or "").strip():
                    limits.append(Limit(f"{group}-email", _email_key, public_form_rate_per_email))
                if limits_exceeded(request, *limits):
                    return render(request, "core/too_many.html", status=429)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def email_or_ip(group: str, request: HttpRequest) -> str:
    """The per-address limit of a form: its email, or, when none was sent, the client's address
    (a POST without an email once fell into one bucket shared by everybody)."""
    email = (request.POST.get("email") or "").strip().lower()
    return f"email:{email}" if email else f"ip:{client_ip(request)}"
