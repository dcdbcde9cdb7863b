from django.urls import path

from . import views

app_name = "welcome"

urlpatterns = [
    path("staff/welcome/today/", views.my_day, name="my_day"),
    path("staff/welcome/consultations/", views.consultation_list, name="consultation_list"),
    path("staff/welcome/consultations/new/", views.consultation_log, name="consultation_log"),
    path("staff/welcome/consultations/export.<str:fmt>", views.consultation_export, name="consultation_export"),
    path("staff/welcome/consultations/<int:pk>/", views.consultation_detail, name="consultation_detail"),
    path("staff/welcome/consultations/<int:pk>/edit/", views.consultation_edit, name="consultation_edit"),
    path("staff/welcome/consultations/<int:pk>/delete/", views.consultation_delete_view, name="consultation_delete"),
]
