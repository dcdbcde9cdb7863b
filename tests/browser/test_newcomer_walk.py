"""The newcomer's walk in Arabic and Farsi on a 390 px phone, from the home page, following links
only: where the centre is and when it is open, what to bring, the place before confirming, the
mails and the calendar file; axe finds no WCAG 2.1 AA violation on any page of the walk."""

import re
from datetime import time

import pytest
from django.core import mail
from icalendar import Calendar

from core.models import Role
from tests.browser.conftest import axe_violations
from tests.core.factories import staff
from welcome.models import Appointment, CounsellorOffer, OpeningHours, Place, Topic, WeeklyHours


def _must(match):
    assert match is not None
    return match


pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _setup(org_a, lang):
    place = Place(name_de="Welcome Center Stuttgart", building_de="im Gebäude des ifa am Charlottenplatz",
                  street="Charlottenplatz", postcode="70173", entrance_de="Erdgeschoss",
                  transport_de="Haltestelle Charlottenplatz", demo_fields=["hours"],
                  **{f"name_{lang}": {"ar": "مركز الترحيب شتوتغارت", "fa": "مرکز خوشامدگویی اشتوتگارت"}[lang],
                     f"building_{lang}": {"ar": "في مبنى معهد ifa", "fa": "در ساختمان مؤسسه ifa"}[lang],
                     f"entrance_{lang}": {"ar": "الطابق الأرضي", "fa": "طبقه همکف"}[lang],
                     f"transport_{lang}": {"ar": "محطة شارلوتنبلاتس", "fa": "ایستگاه شارلوتن‌پلاتس"}[lang]})
    place.save()
    for weekday in range(7):
        OpeningHours.objects.create(place=place, weekday=weekday, opens=time(9), closes=time(16))
    counsellor = staff(Role.COUNSELLOR, org_a)
    offer = CounsellorOffer.objects.create(counsellor=counsellor, organisation=org_a, languages=[lang, "de"],
                                           channels=["in_person", "online"], place=place,
                                           online_url="https://video.test.example/room-9")
    offer.topics.add(Topic.objects.get(slug="work"))
    for weekday in range(7):
        WeeklyHours.objects.create(offer=offer, weekday=weekday, starts=time(8), ends=time(20))
    return place


def _check(page, seen):
    """Every page of the walk: right language and direction, nothing wider than the phone, axe clean."""
    html = page.locator("html")
    seen.append(page.url)
    assert html.get_attribute("dir") == "rtl", page.url
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"], page.url
    assert axe_violations(page) == [], page.url


def _book(page, live_server, lang, channel, seen):
    page.goto(f"{live_server.url}/{lang}/")
    page.locator("main a[href$='/book/']").first.click()
    page.wait_for_url(f"**/{lang}/book/")
    _check(page, seen)
    page.locator("label.chip-label").first.click()  # the topic
    page.select_option("select[name=language]", lang)
    page.locator(f"input[name=channel][value={channel}] + label").click()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/{lang}/book/times/**")
    _check(page, seen)
    topic = Topic.objects.get(slug="work")
    bring = getattr(topic, f"what_to_bring_{lang}")
    assert bring and bring in page.content()  # what to bring, before choosing a time
    page.locator("main ul a.btn").first.click()
    page.wait_for_url(f"**/{lang}/book/details/**")
    page.wait_for_selector("altcha-widget input[type=checkbox]")
    _check(page, seen)
    content = page.content()
    assert bring in content
    if channel == "in_person":
        assert "Charlottenplatz" in content  # the place, before the newcomer confirms
    assert "https://video.test.example/room-9" not in content
    page.fill("input[name=name]", "Amal")
    page.fill("input[name=email]", "amal@test.example")
    page.check("input[name=consent]")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/{lang}/book/check-your-email/")
    _check(page, seen)
    hold_mail = mail.outbox[-1]
    link = _must(re.search(r"https?://\S+/appointment/\S+/", str(hold_mail.body))).group(0)
    page.goto(link)  # the newcomer opens the link in the mail
    _check(page, seen)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    _check(page, seen)
    appointment = Appointment.objects.get(channel=channel)
    assert appointment.status == "confirmed"
    return appointment, hold_mail, mail.outbox[-1], bring


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_newcomer_walk_on_a_phone(live_server, phone, org_a, settings, lang):
    settings.PORTAL_BOOKING_RATE_NOJS = "0/h"  # the proof of work must really run in the browser
    settings.PORTAL_BOOKING_LEAD_MINUTES = 0
    _setup(org_a, lang)
    seen: list[str] = []
    # Where, when and how to get there: at most two taps from the home page.
    phone.goto(f"{live_server.url}/{lang}/")
    _check(phone, seen)
    assert "Charlottenplatz" in phone.content()
    phone.locator(f"main a[href='/{lang}/contact/']").first.click()  # tap 1
    phone.wait_for_url(f"**/{lang}/contact/")
    _check(phone, seen)
    contact = phone.content()
    assert "09:00–16:00" in contact and "Charlottenplatz" in contact
    assert {"ar": "محطة شارلوتنبلاتس", "fa": "ایستگاه شارلوتن‌پلاتس"}[lang] in contact
    assert phone.locator("a[href^='geo:']").count() == 1
    # The legal pages from the footer.
    for target in ("privacy", "imprint", "accessibility"):
        phone.locator(f"footer a[href='/{lang}/{target}/']").click()
        phone.wait_for_url(f"**/{lang}/{target}/")
        _check(phone, seen)
    # In person: place and what to bring in the confirmed mail and the calendar file.
    appointment, _hold, confirmed, bring = _book(phone, live_server, lang, "in_person", seen)
    assert bring in confirmed.body and "Charlottenplatz" in confirmed.body
    event = Calendar.from_ical(confirmed.attachments[0][1]).walk("VEVENT")[0]
    assert "Charlottenplatz" in str(event["LOCATION"]) and bring in str(event["DESCRIPTION"])
    # Online: the join link in the confirmed mail and on the newcomer's own page only.
    appointment.status = "cancelled"
    appointment.save(update_fields=["status"])
    online, hold, confirmed, _bring = _book(phone, live_server, lang, "online", seen)
    url = "https://video.test.example/room-9"
    assert url not in hold.body and url in confirmed.body
    assert url in phone.content()  # the manage page after confirming
    assert len(seen) >= 14
