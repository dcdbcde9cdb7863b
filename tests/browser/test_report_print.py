"""The refugee report's print view, as the admin prints it for the council: in print media, nothing is
wider than an A4 page, each chapter starts a new page, and Chromium's own PDF has them all."""

import re

import pytest

from core.models import Role
from reporting.models import ChapterText
from reporting.statistics import refresh
from tests.browser.conftest import axe_violations
from tests.browser.test_consultation_keyboard import _login
from tests.core.factories import staff
from tests.published_data import published  # noqa: F401 - a fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A4 is 210 mm wide, 794 CSS pixels at 96 per inch; the page's margins (15 mm each side) leave 680.
PRINTABLE_PX = 680


@pytest.mark.usefixtures("published")
@pytest.mark.parametrize("lang", ["de", "ar"])
def test_the_print_view_fits_an_a4_page(live_server, browser, client, city, lang):
    refresh()
    ChapterText.objects.create(period_start="2016-01-01", period_end="2017-08-01", chapter=7, language="de",
                               text="Die Task Force „Integration von Flüchtlingen“ wird in der bisherigen Form "
                                    "beendet. " * 8)
    viewer = staff(Role.REPORT_VIEWER, city, email=f"print-{lang}@test.example")
    context = browser.new_context(viewport={"width": PRINTABLE_PX, "height": 1123})
    _login(context, client, live_server, viewer)
    page = context.new_page()
    page.goto(f"{live_server.url}/{lang}/staff/reports/print/?start=2016-01&end=2017-08")
    assert page.locator("section.report-chapter").count() == 7
    assert axe_violations(page) == []
    page.emulate_media(media="print")
    widest = page.evaluate("""() => Math.max(...[...document.querySelectorAll('body *')]
        .filter(e => e.getClientRects().length).map(e => e.getBoundingClientRect().right))""")
    assert widest <= PRINTABLE_PX, widest
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PRINTABLE_PX
    assert page.locator("header.staff-header").is_hidden()  # no navigation on paper
    breaks = page.evaluate("""() => [...document.querySelectorAll('section.report-chapter')]
        .map(e => getComputedStyle(e).breakBefore)""")
    assert breaks == ["page"] * 7
    pdf = page.pdf(format="A4", print_background=False)
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    assert pages >= 8, pages  # the cover and a page (at least) per chapter
    context.close()
