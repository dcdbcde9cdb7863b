"""Staff-kept texts that quote the running settings: "{contact_retention_days}" in a legal text
becomes the setting's current value, so a page never states a period the portal does not keep."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings

SETTING_PLACEHOLDERS = {
    "contact_retention_days": "PORTAL_CONTACT_RETENTION_DAYS",
    "booking_hold_minutes": "PORTAL_BOOKING_HOLD_MINUTES",
    "waitlist_offer_hours": "PORTAL_WAITLIST_OFFER_HOURS",
    "audit_retention_days": "PORTAL_AUDIT_RETENTION_DAYS",
    "plan_retention_days": "PORTAL_PLAN_RETENTION_DAYS",
    "tandem_request_retention_days": "PORTAL_TANDEM_REQUEST_RETENTION_DAYS",
    "tandem_request_max_days": "PORTAL_TANDEM_REQUEST_MAX_DAYS",
    "directory_check_days": "PORTAL_DIRECTORY_CHECK_DAYS",
    "session_idle_minutes": "SESSION_COOKIE_AGE",
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def setting_values() -> dict[str, Any]:
    values = {key: getattr(settings, name, "") for key, name in SETTING_PLACEHOLDERS.items()}
    values["session_idle_minutes"] = int(settings.SESSION_COOKIE_AGE) // 60
    return values


def fill_settings(text: str) -> str:
    """Put the running settings into a legal text; unknown placeholders stay as they are."""
    values = setting_values()
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)
