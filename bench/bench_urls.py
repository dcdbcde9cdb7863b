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


urlpatterns = [path("bench/bare/", bare_get), path("bench/bare-post/", bare_post), *project_urlpatterns]
