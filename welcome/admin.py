from django.contrib import admin
from import_export.admin import ImportExportModelAdmin
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline

from .directory.models import DirectoryEntry
from .info.models import ChannelInstruction, LegalPage, LegalSection, OpeningHours, Place
from .models import (
    Appointment,
    AvailabilityException,
    CentreClosure,
    Consultation,
    CounsellorOffer,
    ReferralTarget,
    TargetGroup,
    Topic,
    WeeklyHours,
)
from .resources import ConsultationResource, ReferralTargetResource, TargetGroupResource, TopicResource


class CatalogueAdmin(ImportExportModelAdmin, TranslationAdmin):
    list_display = ["name", "slug", "is_active", "sort_order"]
    list_editable = ["is_active", "sort_order"]
    search_fields = ["slug", "name"]


@admin.register(Topic)
class TopicAdmin(CatalogueAdmin):
    resource_classes = [TopicResource]


@admin.register(ReferralTarget)
class ReferralTargetAdmin(CatalogueAdmin):
    resource_classes = [ReferralTargetResource]


@admin.register(TargetGroup)
class TargetGroupAdmin(CatalogueAdmin):
    resource_classes = [TargetGroupResource]


@admin.register(Consultation)
class ConsultationAdmin(ImportExportModelAdmin):
    resource_classes = [ConsultationResource]
    list_display = ["held_at", "organisation", "counsellor", "channel", "language", "target_group"]
    list_filter = ["channel", "language", "organisation"]
    list_select_related = ["organisation", "counsellor", "target_group"]
    date_hierarchy = "held_at"
    autocomplete_fields = ["counsellor", "organisation"]
    filter_horizontal = ["topics", "referrals"]
    show_full_result_count = False  # counting a million rows on every page is the slow part


class WeeklyHoursInline(admin.TabularInline):
    model = WeeklyHours
    extra = 0


class AvailabilityExceptionInline(admin.TabularInline):
    model = AvailabilityException
    extra = 0


@admin.register(CounsellorOffer)
class CounsellorOfferAdmin(admin.ModelAdmin):
    list_display = ["counsellor", "organisation", "languages", "channels", "is_active"]
    list_select_related = ["counsellor", "organisation"]
    autocomplete_fields = ["counsellor", "organisation"]
    filter_horizontal = ["topics"]
    inlines = [WeeklyHoursInline, AvailabilityExceptionInline]


@admin.register(CentreClosure)
class CentreClosureAdmin(TranslationAdmin):
    list_display = ["date", "reason"]


@admin.register(Appointment)
class AppointmentAdmin(admin.ModelAdmin):
    # Contact details are not listed: the admin list is for planning, not for reading personal data.
    list_display = ["starts_at", "counsellor", "organisation", "topic", "language", "channel", "status"]
    list_filter = ["status", "channel", "language", "organisation"]
    list_select_related = ["counsellor", "organisation", "topic"]
    date_hierarchy = "starts_at"
    readonly_fields = ["token", "reminder_sent_at", "contact_erased_at"]


# --- What the public side tells newcomers: kept by the city's admins in 12 languages -----------

class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


@admin.register(Place)
class PlaceAdmin(TranslationAdmin):
    list_display = ["name", "street", "is_active", "sort_order"]
    inlines = [OpeningHoursInline]


@admin.register(ChannelInstruction)
class ChannelInstructionAdmin(TranslationAdmin):
    list_display = ["channel"]


class LegalSectionInline(TranslationStackedInline):
    model = LegalSection
    extra = 0


@admin.register(LegalPage)
class LegalPageAdmin(TranslationAdmin):
    list_display = ["kind", "title", "updated_on"]
    inlines = [LegalSectionInline]


@admin.register(DirectoryEntry)
class DirectoryEntryAdmin(TranslationAdmin):
    list_display = ["name", "kind", "organisation", "district", "last_checked_on", "is_published"]
    list_filter = ["kind", "is_published", "organisation"]
    list_select_related = ["organisation", "district"]
    search_fields = ["name", "provider"]
    filter_horizontal = ["target_groups"]
