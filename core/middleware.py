from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from .access import is_city_admin


class RequireAdminMFAMiddleware:
    """City admins must set up TOTP before they can use anything else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and (user.is_superuser or is_city_admin(user))
            and not self._exempt(request.path)
            and not is_mfa_enabled(user, ["totp"])
        ):
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _exempt(path: str) -> bool:
        exempt = (reverse("mfa_index"), reverse("account_logout"), "/static/", "/health/", "/i18n/")
        return any(part in path for part in exempt) or "/accounts/2fa/" in path
