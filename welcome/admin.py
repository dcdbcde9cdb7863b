from django.contrib import admin
from import_export.admin import ImportExportModelAdmin
from modeltranslation.admin import TranslationAdmin

from .models import Consultation, ReferralTarget, TargetGroup, Topic
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
