"""Writes of the refugees app: occupancy figures, one month or many (import)."""

from __future__ import annotations

from typing import Any

import tablib
from django.db import transaction
from django.utils.translation import gettext as _

from core.audit import audit_log
from core.models import AuditAction

from .models import Accommodation, Occupancy
from .resources import OccupancyResource


def occupancy_save(*, actor: Any, accommodation: Accommodation, data: dict[str, Any]) -> Occupancy:
    with transaction.atomic():
        occupancy, created = Occupancy.objects.update_or_create(
            accommodation=accommodation, month=data["month"],
            defaults={**{k: v for k, v in data.items() if k != "month"}, "updated_by": actor},
        )
        audit_log(actor=actor, action=AuditAction.CREATE if created else AuditAction.UPDATE, obj=occupancy,
                  organisation=accommodation.operator)
    return occupancy


class ImportFileError(Exception):
    pass


def load_spreadsheet(name: str, content: bytes) -> tablib.Dataset:
    """CSV or XLSX into a dataset; anything else is a clear error, not a crash."""
    lower = name.lower()
    try:
        if lower.endswith(".xlsx"):
            return tablib.Dataset().load(content, format="xlsx")
        if lower.endswith(".csv"):
            text = content.decode("utf-8-sig")
            if "\x00" in text:
                raise ValueError("binary")
            return tablib.Dataset().load(text, format="csv")
    except Exception as exc:  # noqa: BLE001 - every unreadable file gets the same answer
        raise ImportFileError(_("The file could not be read as a spreadsheet.")) from exc
    raise ImportFileError(_("Please upload a CSV or XLSX file."))


def occupancy_import(*, actor: Any, allowed: list[Accommodation], dataset: tablib.Dataset, dry_run: bool) -> Any:
    resource = OccupancyResource(allowed=allowed, user=actor)
    return resource.import_data(dataset, dry_run=dry_run, use_transactions=True, collect_failed_rows=True)
