from django.urls import path

from core.exports import export_view

from . import views
from .exports import DATASETS

app_name = "refugees"

urlpatterns = [
    path("staff/refugees/export/<slug:dataset>.<slug:fmt>", export_view(DATASETS), name="export"),
    path("staff/refugees/accommodations/", views.accommodation_list, name="accommodation_list"),
    path("staff/refugees/accommodations/<int:pk>/", views.accommodation_detail, name="accommodation_detail"),
    path("staff/refugees/occupancy/", views.occupancy_overview, name="occupancy_overview"),
    path("staff/refugees/occupancy/import/", views.occupancy_import_view, name="occupancy_import"),
    path("staff/refugees/fim/", views.fim_overview, name="fim_overview"),
    path("staff/refugees/plans/", views.plan_list, name="plan_list"),
    path("staff/refugees/plans/new/", views.plan_create_view, name="plan_create"),
    path("staff/refugees/plans/counts/", views.plan_counts, name="plan_counts"),
    path("staff/refugees/plans/<int:pk>/", views.plan_detail, name="plan_detail"),
    path("staff/refugees/plans/<int:pk>/export/", views.plan_export_view, name="plan_export"),
    path("staff/refugees/plans/<int:pk>/anonymise/", views.plan_anonymise_view, name="plan_anonymise"),
    path("staff/refugees/plans/<int:pk>/withdraw-consent/", views.plan_withdraw_view, name="plan_withdraw"),
]
