"""Writes of the shared app: inviting staff, import previews; filling a model from a form's cleaned values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.db import models, transaction
from django.urls import reverse

from .audit import audit_log
from .mail import send_templated_after_commit
from .models import AuditAction, ImportPreview, Membership, Organisation, User


def instance_fill(instance: models.Model, data: Mapping[str, Any]) -> dict[str, Any]:
    """Set the values a view took from a ModelForm (core.forms.model_values) on ``instance``, for
    services that take values rather than forms. Returns the many-to-many values, which can be set
    only once the row is saved. A name that is not a field of the model raises FieldDoesNotExist."""
    many: dict[str, Any] = {}
    for name, value in data.items():
        if instance._meta.get_field(name).many_to_many:
            many[name] = value
        else:
            setattr(instance, name, value)
    return many


def instance_set_many(instance: models.Model, many: Mapping[str, Any]) -> None:
    """Set the many-to-many values ``instance_fill`` returned, after the row is saved."""
    for name, values in many.items():
        getattr(instance, name).set(values)


@dataclass(frozen=True)
class RowChange:
    """One changed row of a model formset, as values."""

    pk: int | None  # None: a new row
    delete: bool
    values: dict[str, Any]


def rows_apply(related: Any, changes: list[RowChange]) -> None:
    """Write ``changes`` (rows without many-to-many fields) through a related manager
    (``offer.hours``): a row outside it is not found. Rows are saved or deleted one by one, not by
    a bulk UPDATE, so the models' signals (the booking's slot cache) see every change."""
    for change in changes:
        if change.delete:
            related.filter(pk=change.pk).delete()
        elif change.pk is None:
            related.create(**change.values)
        else:
            row = related.get(pk=change.pk)
            for name, value in change.values.items():
                setattr(row, name, value)
            row.save(update_fields=list(change.values))


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


def import_preview_take(*, preview: ImportPreview) -> bool:
    """Use up a preview on its confirmation; False when another confirmation of it (a double click, a
    second tab) took it first. Called in the transaction that writes the import: one of them writes."""
    deleted, _rows = ImportPreview.objects.filter(pk=preview.pk).delete()
    return deleted > 0
