"""Writes of the shared app: inviting staff, import previews."""

from __future__ import annotations

from typing import Any

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.db import transaction
from django.urls import reverse

from .audit import audit_log
from .mail import send_templated_after_commit
from .models import AuditAction, ImportPreview, Membership, Organisation, User


def staff_invite(
    *,
    invited_by: User,
    email: str,
    first_name: str,
    last_name: str,
    organisation: Organisation,
    role: str,
    base_url: str,
) -> User:
    """Create a staff account without a password and mail a link to set one."""
    with transaction.atomic():
        user = User.objects.create_user(email=email, password=None, first_name=first_name, last_name=last_name)
        Membership.objects.create(user=user, organisation=organisation, role=role)
        audit_log(actor=invited_by, action=AuditAction.INVITE, obj=user, organisation=organisation)
        key = default_token_generator.make_token(user)
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": user_pk_to_url_str(user), "key": key})
        link = base_url.rstrip("/") + path
        send_templated_after_commit(
            template="core/email/invite", to=[user.email], language=user.preferred_language,
            context={"user": user, "organisation": organisation, "link": link, "invited_by": invited_by},
        )
    return user


def import_preview_store(*, user: User, kind: str, organisation: Organisation | None, file_name: str,
                         rows: list[dict[str, Any]], lines: list[int], content: bytes | None = None) -> ImportPreview:
    """Keep a checked upload until the user confirms it (any web process can take it from here)."""
    with transaction.atomic():
        # One pending preview per user and import: a new upload replaces the last.
        ImportPreview.objects.filter(user=user, kind=kind).delete()
        return ImportPreview.objects.create(user=user, kind=kind, organisation=organisation,
                                            file_name=file_name[:255], rows=rows, lines=lines, content=content)


def import_preview_get(*, user: User, kind: str, token: str) -> ImportPreview | None:
    return ImportPreview.objects.filter(user=user, kind=kind, token=token).first()


def import_preview_discard(*, preview: ImportPreview) -> None:
    ImportPreview.objects.filter(pk=preview.pk).delete()
