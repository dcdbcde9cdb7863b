"""Raw records of the Welcome Center for export (consultations have their own filtered export)."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from core.exports import Column, Dataset
from core.models import Role

from .access import appointments_for_user, group_events_for_user
from .models import Appointment, Channel, EventFormat, GroupEvent

STAFF = (Role.COUNSELLOR, Role.ADMIN)

DATASETS = {
    # Without the newcomer's name, email or phone: the export is for planning, not for contacting.
    "appointments": Dataset(_("Appointments"), STAFF, Appointment, appointments_for_user, (
        Column(_("starts"), "starts_at"), Column(_("ends"), "ends_at"), Column(_("topic"), "topic__slug"),
        Column(_("language of the consultation"), "language"), Column(_("channel"), "channel", Channel),
        Column(_("status"), "status", Appointment.Status), Column(_("organisation"), "organisation__name"),
        Column(_("counsellor"), "counsellor__email"),
    )),
    "group-events": Dataset(_("Group events"), STAFF, GroupEvent, lambda user: group_events_for_user(user).annotate(
        confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
        attended_count=Count("registrations", filter=Q(registrations__attended=True))), (
        Column(_("title"), "title"), Column(_("format"), "format", EventFormat), Column(_("starts"), "starts_at"),
        Column(_("place"), "place"), Column(_("places"), "capacity"), Column(_("organiser"), "organisation__name"),
        Column(_("confirmed registrations"), "confirmed"), Column(_("participants"), "attended_count"),
    )),
}
