from datetime import time

import pytest

from core.models import Role
from tests.browser.conftest import axe_violations
from tests.core.factories import staff
from welcome.models import Appointment, CounsellorOffer, Topic, WeeklyHours

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_arabic_booking_flow_on_a_phone(live_server, phone, org_a, settings):
    # No booking without the solved proof of work here: the widget must really work in the browser.
    settings.PORTAL_BOOKING_RATE_NOJS = "0/h"
    counsellor = staff(Role.COUNSELLOR, org_a)
    offer = CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=["ar", "de"],
                                           channels=["in_person", "phone"])
    offer.topics.add(Topic.objects.get(slug="work"))
    for weekday in range(7):
        WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=time(8), ends=time(20))

    phone.goto(f"{live_server.url}/ar/book/")
    html = phone.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert axe_violations(phone) == []
    # The layout mirrors: headings start at the right edge.
    h1 = phone.locator("h1").bounding_box()
    assert h1["x"] + h1["width"] > phone.viewport_size["width"] * 0.8
    phone.locator("label.chip-label").first.click()  # the topic
    phone.select_option("select[name=language]", "ar")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url("**/ar/book/times/**")
    assert axe_violations(phone) == []
    phone.locator("main ul a.btn").first.click()
    phone.wait_for_url("**/ar/book/details/**")
    phone.wait_for_selector("altcha-widget input[type=checkbox]")  # the self-hosted widget, no CDN
    assert axe_violations(phone) == []
    for field in ("email", "phone"):
        direction = phone.locator(f"input[name={field}]").evaluate("e => getComputedStyle(e).direction")
        assert direction == "ltr", field
    phone.fill("input[name=name]", "أمل")
    phone.fill("input[name=email]", "amal@test.example")
    phone.fill("input[name=phone]", "+49 711 1234567")
    phone.check("input[name=consent]")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url("**/ar/book/check-your-email/")
    assert axe_violations(phone) == []
    appointment = Appointment.objects.get()
    assert (appointment.status, appointment.ui_language, appointment.language) == ("held", "ar", "ar")
    phone.goto(f"{live_server.url}/ar/appointment/{appointment.token}/")
    assert axe_violations(phone) == []
    phone.locator("main form button[type=submit]").first.click()  # confirm comes before cancel
    phone.wait_for_load_state()
    appointment.refresh_from_db()
    assert appointment.status == "confirmed"
