from datetime import date, datetime, timedelta

import pytest

from core.models import District, Role
from refugees.models import Accommodation, Occupancy
from reporting.models import StatisticState, StatValue
from reporting.statistics import refresh, suppress
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
        refresh(names=["consultations"], after_month=kill_after_five)
    checkpoint = StatisticState.objects.get(name="consultations").checkpoint
    assert checkpoint == seen[-1]  # the fifth month finished before the kill
    done = refresh()
    assert done["consultations"] == months - len(seen)  # resumed after the checkpoint, not from the start
    assert snapshot() == uninterrupted
    # Running again changes nothing (idempotent).
    refresh(full=True)
    assert snapshot() == uninterrupted


def test_small_groups_are_suppressed():
    assert suppress(3, threshold=5) == "<5"
    assert suppress(5, threshold=5) == 5
    assert suppress(0, threshold=5) == 0
