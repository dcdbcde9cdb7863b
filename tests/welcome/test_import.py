"""Admin import of consultations with django-import-export: all rows or none."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.models import Role
from tests.core.factories import staff
from welcome.models import Consultation

pytestmark = pytest.mark.django_db

HEADER = "held_at,counsellor,organisation,channel,language,topics,target_group,country_of_origin,duration_minutes,referrals,outcome_note,client_code\n"


def _row(**kw):
    values = {
        "held_at": "2017-03-01 10:00", "counsellor": "imp@test.example", "organisation": "Caritas Test",
        "channel": "phone", "language": "ar", "topics": "work;german", "target_group": "refugee",
        "country_of_origin": "SY", "duration_minutes": "30", "referrals": "job-centre", "outcome_note": "",
        "client_code": "",
    }
    values.update(kw)
    return ",".join(values.values()) + "\n"


@pytest.fixture
def admin_client(client, users_by_role, org_a):
    staff(Role.COUNSELLOR, org_a, email="imp@test.example")
    admin = users_by_role[Role.ADMIN]
    admin.is_staff = admin.is_superuser = True
    admin.save(update_fields=["is_staff", "is_superuser"])
    client.force_login(admin)
    return client


def _upload(client, text):
    return client.post(
        reverse("admin:welcome_consultation_import"),
        {"format": "0", "resource": "0", "import_file": SimpleUploadedFile("c.csv", text.encode(), "text/csv")},
    )


def test_good_file_previews_then_imports(admin_client):
    response = _upload(admin_client, HEADER + _row() + _row(topics="housing", language="de"))
    assert response.status_code == 200
    assert Consultation.objects.count() == 0  # a dry run first
    confirm = response.context["confirm_form"]
    assert confirm is not None
    done = admin_client.post(reverse("admin:welcome_consultation_process_import"), confirm.initial)
    assert done.status_code == 302
    assert Consultation.objects.count() == 2
    assert sorted(Consultation.objects.values_list("language", flat=True)) == ["ar", "de"]
    assert set(Consultation.objects.get(language="ar").topics.values_list("slug", flat=True)) == {"work", "german"}
    from core.models import AuditLog

    entry = AuditLog.objects.get(action="create", detail__import=True)
    assert entry.detail["rows"] == 2


@pytest.mark.parametrize(
    ("bad_row", "column"),
    [
        (_row(topics="astrology"), "topics"),
        (_row(duration_minutes="lang"), "duration_minutes"),
        (_row(target_group="martians"), "target_group"),
        (_row(counsellor="nobody@test.example"), "counsellor"),
        (_row(channel="pigeon"), "channel"),
        (_row(duration_minutes="900"), "duration_minutes"),
        (_row(country_of_origin="XX"), "country_of_origin"),
        (_row(held_at="gestern"), "held_at"),
    ],
)
def test_one_bad_row_rejects_the_whole_import_and_names_row_and_column(admin_client, bad_row, column):
    response = _upload(admin_client, HEADER + _row() + _row() + bad_row + _row())
    assert response.status_code == 200
    assert response.context.get("confirm_form") is None  # no way to confirm
    result = response.context["result"]
    assert result.has_errors() or result.has_validation_errors()
    assert not [r for r in result.rows if r.errors], "every bad cell is a field error, not a crash"
    assert len(result.invalid_rows) == 1
    row = result.invalid_rows[0]
    assert row.number == 3
    assert column in row.field_specific_errors
    html = response.content.decode()
    assert column in html
    assert Consultation.objects.count() == 0


def test_non_admins_cannot_reach_the_import(client, users_by_role):
    for role, user in users_by_role.items():
        client.force_login(user)
        response = client.get(reverse("admin:welcome_consultation_import"))
        if role == "admin":
            # The city's admin reaches the Django admin, but imports only what the group may add.
            assert response.status_code == 403, role
        else:
            assert response.status_code == 302, role  # to the admin login: not staff
