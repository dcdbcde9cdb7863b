from django.urls import path

from core.exports import export_view

from . import views
from .exports import DATASETS

app_name = "refugees"

urlpatterns = [
    path("staff/refugees/export/<slug:dataset>.<slug:fmt>", export_view(DATASETS, "refugees"), name="export"),
    path("staff/refugees/accommodations/", views.accommodation_list, name="accommodation_list"),
    path("staff/refugees/accommodations/<int:pk>/", views.accommodation_detail, name="accommodation_detail"),
    path("staff/refugees/occupancy/", views.occupancy_overview, name="occupancy_overview"),
    path("staff/refugees/occupancy/import/", views.occupancy_import_view, name="occupancy_import"),
    path("staff/refugees/occupancy/import/template.<slug:fmt>", views.occupancy_import_template,
         name="occupancy_import_template"),
    path("staff/refugees/accommodations/new/", views.accommodation_edit, name="accommodation_create"),
    path("staff/refugees/accommodations/<int:pk>/edit/", views.accommodation_edit, name="accommodation_edit"),
    path("staff/refugees/accommodations/import/", views.accommodation_import_view, name="accommodation_import"),
    path("staff/refugees/accommodations/import/template.<slug:fmt>", views.accommodation_import_template,
         name="accommodation_import_template"),
    path("staff/refugees/fim/grants/", views.fim_grant_list, name="fim_grant_list"),
    path("staff/refugees/fim/grants/new/", views.fim_grant_edit, name="fim_grant_create"),
    path("staff/refugees/fim/grants/<int:pk>/edit/", views.fim_grant_edit, name="fim_grant_edit"),
    path("staff/refugees/fim/placements/new/", views.fim_placement_create, name="fim_placement_create"),
    path("staff/refugees/fim/grants/import/", views.fim_grant_import_view, name="fim_grant_import"),
    path("staff/refugees/fim/grants/import/template.<slug:fmt>", views.fim_grant_import_template,
         name="fim_grant_import_template"),
    path("staff/refugees/fim/placements/import/", views.fim_placement_import_view, name="fim_placement_import"),
    path("staff/refugees/fim/placements/import/template.<slug:fmt>", views.fim_placement_import_template,
         name="fim_placement_import_template"),
    path("staff/refugees/fim/", views.fim_overview, name="fim_overview"),
    path("staff/refugees/arrivals/", views.movement_list, name="movement_list"),
    path("staff/refugees/staffing/", views.staffing_list, name="staffing_list"),
    path("staff/refugees/plans/", views.plan_list, name="plan_list"),
    path("staff/refugees/plans/new/", views.plan_create_view, name="plan_create"),
    path("staff/refugees/plans/counts/", views.plan_counts, name="plan_counts"),
    path("staff/refugees/plans/<int:pk>/", views.plan_detail, name="plan_detail"),
    path("staff/refugees/plans/<int:pk>/export/", views.plan_export_view, name="plan_export"),
    path("staff/refugees/plans/<int:pk>/anonymise/", views.plan_anonymise_view, name="plan_anonymise"),
    path("staff/refugees/plans/<int:pk>/withdraw-consent/", views.plan_withdraw_view, name="plan_withdraw"),
]
