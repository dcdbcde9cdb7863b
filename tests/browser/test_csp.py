"""The Content-Security-Policy (issue 13) in a real browser.

The newcomer's walk in German, Arabic and Farsi (booking with the proof of work solved, the event,
volunteer and tandem forms sent) and every role's staff pages, logged in through the login form:
the browser reports no violation of the enforced policy on any of them. A listener for the
``securitypolicyviolation`` event is in every page before the page's own scripts, and console
errors that mention the policy count too; the failure lists each one with its page, directive and
blocked URI.
"""

import re
from contextlib import contextmanager
from datetime import time, timedelta

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time
from allauth.mfa.utils import decrypt
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from core.models import District, Role
from reporting.statistics import refresh
from tests.core.factories import PASSWORD, staff
from tests.matrix import POST_VIEWS, STAFF_VIEWS
from tests.published_data import published  # noqa: F401 - a fixture
from welcome.models import (
    Appointment,
    CounsellorOffer,
    DirectoryEntry,
    GroupEvent,
    OpeningHours,
    Place,
    Topic,
    WeeklyHours,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Runs in every page (and frame) before the page's own scripts; the binding hands each violation
# to the test at once, so none is lost when the page navigates away.
LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  window.portalCspViolation({
    page: location.href, directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI,
    source: e.sourceFile, line: e.lineNumber, sample: e.sample, disposition: e.disposition,
  });
}, true);
"""


class Violations:
    """Every CSP violation and CSP console error in the browser contexts it watches."""

    def __init__(self):
        self.found: list[dict] = []
        self.console: list[dict] = []
        self.pages: list[str] = []

    def watch(self, context):
        context.expose_binding("portalCspViolation", lambda source, v: self.found.append(v))
        context.add_init_script(LISTENER)
        context.on("console", self._console)
        return context

    def _console(self, message):
        # The console also hears of what the event cannot reach (a worker's own violations, say).
        if message.type in {"error", "warning"} and "Content Security Policy" in message.text:
            self.console.append({"page": message.page.url if message.page else "?", "directive": "(console)",
                                 "blocked": message.text.split(". Either")[0],
                                 "source": message.location.get("url", ""),
                                 "line": message.location.get("lineNumber"), "sample": ""})

    def problems(self) -> list[dict]:
        """The violations, and the console errors of pages without one (each is usually both)."""
        pages = {v["page"] for v in self.found}
        return self.found + [c for c in self.console if c["page"] not in pages]

    def report(self) -> str:
        problems = self.problems()
        lines = [f"{len(problems)} Content-Security-Policy violation(s) on {len(self.pages)} pages visited:"]
        for v in problems:
            where = f" (from {v['source']}:{v['line']})" if v.get("source") else ""
            sample = f" sample={v['sample']!r}" if v.get("sample") else ""
            lines.append(f"  {v['page']}  {v['directive']}  blocked={v['blocked'] or '-'}{where}{sample}")
        return "\n".join(lines)


@contextmanager
def _shown_on_failure(violations):
    """A step that fails (a page that never loads: a blocked script, say) shows the violations so far."""
    try:
        yield
    except Exception as error:
        raise AssertionError(f"{error}\n{violations.report()}") from error


def _settle(page, violations):
    """After a page has loaded: give late scripts (the ALTCHA worker, Bootstrap) and the binding a moment."""
    page.wait_for_load_state("load")
    page.wait_for_timeout(150)
    violations.pages.append(page.url)


def _url(name, lang, **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def _visit(page, violations, live_server, path):
    response = page.goto(f"{live_server.url}{path}")
    assert response is not None and response.status < 400, (path, response and response.status)
    _settle(page, violations)
    return response


def _public_data(org_a, lang):
    place = Place.objects.create(name_de="Welcome Center Stuttgart", street="Charlottenplatz", postcode="70173",
                                 demo_fields=["hours"])
    for weekday in range(7):
        OpeningHours.objects.create(place=place, weekday=weekday, opens=time(9), closes=time(16))
    counsellor = staff(Role.COUNSELLOR, org_a, email=f"csp-counsellor-{lang}@test.example")
    offer = CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=[lang, "de"],
                                           channels=["in_person", "phone"], place=place)
    offer.topics.add(Topic.objects.get(slug="work"))
    for weekday in range(7):
        WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=time(8), ends=time(20))
    start = timezone.now() + timedelta(days=5)
    event = GroupEvent.objects.create(organisation=org_a, title_de="Bewerben in Deutschland", format="workshop",
                                      starts_at=start, ends_at=start + timedelta(hours=2), place="Welcome Center",
                                      capacity=10, is_published=True)
    entry = DirectoryEntry.objects.create(organisation=org_a, kind="german_course", name_de="B1 am Abend",
                                          levels=["B1"], schedules=["evening"],
                                          district=District.objects.get(name="Mitte"))
    return event, entry


def _book(page, violations, live_server, lang):
    """The booking flow through the contact step: the ALTCHA widget solves its proof of work in its
    worker under the policy (without it the booking is refused here), then the newcomer confirms."""
    _visit(page, violations, live_server, _url("welcome:book_start", lang))
    page.locator("label.chip-label").first.click()  # the topic
    page.select_option("select[name=language]", lang)
    page.locator("input[name=channel][value=in_person] + label").click()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/{lang}/book/times/**")
    _settle(page, violations)
    page.locator("main ul a.btn").first.click()
    page.wait_for_url(f"**/{lang}/book/details/**")
    page.wait_for_selector("altcha-widget input[type=checkbox]")
    _settle(page, violations)
    # The widget's styles come from the linked file: it added no <style> element of its own.
    assert page.locator("style#__altcha-css").count() == 0
    assert page.locator("altcha-widget .altcha").evaluate("e => getComputedStyle(e).display") == "flex"
    page.fill("input[name=name]", "Amal")
    page.fill("input[name=email]", f"amal-{lang}@test.example")
    page.check("input[name=consent]")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/{lang}/book/check-your-email/")
    _settle(page, violations)
    link = re.search(r"https?://\S+/appointment/\S+/", str(mail.outbox[-1].body))
    assert link is not None
    page.goto(link.group(0))
    _settle(page, violations)
    page.locator("main form button[type=submit]").first.click()  # confirm comes before cancel
    page.wait_for_load_state()
    _settle(page, violations)
    assert Appointment.objects.get(ui_language=lang).status == "confirmed"


@pytest.mark.parametrize("lang", ["de", "ar", "fa"])
def test_public_walk_has_no_csp_violation(live_server, browser, org_a, city, settings, lang):
    settings.PORTAL_BOOKING_RATE_NOJS = "0/h"  # no booking without the proof of work: ALTCHA must run
    settings.PORTAL_BOOKING_LEAD_MINUTES = 0
    staff(Role.VOLUNTEER_COORDINATOR, city, email="csp-coordinator@test.example")  # tandem requests go there
    event, entry = _public_data(org_a, lang)
    violations = Violations()
    context = violations.watch(browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                                   has_touch=True))
    page = context.new_page()
    with _shown_on_failure(violations):
        home = _visit(page, violations, live_server, f"/{lang}/")
        headers = home.headers
        assert "content-security-policy" in headers, "the policy is enforced, not only reported"
        assert "content-security-policy-report-only" not in headers
        assert "style-src 'self'" in headers["content-security-policy"]
        assert page.locator("html").get_attribute("dir") == ("rtl" if lang in {"ar", "fa"} else "ltr")

        for name in ("welcome:contact", "welcome:privacy", "welcome:imprint", "welcome:accessibility",
                     "welcome:easy_german", "dialogues:public_proposals", "volunteers:sports_offers"):
            _visit(page, violations, live_server, _url(name, lang))
        # Events: the list, one event, the sign-up and the registration's own page.
        _visit(page, violations, live_server, _url("welcome:event_list", lang))
        page.locator(f"main a[href='{_url('welcome:event_detail', lang, pk=event.pk)}']").first.click()
        page.wait_for_url(f"**/events/{event.pk}/")
        _settle(page, violations)
        page.fill("input[name=name]", "Amal")
        page.fill("input[name=email]", f"amal-event-{lang}@test.example")
        page.check("input[name=consent]")
        page.locator("main form button[type=submit]").click()
        page.wait_for_url("**/events/registration/**")
        _settle(page, violations)
        # The directory: a search (a GET form) and an entry.
        _visit(page, violations, live_server, _url("welcome:directory", lang))
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state()
        _settle(page, violations)
        _visit(page, violations, live_server, _url("welcome:directory_entry", lang, pk=entry.pk))
        # Booking, up to the confirmed appointment.
        _book(page, violations, live_server, lang)
        # Volunteer registration and a tandem request, both sent.
        _visit(page, violations, live_server, _url("volunteers:register", lang))
        page.fill("input[name=name]", "Yusuf")
        page.fill("input[name=email]", f"yusuf-{lang}@test.example")
        page.locator("input[name=languages]").first.check()
        page.locator("input[name=roles]").first.check()
        page.check("input[name=consent]")
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        _settle(page, violations)
        assert page.locator("input[name=consent]").count() == 0, "the volunteer registration was not accepted"
        _visit(page, violations, live_server, _url("volunteers:tandem_request", lang))
        page.locator("input[name=languages]").first.check()
        page.fill("textarea[name=interests]", "Fußball")
        page.fill("textarea[name=help_wished]", "Deutsch üben")
        page.fill("input[name=name]", "Samira")
        page.fill("input[name=email]", f"samira-{lang}@test.example")
        page.check("input[name=consent]")
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(f"**{_url('volunteers:tandem_request_done', lang)}")
        _settle(page, violations)
    context.close()
    assert len(violations.pages) >= 20
    assert violations.problems() == [], violations.report()


# Staff pages that are files (exports, import templates, downloads), not pages.
_NOT_PAGES = re.compile(r"export(?!_job)|template|download")
# A few pages show more with a query: the dashboard's charts need a year with figures.
_QUERY = {"reporting:dashboard": "?year=2017"}


def _staff_pages(role, users):
    """The GET pages of tests/matrix.py STAFF_VIEWS this role may open, the start page first."""
    user = users[role]
    urls = []
    for name, (roles, kwargs) in STAFF_VIEWS.items():
        if role not in roles or name in POST_VIEWS or _NOT_PAGES.search(name):
            continue
        urls.append(_url(name, "de", **(kwargs(user, users) if kwargs else {})) + _QUERY.get(name, ""))
    return urls


def _log_in(page, violations, live_server, user):
    """Through the login form (and the TOTP step for the admin)."""
    _visit(page, violations, live_server, _url("account_login", "de"))
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    if "/2fa/" in page.url:
        _settle(page, violations)
        secret = Authenticator.objects.get(user=user, type="totp").wrap().instance.data["secret"]
        page.fill("input[name=code]", f"{hotp_value(decrypt(secret), next(yield_hotp_counters_from_time())):06d}")
        page.locator("main form button[type=submit]").first.click()
        page.wait_for_load_state()
    assert "/accounts/" not in page.url, f"{user.email} was not logged in: {page.url}"
    _settle(page, violations)


@pytest.mark.usefixtures("published")
def test_staff_walk_has_no_csp_violation(live_server, browser, users_by_role):
    refresh()  # the dashboard's figures
    dashboard = _url("reporting:dashboard", "de") + _QUERY["reporting:dashboard"]
    violations = Violations()
    seen: dict[str, int] = {}
    for role in Role.values:
        context = violations.watch(browser.new_context(viewport={"width": 1280, "height": 900}))
        page = context.new_page()
        before = len(violations.pages)
        with _shown_on_failure(violations):
            _log_in(page, violations, live_server, users_by_role[role])
            urls = _staff_pages(role, users_by_role)
            assert urls and urls[0] == _url("core:home", "de")
            for url in urls:
                response = _visit(page, violations, live_server, url)
                assert "content-security-policy" in response.headers, url
                if url == dashboard:
                    # The charts, once sized with style attributes, are drawn: sized by portal.css now.
                    widths = page.locator("figure svg").evaluate_all(
                        "els => els.map(e => getComputedStyle(e).maxWidth)")
                    assert len(widths) == 4 and set(widths) == {"640px", "768px"}, widths  # 40rem, 48rem
            if role == Role.ADMIN:
                # The Django admin the city's administrators keep catalogues in, with its import-export pages.
                for url in ("/de/admin/", "/de/admin/welcome/topic/", "/de/admin/welcome/topic/add/",
                            "/de/admin/welcome/topic/import/", "/de/admin/welcome/topic/export/"):
                    _visit(page, violations, live_server, url)
                # "Select all" on the export page still works (wired by js/admin_export.js, not onchange).
                fields = page.locator(".selectable-field-export-row input[type=checkbox]")
                assert fields.count() > 2 and fields.evaluate_all("els => els.every(e => e.checked)")
                page.uncheck("#select-all-toggle")
                assert fields.evaluate_all("els => els.every(e => !e.checked)")
        seen[role] = len(violations.pages) - before
        context.close()
    # Each role saw the login, its start page and the pages the matrix gives it (the admin the most).
    assert all(count >= 3 for count in seen.values()), seen
    assert seen[Role.ADMIN] >= 30, seen
    assert violations.problems() == [], violations.report()
