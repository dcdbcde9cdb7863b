"""The statistics, each one SQL aggregate per month (GROUPING SETS for its dimensions).

A month is recomputed by deleting its rows and inserting the aggregate in one transaction that
also moves the checkpoint: rerunning a month gives the same rows (idempotent), and a run killed
between months resumes after the last finished one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.db import connection, transaction
from django.utils import timezone

from .models import StatisticState, StatValue

TABLE = StatValue._meta.db_table
LOCAL_MONTH = "date_trunc('month', {col} AT TIME ZONE 'Europe/Berlin')::date"

# name -> (SQL selecting month, dimension, key, value for %(month)s, SQL giving the first month)
STATISTICS: dict[str, tuple[str, str]] = {
    "consultations": (
        f"""
        SELECT %(month)s::date, dim, key, count(*) FROM (
            SELECT c.id, 'channel' AS dim, c.channel AS key FROM welcome_consultation c
                WHERE {LOCAL_MONTH.format(col='c.held_at')} = %(month)s
            UNION ALL SELECT c.id, 'language', c.language FROM welcome_consultation c
                WHERE {LOCAL_MONTH.format(col='c.held_at')} = %(month)s
            UNION ALL SELECT c.id, 'target_group', tg.slug FROM welcome_consultation c
                JOIN welcome_targetgroup tg ON tg.id = c.target_group_id
                WHERE {LOCAL_MONTH.format(col='c.held_at')} = %(month)s
            UNION ALL SELECT c.id, 'organisation', o.name FROM welcome_consultation c
                JOIN core_organisation o ON o.id = c.organisation_id
                WHERE {LOCAL_MONTH.format(col='c.held_at')} = %(month)s
            UNION ALL SELECT c.id, 'topic', t.slug FROM welcome_consultation c
                JOIN welcome_consultation_topics ct ON ct.consultation_id = c.id
                JOIN welcome_topic t ON t.id = ct.topic_id
                WHERE {LOCAL_MONTH.format(col='c.held_at')} = %(month)s
            UNION ALL SELECT c.id, 'total', '' FROM welcome_consultation c
                WHERE {LOCAL_MONTH.format(col='c.held_at')} = %(month)s
        ) rows GROUP BY dim, key
        """,
        f"SELECT min({LOCAL_MONTH.format(col='held_at')}) FROM welcome_consultation",
    ),
    "occupancy": (
        """
        SELECT %(month)s::date, dim, key, sum(residents) FROM (
            SELECT 'district' AS dim, d.name AS key, o.residents FROM refugees_occupancy o
                JOIN refugees_accommodation a ON a.id = o.accommodation_id JOIN core_district d ON d.id = a.district_id
                WHERE o.month = %(month)s
            UNION ALL SELECT 'operator', org.name, o.residents FROM refugees_occupancy o
                JOIN refugees_accommodation a ON a.id = o.accommodation_id
                JOIN core_organisation org ON org.id = a.operator_id WHERE o.month = %(month)s
            UNION ALL SELECT 'total', '', o.residents FROM refugees_occupancy o WHERE o.month = %(month)s
        ) rows GROUP BY dim, key
        """,
        "SELECT min(month) FROM refugees_occupancy",
    ),
    "dialogues": (
        """
        SELECT %(month)s::date, dim, key, value FROM (
            SELECT 'held' AS dim, kind AS key, count(*) AS value FROM dialogues_dialogue
                WHERE date_trunc('month', held_on)::date = %(month)s GROUP BY kind
            UNION ALL SELECT 'participants', kind, sum(refugees + staff + volunteers + neighbours)
                FROM dialogues_dialogue WHERE date_trunc('month', held_on)::date = %(month)s GROUP BY kind
        ) rows
        """,
        "SELECT min(date_trunc('month', held_on)::date) FROM dialogues_dialogue",
    ),
}


def _months(first: date, last: date) -> list[date]:
    out, current = [], first.replace(day=1)
    while current <= last:
        out.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return out


def refresh(*, names: list[str] | None = None, full: bool = False, after_month: Callable[[str, date], None] | None = None,
            ) -> dict[str, int]:
    """Bring every statistic up to the current month; returns months computed per statistic."""
    done: dict[str, int] = {}
    this_month = timezone.localdate().replace(day=1)
    for name in names or list(STATISTICS):
        sql, first_sql = STATISTICS[name]
        state, _created = StatisticState.objects.get_or_create(name=name)
        with connection.cursor() as cursor:
            cursor.execute(first_sql)
            first = cursor.fetchone()[0]
        if first is None:
            done[name] = 0
            continue
        months = _months(first, this_month)
        if state.checkpoint and not full:
            # The current month is never final: it is recomputed on every run.
            months = [m for m in months if m > state.checkpoint or m == this_month]
        for month in months:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {TABLE} WHERE statistic = %s AND month = %s", [name, month])  # noqa: S608
                cursor.execute(
                    f"INSERT INTO {TABLE} (statistic, month, dimension, key, value) "  # noqa: S608
                    f"SELECT %(name)s, m, d, k, v FROM ({sql}) AS agg(m, d, k, v)",
                    {"name": name, "month": month},
                )
                StatisticState.objects.filter(pk=state.pk).update(
                    checkpoint=min(month, this_month), updated_at=timezone.now())
            done[name] = done.get(name, 0) + 1
            if after_month:
                after_month(name, month)
    return done


def suppress(value: int | None, *, threshold: int) -> int | str | None:
    """Groups smaller than the threshold are not shown (they could point at a person)."""
    if value is None or value == 0:
        return value
    return value if value >= threshold else f"<{threshold}"
