"""Reading the spreadsheets German offices save: CSV from Excel or LibreOffice (UTF-8 with or
without BOM, Windows-1252, ``;`` or ``,``, CRLF) and XLSX with real date cells.

A file-level problem (empty, unreadable, missing or unknown columns) is one plain message, never a
list and never followed by row errors. Rows carry the line number of the sheet the user looks at
(the header is line 1, so data row 1 is line 2).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_ERRORS_SHOWN = 50


class SpreadsheetError(Exception):
    """A problem with the file as a whole: one sentence for the user."""


@dataclass(frozen=True)
class Column:
    """A column of an import: its code name and its label (translated), both accepted as header."""

    name: str
    label: Callable[[], str]
    required: bool = False
    help: Callable[[], str] = lambda: ""
    example: str = ""


@dataclass
class Sheet:
    headers: list[str]
    rows: list[dict[str, Any]]  # keyed by column code name
    lines: list[int] = field(default_factory=list)  # the sheet's line number of each row


@dataclass(frozen=True)
class RowError:
    row: int  # 1 = the first data row
    column: str  # the header as the user wrote it; "" when the row as a whole is wrong
    message: str
    line: int | None = None  # the sheet's line, when blank lines make it differ from row + 1

    def __str__(self) -> str:
        line = self.line or self.row + 1
        if self.column:
            return _("Row %(row)s (line %(line)s of the sheet), column “%(column)s”: %(message)s") % {
                "row": self.row, "line": line, "column": self.column, "message": self.message}
        return _("Row %(row)s (line %(line)s of the sheet): %(message)s") % {
            "row": self.row, "line": line, "message": self.message}


def summarise(errors: list[RowError]) -> tuple[list[str], str]:
    """At most MAX_ERRORS_SHOWN messages and a sentence with the total."""
    shown = [str(e) for e in errors[:MAX_ERRORS_SHOWN]]
    total = ngettext(
        "%(count)s problem found; nothing was imported.",
        "%(count)s problems found; nothing was imported.", len(errors)) % {"count": len(errors)}
    if len(errors) > MAX_ERRORS_SHOWN:
        total += " " + _("The first %(shown)s are listed.") % {"shown": MAX_ERRORS_SHOWN}
    return shown, total


def _decode(content: bytes) -> str:
    if content.startswith(b"\xef\xbb\xbf"):
        return content[3:].decode("utf-8")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        # Older Excel saves "CSV (Trennzeichen-getrennt)" in the Windows code page.
        return content.decode("cp1252")


def _read_csv(content: bytes, delimiter: str | None) -> list[list[Any]]:
    text = _decode(content)
    if "\x00" in text:
        raise SpreadsheetError(_("The file could not be read as a spreadsheet."))
    if delimiter is None:
        first = text.split("\n", 1)[0]
        # German Excel writes ";" (the comma is the decimal sign); the header row tells which.
        delimiter = ";" if first.count(";") >= max(first.count(","), 1) else ("\t" if "\t" in first else ",")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def _read_xlsx(content: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a broken or foreign file gets one plain answer
        raise SpreadsheetError(_("The file could not be read as a spreadsheet.")) from exc
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def read_sheet(*, name: str, content: bytes, columns: Iterable[Column], delimiter: str | None = None) -> Sheet:
    """Parse an upload into rows keyed by the columns' code names; file-level problems raise."""
    columns = list(columns)
    lower = name.lower()
    if lower.endswith(".xlsx"):
        raw = _read_xlsx(content)
    elif lower.endswith((".csv", ".txt")):
        try:
            raw = _read_csv(content, delimiter)
        except (UnicodeDecodeError, csv.Error) as exc:
            raise SpreadsheetError(_("The file could not be read as a spreadsheet.")) from exc
    else:
        raise SpreadsheetError(_("Please upload a CSV or XLSX file."))
    # Blank lines (Excel leaves some at the end) are not rows.
    numbered = [(i + 1, row) for i, row in enumerate(raw)
                if any(cell not in (None, "") and str(cell).strip() for cell in row)]
    if not numbered:
        raise SpreadsheetError(_("The file is empty."))
    header_line, header_row = numbered[0]
    headers = [str(h or "").strip() for h in header_row]
    lookup: dict[str, Column] = {}
    # A German office's sheet may come to a colleague who works in English: the headers of the
    # template in any of the site's languages are understood, and the code names as well.
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for column in columns:
                lookup[column.label().casefold()] = column
    for column in columns:
        lookup[column.name.casefold()] = column
        lookup[column.label().casefold()] = column
    mapped: list[Column | None] = []
    unknown: list[str] = []
    for header in headers:
        found = lookup.get(header.casefold())
        if found is None and header:
            unknown.append(header)
        mapped.append(found)
    present = {c.name for c in mapped if c}
    missing = [c.label() for c in columns if c.required and c.name not in present]
    if missing:
        raise SpreadsheetError(ngettext(
            "The column “%(columns)s” is missing. Please use the template: the first line names the columns.",
            "The columns %(columns)s are missing. Please use the template: the first line names the columns.",
            len(missing)) % {"columns": ", ".join(f"“{m}”" for m in missing) if len(missing) > 1 else missing[0]})
    if unknown:
        raise SpreadsheetError(ngettext(
            "The column “%(columns)s” is unknown. Please use the column names of the template.",
            "The columns %(columns)s are unknown. Please use the column names of the template.",
            len(unknown)) % {"columns": ", ".join(f"“{u}”" for u in unknown) if len(unknown) > 1 else unknown[0]})
    if len(numbered) == 1:
        raise SpreadsheetError(_("The file has column names but no rows."))
    rows: list[dict[str, Any]] = []
    lines: list[int] = []
    for line, raw_row in numbered[1:]:
        row: dict[str, Any] = {}
        for index, target in enumerate(mapped):
            if target is not None and index < len(raw_row):
                value = raw_row[index]
                row[target.name] = value.strip() if isinstance(value, str) else value
        rows.append(row)
        lines.append(line - header_line + 1)
    return Sheet(headers=headers, rows=rows, lines=lines)


def header_of(columns: Iterable[Column], name: str) -> str:
    for column in columns:
        if column.name == name:
            return column.label()
    return name


# --- values as German offices write them ---------------------------------------------------------

def parse_date(value: Any) -> date | None:
    """A date cell, or 01.11.2017 / 1.11.17 / 2017-11-01 as text."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if "T" in text:
        try:
            return datetime.fromisoformat(text).date()  # a date cell kept in a stored preview
        except ValueError:
            pass
    for fmt in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:
            continue
    raise ValueError(_("“%(value)s” is not a date (for example 01.11.2017).") % {"value": value})


def parse_number(value: Any) -> Decimal | None:
    """1.234 / 1.234,5 (German) or 1234.5 / 1,234.5 as text, or a number cell."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return Decimal(str(value))
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".") if len(text.split(",")[-1]) != 3 else text.replace(",", "")
    elif text.count(".") == 1 and len(text.split(".")[-1]) == 3:
        text = text.replace(".", "")  # 1.234: German thousands
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(_("“%(value)s” is not a number.") % {"value": value}) from None


def parse_bool(value: Any) -> bool:
    if value in (None, ""):
        return False
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in {"1", "x", "ja", "yes", "true", "wahr", "j", "y", _("yes").casefold()}:
        return True
    if text in {"0", "nein", "no", "false", "falsch", "n", "-", _("no").casefold()}:
        return False
    raise ValueError(_("“%(value)s” is not yes or no.") % {"value": value})


def parse_list(value: Any) -> list[str]:
    """Several values in one cell, separated by commas, semicolons or line breaks."""
    if value in (None, ""):
        return []
    text = str(value).replace(";", ",").replace("\n", ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def template_workbook(*, columns: list[Column], title: str, example: dict[str, str]) -> bytes:
    """An XLSX template: the columns in the user's language with one example row, and a second
    sheet that explains each column."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    bold = workbook.add_format({"bold": True})
    data = workbook.add_worksheet(title[:31])
    for index, column in enumerate(columns):
        data.write_string(0, index, column.label(), bold)
        data.write_string(1, index, str(example.get(column.name, column.example)))
        data.set_column(index, index, max(14, len(column.label()) + 2))
    data.freeze_panes(1, 0)
    help_sheet = workbook.add_worksheet(_("Columns")[:31])
    help_sheet.write_string(0, 0, _("Column"), bold)
    help_sheet.write_string(0, 1, _("Required"), bold)
    help_sheet.write_string(0, 2, _("What to enter"), bold)
    for index, column in enumerate(columns, start=1):
        help_sheet.write_string(index, 0, column.label())
        help_sheet.write_string(index, 1, _("yes") if column.required else _("no"))
        help_sheet.write_string(index, 2, column.help())
    help_sheet.set_column(0, 0, 28)
    help_sheet.set_column(2, 2, 90)
    workbook.close()
    return buffer.getvalue()


def template_csv(*, columns: list[Column], example: dict[str, str]) -> bytes:
    """The same template as CSV the way German Excel saves it: BOM, semicolons, CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.label() for c in columns])
    writer.writerow([str(example.get(c.name, c.example)) for c in columns])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
