from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve

from .access import is_city_admin

# What an admin without TOTP may still reach: setting it up (which asks for the password again
# first), logging out, the health check and the language switch.
EXEMPT_URL_NAMES = frozenset(
    {
        "mfa_index", "mfa_activate_totp", "mfa_view_recovery_codes", "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes", "account_reauthenticate", "account_logout", "set_language",
        "health", "javascript-catalog",
    }
)


class RequireAdminMFAMiddleware:
    """City admins must set up TOTP before they can use anything else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and (user.is_superuser or is_city_admin(user))
            and not self._exempt(request)
            and not is_mfa_enabled(user, ["totp"])
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _exempt(request: HttpRequest) -> bool:
        if request.path_info.startswith("/static/"):
            return True
        try:
            return resolve(request.path_info).url_name in EXEMPT_URL_NAMES
        except Resolver404:
            return False


class UploadLimitMiddleware:
    """A request body larger than the upload limit (plus room for the form's other fields) is
    refused before Django reads it, with a page that says the limit: no file of any size is held
    in memory or on disk first. The import forms say the same for files just under the wire."""

    MARGIN = 256 * 1024

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.conf import settings
        from django.shortcuts import render

        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.PORTAL_UPLOAD_MAX_BYTES + self.MARGIN:
            return render(request, "413.html", {"limit_mb": settings.PORTAL_UPLOAD_MAX_BYTES // (1024 * 1024)},
                          status=413)
        return self.get_response(request)
