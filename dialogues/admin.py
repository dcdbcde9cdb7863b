from django.contrib import admin

from .models import Dialogue, Initiative, Proposal


@admin.register(Dialogue)
class DialogueAdmin(admin.ModelAdmin):
    list_display = ["held_on", "kind", "venue", "refugees", "staff", "volunteers", "neighbours"]
    list_filter = ["kind", "venue"]


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    list_display = ["text", "status", "taken_up_by", "is_public"]
    list_filter = ["status", "taken_up_by", "is_public"]


@admin.register(Initiative)
class InitiativeAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "started_on", "is_active"]
