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
from functools import partial
from typing import TYPE_CHECKING, Any

import xlsxwriter
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.utils import timezone

if TYPE_CHECKING:
    from .access import StaffRequest
    from .models import ExportJob, User

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
    queryset: Callable[[User], QuerySet[Any]]
    columns: tuple[Column, ...]


# --- Exports as Celery jobs ----------------------------------------------------------------------
#
# A CSV streams from its first row in the request. An XLSX cannot (the workbook is a zip written at
# the end), and a million rows take longer than the production server's 30-second request timeout:
# it is built by a job on the long queue, like the reports. Apps register their exports here from
# their AppConfig.ready(), so the worker knows them too ("<app>:<name>").

@dataclass(frozen=True)
class Export:
    """What a job writes: a sheet title, the header and the rows, for one user's scope."""

    title: str
    header: list[str]
    rows: Iterable[Sequence[Any]]
    count: int


ExportBuilder = Callable[["User", dict[str, Any]], Export]
EXPORTS: dict[str, ExportBuilder] = {}
JOB_EXPIRY_DAYS = 7
PROGRESS_EVERY = 5000


def register(app: str, name: str, builder: ExportBuilder) -> None:
    EXPORTS[f"{app}:{name}"] = builder


def register_datasets(app: str, datasets: dict[str, Dataset]) -> None:
    for name, dataset in datasets.items():
        register(app, name, partial(_dataset_export, dataset))


def _dataset_export(dataset: Dataset, user: User, params: dict[str, Any]) -> Export:
    return dataset_rows(dataset, user)


def dataset_rows(dataset: Dataset, user: User) -> Export:
    columns = dataset.columns
    labels = [{str(v): str(label) for v, label in c.choices.choices} if c.choices else None for c in columns]
    queryset = dataset.queryset(user).order_by("pk").values_list(*[c.path for c in columns])

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

    return Export(title=str(dataset.title), header=[str(c.header) for c in columns], rows=rows(),
                  count=queryset.count())


def export_request(*, user: User, kind: str, title: str, params: dict[str, Any], language: str) -> ExportJob:
    """Queue an XLSX export for ``user`` (a job the worker claims)."""
    from django.db import transaction

    from .audit import audit_log
    from .models import AuditAction, ExportJob
    from .outbox import enqueue_task

    if kind not in EXPORTS:
        raise Http404
    with transaction.atomic():
        job = ExportJob.objects.create(user=user, kind=kind, title=title[:200], params=params, language=language)
        audit_log(actor=user, action=AuditAction.EXPORT, obj=job, detail={"export": kind, "format": "xlsx"})
        enqueue_task("core.tasks.export_build", job.pk)
    return job


def export_run(*, job_id: int, stale_after_seconds: int | None = None) -> bool:
    """Claim the job and build it. A job whose worker died mid-way (running, claimed long ago) is
    claimed again; a second worker finds nothing to claim."""
    from datetime import timedelta

    from django.conf import settings
    from django.core.files import File
    from django.db.models import Q
    from django.utils import translation

    from .access import memberships_of
    from .models import ExportJob

    stale_after_seconds = stale_after_seconds or settings.PORTAL_JOB_STALE_SECONDS
    now = timezone.now()
    claimable = Q(status=ExportJob.Status.PENDING) | Q(
        status=ExportJob.Status.RUNNING, claimed_at__lt=now - timedelta(seconds=stale_after_seconds))
    if not ExportJob.objects.filter(claimable, pk=job_id).update(status=ExportJob.Status.RUNNING, progress=1,
                                                                 claimed_at=now):
        return False
    job = ExportJob.objects.select_related("user").get(pk=job_id)
    memberships_of(job.user)  # the scope is the requester's, read as the job starts
    try:
        with translation.override(job.language), tempfile.TemporaryFile(suffix=".xlsx") as tmp:
            export = EXPORTS[job.kind](job.user, job.params)
            total = max(export.count, 1)

            def counted() -> Iterator[Sequence[Any]]:
                for index, row in enumerate(export.rows, start=1):
                    if index % PROGRESS_EVERY == 0:
                        ExportJob.objects.filter(pk=job_id).update(progress=min(98, 1 + index * 97 // total),
                                                                   claimed_at=timezone.now())  # heartbeat
                    yield row

            written = write_xlsx(tmp, sheet=export.title, header=export.header, rows=counted())
            tmp.seek(0)
            job.file.save(f"{job.kind.replace(':', '-')}-{timezone.localdate():%Y-%m-%d}.xlsx", File(tmp), save=False)
    except Exception:
        ExportJob.objects.filter(pk=job_id).update(status=ExportJob.Status.FAILED)
        raise
    job.status = ExportJob.Status.DONE
    job.progress = 100
    job.rows = written
    job.expires_at = timezone.now() + timedelta(days=JOB_EXPIRY_DAYS)
    job.save(update_fields=["file", "status", "progress", "rows", "expires_at"])
    return True


def exports_expire() -> int:
    from .models import ExportJob

    count = 0
    for job in ExportJob.objects.filter(expires_at__lt=timezone.now()).exclude(file=""):
        job.file.delete(save=False)
        ExportJob.objects.filter(pk=job.pk).update(file="")
        count += 1
    return count


def dataset_export(request: StaffRequest, datasets: dict[str, Dataset], name: str, fmt: str, *,
                   app: str = "") -> HttpResponseBase:
    """A dataset as CSV (streamed from a server-side cursor, rows written as they come) or as XLSX
    (a job: see above)."""
    from django.shortcuts import redirect
    from django.utils import translation

    from core.access import has_role
    from core.audit import audit_log
    from core.models import AuditAction

    dataset = datasets.get(name)
    if dataset is None or fmt not in {"csv", "xlsx"}:
        raise Http404
    if not has_role(request.user, *dataset.roles):
        raise PermissionDenied
    if fmt == "xlsx":
        job = export_request(user=request.user, kind=f"{app}:{name}", title=str(dataset.title), params={},
                             language=translation.get_language() or "de")
        return redirect("core:export_job", pk=job.pk)
    export = dataset_rows(dataset, request.user)
    audit_log(actor=request.user, action=AuditAction.EXPORT, model=dataset.model, detail={"dataset": name, "format": fmt})
    return csv_response(f"{name}-{timezone.localdate():%Y-%m-%d}.csv", export.header, export.rows)


def export_view(datasets: dict[str, Dataset], app: str = "") -> Callable[..., HttpResponseBase]:
    """One export URL per app: /staff/<app>/export/<dataset>.<csv|xlsx>."""
    from core.access import role_required

    roles = sorted({role for dataset in datasets.values() for role in dataset.roles})

    @role_required(*roles)
    def export(request: StaffRequest, dataset: str, fmt: str) -> HttpResponseBase:
        return dataset_export(request, datasets, dataset, fmt, app=app)

    return export
