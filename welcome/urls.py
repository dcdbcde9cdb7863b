from django.urls import path, re_path

from core.exports import export_view

from .booking import views as booking_views
from .consultations import views
from .directory import views as directory_views
from .events import views as event_views
from .exports import DATASETS
from .info import views as info_views

app_name = "welcome"

urlpatterns = [
    path("staff/welcome/export/<slug:dataset>.<slug:fmt>", export_view(DATASETS, "welcome"), name="export"),
    path("staff/welcome/today/", views.my_day, name="my_day"),
    path("staff/welcome/consultations/", views.consultation_list, name="consultation_list"),
    path("staff/welcome/consultations/new/", views.consultation_log, name="consultation_log"),
    path("staff/welcome/consultations/export.<str:fmt>", views.consultation_export, name="consultation_export"),
    path("staff/welcome/consultations/<int:pk>/", views.consultation_detail, name="consultation_detail"),
    path("staff/welcome/consultations/<int:pk>/edit/", views.consultation_edit, name="consultation_edit"),
    path("staff/welcome/consultations/<int:pk>/delete/", views.consultation_delete_view, name="consultation_delete"),
    re_path(r"^staff/welcome/appointments/(?P<pk>[0-9]+)/(?P<outcome>held|no-show)/$", views.appointment_mark_view,
            name="appointment_mark"),
    path("staff/welcome/appointments/", booking_views.staff_appointments, name="staff_appointments"),
    path("staff/welcome/appointments/<int:pk>/cancel/", booking_views.staff_appointment_cancel,
         name="staff_appointment_cancel"),
    path("staff/welcome/availability/", booking_views.staff_availability, name="staff_availability"),
    path("staff/welcome/events/", event_views.staff_event_list, name="staff_event_list"),
    path("staff/welcome/events/new/", event_views.staff_event_edit, name="staff_event_create"),
    path("staff/welcome/events/<int:pk>/edit/", event_views.staff_event_edit, name="staff_event_edit"),
    path("staff/welcome/events/<int:pk>/", event_views.staff_event_attendance, name="staff_event_attendance"),
    path("staff/directory/", directory_views.staff_directory, name="staff_directory"),
    path("staff/directory/new/", directory_views.staff_entry_edit, name="staff_directory_create"),
    path("staff/directory/<int:pk>/edit/", directory_views.staff_entry_edit, name="staff_directory_edit"),
    path("staff/directory/<int:pk>/checked/", directory_views.staff_entry_checked, name="staff_directory_checked"),
    path("staff/directory/<int:pk>/delete/", directory_views.staff_entry_delete, name="staff_directory_delete"),
    path("staff/directory/import/", directory_views.staff_import, name="staff_directory_import"),
    path("staff/directory/import/template.<slug:fmt>", directory_views.staff_import_template,
         name="staff_directory_template"),
    path("staff/welcome/consultations/<int:pk>/offers/", directory_views.consultation_offers,
         name="consultation_offers"),
    path("staff/welcome/consultations/<int:pk>/offers/print/", directory_views.consultation_offers_print,
         name="consultation_offers_print"),
    path("staff/welcome/consultations/<int:pk>/offers/send/", directory_views.consultation_offers_send,
         name="consultation_offers_send"),
    path("staff/translations/", info_views.translation_status, name="translation_status"),
    # Public pages: no login, in the visitor's language.
    path("contact/", info_views.contact, name="contact"),
    path("privacy/", info_views.legal, {"kind": "privacy"}, name="privacy"),
    path("imprint/", info_views.legal, {"kind": "imprint"}, name="imprint"),
    path("accessibility/", info_views.legal, {"kind": "accessibility"}, name="accessibility"),
    path("easy-german/", info_views.legal, {"kind": "easy-german"}, name="easy_german"),
    path("directory/", directory_views.directory, name="directory"),
    path("directory/<int:pk>/", directory_views.directory_entry, name="directory_entry"),
    path("events/", event_views.event_list, name="event_list"),
    path("events/<int:pk>/", event_views.event_detail, name="event_detail"),
    path("events/registration/<str:token>/", event_views.registration_manage, name="registration_manage"),
    path("book/", booking_views.book_start, name="book_start"),
    path("book/times/", booking_views.book_slots, name="book_slots"),
    path("book/details/", booking_views.book_contact, name="book_contact"),
    path("book/check-your-email/", booking_views.book_check_email, name="book_check_email"),
    path("book/waiting-list/", booking_views.book_waitlist, name="book_waitlist"),
    path("book/challenge/", booking_views.altcha_challenge, name="altcha_challenge"),
    path("appointment/<str:token>/", booking_views.appointment_manage, name="appointment_manage"),
]
