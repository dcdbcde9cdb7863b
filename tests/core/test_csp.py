"""The Content-Security-Policy header (issue 13) without a browser: set on public and staff pages,
enforced, strict; PORTAL_CSP_MODE switches to report-only; the templates keep to it.
tests/browser/test_csp.py walks the pages in Chromium and fails on any violation."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.csp import build_policy

from core.models import Role

BASE = Path(settings.BASE_DIR)
EXPECTED = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def _directives(header: str) -> dict[str, list[str]]:
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


@pytest.mark.django_db
def test_public_page_has_the_enforced_policy(client):
    response = client.get("/ar/")
    assert response.status_code == 200
    assert "Content-Security-Policy-Report-Only" not in response.headers
    assert _directives(response.headers["Content-Security-Policy"]) == EXPECTED


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.COUNSELLOR, Role.ADMIN])
def test_staff_page_has_the_enforced_policy(as_role, role):
    response = as_role(role).get(reverse("core:home"))
    assert response.status_code == 200
    assert _directives(response.headers["Content-Security-Policy"]) == EXPECTED


def test_policy_allows_nothing_inline():
    sources = build_policy(cast("dict[str, list[str]]", settings.SECURE_CSP)).replace(";", " ").split()
    for loose in ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:"):
        assert loose not in sources, loose
    assert settings.SECURE_CSP_REPORT_ONLY == {}


def _settings_in_a_fresh_process(**variables: str) -> dict:
    """config.settings as a deployment would load it (not the test run's PORTAL_TESTING=1)."""
    env = {k: v for k, v in os.environ.items() if k not in {"PORTAL_TESTING", "PORTAL_CSP_MODE", "DJANGO_DEBUG"}}
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings", "DJANGO_SECRET_KEY": "x" * 60, **variables})
    code = ("import json; from django.conf import settings; "
            "print(json.dumps([settings.SECURE_CSP, settings.SECURE_CSP_REPORT_ONLY]))")
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=BASE, capture_output=True, text=True,
                            timeout=60)
    return {"returncode": result.returncode, "stderr": result.stderr,
            "csp": json.loads(result.stdout) if result.returncode == 0 else None}


@pytest.mark.parametrize(("variables", "enforced"), [
    ({}, True),  # production: enforced
    ({"DJANGO_DEBUG": "1"}, False),  # Django's debug error pages have inline styles and scripts
    ({"DJANGO_DEBUG": "1", "PORTAL_CSP_MODE": "enforce"}, True),
    ({"PORTAL_CSP_MODE": "enforce"}, True),
    ({"PORTAL_CSP_MODE": "report-only"}, False),
    ({"PORTAL_CSP_MODE": "report-only", "PORTAL_TESTING": "1"}, True),  # the tests always enforce
])
def test_portal_csp_mode(variables, enforced):
    loaded = _settings_in_a_fresh_process(**variables)
    assert loaded["returncode"] == 0, loaded["stderr"]
    enforce, report_only = loaded["csp"]
    assert (enforce, report_only) == ((EXPECTED, {}) if enforced else ({}, EXPECTED))


def test_unknown_portal_csp_mode_is_refused():
    loaded = _settings_in_a_fresh_process(PORTAL_CSP_MODE="off")
    assert loaded["returncode"] != 0 and "PORTAL_CSP_MODE must be" in loaded["stderr"]


# What the policy blocks in markup: style attributes and elements, inline scripts (JSON data blocks
# are not run and may stay), event handler attributes, javascript: URLs, htmx's hx-on.
INLINE = {
    "style attribute": re.compile(r"<[a-zA-Z][^>]*\sstyle\s*=", re.S),
    "style element": re.compile(r"<style[\s>]", re.I),
    "inline script": re.compile(r"<script(?![^>]*\ssrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I),
    "event handler attribute": re.compile(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", re.S),
    "javascript: URL": re.compile(r"javascript:", re.I),
    "hx-on": re.compile(r"\shx-on"),
}
COMMENTS = re.compile(r"{#.*?#}|{% comment %}.*?{% endcomment %}", re.S)


def test_templates_have_nothing_inline():
    found = []
    for template in sorted((BASE / "templates").rglob("*.html")):
        text = COMMENTS.sub("", template.read_text(encoding="utf-8"))
        found += [f"{template.relative_to(BASE)}: {what}" for what, pattern in INLINE.items() if pattern.search(text)]
    assert found == []


def test_altcha_styles_match_the_vendored_widget():
    """The widget would put its styles into a <style> element (blocked): the booking page links a copy
    with the id the widget looks for, and the copy must be the vendored version's."""
    widget = (BASE / "static/vendor/altcha/altcha.i18n.js").read_text(encoding="utf-8")
    embedded = re.search(r"^const \w+ = '(@keyframes[^'\n]*)';$", widget, re.M)
    assert embedded is not None, "ALTCHA's embedded styles were not found: check how the new version adds them"
    copy = (BASE / "static/css/altcha.css").read_text(encoding="utf-8")
    assert embedded.group(1) in copy, (
        "static/css/altcha.css is not the vendored ALTCHA's styles: copy the string the widget passes to its "
        "<style> element (const ... = '@keyframes ...') from static/vendor/altcha/altcha.i18n.js into it")
    assert '__altcha-css"' in widget and 'getElementById' in widget
    contact = (BASE / "templates/welcome/booking/book_contact.html").read_text(encoding="utf-8")
    assert 'id="__altcha-css" href="{% static \'css/altcha.css\' %}"' in contact
