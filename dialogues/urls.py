from django.urls import path

from core.exports import export_view

from . import views
from .exports import DATASETS

app_name = "dialogues"

urlpatterns = [
    path("staff/dialogues/export/<slug:dataset>.<slug:fmt>", export_view(DATASETS, "dialogues"), name="export"),
    path("staff/dialogues/", views.dialogue_list, name="dialogue_list"),
    path("staff/dialogues/new/", views.dialogue_create_view, name="dialogue_create"),
    path("staff/dialogues/<int:pk>/", views.dialogue_detail, name="dialogue_detail"),
    path("staff/dialogues/initiatives/", views.initiative_list, name="initiative_list"),
    path("staff/dialogues/support-group/", views.support_group, name="support_group"),
    path("proposals/", views.public_proposals, name="public_proposals"),
]
