from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from django.views.i18n import JavaScriptCatalog

from core import views as core_views
from welcome.info import views as info_views

urlpatterns: list[URLPattern | URLResolver] = [
    path("health/", core_views.health, name="health"),
]

urlpatterns += i18n_patterns(
    path("", info_views.home, name="public_home"),
    # Inside the language prefix: translate_url() can only resolve the page being left while
    # that page's language is active (a browser's Accept-Language would otherwise win).
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("core.urls")),
    path("", include("welcome.urls")),
    path("", include("refugees.urls")),
    path("", include("dialogues.urls")),
    path("", include("volunteers.urls")),
    path("", include("reporting.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=True,
)

handler500 = "core.views.server_error"

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
