"""Raw-record exports per app: streamed, scoped by the access helpers, audited, escaped."""

import csv
import io
from datetime import date, timedelta

import openpyxl
import pytest
from django.utils import timezone

from core.models import AuditLog, District, Role
from dialogues.models import Dialogue, Proposal
from refugees.models import Accommodation, Occupancy
from tests.core.factories import staff
from tests.matrix import export_file
from volunteers.models import Tandem, Volunteer
from welcome.models import Appointment, Topic

pytestmark = pytest.mark.django_db


def _csv(response):
    assert response.status_code == 200, response.status_code
    assert response.streaming  # rows are written as they are read
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_occupancy_export_is_scoped_to_the_operator(client, org_a, org_b):
    mitte = District.objects.get(name="Mitte")
    own = Accommodation.objects.create(name="Eigene", address="A", district=mitte, operator=org_a, kind="rented",
                                       capacity=100)
    other = Accommodation.objects.create(name="Fremde", address="B", district=mitte, operator=org_b, kind="rented",
                                         capacity=100)
    Occupancy.objects.create(accommodation=own, month=date(2017, 8, 1), residents=88)
    Occupancy.objects.create(accommodation=other, month=date(2017, 8, 1), residents=77)
    operator = staff(Role.OPERATOR, org_a)
    client.force_login(operator)
    rows = _csv(client.get("/en/staff/refugees/export/occupancy.csv"))
    assert rows[0][:5] == ["month", "accommodation", "city district", "operator", "residents"]
    assert rows[1:] == [["2017-08-01", "Eigene", "Mitte", org_a.name, "88", "", "", "", "", ""]]
    kinds = _csv(client.get("/de/staff/refugees/export/accommodations.csv"))
    assert [r[0] for r in kinds[1:]] == ["Eigene"] and kinds[1][4] == str(Accommodation.Kind.RENTED.label)
    assert AuditLog.objects.filter(actor=operator, action="export").count() == 2


def test_xlsx_export_and_formula_injection(client, users_by_role, django_capture_on_commit_callbacks):
    dialogue = Dialogue.objects.create(kind="refugee", held_on=date(2017, 3, 3), venue="vhs", refugees=10, staff=2,
                                       volunteers=2, neighbours=1)
    Proposal.objects.create(dialogue=dialogue, text="=HYPERLINK(\"http://evil\")", taken_up_by="office",
                            status="done")
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get("/en/staff/dialogues/export/proposals.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(export_file(client, response, None))).active
    assert sheet["B2"].value == "'=HYPERLINK(\"http://evil\")"  # text, never a formula
    assert sheet["A2"].is_date and sheet["F2"].value == "done"
    assert client.get("/en/staff/dialogues/export/nothing.csv").status_code == 404
    assert client.get("/en/staff/dialogues/export/proposals.pdf").status_code == 404


def test_appointments_export_leaves_out_the_newcomers_contact(client, users_by_role, org_a):
    counsellor = users_by_role[Role.COUNSELLOR]
    start = timezone.now() + timedelta(days=2)
    Appointment.objects.create(counsellor=counsellor, organisation=org_a, topic=Topic.objects.get(slug="work"),
                               language="ar", channel="phone", starts_at=start, ends_at=start + timedelta(minutes=45),
                               status="confirmed", ui_language="ar", email="newcomer@test.example", name="Amina",
                               phone="0711 1234")
    client.force_login(counsellor)
    rows = _csv(client.get("/en/staff/welcome/export/appointments.csv"))
    assert len(rows) == 2 and rows[1][5] == "confirmed"
    flat = " ".join(rows[1])
    assert "newcomer@test.example" not in flat and "Amina" not in flat and "0711" not in flat


def test_volunteer_exports_for_coordinators_only(client, users_by_role, org_a, city):
    Volunteer.objects.create(organisation=org_a, name="Elsewhere", email="e@test.example", consent_purpose="P")
    mentor = Volunteer.objects.create(organisation=city, name="Carla", email="carla@test.example",
                                      roles=["welcome_mentor"], languages=["de", "ar"], status="active",
                                      consent_purpose="Patenschaft")
    Tandem.objects.create(organisation=city, mentor=mentor, newcomer_reference="NK-1", newcomer_contact="secret",
                          consent_given_on=date(2018, 1, 1), status="active", started_on=date(2018, 1, 2))
    client.force_login(users_by_role[Role.VOLUNTEER_COORDINATOR])
    volunteers = _csv(client.get("/en/staff/volunteers/export/volunteers.csv"))
    assert len(volunteers) == 2  # another organisation's volunteers are not in it
    assert volunteers[1][:4] == ["Carla", "carla@test.example", "", "de, ar"]
    tandems = _csv(client.get("/en/staff/volunteers/export/tandems.csv"))
    assert tandems[1][:3] == ["Carla", "NK-1", "active"] and "secret" not in " ".join(tandems[1])
    client.force_login(users_by_role[Role.COUNSELLOR])
    assert client.get("/en/staff/volunteers/export/volunteers.csv").status_code == 403
