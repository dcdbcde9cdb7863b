from django.urls import path

from . import views

app_name = "refugees"

urlpatterns = [
    path("staff/refugees/accommodations/", views.accommodation_list, name="accommodation_list"),
    path("staff/refugees/accommodations/<int:pk>/", views.accommodation_detail, name="accommodation_detail"),
    path("staff/refugees/occupancy/", views.occupancy_overview, name="occupancy_overview"),
    path("staff/refugees/occupancy/import/", views.occupancy_import_view, name="occupancy_import"),
]
