from django.contrib import admin

from .models import Tandem, Volunteer


@admin.register(Volunteer)
class VolunteerAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "active_since"]
    list_filter = ["status"]
    search_fields = ["name"]


@admin.register(Tandem)
class TandemAdmin(admin.ModelAdmin):
    list_display = ["mentor", "newcomer_reference", "status", "proposed_on", "ended_on"]
    list_filter = ["status"]
