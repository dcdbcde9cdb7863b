from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from .access import roles_of


class StaffAccountAdapter(DefaultAccountAdapter):
    """Staff accounts are created by invitation only; nobody signs up."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        roles = roles_of(request.user)
        for role, url_name in settings.PORTAL_START_PAGES:
            if role in roles:
                return reverse(url_name)
        return str(super().get_login_redirect_url(request))

