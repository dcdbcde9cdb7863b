import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.models import Role
from tests.matrix import (
    POST_VIEWS,
    STAFF_VIEWS,
    close_files,  # noqa: I001
)

pytestmark = pytest.mark.django_db

LANGS = [code for code, _ in settings.LANGUAGES]
RTL = {"ar", "fa"}


def _html_attrs(html):
    match = re.search(r'<html lang="([^"]+)" dir="(ltr|rtl)">', html)
    assert match, "no <html lang dir>"
    return match.groups()


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_renders_in_every_language(client, users_by_role, lang):
    from tests.matrix import counsellors_event

    pages: list[tuple] = [("public_home", None, None), ("account_login", None, None)]
    pages.append(("welcome:event_list", None, None))
    pages.append(("dialogues:public_proposals", None, None))
    pages.append(("volunteers:register", None, None))
    pages += [(name, None, None) for name in ("welcome:contact", "welcome:privacy", "welcome:imprint",
                                              "welcome:accessibility", "welcome:easy_german", "welcome:directory")]
    pages.append(("welcome:book_start", None, None))
    pages.append(("welcome:event_detail", None, counsellors_event))
    pages.append(("account_reset_password", None, None))
    pages += [(name, allowed, kwargs) for name, (allowed, kwargs) in STAFF_VIEWS.items() if name not in POST_VIEWS]
    for name, allowed, kwargs_for in pages:
        user = None
        if allowed:
            user = users_by_role[Role.ADMIN if Role.ADMIN in allowed else sorted(allowed)[0]]
        if user:
            client.force_login(user)
        else:
            client.logout()
        with translation.override(lang):
            url = reverse(name, kwargs=kwargs_for(user, users_by_role) if kwargs_for else {})
        assert url.startswith(f"/{lang}/")
        response = client.get(url)
        close_files(response)
        assert response.status_code == 200, (url, response.status_code)
        if not response["Content-Type"].startswith("text/html"):
            continue  # exports
        html = response.content.decode()
        assert _html_attrs(html) == (lang, "rtl" if lang in RTL else "ltr"), url
        if lang in RTL:
            assert "bootstrap.rtl.min.css" in html
        else:
            assert "bootstrap.min.css" in html


def test_public_home_is_translated(client):
    german = client.get("/de/").content.decode()
    arabic = client.get("/ar/").content.decode()
    assert "Willkommen in Stuttgart" in german
    assert "Welcome to Stuttgart" not in arabic


def test_accept_language_is_honoured_on_first_visit(client):
    response = client.get("/", headers={"accept-language": "uk,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/uk/"


def test_default_language_is_german(client):
    response = client.get("/", headers={"accept-language": "xx"})
    assert response["Location"] == "/de/"


def test_switching_language_keeps_the_page(client, users_by_role):
    client.force_login(users_by_role[Role.COUNSELLOR])
    # A browser sends its own Accept-Language; the page's language must still win.
    with translation.override("de"):
        url = reverse("set_language")
    response = client.post(
        url, {"language": "fa", "next": "/de/staff/organisations/"}, headers={"accept-language": "en-US,en"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/fa/staff/organisations/"
    page = client.get(response["Location"])
    assert _html_attrs(page.content.decode()) == ("fa", "rtl")


def test_language_switcher_works_without_javascript(client):
    html = client.get("/tr/").content.decode()
    form = re.search(r'<form class="language-switcher[^>]*action="([^"]+)" method="post">', html)
    with translation.override("tr"):
        assert form and form.group(1) == reverse("set_language")
    assert 'name="next" type="hidden" value="/tr/"' in html
    assert html.count("<option value=") == len(LANGS)
