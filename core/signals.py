"""Audit receivers for authentication events; a city admin membership brings the admin permissions."""

from typing import Any

from allauth.account.signals import password_reset
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest

from .audit import audit_log
from .models import AuditAction, Membership, User


def _address(request: HttpRequest | None) -> dict[str, str]:
    """The client's address behind the configured proxies (core/client_ip.py), kept with login
    events only: who tried to get in from where is what an investigation needs."""
    from .client_ip import client_ip

    return {"address": client_ip(request)} if request is not None else {}


@receiver(user_logged_in, dispatch_uid="core_audit_login")
def _audit_login(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    audit_log(actor=user, action=AuditAction.LOGIN, detail=_address(request))


@receiver(user_logged_out, dispatch_uid="core_audit_logout")
def _audit_logout(sender: Any, request: HttpRequest | None, user: User | None, **kwargs: Any) -> None:
    if user is not None:
        audit_log(actor=user, action=AuditAction.LOGOUT, detail=_address(request))


@receiver(user_login_failed, dispatch_uid="core_audit_login_failed")
def _audit_login_failed(sender: Any, credentials: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
    # The attempted email is not kept: a failed login may be a typo of someone else's address.
    audit_log(actor=None, action=AuditAction.LOGIN_FAILED, detail=_address(request))


@receiver(post_save, sender=Membership, dispatch_uid="core_admin_sync_save")
@receiver(post_delete, sender=Membership, dispatch_uid="core_admin_sync_delete")
def _membership_changed(sender: Any, instance: Membership, **kwargs: Any) -> None:
    from .admin_group import sync_user

    sync_user(instance.user)


@receiver(password_reset, dispatch_uid="core_verify_email_on_password_set")
def _email_verified_by_the_link(sender: Any, request: HttpRequest, user: User, **kwargs: Any) -> None:
    """Staff set their first password through the one-time link mailed to them: that proves the
    address. Without a verified address allauth refuses to set up two-factor authentication, and
    admins must have it (an invited admin could otherwise never use the portal)."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True})
