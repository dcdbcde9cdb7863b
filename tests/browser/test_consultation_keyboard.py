import pytest
from django.conf import settings

from core.models import Role
from tests.browser.conftest import axe_violations
from tests.core.factories import staff
from welcome.models import Consultation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(context, client, live_server, user):
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def test_counsellor_logs_a_consultation_with_the_keyboard_alone(live_server, browser, client, org_a):
    counsellor = staff(Role.COUNSELLOR, org_a, email="keys@test.example")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    _login(context, client, live_server, counsellor)
    page = context.new_page()
    page.goto(f"{live_server.url}/de/staff/welcome/consultations/new/")
    assert axe_violations(page) == []
    presses = 0

    def press(key):
        nonlocal presses
        presses += 1
        page.keyboard.press(key)

    def tab_to(name):
        for _ in range(30):
            if page.evaluate("document.activeElement.name") == name:
                return
            press("Tab")
        raise AssertionError(f"Tab never reached {name}")

    # Focus starts on the first topic chip (autofocus, applied just after load): tick "Arbeit",
    # move on, tick "Deutsch lernen".
    page.wait_for_function("document.activeElement && document.activeElement.name === 'topics'", timeout=5000)
    press("Space")
    press("Tab")
    press("Space")
    tab_to("channel")
    press("ArrowRight")  # in person -> phone
    tab_to("language")
    page.keyboard.type("Arab")
    tab_to("target_group")
    press("ArrowRight")
    tab_to("country_of_origin")
    page.keyboard.type("Syr")
    tab_to("outcome_note")
    page.keyboard.type("Sprachkurs empfohlen")
    tab_to("client_code")
    page.keyboard.type("K-42")
    press("Enter")  # the default button: save and log another
    page.wait_for_selector(".alert-success")

    consultation = Consultation.objects.get()
    assert set(consultation.topics.values_list("slug", flat=True)) == {"work", "german"}
    assert consultation.channel == "phone"
    assert consultation.language == "ar"
    assert consultation.target_group.slug == "skilled-worker"
    assert str(consultation.country_of_origin) == "SY"
    assert consultation.client_code == "K-42"
    assert consultation.organisation == org_a
    # A fresh form for the next one, focus back on the topics.
    assert page.url.endswith("/de/staff/welcome/consultations/new/")
    page.wait_for_function("document.activeElement && document.activeElement.name === 'topics'", timeout=5000)
    print(f"keyboard-only logging took {presses} key presses plus typed text")
    assert presses < 40
    context.close()
