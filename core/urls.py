from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("staff/", views.staff_home, name="home"),
    path("staff/organisations/", views.organisation_list, name="organisation_list"),
    path("staff/organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"),
    path("staff/invite/", views.staff_invite_view, name="staff_invite"),
    path("staff/audit/", views.audit_search, name="audit_search"),
    path("staff/exports/<int:pk>/", views.export_job, name="export_job"),
    path("staff/exports/<int:pk>/download/", views.export_download, name="export_download"),
]
