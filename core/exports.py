"""One way to write exports for every app: rows in, CSV or XLSX out, in constant memory.

Values beginning with = + - @ (or a tab / carriage return) are prefixed with an apostrophe so a
spreadsheet never runs them as formulas (CSV/formula injection).
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

import xlsxwriter
from django.http import FileResponse, StreamingHttpResponse

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
