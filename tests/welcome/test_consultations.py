import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.db import IntegrityError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.models import AuditLog, Role
from tests.core.factories import org_for, staff
from tests.welcome.factories import consultation_for
from welcome.models import Consultation, ReferralTarget, TargetGroup, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def counsellor(org_a):
    return staff(Role.COUNSELLOR, org_a, email="carla@test.example")


def _post_data(**overrides):
    from core.models import Organisation

    data = {
        "organisation": Organisation.objects.get(name="Caritas Test").pk,
        "topics": [Topic.objects.get(slug="work").pk, Topic.objects.get(slug="german").pk],
        "channel": "phone",
        "language": "ar",
        "target_group": TargetGroup.objects.get(slug="refugee").pk,
        "country_of_origin": "SY",
        "held_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": 45,
        "referrals": [ReferralTarget.objects.get(slug="job-centre").pk],
        "outcome_note": "Termin beim Jobcenter vereinbart",
        "client_code": "K-2026-17",
        "another": "1",
    }
    data.update(overrides)
    return data


def test_catalogues_are_loaded_in_twelve_languages():
    work = Topic.objects.get(slug="work")
    assert (getattr(work, "name_de"), getattr(work, "name_en")) == ("Arbeit", "Work")  # noqa: B009
    for lang in ("ar", "fa", "tr", "uk", "ru", "es", "it", "el", "pl", "ro"):
        assert getattr(work, f"name_{lang}") not in ("", None, "Work")
    assert Topic.objects.count() == 10
    assert TargetGroup.objects.count() == 6


def test_form_defaults(client, counsellor, org_a):
    consultation_for(counsellor, language="fa")
    client.force_login(counsellor)
    form = client.get(reverse("welcome:consultation_log")).context["form"]
    assert form.initial["language"] == "fa"  # my usual language: the last one I used
    assert form.initial["organisation"] == org_a.pk
    assert form.fields["organisation"].widget.input_type == "hidden"
    assert abs(form.initial["held_at"] - timezone.localtime()) < timedelta(minutes=2)


def test_log_and_log_another(client, counsellor, org_a):
    client.force_login(counsellor)
    response = client.post(reverse("welcome:consultation_log"), _post_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("welcome:consultation_log")
    consultation = Consultation.objects.get()
    assert consultation.organisation == org_a
    assert consultation.counsellor == counsellor
    assert set(consultation.topics.values_list("slug", flat=True)) == {"work", "german"}
    assert str(consultation.country_of_origin) == "SY"
    entry = AuditLog.objects.get(action="create")
    assert (entry.actor, entry.object_id, entry.organisation) == (counsellor, str(consultation.pk), org_a)


def test_bad_form_keeps_what_was_typed_and_saves_nothing(client, counsellor):
    client.force_login(counsellor)
    response = client.post(reverse("welcome:consultation_log"), _post_data(topics=[], client_code="Max Mustermann"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Termin beim Jobcenter vereinbart" in html
    assert 'value="Max Mustermann"' in html
    assert set(response.context["form"].errors) == {"topics", "client_code"}
    assert 'aria-describedby="id_client_code_error"' in html
    assert Consultation.objects.count() == 0


def test_consultation_in_the_future_is_refused(client, counsellor):
    client.force_login(counsellor)
    tomorrow = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(reverse("welcome:consultation_log"), _post_data(held_at=tomorrow))
    assert "held_at" in response.context["form"].errors
    assert Consultation.objects.count() == 0


def test_cannot_log_for_another_organisation(client, counsellor, org_b):
    client.force_login(counsellor)
    response = client.post(reverse("welcome:consultation_log"), _post_data(organisation=org_b.pk))
    assert "organisation" in response.context["form"].errors
    assert Consultation.objects.count() == 0


def test_database_refuses_impossible_duration(counsellor):
    with pytest.raises(IntegrityError):
        consultation_for(counsellor, duration_minutes=0)


def test_edit_is_audited_with_field_names_only(client, counsellor):
    consultation = consultation_for(counsellor, outcome_note="alt")
    client.force_login(counsellor)
    url = reverse("welcome:consultation_edit", kwargs={"pk": consultation.pk})
    data = _post_data(outcome_note="neu")
    data.pop("another")
    response = client.post(url, data)
    assert response.status_code == 302
    consultation.refresh_from_db()
    assert consultation.outcome_note == "neu"
    entry = AuditLog.objects.get(action="update")
    assert "outcome_note" in entry.detail["fields"]
    assert "neu" not in str(entry.detail)


def test_delete_is_audited(client, counsellor):
    consultation = consultation_for(counsellor)
    client.force_login(counsellor)
    response = client.post(reverse("welcome:consultation_delete", kwargs={"pk": consultation.pk}))
    assert response.status_code == 302
    assert not Consultation.objects.exists()
    assert AuditLog.objects.filter(action="delete", object_id=str(consultation.pk)).exists()


def test_colleagues_read_but_do_not_change(client, counsellor, org_a):
    colleague = staff(Role.COUNSELLOR, org_a)
    consultation = consultation_for(colleague)
    client.force_login(counsellor)
    assert client.get(reverse("welcome:consultation_detail", kwargs={"pk": consultation.pk})).status_code == 200
    assert client.get(reverse("welcome:consultation_edit", kwargs={"pk": consultation.pk})).status_code == 404
    delete = client.post(reverse("welcome:consultation_delete", kwargs={"pk": consultation.pk}))
    assert delete.status_code == 404
    assert Consultation.objects.filter(pk=consultation.pk).exists()


@pytest.mark.parametrize("role", [r for r in Role.values if r != Role.ADMIN])
def test_organisation_scoping_on_every_view(client, counsellor, org_b, city, role):
    """Nobody from another organisation (B, or the city unless an admin) reaches A's consultation
    by any URL; only counsellors see lists."""
    consultation = consultation_for(counsellor, outcome_note="nur für A")
    outsider = staff(role, org_for(role, org_b, city))
    client.force_login(outsider)
    pk = {"pk": consultation.pk}
    for name in ("welcome:consultation_detail", "welcome:consultation_edit"):
        assert client.get(reverse(name, kwargs=pk)).status_code in (403, 404)
    assert client.post(reverse("welcome:consultation_delete", kwargs=pk)).status_code in (403, 404)
    listing = client.get(reverse("welcome:consultation_list"))
    assert listing.status_code in (200, 403)
    assert "nur für A" not in listing.content.decode()
    export = client.get(reverse("welcome:consultation_export", kwargs={"fmt": "csv"}))
    if export.status_code == 200:
        assert "nur für A" not in b"".join(export.streaming_content).decode()
    assert Consultation.objects.filter(pk=consultation.pk, outcome_note="nur für A").exists()


def test_city_admin_reads_all_organisations(client, users_by_role, counsellor, org_b):
    other = staff(Role.COUNSELLOR, org_b)
    consultation_for(counsellor)
    consultation_for(other)
    client.force_login(users_by_role[Role.ADMIN])
    page = client.get(reverse("welcome:consultation_list")).context["page"]
    assert len(page.rows) == 2


def _queries_for_list(client, size):
    with CaptureQueriesContext(__import__("django.db", fromlist=["connection"]).connection) as ctx:
        response = client.get(reverse("welcome:consultation_list"), {"size": size})
    assert response.status_code == 200
    return len(ctx.captured_queries), len(response.context["page"].rows)


def test_list_queries_do_not_grow_with_page_size_or_data(client, counsellor, org_a, settings):
    settings.PORTAL_CHOICES_CACHE_VERIFY = False  # counted as in production: cache hits are not rebuilt
    colleague = staff(Role.COUNSELLOR, org_a)
    for i in range(3):
        consultation_for(counsellor if i % 2 else colleague)
    client.force_login(counsellor)
    _queries_for_list(client, 25)  # fills the cached filter choices
    small, rows_small = _queries_for_list(client, 25)
    for i in range(120):
        consultation_for(counsellor if i % 2 else colleague)
    large, rows_large = _queries_for_list(client, 100)
    assert (rows_small, rows_large) == (3, 100)
    # session, user, memberships; one query for the page (topics and target group as
    # annotations; filter choices come from the cache); the session save, which in a test
    # transaction adds SAVEPOINT and RELEASE.
    assert small == large == 7


def test_keyset_pages_cover_every_row_once_even_with_equal_times(client, counsellor):
    same_time = timezone.now() - timedelta(hours=3)
    created = {consultation_for(counsellor, held_at=same_time).pk for _ in range(30)}
    created |= {consultation_for(counsellor).pk for _ in range(7)}
    client.force_login(counsellor)
    seen = []
    url: str | None = reverse("welcome:consultation_list") + "?size=25"
    while url:
        response = client.get(url)
        seen += [row.pk for row in response.context["page"].rows]
        nq = response.context["next_query"]
        url = reverse("welcome:consultation_list") + "?" + nq if nq else None
    assert sorted(seen) == sorted(created)
    assert len(seen) == len(set(seen))


def test_filters(client, counsellor):
    consultation_for(counsellor, language="uk", channel="online")
    consultation_for(counsellor, language="de", channel="phone")
    consultation_for(counsellor, language="uk", held_at=timezone.now() - timedelta(days=40))
    client.force_login(counsellor)
    rows = client.get(reverse("welcome:consultation_list"), {"language": "uk"}).context["page"].rows
    assert len(rows) == 2
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    rows = client.get(reverse("welcome:consultation_list"), {"language": "uk", "date_from": since}).context["page"].rows
    assert [r.channel for r in rows] == ["online"]


def test_csv_export_is_filtered_escaped_and_audited(client, counsellor):
    consultation_for(counsellor, outcome_note="=HYPERLINK(\"http://evil\")", language="ar")
    consultation_for(counsellor, language="de")
    client.force_login(counsellor)
    response = client.get(reverse("welcome:consultation_export", kwargs={"fmt": "csv"}), {"language": "ar"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 2
    assert rows[1][-1].startswith("'=HYPERLINK")
    entry = AuditLog.objects.get(action="export")
    assert entry.detail == {"format": "csv", "filters": ["language"]}


def test_xlsx_export_reads_back(client, counsellor, django_capture_on_commit_callbacks):
    from tests.matrix import export_file

    consultation_for(counsellor, outcome_note="@SUM(A1)", duration_minutes=45)
    client.force_login(counsellor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(reverse("welcome:consultation_export", kwargs={"fmt": "xlsx"}))
    workbook = openpyxl.load_workbook(io.BytesIO(export_file(client, response, None)))
    sheet = workbook.active
    header = [c.value for c in sheet[1]]
    row = [c.value for c in sheet[2]]
    assert row[header.index("ID")] == Consultation.objects.get().pk
    assert row[9] == 45  # numbers stay numbers
    assert hasattr(row[1], "year")  # dates stay dates
    assert row[-1] == "'@SUM(A1)"
    assert sheet.freeze_panes == "A2"


def test_my_day_shows_only_todays_own_consultations(client, counsellor, org_a):
    consultation_for(counsellor, held_at=timezone.now() - timedelta(minutes=5), language="tr")
    consultation_for(counsellor, held_at=timezone.now() - timedelta(days=2))
    consultation_for(staff(Role.COUNSELLOR, org_a), held_at=timezone.now() - timedelta(minutes=5))
    client.force_login(counsellor)
    response = client.get(reverse("welcome:my_day"))
    assert [c.language for c in response.context["consultations"]] == ["tr"]


def test_list_shows_catalogue_names_in_the_page_language(client, counsellor):
    consultation_for(counsellor, target_group=TargetGroup.objects.get(slug="refugee"))
    client.force_login(counsellor)
    work = Topic.objects.get(slug="work")
    refugee = TargetGroup.objects.get(slug="refugee")
    for lang in ("ar", "uk", "de"):
        html = client.get(f"/{lang}/staff/welcome/consultations/").content.decode()
        assert getattr(work, f"name_{lang}") in html
        assert getattr(refugee, f"name_{lang}") in html


def test_cached_filter_choices_follow_catalogue_changes(client, counsellor):
    client.force_login(counsellor)
    client.get(reverse("welcome:consultation_list"))
    Topic.objects.create(slug="pets", name="Haustiere", name_de="Haustiere", name_en="Pets")
    html = client.get(reverse("welcome:consultation_list")).content.decode()
    assert "Haustiere" in html  # a saved catalogue entry shows at once
