"""The public information pages: home, contact and directions, the legal pages."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from core.access import StaffRequest, role_required
from core.models import Role
from core.translation_status import TranslationState

from ..models import Topic
from . import selectors
from .models import LegalPage

STATUS_ROLES = (Role.ADMIN, Role.DIRECTORY_EDITOR, Role.COUNSELLOR)


def home(request: HttpRequest) -> HttpResponse:
    places = selectors.places_public()
    closed = selectors.closed_days_ahead()
    main = places[0] if places else None
    today_hours, closed_today = selectors.open_today(main, closed=closed) if main else ([], None)
    topics = Topic.objects.filter(is_active=True).order_by("sort_order", "slug")
    return render(request, "welcome/info/home.html", {
        "main_place": main, "today_hours": today_hours, "closed_today": closed_today,
        "closed_days": closed[:3], "topics": topics,
    })


def contact(request: HttpRequest) -> HttpResponse:
    return render(request, "welcome/info/contact.html", {
        "places": selectors.places_public(), "closed_days": selectors.closed_days_ahead(),
    })


def legal(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in LegalPage.Kind.values:
        raise Http404
    page = selectors.legal_page(kind)
    if page is None:
        raise Http404
    if page.is_german_only:
        return render(request, "welcome/info/legal_page_german.html", {"page": page, "sections": page.sections.all()})
    return render(request, "welcome/info/legal_page.html", {"page": page, "sections": page.sections.all()})


# --- staff: translation status ---------------------------------------------------------------

@role_required(*STATUS_ROLES)
def translation_status(request: StaffRequest) -> HttpResponse:
    sources = selectors.translation_sources(request.user)
    kind = request.GET.get("type", "")
    state = request.GET.get("state", "")
    lang = request.GET.get("lang", "")
    if kind not in sources:
        kind = next(iter(sources), "")
    rows = selectors.translation_rows(sources[kind], state=state, lang=lang) if kind else []
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "welcome/info/translation_status.html", {
        "sources": sources, "kind": kind, "state": state, "lang": lang, "page": page, "query": query.urlencode(),
        "languages": settings.LANGUAGES, "states": list(TranslationState),
    })
