from django.urls import path

from . import views

app_name = "reporting"

urlpatterns = [
    path("staff/reports/", views.report_list, name="report_list"),
    path("staff/reports/culture-sport/", views.culture_sport, name="culture_sport"),
    path("staff/reports/texts/", views.chapter_texts, name="chapter_texts"),
    path("staff/reports/print/", views.report_print, name="report_print"),
    path("staff/dashboard/", views.dashboard, name="dashboard"),
    path("staff/statistics/refresh/", views.statistics_refresh_now, name="statistics_refresh"),
    path("staff/reports/<int:pk>/progress/", views.report_progress, name="report_progress"),
    path("staff/reports/<int:pk>/download/", views.report_download, name="report_download"),
]
