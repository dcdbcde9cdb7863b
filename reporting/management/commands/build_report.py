"""Build a report on the command line (for cron): ./portal manage build_report ...

The statistics are brought up to date first (new months only; --full-refresh for all)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils.dateparse import parse_date

from reporting.report import BUILDERS
from reporting.statistics import refresh


class Command(BaseCommand):
    help = "Build the refugee report or the Welcome Center evaluation for a period as an XLSX file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--kind", choices=sorted(BUILDERS), default="refugee_report")
        parser.add_argument("--full-refresh", action="store_true", help="recompute all statistics first")
        parser.add_argument("--from", dest="start", required=True, help="2016-01-01")
        parser.add_argument("--to", dest="end", required=True, help="2017-12-31")
        parser.add_argument("--language", default="de")
        parser.add_argument("--key-date", dest="key_date", default="",
                            help="FIM places occupied on this day (default: the 15th of the last month)")
        parser.add_argument("--out", required=True, help="the .xlsx file to write")

    def handle(self, *args: Any, kind: str, full_refresh: bool, start: str, end: str, language: str, out: str,
               key_date: str, **options: Any) -> None:
        start_date, end_date = parse_date(start), parse_date(end)
        if not start_date or not end_date or end_date < start_date:
            self.stderr.write("give --from and --to as dates, the end after the start")
            raise SystemExit(2)
        day = parse_date(key_date) if key_date else None
        if key_date and day is None:
            self.stderr.write("give --key-date as a date, e.g. 2017-08-15")
            raise SystemExit(2)
        refresh(full=full_refresh)
        with open(out, "wb") as target:
            BUILDERS[kind](target, start=start_date, end=end_date, lang=language, key_date=day)
        self.stdout.write(self.style.SUCCESS(f"written {out}"))
