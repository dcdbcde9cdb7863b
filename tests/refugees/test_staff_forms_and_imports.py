"""Accommodations, FIM grants and placements kept on staff pages and by import, not only in the
Django admin; scoped like the rest."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from core.models import AuditLog, District, Role
from refugees.models import Accommodation, FimGrant, FimPlacement
from tests.core.factories import staff

pytestmark = pytest.mark.django_db


def _en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def _csv(text):
    return SimpleUploadedFile("daten.csv", text.encode("utf-8"))


def _import(client, url, text):
    response = client.post(url, {"file": _csv(text)})
    if "preview" in response.context:
        return client.post(url, {"confirm": response.context["preview"].token}), response
    return None, response


def test_an_operator_keeps_its_own_accommodations_on_a_staff_page(client, org_a, org_b):
    operator = staff(Role.OPERATOR, org_a)
    client.force_login(operator)
    mitte = District.objects.get(name="Mitte")
    response = client.post(_en("refugees:accommodation_create"), {
        "name": "Haus Neu", "address": "Weg 2", "district": mitte.pk, "operator": org_a.pk, "kind": "rented",
        "capacity": "60", "status": "open"})
    assert response.status_code == 302
    house = Accommodation.objects.get(name="Haus Neu")
    assert house.operator == org_a
    assert AuditLog.objects.filter(action="create", object_id=str(house.pk)).exists()
    # Another operator's organisation cannot be slipped in, nor another's accommodation changed.
    response = client.post(_en("refugees:accommodation_create"), {
        "name": "Haus Fremd", "address": "Weg 3", "district": mitte.pk, "operator": org_b.pk, "kind": "rented",
        "capacity": "60", "status": "open"})
    assert "operator" in response.context["form"].errors
    other = Accommodation.objects.create(name="Haus B", address="x", district=mitte, operator=org_b,
                                         kind="rented", capacity=20)
    assert client.get(_en("refugees:accommodation_edit", other.pk)).status_code == 404
    assert client.post(_en("refugees:accommodation_edit", other.pk), {"name": "Übernommen"}).status_code == 404
    # Over 250 places is refused by the form, with what was typed kept.
    response = client.post(_en("refugees:accommodation_create"), {
        "name": "Zu groß", "address": "Weg 4", "district": mitte.pk, "operator": org_a.pk, "kind": "rented",
        "capacity": "400", "status": "open"})
    assert "capacity" in response.context["form"].errors
    assert 'value="Zu groß"' in response.content.decode()


def test_accommodation_import_creates_and_changes_only_the_operators_own(client, org_a, org_b):
    client.force_login(staff(Role.OPERATOR, org_a))
    Accommodation.objects.create(name="Haus Fremd", address="x", district=District.objects.get(name="Ost"),
                                 operator=org_b, kind="rented", capacity=20)
    done, _response = _import(client, _en("refugees:accommodation_import"),
                              "name;address;district;kind;capacity;opened_on\r\n"
                              "Haus Süd;Weg 5;Süd;rented;80;01.03.2016\r\n")
    assert done is not None and done.status_code == 302, _response.context.get("errors")
    house = Accommodation.objects.get(name="Haus Süd")
    assert (house.operator, house.capacity, house.opened_on, house.kind) == (org_a, 80, date(2016, 3, 1), "rented")
    done, response = _import(client, _en("refugees:accommodation_import"),
                             "name;address;district;kind;capacity\r\nHaus Fremd;y;Ost;rented;30\r\n")
    assert done is None
    assert "Row 1 (line 2 of the sheet), column “Name”: “Haus Fremd” is kept by another organisation." in \
        " ".join(response.context["errors"])
    assert Accommodation.objects.get(name="Haus Fremd").capacity == 20


def test_fim_grants_and_placements_on_staff_pages_and_by_import(client, users_by_role):
    admin = users_by_role[Role.ADMIN]
    client.force_login(admin)
    response = client.post(_en("refugees:fim_grant_create"), {
        "year": "2016", "kind": "internal", "provider": "accommodation", "title": "Interne Maßnahmen",
        "places": "189"})
    assert response.status_code == 302
    done, response = _import(client, _en("refugees:fim_grant_import"),
                             "year;kind;provider;title;places\r\n"
                             "2016;external;non_profit;Externe Maßnahmen;563\r\n2016;internal;accommodation;"
                             "Interne Maßnahmen;190\r\n")
    assert done is not None, response.context.get("errors") or response.context.get("file_error")
    assert sorted(FimGrant.objects.values_list("kind", "places")) == [("external", 563), ("internal", 190)]
    done, response = _import(client, _en("refugees:fim_placement_import"),
                             "year;title;starts_on;ends_on\r\n2016;Externe Maßnahmen;01.06.2017;01.02.2018\r\n"
                             "2016;Externe Maßnahmen;08.06.2017;09.12.2017\r\n")
    assert done is None  # the second runs more than six months from 8 June 2017 on
    errors = " ".join(response.context["errors"])
    assert "Row 2 (line 3 of the sheet)" in errors and "six months" in errors
    assert not FimPlacement.objects.exists()
    done, response = _import(client, _en("refugees:fim_placement_import"),
                             "year;title;starts_on;ends_on\r\n2016;Externe Maßnahmen;01.06.2017;01.02.2018\r\n")
    assert done is not None and FimPlacement.objects.get().ends_on == date(2018, 2, 1)
    # Operators and report viewers do not keep FIM.
    for role in (Role.OPERATOR, Role.REPORT_VIEWER):
        client.force_login(users_by_role[role])
        assert client.get(_en("refugees:fim_grant_import")).status_code == 403
