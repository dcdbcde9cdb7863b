"""Limits on every public form (django-ratelimit, counters in Redis), keyed by the visitor's
address behind the proxies (core/client_ip.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited


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
                limited = is_ratelimited(request, group=group, key="ip", rate=public_form_rate, method="POST",
                                         increment=True)
                if not limited and (request.POST.get("email") or "").strip():
                    limited = is_ratelimited(request, group=f"{group}-email", key=_email_key,
                                             rate=public_form_rate_per_email, method="POST", increment=True)
                if limited:
                    return render(request, "core/too_many.html", status=429)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def email_or_ip(group: str, request: HttpRequest) -> str:
    """The per-address limit of a form: its email, or, when none was sent, the client's address
    (a POST without an email once fell into one bucket shared by everybody)."""
    from .client_ip import client_ip

    email = (request.POST.get("email") or "").strip().lower()
    return f"email:{email}" if email else f"ip:{client_ip(request)}"
