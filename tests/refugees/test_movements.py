"""Chapter 1 of the refugee report: arrivals and departures per month, the quota, accommodations open.

Figures from the seed report (../shared/seeds, "1. Aktuelle Situation"), entered through the staff form:
- "Im Spitzenmonat November 2015 kamen 1.116 Flüchtlinge nach Stuttgart."
- "Dem Königsteiner Schlüssel entsprechend, nimmt Stuttgart 6,47 % der Baden-Württemberg zugewiesenen
  Flüchtlinge auf."
"""

import io
from datetime import date

import openpyxl
import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from core.models import AuditLog, Role
from refugees.models import Movement, Quota

pytestmark = pytest.mark.django_db


def _post_movement(client, **data):
    return client.post(reverse("refugees:movement_list"), {f"movement-{k}": v for k, v in data.items()})


def test_the_city_records_arrivals_departures_and_the_quota(client, users_by_role):
    admin = users_by_role[Role.ADMIN]
    client.force_login(admin)
    response = _post_movement(client, month="2015-11", stage="preliminary", direction="arrival", reason="",
                              people="1116")
    assert response.status_code == 302
    arrival = Movement.objects.get()
    assert (arrival.month, arrival.people, arrival.updated_by) == (date(2015, 11, 1), 1116, admin)
    # The same month and stage again replaces the figure (a correction), and both writes are audited.
    _post_movement(client, month="2015-11", stage="preliminary", direction="arrival", reason="", people="1117")
    _post_movement(client, month="2015-11", stage="preliminary", direction="arrival", reason="", people="1116")
    assert Movement.objects.get().people == 1116
    assert AuditLog.objects.filter(object_id=str(arrival.pk), actor=admin).count() == 3

    response = client.post(reverse("refugees:movement_list"), {"form": "quota", "quota-valid_from": "2015-01-01",
                                                             "quota-percent": "6,47", "quota-basis": "Königsteiner Schlüssel"})
    assert response.status_code == 302
    assert str(Quota.objects.get().percent) == "6.47"
    page = client.get(reverse("refugees:movement_list")).content.decode()
    assert "1116" in page and "6,47" in page  # German decimal comma


def test_a_departure_without_a_reason_is_refused_and_keeps_what_was_typed(client, users_by_role):
    client.force_login(users_by_role[Role.ADMIN])
    response = _post_movement(client, month="2017-08", stage="follow_up", direction="departure", reason="",
                              people="42")
    assert response.status_code == 200
    with translation.override("de"):
        assert translation.gettext("Departures name a reason for leaving.") in response.content.decode()
    assert response.context["form"]["people"].value() == "42"
    response = _post_movement(client, month="2017-08", stage="follow_up", direction="arrival",
                              reason="left_city", people="42")
    with translation.override("de"):
        assert translation.gettext("Arrivals have no reason for leaving.") in response.content.decode()
    response = client.post(reverse("refugees:movement_list"), {"form": "quota", "quota-valid_from": "2015-01-01", "quota-percent": "120",
                                                             "quota-basis": "x"})
    assert response.status_code == 200 and response.context["quota_form"]["percent"].value() == "120"
    assert not Movement.objects.exists() and not Quota.objects.exists()


def test_the_database_keeps_reasons_to_departures():
    with pytest.raises(IntegrityError), transaction.atomic():
        Movement.objects.create(month=date(2017, 8, 1), stage="follow_up", direction="departure", reason="",
                                people=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Movement.objects.create(month=date(2017, 8, 1), stage="follow_up", direction="arrival",
                                reason="left_city", people=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Movement.objects.create(month=date(2017, 8, 2), stage="follow_up", direction="arrival", people=3)
    Movement.objects.create(month=date(2017, 8, 1), stage="follow_up", direction="departure",
                            reason="private_housing", people=3)


def test_the_report_reads_arrivals_departures_accommodations_and_quota(client, users_by_role, published, tmp_path):
    Movement.objects.all().delete()  # the fixture's figures, entered here through the form instead
    Quota.objects.all().delete()
    client.force_login(users_by_role[Role.ADMIN])
    _post_movement(client, month="2015-11", stage="preliminary", direction="arrival", reason="", people="1116")
    _post_movement(client, month="2015-11", stage="follow_up", direction="departure", reason="private_housing",
                   people="30")
    _post_movement(client, month="2015-11", stage="follow_up", direction="departure", reason="left_city", people="12")
    client.post(reverse("refugees:movement_list"), {"form": "quota", "quota-valid_from": "2015-01-01", "quota-percent": "6,47",
                                                 "quota-basis": "Königsteiner Schlüssel"})
    out = tmp_path / "kapitel1.xlsx"
    call_command("build_report", "--from", "2015-11-01", "--to", "2015-11-30", "--out", str(out),
                 stdout=io.StringIO())
    workbook = openpyxl.load_workbook(out)
    with translation.override("de"):
        sheet = workbook[translation.gettext("Arrivals and departures")[:31]]
        header = [c.value for c in sheet[1]]
        row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
        stage = translation.gettext("Arrivals: %(stage)s") % {"stage": Movement.Stage.PRELIMINARY.label}
        assert row[stage] == 1116 and row[translation.gettext("Arrivals")] == 1116
        reason = translation.gettext("Departures: %(reason)s") % {"reason": Movement.Reason.PRIVATE_HOUSING.label}
        assert row[reason] == 30 and row[translation.gettext("Departures")] == 42
        assert row[translation.gettext("Accommodations open at the end of the month")] == 40  # the fixture's homes
        summary = {r[0].value: [c.value for c in r[1:]] for r in workbook.worksheets[1].iter_rows(min_row=2)}
        assert summary[translation.gettext("The city's quota (%) at the end of the period")][0] == 6.47
        assert summary[translation.gettext("Arrivals in the accommodations")][0] == 1116
