from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class StaffAccountAdapter(DefaultAccountAdapter):
    """Staff accounts are created by invitation only; nobody signs up."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

