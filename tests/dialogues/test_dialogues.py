from datetime import date, timedelta

import pytest
from django.urls import reverse

from core.models import AuditLog, Role
from dialogues.models import Dialogue, Initiative, Proposal
from tests.core.factories import org_for, staff

pytestmark = pytest.mark.django_db


def test_published_figures_35_dialogues_25_on_average(client, users_by_role):
    # 35 dialogues from April 2016 to the end of 2017, 25 participants on average.
    start = date(2016, 4, 1)
    for i in range(35):
        Dialogue.objects.create(kind="refugee" if i < 30 else "neighbourhood", held_on=start + timedelta(days=18 * i),
                                venue="vhs", refugees=14 + (i % 3) - 1, staff=4, volunteers=4, neighbours=3)
    Dialogue.objects.create(kind="refugee", held_on=date(2018, 3, 1), venue="vhs", refugees=60)  # outside the period
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])
    response = client.get(reverse("dialogues:dialogue_list"), {"from": "2016-04-01", "to": "2017-12-31"})
    figures = response.context["figures"]
    assert figures["held"] == 35
    assert figures["average"] == 25.0


def test_proposals_get_dated_follow_ups_and_show_publicly_without_personal_data(client, users_by_role):
    dialogue = Dialogue.objects.create(kind="refugee", held_on=date(2017, 5, 4), venue="town_hall", refugees=20)
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])
    url = reverse("dialogues:dialogue_detail", kwargs={"pk": dialogue.pk})
    client.post(url, {"action": "proposal", "text": "WLAN in der Unterkunft", "taken_up_by": "operator",
                      "taken_up_by_name": "Frau Muster vom Träger", "is_public": "on"})
    proposal = Proposal.objects.get()
    client.post(url, {"action": "follow_up", "proposal": proposal.pk, "status": "done",
                      "outcome": "WLAN ist seit Juli eingerichtet", "note": "Rückmeldung an die Teilnehmenden"})
    proposal.refresh_from_db()
    assert proposal.status == "done"
    assert proposal.updates.get().note == "Rückmeldung an die Teilnehmenden"
    assert AuditLog.objects.filter(action="update", object_id=str(proposal.pk)).exists()
    client.logout()
    html = client.get("/ar/proposals/").content.decode()
    assert "WLAN in der Unterkunft" in html and "WLAN ist seit Juli eingerichtet" in html
    assert "Frau Muster" not in html  # names stay inside
    assert 'dir="rtl"' in html


def test_dialogue_in_an_accommodation_names_it(client, users_by_role):
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])
    response = client.post(reverse("dialogues:dialogue_create"), {
        "kind": "refugee", "held_on": "2017-05-04", "venue": "accommodation", "moderators": 2, "refugees": 10,
        "staff": 1, "volunteers": 1, "neighbours": 0})
    assert response.status_code == 200
    assert "accommodation" in response.context["form"].errors
    assert not Dialogue.objects.exists()


def test_initiatives_that_grew_out_of_a_dialogue(client, users_by_role):
    dialogue = Dialogue.objects.create(kind="refugee", held_on=date(2017, 5, 4), venue="vhs", refugees=20)
    client.force_login(users_by_role[Role.DIALOGUE_TEAM])
    client.post(reverse("dialogues:initiative_list"), {"title": "Theatergruppe", "kind": "theatre",
                                                        "dialogue": dialogue.pk, "people": 8,
                                                        "started_on": "2017-06-01", "is_active": "on"})
    assert Initiative.objects.get().dialogue == dialogue
    figures = client.get(reverse("dialogues:dialogue_list")).context["figures"]
    assert figures["initiatives"] == 1


@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.OPERATOR, Role.INTEGRATION_MANAGER, Role.REPORT_VIEWER])
def test_other_roles_do_not_reach_dialogue_records(client, org_a, city, role):
    dialogue = Dialogue.objects.create(kind="refugee", held_on=date(2017, 5, 4), venue="vhs")
    client.force_login(staff(role, org_for(role, org_a, city)))
    assert client.get(reverse("dialogues:dialogue_detail", kwargs={"pk": dialogue.pk})).status_code == 403
