import pytest

from core.models import Role
from reporting.statistics import refresh
from tests.browser.conftest import axe_violations
from tests.browser.test_consultation_keyboard import _login
from tests.core.factories import staff
from tests.published_data import published  # noqa: F401 - a fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("published")
@pytest.mark.parametrize("lang", ["fa", "de"])
def test_dashboard_on_a_phone_is_accessible(live_server, browser, client, city, lang):
    refresh()
    viewer = staff(Role.REPORT_VIEWER, city, email=f"viewer-{lang}@test.example")
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    _login(context, client, live_server, viewer)
    page = context.new_page()
    page.goto(f"{live_server.url}/{lang}/staff/dashboard/?year=2017")
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "fa" else "ltr")
    assert page.locator("figure svg").count() == 4
    # The charts scale down to the phone: nothing wider than the screen.
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    assert axe_violations(page) == []
    # The year is chosen without JavaScript: a GET form.
    page.select_option("#id_year", "2016")
    page.locator("main form[method=get] button[type=submit]").click()
    page.wait_for_url("**year=2016**")
    assert "year=2016" in page.url
    page.goto(f"{live_server.url}/{lang}/staff/reports/")
    assert axe_violations(page) == []
    context.close()
