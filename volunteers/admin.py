from django.contrib import admin

from .models import Circle, Tandem, TandemRequest, Training, Volunteer


@admin.register(Volunteer)
class VolunteerAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "active_since", "police_clearance_on"]
    filter_horizontal = ["trainings"]
    list_filter = ["status"]
    search_fields = ["name"]


@admin.register(Tandem)
class TandemAdmin(admin.ModelAdmin):
    list_display = ["mentor", "newcomer_reference", "status", "proposed_on", "ended_on"]
    list_filter = ["status"]


@admin.register(Circle)
class CircleAdmin(admin.ModelAdmin):
    list_display = ["name", "is_initiative", "founded_on", "dissolved_on"]
    filter_horizontal = ["districts", "accommodations"]


@admin.register(TandemRequest)
class TandemRequestAdmin(admin.ModelAdmin):
    list_display = ["id", "organisation", "district", "status", "created_at"]
    list_filter = ["status", "organisation"]
    exclude = ["name", "email", "phone"]  # the contact is for the coordinators' own pages only


@admin.register(Training)
class TrainingAdmin(admin.ModelAdmin):
    list_display = ["title", "held_on"]
