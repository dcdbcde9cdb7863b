from django.urls import path

from core.exports import export_view

from . import views
from .exports import DATASETS

app_name = "volunteers"

urlpatterns = [
    path("staff/volunteers/export/<slug:dataset>.<slug:fmt>", export_view(DATASETS, "volunteers"), name="export"),
    path("volunteer/", views.register, name="register"),
    path("staff/volunteers/", views.volunteer_list, name="volunteer_list"),
    path("staff/volunteers/<int:pk>/approve/", views.volunteer_approve_view, name="volunteer_approve"),
    path("staff/volunteers/tandems/match/", views.tandem_match, name="tandem_match"),
    path("staff/volunteers/tandems/propose/", views.tandem_propose_view, name="tandem_propose"),
    path("staff/volunteers/tandems/<int:pk>/", views.tandem_detail, name="tandem_detail"),
    path("tandem/", views.tandem_request_form, name="tandem_request"),
    path("tandem/done/", views.tandem_request_done, name="tandem_request_done"),
    path("staff/volunteers/tandem-requests/<int:pk>/", views.tandem_request_detail, name="tandem_request_detail"),
    path("staff/volunteers/tandem-requests/<int:pk>/withdraw/", views.tandem_request_withdraw_view,
         name="tandem_request_withdraw"),
    path("staff/volunteers/tandem-requests/from-consultation/<int:consultation_pk>/",
         views.tandem_request_from_consultation, name="tandem_request_from_consultation"),
    path("staff/volunteers/circles/", views.circle_list, name="circle_list"),
    path("staff/volunteers/circles/import/", views.circle_count_import, name="circle_count_import"),
    path("staff/volunteers/circles/import/template.<slug:fmt>", views.circle_count_import_template,
         name="circle_count_import_template"),
    path("sports/", views.sports_offers, name="sports_offers"),
]
