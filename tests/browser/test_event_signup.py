from datetime import timedelta

import pytest
from django.utils import timezone

from tests.browser.conftest import axe_violations
from welcome.models import GroupEvent, Registration

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["ar", "uk"])
def test_newcomer_signs_up_on_a_phone(live_server, phone, org_a, lang):
    start = timezone.now() + timedelta(days=5)
    GroupEvent.objects.create(
        organisation=org_a, title_de="Bewerben in Deutschland", title_ar="التقدم لوظيفة في ألمانيا",
        title_uk="Як подати заявку на роботу в Німеччині", format="workshop", starts_at=start,
        ends_at=start + timedelta(hours=2), place="Welcome Center", capacity=1, is_published=True,
    )
    phone.goto(f"{live_server.url}/{lang}/events/")
    assert phone.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert axe_violations(phone) == []
    phone.locator("main h2 a").first.click()
    assert axe_violations(phone) == []
    email = phone.locator("input[name=email]")
    assert email.evaluate("e => getComputedStyle(e).direction") == "ltr"  # addresses read left to right
    phone.fill("input[name=name]", "Amal")
    email.fill("amal@test.example")
    phone.check("input[name=consent]")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url("**/events/registration/**")
    assert axe_violations(phone) == []
    registration = Registration.objects.get()
    assert (registration.status, registration.language) == ("confirmed", lang)
    # Cancelling needs the button (a POST), not just the link.
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_load_state()
    assert Registration.objects.get().status == "cancelled"
    assert axe_violations(phone) == []


@pytest.mark.parametrize("lang", ["fa", "el"])
def test_public_proposals_page_is_accessible(live_server, phone, lang):
    from dialogues.models import Dialogue, Proposal

    dialogue = Dialogue.objects.create(kind="refugee", held_on=timezone.localdate(), venue="vhs", refugees=20)
    Proposal.objects.create(dialogue=dialogue, text="Sprachcafé am Samstag", taken_up_by="participants",
                            status="done", outcome="Findet jeden Samstag statt")
    phone.goto(f"{live_server.url}/{lang}/proposals/")
    assert phone.locator("html").get_attribute("dir") == ("rtl" if lang == "fa" else "ltr")
    assert "Sprachcafé am Samstag" in phone.content()
    assert phone.evaluate("document.documentElement.scrollWidth") <= phone.viewport_size["width"]
    assert axe_violations(phone) == []


@pytest.mark.parametrize("lang", ["fa", "uk"])
def test_public_volunteer_registration_is_accessible(live_server, phone, city, lang):
    phone.goto(f"{live_server.url}/{lang}/volunteer/")
    assert phone.locator("html").get_attribute("dir") == ("rtl" if lang == "fa" else "ltr")
    assert axe_violations(phone) == []
    phone.fill("input[name=name]", "Test")
    phone.fill("input[name=email]", "t@test.example")
    phone.locator("input[name=languages]").first.check()
    phone.locator("input[name=roles]").first.check()
    phone.check("input[name=consent]")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_load_state()
    assert axe_violations(phone) == []
    from volunteers.models import Volunteer

    assert Volunteer.objects.get().status == "pending"
