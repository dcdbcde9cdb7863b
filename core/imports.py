"""One way to import spreadsheets for every app: upload, check every row, preview, confirm.

An app describes an import (``SpreadsheetImport``: its columns, who may use it, how a row is
checked and how the checked rows are written) and gets two views from ``import_views``: the page
(upload -> preview -> confirm) and the template download. The file is read by core/spreadsheets.py
(German Excel CSV, LibreOffice CSV, XLSX); the upload is kept in PostgreSQL between preview and
confirmation (ImportPreview: any web process may take the confirmation) and checked again on
confirmation, since records may have changed in between. Nothing is written unless every row is
right; the write is one transaction with its audit entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .access import StaffRequest, role_required
from .forms import AccessibleFormMixin
from .models import ImportPreview, User
from .services import import_preview_get, import_preview_store, import_preview_take
from .spreadsheets import (
    Column,
    RowError,
    SpreadsheetError,
    read_sheet,
    summarise,
    template_csv,
    template_workbook,
)


@dataclass
class Checked:
    """The outcome of checking a file: what would be written, and every problem found."""

    items: list[Any] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    preview: list[list[str]] = field(default_factory=list)  # a few rows as the user will see them


class SpreadsheetImport:
    """Subclass per import. ``check`` and ``write`` see only what ``scope(user)`` allows."""

    kind: str = ""
    title: Any = ""
    roles: tuple[str, ...] = ()
    done_url: str = ""  # where a finished import leads
    preview_header: tuple[Any, ...] = ()

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def example(self) -> dict[str, str]:
        return {c.name: c.example for c in self.columns()}

    def check(self, *, user: User, rows: list[dict[str, Any]], lines: list[int]) -> Checked:
        raise NotImplementedError

    def write(self, *, user: User, items: list[Any]) -> int:
        """Write the checked items (one transaction with the audit entry); returns the rows written."""
        raise NotImplementedError


class ImportForm(AccessibleFormMixin, forms.Form):
    file = forms.FileField(label=gettext_lazy("File (CSV or XLSX)"), allow_empty_file=True,
                           help_text=gettext_lazy("CSV as Excel or LibreOffice save it (semicolons or commas), "
                                                  "or XLSX."))
    delimiter = forms.ChoiceField(label=gettext_lazy("Separator in CSV files"), required=False, choices=[
        ("", gettext_lazy("recognise")), (";", gettext_lazy("semicolon ;")), (",", gettext_lazy("comma ,")),
        ("\t", gettext_lazy("tab"))])

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > settings.PORTAL_UPLOAD_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB. Please split it into smaller files.")
                % {"limit": settings.PORTAL_UPLOAD_MAX_BYTES // (1024 * 1024)})
        return upload


def import_confirm(importer: SpreadsheetImport, *, user: User, preview: ImportPreview, items: list[Any]) -> int | None:
    """Write a confirmed import and use up its preview in one transaction; None (nothing written) when
    another confirmation of the same preview came first."""
    with transaction.atomic():
        if not import_preview_take(preview=preview):
            return None
        return importer.write(user=user, items=items)


def _check_file(importer: SpreadsheetImport, *, user: User, name: str, content: bytes,
                delimiter: str | None) -> Checked:
    sheet = read_sheet(name=name, content=content, columns=importer.columns(), delimiter=delimiter)
    return importer.check(user=user, rows=sheet.rows, lines=sheet.lines)


def import_views(importer: SpreadsheetImport) -> tuple[Callable[..., HttpResponseBase], Callable[..., HttpResponseBase]]:
    """The import page and the template download for one import."""

    @role_required(*importer.roles)
    def page(request: StaffRequest) -> HttpResponse:
        form = ImportForm(request.POST or None, request.FILES or None)
        context: dict[str, Any] = {"form": form, "importer": importer, "columns": importer.columns()}
        if request.method == "POST" and request.POST.get("confirm"):
            preview = import_preview_get(user=request.user, kind=importer.kind, token=request.POST["confirm"])
            if preview is None or preview.content is None:
                messages.error(request, _("The preview has expired. Please upload the file again."))
                return redirect(request.path)
            try:
                checked = _check_file(importer, user=request.user, name=preview.file_name,
                                      content=bytes(preview.content),
                                      delimiter=(preview.rows[0] if preview.rows else {}).get("delimiter"))
            except SpreadsheetError as exc:
                context["file_error"] = str(exc)
            else:
                if checked.errors:
                    # Records changed since the preview: nothing is written, the reasons are shown.
                    context["errors"], context["error_total"] = summarise(checked.errors)
                else:
                    count = import_confirm(importer, user=request.user, preview=preview, items=checked.items)
                    if count is None:
                        messages.error(request, _("The preview has expired. Please upload the file again."))
                        return redirect(request.path)
                    messages.success(request, _("%(count)s rows imported.") % {"count": count})
                    return redirect(importer.done_url)
        elif request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            content = upload.read()
            delimiter = form.cleaned_data["delimiter"] or None
            try:
                checked = _check_file(importer, user=request.user, name=upload.name, content=content,
                                      delimiter=delimiter)
            except SpreadsheetError as exc:
                context["file_error"] = str(exc)
            else:
                if checked.errors:
                    context["errors"], context["error_total"] = summarise(checked.errors)
                else:
                    preview = import_preview_store(user=request.user, kind=importer.kind, organisation=None,
                                                   file_name=upload.name, rows=[{"delimiter": delimiter}],
                                                   lines=[], content=content)
                    context |= {"preview": preview, "checked": checked, "count": len(checked.items)}
        return render(request, "includes/import_page.html", context)

    @role_required(*importer.roles)
    def template(request: StaffRequest, fmt: str) -> HttpResponse:
        columns = importer.columns()
        if fmt == "xlsx":
            response = HttpResponse(template_workbook(columns=columns, title=str(importer.title),
                                                      example=importer.example()),
                                    content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        elif fmt == "csv":
            response = HttpResponse(template_csv(columns=columns, example=importer.example()),
                                    content_type="text/csv; charset=utf-8")
        else:
            raise Http404
        response["Content-Disposition"] = f'attachment; filename="{importer.kind}-template.{fmt}"'
        return response

    return page, template
