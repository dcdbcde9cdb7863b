"""Self-hosted proof of work (ALTCHA) for the public booking form: no third-party captcha.

The browser solves a SHA-256 puzzle (a fraction of a second on a phone) when the form is sent;
the server checks the HMAC-signed solution and refuses a replay. Without JavaScript there is no
widget: the form still works, under a stricter per-address limit (PORTAL_BOOKING_RATE_NOJS).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import altcha
from django.conf import settings
from django.core.cache import cache


def _key() -> str:
    return settings.PORTAL_ALTCHA_HMAC_KEY


def challenge_payload() -> dict[str, object]:
    """A signed puzzle that expires in ten minutes, as the ALTCHA widget reads it."""
    c = altcha.create_challenge_v1(altcha.ChallengeOptionsV1(
        hmac_key=_key(), max_number=settings.PORTAL_ALTCHA_MAX_NUMBER,
        expires=datetime.now(UTC) + timedelta(minutes=10),
    ))
    return {"algorithm": c.algorithm, "challenge": c.challenge, "maxnumber": c.max_number,
            "salt": c.salt, "signature": c.signature}


def verify(payload: str) -> bool:
    """A valid, unexpired solution, used once."""
    try:
        ok, _error = altcha.verify_solution_v1(payload, _key(), check_expires=True)
    except Exception:  # noqa: BLE001 - any malformed payload is simply not valid
        return False
    if not ok:
        return False
    digest = hashlib.sha256(payload.encode()).hexdigest()
    return bool(cache.add(f"altcha-used:{digest}", 1, timeout=15 * 60))
