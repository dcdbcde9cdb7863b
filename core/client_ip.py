"""The visitor's address behind the city's proxies.

Behind the TLS-terminating proxy every request arrives from the proxy's address; rate limits and
login lockouts keyed on it put every visitor into one bucket (one person's failed logins locked out
all staff). With PORTAL_TRUSTED_PROXIES = n, the address is the n-th entry of X-Forwarded-For
counted from the right: the one the outermost trusted proxy saw. Entries further left are the
client's own claims and are never trusted. The rate limits (core/ratelimits.py) and allauth
(ALLAUTH_TRUSTED_PROXY_COUNT) read the address the same way.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    proxies = settings.PORTAL_TRUSTED_PROXIES
    remote = request.META.get("REMOTE_ADDR", "") or "0.0.0.0"  # noqa: S104 - a placeholder, never bound
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote  # not through all the trusted proxies: the direct peer is the client
    return forwarded[-proxies]
