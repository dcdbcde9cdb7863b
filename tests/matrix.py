"""The view x role matrix: every staff view, the roles that may use it, how to build its URL.

tests/core/test_view_matrix.py checks every entry for every role and anonymous, and fails when a
named staff URL exists that is not listed here, so a new view cannot skip the matrix.
"""

from core.models import Role

ALL_ROLES = frozenset(Role.values)
ADMIN_ONLY = frozenset({Role.ADMIN})
COUNSELLOR_ONLY = frozenset({Role.COUNSELLOR})
CONSULTATION_READERS = frozenset({Role.COUNSELLOR, Role.ADMIN})


def close_files(response):
    """Close a download's file as the WSGI server would, without ending the test's database session
    (response.close() sends request_finished, which closes the connection)."""
    for closer in getattr(response, "_resource_closers", []):
        closer()


def export_file(client, response, capture):
    """Follow an XLSX export: the request queued a job (run at commit, eagerly in the tests) and
    redirected to its page; the download brings the workbook."""
    import re

    assert response.status_code == 302, response.status_code
    found = re.search(r"/exports/(\d+)/", response["Location"])
    assert found is not None
    pk = int(found.group(1))
    from django.urls import reverse

    page = client.get(response["Location"])
    assert page.context["job"].status == "done", page.context["job"].status
    download = client.get(reverse("core:export_download", args=[pk]))
    assert download.status_code == 200
    content = b"".join(download.streaming_content)
    close_files(download)
    return content


def own_organisation(user, users):
    return {"pk": user.memberships.first().organisation_id}


def counsellors_consultation(user, users):
    from tests.welcome.factories import consultation_for

    return {"pk": consultation_for(users[Role.COUNSELLOR]).pk}


def counsellors_event(user, users):
    from datetime import timedelta

    from django.utils import timezone

    from welcome.models import GroupEvent

    start = timezone.now() + timedelta(days=3)
    event = GroupEvent.objects.create(
        organisation=users[Role.COUNSELLOR].memberships.first().organisation, title_de="Info", format="workshop",
        starts_at=start, ends_at=start + timedelta(hours=1), capacity=10, is_published=True,
    )
    return {"pk": event.pk}


def counsellors_appointment(user, users):
    from datetime import timedelta

    from django.utils import timezone

    from welcome.models import Appointment, Topic

    counsellor = users[Role.COUNSELLOR]
    existing = Appointment.objects.filter(counsellor=counsellor, status="confirmed").first()
    if existing:
        return {"pk": existing.pk, "outcome": "no-show"}
    start = timezone.now() + timedelta(hours=2)
    appointment = Appointment.objects.create(
        counsellor=counsellor, organisation=counsellor.memberships.first().organisation,
        topic=Topic.objects.order_by("id")[0], language="de", channel="phone", starts_at=start,
        ends_at=start + timedelta(minutes=45), status="confirmed", ui_language="de",
    )
    return {"pk": appointment.pk, "outcome": "no-show"}


def operators_accommodation(user, users):
    from core.models import District
    from refugees.models import Accommodation

    operator_org = users[Role.OPERATOR].memberships.first().organisation
    accommodation, _ = Accommodation.objects.get_or_create(
        name="Matrix-Unterkunft",
        defaults={"address": "Weg 1", "district": District.objects.order_by("id")[0], "operator": operator_org,
                  "kind": "rented", "capacity": 80},
    )
    return {"pk": accommodation.pk}


def managers_plan(user, users):
    from datetime import date

    from refugees.models import IntegrationPlan

    manager = users[Role.INTEGRATION_MANAGER]
    plan, _ = IntegrationPlan.objects.get_or_create(
        reference="MATRIX-1", organisation=manager.memberships.first().organisation,
        defaults={"manager": manager, "birth_year": 1990, "started_on": date(2019, 1, 1)},
    )
    return {"pk": plan.pk}


def a_dialogue(user, users):
    from datetime import date

    from dialogues.models import Dialogue

    dialogue, _ = Dialogue.objects.get_or_create(kind="refugee", held_on=date(2017, 5, 4), venue="vhs")
    return {"pk": dialogue.pk}


def a_volunteer(user, users):
    from volunteers.models import Volunteer

    coordinator = users[Role.VOLUNTEER_COORDINATOR]
    volunteer, _ = Volunteer.objects.get_or_create(
        name="Matrix", organisation=coordinator.memberships.first().organisation,
        defaults={"email": "m@test.example", "consent_purpose": "K", "roles": ["welcome_mentor"]},
    )
    return {"pk": volunteer.pk}


def a_tandem(user, users):
    from datetime import date

    from volunteers.models import Tandem, Volunteer

    volunteer = Volunteer.objects.get(pk=a_volunteer(user, users)["pk"])
    tandem, _ = Tandem.objects.get_or_create(
        newcomer_reference="MATRIX", organisation=volunteer.organisation,
        defaults={"mentor": volunteer, "consent_given_on": date(2018, 1, 1)},
    )
    return {"pk": tandem.pk}


def a_tandem_request(user, users):
    from volunteers.models import TandemRequest

    coordinator = users[Role.VOLUNTEER_COORDINATOR]
    tandem_request, _ = TandemRequest.objects.get_or_create(
        organisation=coordinator.memberships.first().organisation, interests="MATRIX",
        defaults={"languages": ["ar"], "name": "Matrix", "email": "matrix@test.example"},
    )
    return {"pk": tandem_request.pk}


def counsellors_consultation_for_tandem_request(user, users):
    return {"consultation_pk": counsellors_consultation(user, users)["pk"]}


def a_report(user, users):
    from datetime import date

    from reporting.models import ReportJob

    job, _ = ReportJob.objects.get_or_create(
        kind="refugee_report", period_start=date(2017, 1, 1), period_end=date(2017, 12, 31),
        defaults={"requested_by": users[Role.ADMIN], "status": "done", "progress": 100},
    )
    return {"pk": job.pk}


def a_report_file(user, users):
    from datetime import timedelta

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from reporting.models import ReportJob

    job = ReportJob.objects.get(pk=a_report(user, users)["pk"])
    if not job.file:
        job.file.save("matrix.xlsx", ContentFile(b"PK"), save=False)
        job.expires_at = timezone.now() + timedelta(days=1)
        job.save(update_fields=["file", "expires_at"])
    return {"pk": job.pk}


def editors_entry(user, users):
    from welcome.models import DirectoryEntry

    editor = users[Role.DIRECTORY_EDITOR]
    entry, _ = DirectoryEntry.objects.get_or_create(
        name_de="Matrix-Kurs", organisation=editor.memberships.first().organisation,
        defaults={"kind": "german_course", "levels": ["A1"]},
    )
    return {"pk": entry.pk}


def a_fim_grant(user, users):
    from refugees.models import FimGrant

    grant, _ = FimGrant.objects.get_or_create(year=2017, kind="internal", provider="city", title="Matrix",
                                              defaults={"places": 5})
    return {"pk": grant.pk}


def own_export_job(user, users):
    """Every user's own export job (nobody reaches another's: tests/core/test_exports.py)."""
    from core.models import ExportJob

    job, _ = ExportJob.objects.get_or_create(user=user, kind="welcome:appointments", title="Matrix",
                                             defaults={"status": "done", "progress": 100})
    if not job.file:
        from datetime import timedelta

        from django.core.files.base import ContentFile
        from django.utils import timezone

        job.file.save("matrix.xlsx", ContentFile(b"PK"), save=False)
        job.expires_at = timezone.now() + timedelta(days=1)
        job.save(update_fields=["file", "expires_at"])
    return {"pk": job.pk}


REPORT_READERS = frozenset({Role.ADMIN, Role.REPORT_VIEWER})

DIRECTORY_EDITORS = frozenset({Role.DIRECTORY_EDITOR, Role.ADMIN})

COORDINATORS = frozenset({Role.VOLUNTEER_COORDINATOR, Role.ADMIN})

DIALOGUE_EDITORS = frozenset({Role.DIALOGUE_TEAM, Role.ADMIN})

ACCOMMODATION_READERS = frozenset({Role.ADMIN, Role.REPORT_VIEWER, Role.OPERATOR})

EVENT_STAFF = frozenset({Role.COUNSELLOR, Role.ADMIN})

# url name -> (roles that may use it, function (user, users by role) -> URL kwargs)
STAFF_VIEWS = {
    "core:home": (ALL_ROLES, None),
    "core:organisation_list": (ALL_ROLES, None),
    "core:organisation_detail": (ALL_ROLES, own_organisation),
    "core:staff_invite": (ADMIN_ONLY, None),
    "core:audit_search": (ADMIN_ONLY, None),
    "welcome:my_day": (COUNSELLOR_ONLY, None),
    "welcome:consultation_log": (COUNSELLOR_ONLY, None),
    "welcome:consultation_list": (CONSULTATION_READERS, None),
    "welcome:consultation_detail": (CONSULTATION_READERS, counsellors_consultation),
    "welcome:consultation_edit": (COUNSELLOR_ONLY, counsellors_consultation),
    "welcome:consultation_delete": (COUNSELLOR_ONLY, counsellors_consultation),
    "welcome:consultation_export": (CONSULTATION_READERS, lambda user, users: {"fmt": "csv"}),
    "welcome:appointment_mark": (COUNSELLOR_ONLY, counsellors_appointment),
    "welcome:staff_appointments": (EVENT_STAFF, None),
    "welcome:staff_appointment_cancel": (EVENT_STAFF, lambda user, users: {
        "pk": counsellors_appointment(user, users)["pk"]}),
    "welcome:staff_availability": (COUNSELLOR_ONLY, None),
    "welcome:staff_event_list": (EVENT_STAFF, None),
    "refugees:accommodation_list": (ACCOMMODATION_READERS, None),
    "refugees:accommodation_detail": (ACCOMMODATION_READERS, operators_accommodation),
    "refugees:occupancy_overview": (ACCOMMODATION_READERS, None),
    "refugees:occupancy_import": (frozenset({Role.OPERATOR, Role.ADMIN}), None),
    "refugees:occupancy_import_template": (frozenset({Role.OPERATOR, Role.ADMIN}), lambda u, us: {"fmt": "xlsx"}),
    "refugees:accommodation_create": (frozenset({Role.OPERATOR, Role.ADMIN}), None),
    "refugees:accommodation_edit": (frozenset({Role.OPERATOR, Role.ADMIN}), operators_accommodation),
    "refugees:accommodation_import": (frozenset({Role.OPERATOR, Role.ADMIN}), None),
    "refugees:accommodation_import_template": (frozenset({Role.OPERATOR, Role.ADMIN}),
                                               lambda u, us: {"fmt": "csv"}),
    "refugees:fim_grant_list": (ADMIN_ONLY, None),
    "refugees:movement_list": (ADMIN_ONLY, None),
    "refugees:staffing_list": (frozenset({Role.INTEGRATION_MANAGER, Role.ADMIN}), None),
    "reporting:culture_sport": (ADMIN_ONLY, None),
    "reporting:chapter_texts": (ADMIN_ONLY, None),
    "reporting:report_print": (frozenset({Role.ADMIN, Role.REPORT_VIEWER}), None),
    "refugees:fim_grant_create": (ADMIN_ONLY, None),
    "refugees:fim_grant_edit": (ADMIN_ONLY, a_fim_grant),
    "refugees:fim_placement_create": (ADMIN_ONLY, None),
    "refugees:fim_grant_import": (ADMIN_ONLY, None),
    "refugees:fim_grant_import_template": (ADMIN_ONLY, lambda u, us: {"fmt": "xlsx"}),
    "refugees:fim_placement_import": (ADMIN_ONLY, None),
    "refugees:fim_placement_import_template": (ADMIN_ONLY, lambda u, us: {"fmt": "csv"}),
    "core:export_job": (ALL_ROLES, own_export_job),
    "core:export_download": (ALL_ROLES, own_export_job),
    "reporting:report_list": (REPORT_READERS, None),
    "reporting:dashboard": (REPORT_READERS, None),
    "welcome:export": (EVENT_STAFF, lambda user, users: {"dataset": "appointments", "fmt": "csv"}),
    "refugees:export": (ACCOMMODATION_READERS, lambda user, users: {"dataset": "occupancy", "fmt": "csv"}),
    "dialogues:export": (DIALOGUE_EDITORS, lambda user, users: {"dataset": "proposals", "fmt": "csv"}),
    "volunteers:export": (COORDINATORS, lambda user, users: {"dataset": "volunteers", "fmt": "csv"}),
    "reporting:statistics_refresh": (ADMIN_ONLY, None),
    "reporting:report_progress": (REPORT_READERS, a_report),
    "reporting:report_download": (REPORT_READERS, a_report_file),
    "volunteers:volunteer_list": (COORDINATORS, None),
    "volunteers:volunteer_approve": (COORDINATORS, a_volunteer),
    "volunteers:tandem_match": (COORDINATORS, None),
    "volunteers:tandem_propose": (COORDINATORS, None),
    "volunteers:tandem_detail": (COORDINATORS, a_tandem),
    "volunteers:tandem_request_detail": (COORDINATORS, a_tandem_request),
    "volunteers:tandem_request_withdraw": (COORDINATORS, a_tandem_request),
    "volunteers:tandem_request_from_consultation": (COUNSELLOR_ONLY, counsellors_consultation_for_tandem_request),
    "volunteers:circle_list": (COORDINATORS, None),
    "volunteers:circle_count_import": (COORDINATORS, None),
    "volunteers:circle_count_import_template": (COORDINATORS, lambda u, us: {"fmt": "xlsx"}),
    "dialogues:support_group": (DIALOGUE_EDITORS, None),
    "dialogues:dialogue_list": (DIALOGUE_EDITORS, None),
    "dialogues:dialogue_create": (DIALOGUE_EDITORS, None),
    "dialogues:dialogue_detail": (DIALOGUE_EDITORS, a_dialogue),
    "dialogues:initiative_list": (DIALOGUE_EDITORS, None),
    "refugees:fim_overview": (frozenset({Role.ADMIN, Role.REPORT_VIEWER, Role.INTEGRATION_MANAGER, Role.OPERATOR}), None),
    "refugees:plan_list": (frozenset({Role.INTEGRATION_MANAGER}), None),
    "refugees:plan_create": (frozenset({Role.INTEGRATION_MANAGER}), None),
    "refugees:plan_counts": (frozenset({Role.ADMIN, Role.REPORT_VIEWER, Role.INTEGRATION_MANAGER}), None),
    "refugees:plan_detail": (frozenset({Role.INTEGRATION_MANAGER}), managers_plan),
    "refugees:plan_export": (frozenset({Role.INTEGRATION_MANAGER}), managers_plan),
    "refugees:plan_anonymise": (frozenset({Role.INTEGRATION_MANAGER}), managers_plan),
    "refugees:plan_withdraw": (frozenset({Role.INTEGRATION_MANAGER}), managers_plan),
    "welcome:staff_event_create": (EVENT_STAFF, None),
    "welcome:staff_event_edit": (EVENT_STAFF, counsellors_event),
    "welcome:staff_event_attendance": (EVENT_STAFF, counsellors_event),
    "welcome:staff_directory": (DIRECTORY_EDITORS, None),
    "welcome:staff_directory_create": (DIRECTORY_EDITORS, None),
    "welcome:staff_directory_edit": (DIRECTORY_EDITORS, editors_entry),
    "welcome:staff_directory_checked": (DIRECTORY_EDITORS, editors_entry),
    "welcome:staff_directory_delete": (DIRECTORY_EDITORS, editors_entry),
    "welcome:staff_directory_import": (DIRECTORY_EDITORS, None),
    "welcome:staff_directory_template": (DIRECTORY_EDITORS, lambda user, users: {"fmt": "xlsx"}),
    "welcome:consultation_offers": (COUNSELLOR_ONLY, counsellors_consultation),
    "welcome:consultation_offers_print": (COUNSELLOR_ONLY, counsellors_consultation),
    "welcome:consultation_offers_send": (COUNSELLOR_ONLY, counsellors_consultation),
    "welcome:translation_status": (frozenset({Role.ADMIN, Role.DIRECTORY_EDITOR, Role.COUNSELLOR}), None),
}

# Views that only take POST: the allowed roles get a redirect after the change.
POST_VIEWS = {"welcome:consultation_delete", "welcome:appointment_mark", "welcome:staff_appointment_cancel",
              "refugees:plan_anonymise", "refugees:plan_withdraw", "volunteers:volunteer_approve",
              "volunteers:tandem_propose", "volunteers:tandem_request_withdraw", "reporting:statistics_refresh",
              "welcome:staff_directory_checked", "welcome:consultation_offers_send"}

# Named URLs of the project's apps that anyone may open.
PUBLIC_VIEWS = {
    "public_home", "welcome:event_list", "welcome:event_detail", "welcome:registration_manage",
    "welcome:book_start", "welcome:book_slots", "welcome:book_contact", "welcome:book_check_email",
    "welcome:appointment_manage", "welcome:book_waitlist", "welcome:altcha_challenge",
    "dialogues:public_proposals", "volunteers:register", "volunteers:sports_offers",
    "volunteers:tandem_request", "volunteers:tandem_request_done",
    "welcome:contact", "welcome:privacy", "welcome:imprint", "welcome:accessibility", "welcome:easy_german",
    "welcome:directory", "welcome:directory_entry",
}

PROJECT_NAMESPACES = {"core", "welcome", "refugees", "dialogues", "volunteers", "reporting"}
