from django.contrib import admin
from import_export.admin import ImportExportModelAdmin

from .models import Accommodation, FimGrant, FimPlacement, Occupancy


@admin.register(Accommodation)
class AccommodationAdmin(ImportExportModelAdmin):
    list_display = ["name", "district", "operator", "kind", "capacity", "status"]
    list_filter = ["status", "kind", "district", "operator"]
    list_select_related = ["district", "operator"]
    search_fields = ["name", "address"]


@admin.register(Occupancy)
class OccupancyAdmin(admin.ModelAdmin):
    list_display = ["accommodation", "month", "residents", "arrivals", "departures"]
    list_filter = ["month"]
    list_select_related = ["accommodation"]
    date_hierarchy = "month"


@admin.register(FimGrant)
class FimGrantAdmin(ImportExportModelAdmin):
    list_display = ["year", "kind", "provider", "title", "places"]
    list_filter = ["year", "kind", "provider"]


@admin.register(FimPlacement)
class FimPlacementAdmin(admin.ModelAdmin):
    list_display = ["grant", "starts_on", "ends_on"]
    list_select_related = ["grant"]
    raw_id_fields = ["plan"]
