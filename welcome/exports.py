"""Raw records of the Welcome Center for export (consultations have their own filtered export)."""

from typing import Any

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.exports import Column, Dataset, Export
from core.models import Role, User

from .booking.access import appointments_for_user
from .consultations.access import consultations_for_user
from .consultations.forms import consultation_filter_form
from .consultations.selectors import EXPORT_COLUMNS, consultation_export_rows, consultation_filter
from .events.access import group_events_for_user
from .models import Appointment, Channel, Consultation, EventFormat, GroupEvent


def consultations_export(user: User, params: dict[str, Any]) -> Export:
    """The consultation list's rows with its filters, in the user's scope (CSV in the request,
    XLSX as a job)."""
    form = consultation_filter_form(user, params or None)
    qs = consultations_for_user(user)
    if form.is_bound and form.is_valid():
        qs = consultation_filter(qs, form.cleaned_data)
    header = [str(getattr(Consultation._meta.get_field(c), "verbose_name", c)) if c != "id" else "ID"
              for c in EXPORT_COLUMNS]
    return Export(title=str(_("Consultations")), header=header,
                  rows=consultation_export_rows(qs, lang=translation.get_language() or "de"), count=qs.count())

STAFF = (Role.COUNSELLOR, Role.ADMIN)

DATASETS = {
    # Without the newcomer's name, email or phone: the export is for planning, not for contacting.
    "appointments": Dataset(_("Appointments"), STAFF, Appointment, appointments_for_user, (
        Column(_("starts"), "starts_at"), Column(_("ends"), "ends_at"), Column(_("topic"), "topic__slug"),
        Column(_("language of the consultation"), "language"), Column(_("channel"), "channel", Channel),
        Column(_("status"), "status", Appointment.Status), Column(_("organisation"), "organisation__name"),
        Column(_("counsellor"), "counsellor__email"),
    )),
    "group-events": Dataset(_("Group events"), STAFF, GroupEvent, lambda user: group_events_for_user(user).with_counts(), (
        Column(_("title"), "title"), Column(_("format"), "format", EventFormat), Column(_("starts"), "starts_at"),
        Column(_("place"), "place"), Column(_("places"), "capacity"), Column(_("organiser"), "organisation__name"),
        Column(_("confirmed registrations"), "confirmed"), Column(_("participants"), "attended_count"),
    )),
}
