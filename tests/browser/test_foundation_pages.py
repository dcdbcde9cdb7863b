import pytest

from core.models import Role
from tests.browser.conftest import axe_violations
from tests.core.factories import PASSWORD, staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["de", "ar", "fa", "uk"])
def test_public_home_on_a_phone_is_accessible_and_mirrored(live_server, phone, lang):
    phone.goto(f"{live_server.url}/{lang}/")
    html = phone.locator("html")
    assert html.get_attribute("lang") == lang
    assert html.get_attribute("dir") == ("rtl" if lang in {"ar", "fa"} else "ltr")
    # The layout mirrors: the brand sits at the right edge in RTL, at the left in LTR.
    brand = phone.locator(".navbar-brand").bounding_box()
    width = phone.viewport_size["width"]
    if lang in {"ar", "fa"}:
        assert brand["x"] + brand["width"] > width / 2
    else:
        assert brand["x"] < width / 2
    # No horizontal scrolling on a phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= width
    assert axe_violations(phone) == []


def test_language_switch_keeps_the_page(live_server, phone):
    phone.goto(f"{live_server.url}/de/accounts/login/")
    phone.select_option("#language-select", "ar")
    phone.locator(".language-switcher button").click()
    phone.wait_for_url(f"{live_server.url}/ar/accounts/login/")
    assert phone.locator("html").get_attribute("dir") == "rtl"


def test_staff_login_with_the_keyboard_alone(live_server, desktop, org_a):
    staff(Role.COUNSELLOR, org_a, email="keys@test.example", first_name="Kira")
    desktop.goto(f"{live_server.url}/en/accounts/login/")
    assert axe_violations(desktop) == []
    desktop.keyboard.press("Tab")  # the skip link comes first
    assert desktop.evaluate("document.activeElement.classList.contains('skip-link')")
    desktop.focus("input[name=login]")
    desktop.keyboard.type("keys@test.example")
    desktop.keyboard.press("Tab")
    desktop.keyboard.type(PASSWORD)
    desktop.keyboard.press("Enter")
    desktop.wait_for_url(f"{live_server.url}/en/staff/welcome/today/")
    assert "My day" in desktop.locator("h1").inner_text()
    assert axe_violations(desktop) == []
