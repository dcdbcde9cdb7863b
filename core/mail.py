"""Outgoing mail goes through the outbox (core/outbox.py): written in the transaction of the change
that causes it, sent by a worker after the commit; a slow or failing SMTP server or a broker that
is down never fails a request, and a failed send is tried again."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings


def send_after_commit(
    *, subject: str, body: str, to: Sequence[str], attachments: Sequence[tuple[str, str, str]] = ()
) -> None:
    from .outbox import enqueue_mail

    payload = {"subject": subject, "body": body, "to": list(to), "attachments": [list(a) for a in attachments],
               "from_email": settings.DEFAULT_FROM_EMAIL}
    enqueue_mail(payload)


def send_templated_after_commit(
    *, template: str, context: dict, to: Sequence[str], language: str,
    attachments: Sequence[tuple[str, str, str]] = (),
) -> None:
    """Render ``<template>_subject.txt`` and ``<template>_body.txt`` in ``language`` (the
    recipient's, not the staff member's) and queue the mail for after the commit."""
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    send_after_commit(subject=subject, body=body, to=to, attachments=attachments)
