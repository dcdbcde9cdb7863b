"""Raw records of the volunteer coordination for export (coordinators only; every export is audited)."""

from django.utils.translation import gettext_lazy as _

from core.exports import Column, Dataset
from core.models import Role

from .access import tandems_for_user, volunteers_for_user
from .models import Tandem, Volunteer

COORDINATORS = (Role.VOLUNTEER_COORDINATOR, Role.ADMIN)

DATASETS = {
    # The volunteers' own contact data: the coordinators work with it, and the volunteers consented.
    "volunteers": Dataset(_("Volunteers"), COORDINATORS, Volunteer, volunteers_for_user, (
        Column(_("name"), "name"), Column(_("email address"), "email"), Column(_("phone"), "phone"),
        Column(_("languages"), "languages"), Column(_("city district"), "district__name"),
        Column(_("roles"), "roles"), Column(_("status"), "status", Volunteer.Status),
        Column(_("active since"), "active_since"), Column(_("registered"), "registered_at"),
    )),
    # Tandems without the newcomer's contact: the pseudonymous reference only.
    "tandems": Dataset(_("Tandems"), COORDINATORS, Tandem, tandems_for_user, (
        Column(_("mentor"), "mentor__name"), Column(_("newcomer (pseudonymous reference)"), "newcomer_reference"),
        Column(_("status"), "status", Tandem.Status), Column(_("proposed"), "proposed_on"),
        Column(_("started"), "started_on"), Column(_("ended"), "ended_on"), Column(_("reason for ending"), "end_reason"),
    )),
}
