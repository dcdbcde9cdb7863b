"""One way to write exports for every app: rows in, CSV or XLSX out, in constant memory.

Values beginning with = + - @ (or a tab / carriage return) are prefixed with an apostrophe so a
spreadsheet never runs them as formulas (CSV/formula injection).
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import xlsxwriter
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import FileResponse, Http404, HttpRequest, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.utils import timezone

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_response(filename: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield "\ufeff"  # BOM: Excel then reads UTF-8 correctly
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow(
                [safe_cell(v.isoformat(sep=" ") if isinstance(v, datetime) else v) for v in row]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def write_xlsx(target: Any, *, sheet: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write one sheet with xlsxwriter's constant_memory mode; returns the number of data rows."""
    workbook = xlsxwriter.Workbook(target, {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "remove_timezone": True})
    worksheet = workbook.add_worksheet(sheet[:31])
    bold = workbook.add_format({"bold": True})
    datetime_fmt = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    date_fmt = workbook.add_format({"num_format": "yyyy-mm-dd"})
    worksheet.freeze_panes(1, 0)
    for col, title in enumerate(header):
        worksheet.write_string(0, col, str(title), bold)
        worksheet.set_column(col, col, max(12, min(40, len(str(title)) + 4)))
    count = 0
    for count, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, datetime):
                worksheet.write_datetime(count, col, value, datetime_fmt)
            elif isinstance(value, date):
                worksheet.write_datetime(count, col, value, date_fmt)
            elif isinstance(value, bool):
                worksheet.write_boolean(count, col, value)
            elif isinstance(value, int | float):
                worksheet.write_number(count, col, value)
            else:
                worksheet.write_string(count, col, str(safe_cell(str(value))))
    workbook.close()
    return count


def xlsx_response(filename: str, *, sheet: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> FileResponse:
    # The workbook is built in a temporary file (xlsxwriter needs to seek), then streamed from disk.
    tmp = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    write_xlsx(tmp, sheet=sheet, header=header, rows=rows)
    tmp.seek(0)
    return FileResponse(
        tmp,
        as_attachment=True,
        filename=filename,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@dataclass(frozen=True)
class Column:
    header: Any  # a lazily translated heading
    path: str  # a values_list() path, or an annotation of the queryset
    choices: Any = None  # TextChoices: the code is written as its label


@dataclass(frozen=True)
class Dataset:
    """Raw records of one model for export: who may, which rows (the model's access helper), which columns."""

    title: Any
    roles: tuple[str, ...]
    model: type[Model]
    queryset: Callable[[Any], QuerySet[Any]]
    columns: tuple[Column, ...]


def dataset_export(request: HttpRequest, datasets: dict[str, Dataset], name: str, fmt: str) -> HttpResponseBase:
    """Stream a dataset as CSV or XLSX in constant memory (a server-side cursor, rows written as they come)."""
    from core.access import has_role
    from core.audit import audit_log
    from core.models import AuditAction

    dataset = datasets.get(name)
    if dataset is None or fmt not in {"csv", "xlsx"}:
        raise Http404
    if not has_role(request.user, *dataset.roles):
        raise PermissionDenied
    columns = dataset.columns
    labels = [{str(v): str(label) for v, label in c.choices.choices} if c.choices else None for c in columns]
    queryset = dataset.queryset(request.user).order_by("pk").values_list(*[c.path for c in columns])

    def cell(value: Any, label: dict[str, str] | None) -> Any:
        if label and value is not None:
            return label.get(str(value), value)
        if isinstance(value, list):
            return ", ".join(map(str, value))
        if isinstance(value, datetime) and timezone.is_aware(value):
            return timezone.localtime(value)  # wall-clock time in the city
        return value

    def rows() -> Iterator[list[Any]]:
        for row in queryset.iterator(chunk_size=2000):
            yield [cell(v, label) for v, label in zip(row, labels, strict=True)]

    audit_log(actor=request.user, action=AuditAction.EXPORT, model=dataset.model, detail={"dataset": name, "format": fmt})
    header = [str(c.header) for c in columns]
    filename = f"{name}-{timezone.localdate():%Y-%m-%d}.{fmt}"
    if fmt == "csv":
        return csv_response(filename, header, rows())
    return xlsx_response(filename, sheet=str(dataset.title), header=header, rows=rows())


def export_view(datasets: dict[str, Dataset]) -> Callable[..., HttpResponseBase]:
    """One export URL per app: /staff/<app>/export/<dataset>.<csv|xlsx>."""
    from core.access import role_required

    roles = sorted({role for dataset in datasets.values() for role in dataset.roles})

    @role_required(*roles)
    def export(request: HttpRequest, dataset: str, fmt: str) -> HttpResponseBase:
        return dataset_export(request, datasets, dataset, fmt)

    return export
