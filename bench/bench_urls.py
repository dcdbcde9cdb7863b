"""URLs for the load bench: the project's, plus bare views as baselines on the same server."""

from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.urls import urlpatterns as project_urlpatterns


def bare_get(request: HttpRequest) -> HttpResponse:
    return HttpResponse("<!DOCTYPE html><title>bare</title><p>ok</p>")


@csrf_exempt
def bare_post(request: HttpRequest) -> HttpResponse:
    return HttpResponse(status=302, headers={"Location": "/"})


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


urlpatterns = [path("bench/bare/", bare_get), path("bench/bare-post/", bare_post),
               path("bench/bare-directory/", bare_directory), path("bench/bare-home/", bare_home),
               *project_urlpatterns]
