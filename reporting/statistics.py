"""The statistics: SQL aggregates per month and dimension, stored in ``StatValue``.

Each statistic is one SQL statement over a range of months, ``[%(start)s, %(end)s)``, that returns
``(month, dimension, key, value)`` rows; the breakdowns of one table come from one scan with
GROUPING SETS. Timestamps are filtered by a range on the indexed column (sargable) and grouped by
``date_trunc`` of the Berlin wall-clock timestamp.

A run works through the months in chunks. A chunk is recomputed by deleting its rows and inserting
the aggregate in one transaction that also moves the statistic's checkpoint: rerunning gives the
same rows (idempotent), and a run killed between chunks resumes after the last finished one. The
current and the previous month are recomputed on every run (entries arrive late); ``full=True``
recomputes everything (weekly by beat, as records may change after the fact).

Keys are codes, slugs and the names of organisations, districts and circles: never a person.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.db import connection, transaction
from django.utils import timezone

from .models import StatisticState, StatValue

TABLE = StatValue._meta.db_table
TZ = "'Europe/Berlin'"


def _month_of(col: str) -> str:
    return f"date_trunc('month', {col} AT TIME ZONE {TZ})::date"


def _in_range(col: str) -> str:
    """A timestamptz column inside the chunk, as a range the column's index can serve."""
    return (f"{col} >= (%(start)s::timestamp AT TIME ZONE {TZ}) "
            f"AND {col} < (%(end)s::timestamp AT TIME ZONE {TZ})")


def _dim(*names: str) -> str:
    """The dimension of a GROUPING SETS row: the one grouped column, or 'total'."""
    cases = " ".join(f"WHEN grouping({n}) = 0 THEN '{n}'" for n in names)
    return f"CASE {cases} ELSE 'total' END"


def _key(*names: str) -> str:
    cases = " ".join(f"WHEN grouping({n}) = 0 THEN coalesce({n}::text, '')" for n in names)
    return f"left(CASE {cases} ELSE '' END, 120)"


def _sets(*names: str) -> str:
    return "GROUPING SETS (" + ", ".join(f"(month, {n})" for n in names) + ", (month))"


# Month-end snapshots ("active at the end of the month") join this series of months.
SERIES = ("(SELECT m::date AS month, (m + interval '1 month' - interval '1 day')::date AS last_day "
          "FROM generate_series(%(start)s::date, %(end)s::date - 1, interval '1 month') AS m)")
FIRST_DAY_OF = "make_date({y}, 1, 1)"
TANDEM_START = "coalesce(t.started_on, t.proposed_on)"


@dataclass(frozen=True)
class Statistic:
    sql: str  # rows (month, dimension, key, value) for the months in [%(start)s, %(end)s)
    first: str  # the first month with data (NULL when there is none)


CONSULTATION_DIMS = ("channel", "language", "target_group", "organisation")
APPOINTMENT_DIMS = ("status", "channel", "language", "topic", "organisation")
OCCUPANCY_DIMS = ("district", "operator")

STATISTICS: dict[str, Statistic] = {
    # Individual contacts of the Welcome Center and its partners.
    "consultations": Statistic(
        f"""
        SELECT month, {_dim(*CONSULTATION_DIMS)}, {_key(*CONSULTATION_DIMS)}, count(*) FROM (
            SELECT {_month_of('c.held_at')} AS month, c.channel, c.language, tg.slug AS target_group,
                   o.name AS organisation
            FROM welcome_consultation c
            JOIN welcome_targetgroup tg ON tg.id = c.target_group_id
            JOIN core_organisation o ON o.id = c.organisation_id
            WHERE {_in_range('c.held_at')}
        ) rows GROUP BY {_sets(*CONSULTATION_DIMS)}
        UNION ALL
        SELECT {_month_of('c.held_at')}, 'topic', t.slug, count(*)
        FROM welcome_consultation c
        JOIN welcome_consultation_topics ct ON ct.consultation_id = c.id
        JOIN welcome_topic t ON t.id = ct.topic_id
        WHERE {_in_range('c.held_at')} GROUP BY 1, 3
        """,
        f"SELECT {_month_of('min(held_at)')} FROM welcome_consultation",
    ),
    # Booked appointments by what became of them (held = awaiting confirmation, never booked).
    "appointments": Statistic(
        f"""
        SELECT month, {_dim(*APPOINTMENT_DIMS)}, {_key(*APPOINTMENT_DIMS)}, count(*) FROM (
            SELECT {_month_of('a.starts_at')} AS month, a.status, a.channel, a.language, t.slug AS topic,
                   o.name AS organisation
            FROM welcome_appointment a
            JOIN welcome_topic t ON t.id = a.topic_id
            JOIN core_organisation o ON o.id = a.organisation_id
            WHERE {_in_range('a.starts_at')} AND a.status IN ('confirmed', 'cancelled', 'attended', 'no_show')
        ) rows GROUP BY {_sets(*APPOINTMENT_DIMS)}
        """,
        f"SELECT {_month_of('min(starts_at)')} FROM welcome_appointment",
    ),
    # Group events held and their participants (attendance recorded, else confirmed sign-ups).
    "group_events": Statistic(
        f"""
        SELECT month, dim, format, sum(value)::bigint FROM (
            SELECT {_month_of('e.starts_at')} AS month, e.format,
                   1 AS events, count(r.id) FILTER (WHERE r.status = 'confirmed') AS registered,
                   CASE WHEN bool_or(r.attended IS NOT NULL)
                        THEN count(r.id) FILTER (WHERE r.attended)
                        ELSE count(r.id) FILTER (WHERE r.status = 'confirmed') END AS participants
            FROM welcome_groupevent e LEFT JOIN welcome_registration r ON r.event_id = e.id
            WHERE {_in_range('e.starts_at')} GROUP BY e.id
        ) per_event
        CROSS JOIN LATERAL (VALUES ('events', events), ('registered', registered),
                                   ('participants', participants)) AS v(dim, value)
        GROUP BY month, dim, format
        """,
        f"SELECT {_month_of('min(starts_at)')} FROM welcome_groupevent",
    ),
    # People in the accommodations (the report's "Abbildung 1").
    "occupancy": Statistic(
        f"""
        SELECT month, {_dim(*OCCUPANCY_DIMS)}, {_key(*OCCUPANCY_DIMS)}, sum(residents)::bigint FROM (
            SELECT o.month, d.name AS district, org.name AS operator, o.residents
            FROM refugees_occupancy o
            JOIN refugees_accommodation a ON a.id = o.accommodation_id
            JOIN core_district d ON d.id = a.district_id
            JOIN core_organisation org ON org.id = a.operator_id
            WHERE o.month >= %(start)s AND o.month < %(end)s
        ) rows GROUP BY {_sets(*OCCUPANCY_DIMS)}
        """,
        "SELECT min(month) FROM refugees_occupancy",
    ),
    # Chapter 1: people who came into or left the accommodations, by stage, and why they left.
    "movements": Statistic(
        """
        SELECT m.month, CASE WHEN m.direction = 'arrival' THEN 'arrivals' ELSE 'departures' END, m.stage,
               sum(m.people)::bigint
            FROM refugees_movement m WHERE m.month >= %(start)s AND m.month < %(end)s GROUP BY 1, 2, 3
        UNION ALL
        SELECT m.month, 'departure_reason', m.reason, sum(m.people)::bigint
            FROM refugees_movement m WHERE m.direction = 'departure' AND m.month >= %(start)s AND m.month < %(end)s
            GROUP BY 1, 3
        """,
        "SELECT min(month) FROM refugees_movement",
    ),
    # Chapter 1: the city's quota in force at the month's end, in hundredths of a percent (6.47 % = 647).
    "quota": Statistic(
        f"""
        SELECT s.month, 'percent_hundredths', '', round(q.percent * 100)::bigint FROM {SERIES} s
            CROSS JOIN LATERAL (SELECT percent FROM refugees_quota WHERE valid_from <= s.last_day
                                ORDER BY valid_from DESC LIMIT 1) q
        """,
        "SELECT date_trunc('month', min(valid_from))::date FROM refugees_quota",
    ),
    # Chapter 1: accommodations open at the month's end, by type (planned ones not yet).
    "accommodations": Statistic(
        f"""
        SELECT s.month, 'open', a.kind, count(*) FROM {SERIES} s
            JOIN refugees_accommodation a
                 ON (a.opened_on <= s.last_day OR (a.opened_on IS NULL AND a.status <> 'planned'))
                 AND (a.closed_on IS NULL OR a.closed_on > s.last_day)
                 AND NOT (a.status = 'closed' AND a.closed_on IS NULL)
            GROUP BY 1, 3
        """,
        # Accommodations without an opening date count from the first month any figure exists.
        "SELECT least((SELECT date_trunc('month', min(opened_on))::date FROM refugees_accommodation), "
        "(SELECT min(month) FROM refugees_occupancy), (SELECT min(month) FROM refugees_movement))",
    ),
    # Chapter 4: a year's culture and sport figures (in the January of their year; empty ones left out).
    "culture_sport": Statistic(
        f"""
        SELECT {FIRST_DAY_OF.format(y='c.year')}, 'figure', v.name, v.value::bigint
            FROM reporting_culturesportyear c CROSS JOIN LATERAL (VALUES
            ('sports_offers_open', c.sports_offers_open),
            ('sports_mentors_trained', c.sports_mentors_trained),
            ('sports_mentors_funded', c.sports_mentors_funded),
            ('offers_funded', c.offers_funded),
            ('clubs_funded', c.clubs_funded),
            ('refugees_reached', c.refugees_reached),
            ('swimming_courses_regular', c.swimming_courses_regular),
            ('swimming_courses_total', c.swimming_courses_total),
            ('sport_funding_eur', c.sport_funding_eur),
            ('culture_fund_eur', c.culture_fund_eur),
            ('culture_workshop_participants', c.culture_workshop_participants)
            ) AS v(name, value)
            WHERE v.value IS NOT NULL AND {FIRST_DAY_OF.format(y='c.year')} >= %(start)s
              AND {FIRST_DAY_OF.format(y='c.year')} < %(end)s
        """,
        f"SELECT {FIRST_DAY_OF.format(y='min(year)')} FROM reporting_culturesportyear",
    ),
    # Chapter 6: integration-management staffing per organisation and year (posts in hundredths:
    # the tables hold whole numbers).
    "staffing": Statistic(
        f"""
        SELECT {FIRST_DAY_OF.format(y='s.year')}, v.dim, o.name, v.value::bigint
            FROM refugees_integrationstaffing s JOIN core_organisation o ON o.id = s.organisation_id
            CROSS JOIN LATERAL (VALUES ('posts_hundredths', round(s.posts * 100)), ('managers', s.managers),
                                       ('people_reached', s.people_reached),
                                       ('children_reached', s.children_reached)) AS v(dim, value)
            WHERE {FIRST_DAY_OF.format(y='s.year')} >= %(start)s AND {FIRST_DAY_OF.format(y='s.year')} < %(end)s
        """,
        f"SELECT {FIRST_DAY_OF.format(y='min(year)')} FROM refugees_integrationstaffing",
    ),
    # FIM: places granted (in the January of their year), placements begun, places occupied on
    # the 15th of the month (the published reference date).
    "fim": Statistic(
        f"""
        SELECT make_date(g.year, 1, 1), 'granted', g.kind, sum(g.places)::bigint FROM refugees_fimgrant g
            WHERE make_date(g.year, 1, 1) >= %(start)s AND make_date(g.year, 1, 1) < %(end)s GROUP BY 1, 3
        UNION ALL
        SELECT date_trunc('month', p.starts_on)::date, 'started', g.kind, count(*) FROM refugees_fimplacement p
            JOIN refugees_fimgrant g ON g.id = p.grant_id
            WHERE p.starts_on >= %(start)s AND p.starts_on < %(end)s GROUP BY 1, 3
        UNION ALL
        SELECT s.month, 'occupied', g.kind, count(*) FROM {SERIES} s
            JOIN refugees_fimplacement p ON p.starts_on <= s.month + 14 AND p.ends_on >= s.month + 14
            JOIN refugees_fimgrant g ON g.id = p.grant_id GROUP BY 1, 3
        """,
        f"SELECT least((SELECT {FIRST_DAY_OF.format(y='min(year)')} FROM refugees_fimgrant), "
        "(SELECT date_trunc('month', min(starts_on))::date FROM refugees_fimplacement))",
    ),
    # Integration management: plans begun, active at the month's end, closed; goals reached by field.
    "integration": Statistic(
        f"""
        SELECT date_trunc('month', p.started_on)::date, 'started', o.name, count(*)
            FROM refugees_integrationplan p JOIN core_organisation o ON o.id = p.organisation_id
            WHERE p.started_on >= %(start)s AND p.started_on < %(end)s GROUP BY 1, 3
        UNION ALL
        SELECT s.month, 'active', o.name, count(*) FROM {SERIES} s
            JOIN refugees_integrationplan p ON p.started_on <= s.last_day
                 AND (p.closed_on IS NULL OR p.closed_on > s.last_day)
            JOIN core_organisation o ON o.id = p.organisation_id GROUP BY 1, 3
        UNION ALL
        SELECT date_trunc('month', p.closed_on)::date, 'closed', o.name, count(*)
            FROM refugees_integrationplan p JOIN core_organisation o ON o.id = p.organisation_id
            WHERE p.closed_on >= %(start)s AND p.closed_on < %(end)s GROUP BY 1, 3
        UNION ALL
        SELECT {_month_of('g.changed_at')}, 'goals_reached', g.field, count(*) FROM refugees_goal g
            WHERE g.status = 'reached' AND {_in_range('g.changed_at')} GROUP BY 1, 3
        """,
        "SELECT date_trunc('month', min(started_on))::date FROM refugees_integrationplan",
    ),
    # Volunteers: registrations and active volunteers by role, members of each circle.
    "volunteers": Statistic(
        f"""
        SELECT {_month_of('v.registered_at')}, 'registered', r.role, count(*)
            FROM volunteers_volunteer v CROSS JOIN LATERAL unnest(v.roles) AS r(role)
            WHERE {_in_range('v.registered_at')} GROUP BY 1, 3
        UNION ALL
        SELECT s.month, 'active', r.role, count(*) FROM {SERIES} s
            JOIN volunteers_volunteer v ON v.status = 'active' AND v.active_since <= s.last_day
            CROSS JOIN LATERAL unnest(v.roles) AS r(role) GROUP BY 1, 3
        UNION ALL
        SELECT s.month, 'circle_members', left(c.name, 120), latest.members FROM {SERIES} s
            JOIN volunteers_circle c ON (c.founded_on IS NULL OR c.founded_on <= s.last_day)
                 AND (c.dissolved_on IS NULL OR c.dissolved_on > s.last_day)
            CROSS JOIN LATERAL (SELECT cc.members FROM volunteers_circlecount cc
                 WHERE cc.circle_id = c.id AND cc."on" <= s.last_day ORDER BY cc."on" DESC LIMIT 1) latest
        """,
        f"SELECT least({_month_of('(SELECT min(registered_at) FROM volunteers_volunteer)')}, "
        """(SELECT date_trunc('month', min("on"))::date FROM volunteers_circlecount))""",
    ),
    # Mentor tandems formed (a proposal is not yet a tandem), active at the month's end, ended.
    "tandems": Statistic(
        f"""
        SELECT date_trunc('month', {TANDEM_START})::date, 'formed', '', count(*) FROM volunteers_tandem t
            WHERE t.status <> 'proposed' AND {TANDEM_START} >= %(start)s AND {TANDEM_START} < %(end)s GROUP BY 1
        UNION ALL
        SELECT s.month, 'active', '', count(*) FROM {SERIES} s
            JOIN volunteers_tandem t ON t.status <> 'proposed' AND {TANDEM_START} <= s.last_day
                 AND (t.ended_on IS NULL OR t.ended_on > s.last_day)
            GROUP BY 1
        UNION ALL
        SELECT date_trunc('month', t.ended_on)::date, 'ended', '', count(*) FROM volunteers_tandem t
            WHERE t.ended_on >= %(start)s AND t.ended_on < %(end)s GROUP BY 1
        """,
        f"SELECT date_trunc('month', min({TANDEM_START}))::date FROM volunteers_tandem t WHERE t.status <> 'proposed'",
    ),
    # Dialogues held and participants, by kind and by group of participants.
    "dialogues": Statistic(
        """
        SELECT month, dim, key, sum(value)::bigint FROM (
            SELECT date_trunc('month', d.held_on)::date AS month, d.kind, d.refugees, d.staff, d.volunteers,
                   d.neighbours
            FROM dialogues_dialogue d WHERE d.held_on >= %(start)s AND d.held_on < %(end)s
        ) rows CROSS JOIN LATERAL (VALUES
            ('held', kind, 1), ('participants', kind, refugees + staff + volunteers + neighbours),
            ('participant_group', 'refugees', refugees), ('participant_group', 'staff', staff),
            ('participant_group', 'volunteers', volunteers), ('participant_group', 'neighbours', neighbours)
        ) AS v(dim, key, value)
        GROUP BY month, dim, key
        """,
        "SELECT date_trunc('month', min(held_on))::date FROM dialogues_dialogue",
    ),
    # Proposals by their present status and by who took them up (month of the dialogue).
    "proposals": Statistic(
        f"""
        SELECT month, {_dim('status', 'taken_up_by')}, {_key('status', 'taken_up_by')}, count(*) FROM (
            SELECT date_trunc('month', d.held_on)::date AS month, p.status, p.taken_up_by
            FROM dialogues_proposal p JOIN dialogues_dialogue d ON d.id = p.dialogue_id
            WHERE d.held_on >= %(start)s AND d.held_on < %(end)s
        ) rows GROUP BY {_sets('status', 'taken_up_by')}
        """,
        "SELECT date_trunc('month', min(d.held_on))::date FROM dialogues_proposal p "
        "JOIN dialogues_dialogue d ON d.id = p.dialogue_id",
    ),
    # Initiatives begun, and active ones at the month's end, by kind.
    "initiatives": Statistic(
        f"""
        SELECT date_trunc('month', i.started_on)::date, 'started', i.kind, count(*) FROM dialogues_initiative i
            WHERE i.started_on >= %(start)s AND i.started_on < %(end)s GROUP BY 1, 3
        UNION ALL
        SELECT s.month, 'active', i.kind, count(*) FROM {SERIES} s
            JOIN dialogues_initiative i ON i.is_active AND i.started_on <= s.last_day GROUP BY 1, 3
        """,
        "SELECT date_trunc('month', min(started_on))::date FROM dialogues_initiative",
    ),
    # Where consultations sent people: referral targets (catalogue) and offers of the directory, by
    # kind and by entry (an offer's name and number: public information, never the newcomer).
    "referrals": Statistic(
        f"""
        SELECT {_month_of('c.held_at')}, 'target', t.slug, count(*)
        FROM welcome_consultation c
        JOIN welcome_consultation_referrals cr ON cr.consultation_id = c.id
        JOIN welcome_referraltarget t ON t.id = cr.referraltarget_id
        WHERE {_in_range('c.held_at')} GROUP BY 1, 3
        UNION ALL
        SELECT month, CASE WHEN grouping(entry) = 0 THEN 'directory_entry' ELSE 'directory_kind' END,
               CASE WHEN grouping(entry) = 0 THEN entry ELSE kind END, count(*) FROM (
            SELECT {_month_of('c.held_at')} AS month, d.kind,
                   left(d.name_de, 100) || ' (#' || d.id || ')' AS entry
            FROM welcome_consultation c
            JOIN welcome_consultation_directory_referrals cd ON cd.consultation_id = c.id
            JOIN welcome_directoryentry d ON d.id = cd.directoryentry_id
            WHERE {_in_range('c.held_at')}
        ) rows GROUP BY GROUPING SETS ((month, kind), (month, kind, entry))
        """,
        f"SELECT {_month_of('min(held_at)')} FROM welcome_consultation",
    ),
}


def year_before(month: date) -> date:
    return month.replace(year=month.year - 1)


def next_month(month: date, by: int = 1) -> date:
    index = month.year * 12 + month.month - 1 + by
    return date(index // 12, index % 12 + 1, 1)


def _chunks(first: date, last: date, size: int) -> list[tuple[date, date]]:
    """[start, end) ranges of at most ``size`` months covering first..last (inclusive)."""
    out, current = [], first.replace(day=1)
    while current <= last:
        end = min(next_month(current, size), next_month(last))
        out.append((current, end))
        current = end
    return out


def refresh(*, names: list[str] | None = None, full: bool = False, chunk_months: int = 12,
            after_chunk: Callable[[str, date], None] | None = None) -> dict[str, int]:
    """Bring every statistic up to the current month; returns the months computed per statistic."""
    done: dict[str, int] = {}
    this_month = timezone.localdate().replace(day=1)
    for name in names or list(STATISTICS):
        statistic = STATISTICS[name]
        state, _created = StatisticState.objects.get_or_create(name=name)
        with connection.cursor() as cursor:
            cursor.execute(statistic.first)
            first = cursor.fetchone()[0]
        done[name] = 0
        if first is None:
            with transaction.atomic():
                StatValue.objects.filter(statistic=name).delete()
                StatisticState.objects.filter(pk=state.pk).update(checkpoint=None, updated_at=timezone.now())
            continue
        first = min(first, this_month)
        if state.checkpoint and not full:
            # Resume after the checkpoint; the last two months are never final.
            first = max(first, min(next_month(state.checkpoint), next_month(this_month, -1)))
        for start, end in _chunks(first, this_month, chunk_months):
            with transaction.atomic(), connection.cursor() as cursor:
                # One writer per statistic at a time (the nightly run, an admin's refresh and a
                # report job may meet): the second waits, then recomputes the chunk (idempotent).
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"statistics:{name}"])
                if start == first and (full or not state.checkpoint):
                    # Rows before the first month with data (the data was deleted) go too.
                    cursor.execute(f"DELETE FROM {TABLE} WHERE statistic = %s AND month < %s",  # noqa: S608
                                   [name, end])
                else:
                    cursor.execute(f"DELETE FROM {TABLE} WHERE statistic = %s AND month >= %s AND month < %s",  # noqa: S608
                                   [name, start, end])
                cursor.execute(
                    f"INSERT INTO {TABLE} (statistic, month, dimension, key, value) "  # noqa: S608
                    f"SELECT %(name)s, m, d, k, v FROM ({statistic.sql}) AS agg(m, d, k, v) WHERE v IS NOT NULL",
                    {"name": name, "start": start, "end": end},
                )
                StatisticState.objects.filter(pk=state.pk).update(
                    checkpoint=next_month(end, -1), updated_at=timezone.now())
            done[name] += (end.year - start.year) * 12 + end.month - start.month
            if after_chunk:
                after_chunk(name, next_month(end, -1))
    return done


def suppress(value: int | None, *, threshold: int) -> int | str | None:
    """Groups smaller than the threshold are not shown in exports (they could point at a person)."""
    if value is None or value == 0:
        return value
    return value if value >= threshold else f"<{threshold}"
