from datetime import date, datetime, timedelta

import pytest

from core.models import District, Role
from dialogues.models import Dialogue, Initiative
from refugees.models import Accommodation, Occupancy
from reporting.models import StatisticState, StatValue
from reporting.statistics import STATISTICS, refresh, suppress
from tests.core.factories import staff
from tests.welcome.factories import consultation_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(org_a):
    counsellor = staff(Role.COUNSELLOR, org_a)
    start = datetime(2017, 1, 15, 10, 0).astimezone()
    for i in range(30):
        consultation_for(counsellor, held_at=start + timedelta(days=11 * i), language="ar" if i % 3 else "de")
    home = Accommodation.objects.create(name="U1", address="A", district=District.objects.get(name="Mitte"),
                                        operator=org_a, kind="rented", capacity=200)
    for m in range(1, 13):
        Occupancy.objects.create(accommodation=home, month=date(2017, m, 1), residents=100 + m)


def snapshot():
    return sorted(StatValue.objects.values_list("statistic", "month", "dimension", "key", "value"))


def test_statistics_are_computed_per_month_and_dimension(data):
    refresh()
    values = {(s, m, d, k): v for s, m, d, k, v in snapshot()}
    assert values[("occupancy", date(2017, 8, 1), "total", "")] == 108
    assert values[("occupancy", date(2017, 8, 1), "district", "Mitte")] == 108
    totals = sum(v for (s, _m, d, _k), v in values.items() if s == "consultations" and d == "total")
    assert totals == 30
    by_language = sum(v for (s, _m, d, k), v in values.items() if s == "consultations" and d == "language" and k == "ar")
    assert by_language == 20
    assert not [k for (s, _m, d, k) in values if d in ("name", "email")]  # no personal data in the tables


def test_a_run_killed_halfway_resumes_to_the_same_tables(data):
    months = refresh()["consultations"]
    uninterrupted = snapshot()
    StatValue.objects.all().delete()
    StatisticState.objects.all().delete()

    class Killed(Exception):
        pass

    seen = []

    def kill_after_five(name, month):
        seen.append(month)
        if len(seen) == 5:
            raise Killed

    with pytest.raises(Killed):
        refresh(names=["consultations"], chunk_months=1, after_chunk=kill_after_five)
    checkpoint = StatisticState.objects.get(name="consultations").checkpoint
    assert checkpoint == seen[-1]  # the fifth month finished before the kill
    done = refresh()
    assert done["consultations"] == months - len(seen)  # resumed after the checkpoint, not from the start
    assert snapshot() == uninterrupted
    # Running again changes nothing (idempotent).
    refresh(full=True)
    assert snapshot() == uninterrupted


def test_every_statistic_from_the_published_figures(published):
    done = refresh()
    assert set(done) == set(STATISTICS) and all(done.values())
    values = {(s, m, d, k): v for s, m, d, k, v in snapshot()}

    def total(stat, dim, key=None, start=date(1900, 1, 1), end=date(2100, 1, 1)):
        return sum(v for (s, m, d, k), v in values.items()
                   if s == stat and d == dim and (key is None or k == key) and start <= m <= end)

    assert values[("occupancy", date(2016, 7, 1), "total", "")] == 8141
    assert values[("occupancy", date(2017, 8, 1), "total", "")] == 7362
    assert total("occupancy", "operator", start=date(2017, 8, 1), end=date(2017, 8, 1)) == 7362
    assert total("dialogues", "held", "refugee") == 35
    assert total("dialogues", "participants", "refugee") == 35 * 25
    assert total("dialogues", "participant_group", "refugees") == 35 * 14
    assert values[("fim", date(2017, 8, 1), "occupied", "internal")] == 167
    assert values[("fim", date(2017, 8, 1), "occupied", "external")] == 153
    assert values[("fim", date(2016, 1, 1), "granted", "internal")] == 189
    assert total("tandems", "formed") == 190
    assert values[("tandems", date(2017, 12, 1), "active", "")] == 190
    assert values[("tandems", date(2018, 1, 1), "active", "")] == 70  # 120 ended on 1 Jan 2018
    assert total("tandems", "ended") == 120
    assert values[("volunteers", date(2017, 1, 1), "active", "welcome_mentor")] == 85
    assert values[("volunteers", date(2016, 12, 1), "circle_members", "Freundeskreis Mitte")] == 40
    assert values[("volunteers", date(2017, 6, 1), "circle_members", "Freundeskreis Mitte")] == 55
    assert total("proposals", "status", "done") == 6 and total("proposals", "total") == 13
    assert values[("initiatives", date(2017, 3, 1), "active", "event")] == 5
    assert values[("integration", date(2017, 6, 1), "active", "Caritas Test")] == 12
    assert total("integration", "goals_reached", "language") == 8
    assert total("consultations", "total") == 30 and total("consultations", "language", "ar") == 20
    assert total("consultations", "topic") == 30
    assert values[("movements", date(2015, 11, 1), "arrivals", "preliminary")] == 1116
    assert values[("occupancy", date(2014, 5, 1), "total", "")] == 1815
    assert values[("accommodations", date(2017, 8, 1), "open", "rented")] == 40
    assert values[("culture_sport", date(2017, 1, 1), "figure", "sports_offers_open")] == 310
    assert values[("quota", date(2017, 8, 1), "percent_hundredths", "")] == 647
    assert values[("culture_sport", date(2016, 1, 1), "figure", "sport_funding_eur")] == 75000
    assert ("culture_sport", date(2016, 1, 1), "figure", "offers_funded") not in values  # unknown stays unknown
    assert values[("staffing", date(2017, 1, 1), "posts_hundredths", "Caritas Test")] == 250
    march = date(2017, 3, 1)
    assert values[("appointments", march, "status", "attended")] == 8
    assert values[("appointments", march, "status", "no_show")] == 2
    assert values[("appointments", march, "total", "")] == 13  # expired holds were never booked
    assert values[("group_events", march, "events", "your_start")] == 1
    assert values[("group_events", march, "registered", "your_start")] == 12
    assert values[("group_events", march, "participants", "your_start")] == 9
    # No personal data: no key is a name or an email address of a person.
    keys = {k for (_s, _m, _d, k) in values}
    assert not keys & {"M1", "m1@test.example", "P1", "p1@test.example", "NK-1", "IM-1", "berater@test.example"}


def test_every_statistic_resumes_after_a_kill(published):
    refresh()
    uninterrupted = snapshot()
    StatValue.objects.all().delete()
    StatisticState.objects.all().delete()

    class Killed(Exception):
        pass

    chunks = []

    def kill_halfway(name, month):
        chunks.append(name)
        if len(chunks) == 40:
            raise Killed

    with pytest.raises(Killed):
        refresh(chunk_months=3, after_chunk=kill_halfway)
    assert snapshot() != uninterrupted
    refresh(chunk_months=3)
    assert snapshot() == uninterrupted


def test_deleted_records_leave_the_tables_on_a_full_run(published):
    refresh()
    Dialogue.objects.filter(held_on__year=2016).delete()
    refresh(full=True)
    assert not StatValue.objects.filter(statistic="dialogues", month__year=2016).exists()
    Initiative.objects.all().delete()
    refresh()
    assert not StatValue.objects.filter(statistic="initiatives").exists()


def test_small_groups_are_suppressed():
    assert suppress(3, threshold=5) == "<5"
    assert suppress(5, threshold=5) == 5
    assert suppress(0, threshold=5) == 0


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_give_the_same_tables(published):
    import threading

    from django.db import connection

    refresh()
    expected = snapshot()
    StatValue.objects.all().delete()
    StatisticState.objects.all().delete()
    barrier = threading.Barrier(3)
    errors = []

    def run():
        try:
            barrier.wait(timeout=30)
            refresh(full=True, chunk_months=6)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert snapshot() == expected
