"""URLs for the benches (bench_settings names this module): the project's, plus bare views as
baselines on the same server, through the same middleware."""

from functools import cache
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as project_urlpatterns


def bare_get(request: HttpRequest) -> HttpResponse:
    return HttpResponse("<!DOCTYPE html><title>bare</title><p>ok</p>")


def bare_post(request: HttpRequest) -> HttpResponse:
    """The booking form's fields in one INSERT (the table is the booking bench's), CSRF checked as on
    the booking form, answered with the same redirect."""
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO bench_bare_booking (name, email, phone, created_at) VALUES (%s, %s, %s, now())",
                       [request.POST.get("name", ""), request.POST.get("email", ""), request.POST.get("phone", "")])
    return HttpResponse(status=302, headers={"Location": "/de/book/check-your-email/"})


def bare_directory(request: HttpRequest) -> HttpResponse:
    """The directory's rows without the page: the same filter, count and page of 20, as plain HTML."""
    from django.utils.html import escape

    from welcome.directory.selectors import directory_search

    filters = {k: v for k, v in request.GET.items() if k != "page"}
    page = int(request.GET.get("page", 1))
    entries = directory_search(filters)
    count = entries.count()
    rows = "".join(f"<li>{escape(e.name_de)} {escape(e.district.name if e.district else '')}</li>"
                   for e in entries[(page - 1) * 20:page * 20])
    return HttpResponse(f"<!DOCTYPE html><title>bare</title><p>{count}</p><ul>{rows}</ul>")


def bare_home(request: HttpRequest) -> HttpResponse:
    """The home page's rows without the page: places with hours, closures ahead, topics."""
    from django.utils.html import escape

    from welcome.info import selectors
    from welcome.models import Topic

    places = selectors.places_public()
    closed = selectors.closed_days_ahead()
    hours = [h for p in places for h in p.hours.all()]
    topics = [t.name for t in Topic.objects.filter(is_active=True).order_by("sort_order", "slug")]
    body = "".join(f"<li>{escape(p.name)}</li>" for p in places) + "".join(f"<li>{escape(t)}</li>" for t in topics)
    return HttpResponse(f"<!DOCTYPE html><title>bare</title><ul>{body}</ul><p>{len(hours)} {len(closed)}</p>")


BARE_CONSULTATIONS_SQL = """
    SELECT c.id, c.held_at, c.channel, c.language, tg.name, u.email, o.name
    FROM welcome_consultation c
    JOIN welcome_targetgroup tg ON tg.id = c.target_group_id
    JOIN core_user u ON u.id = c.counsellor_id
    JOIN core_organisation o ON o.id = c.organisation_id
    WHERE (c.held_at, c.id) < (%s, %s)
    ORDER BY c.held_at DESC, c.id DESC LIMIT 50
"""


@cache
def bare_consultations_template() -> Any:
    from django.template import engines

    return engines["django"].from_string(
        "<table>{% for r in rows %}<tr><td>{{ r.0 }}</td><td>{{ r.1 }}</td><td>{{ r.2 }}</td><td>{{ r.3 }}</td>"
        "<td>{{ r.4 }}</td><td>{{ r.5 }}</td><td>{{ r.6 }}</td></tr>{% endfor %}</table>")


def bare_consultations(request: HttpRequest) -> HttpResponse:
    """The consultation list's 50 rows from one raw keyset query, in a seven-column table (compiled once)."""
    held_at, pk = request.GET.get("held_at"), request.GET.get("id")
    position = (held_at, int(pk or 0)) if held_at else ("9999-01-01T00:00:00+00:00", 2**62)
    with connection.cursor() as cursor:
        cursor.execute(BARE_CONSULTATIONS_SQL, position)
        rows = cursor.fetchall()
    return HttpResponse(bare_consultations_template().render({"rows": rows}))


urlpatterns = [path("bench/bare/", bare_get), path("bench/bare-post/", bare_post),
               path("bench/bare-directory/", bare_directory), path("bench/bare-home/", bare_home),
               path("bench/bare-consultations/", bare_consultations), *project_urlpatterns]
