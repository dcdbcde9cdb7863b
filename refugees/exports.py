"""Raw records of the refugee services for export. Integration plans are not exported in bulk:
a person's plan is exported on its own (GDPR Art. 15), the counts are in the statistics."""

from django.utils.translation import gettext_lazy as _

from core.exports import Column, Dataset
from core.models import Role

from .access import accommodations_for_user
from .models import Accommodation, Occupancy

READERS = (Role.ADMIN, Role.REPORT_VIEWER, Role.OPERATOR)

DATASETS = {
    "accommodations": Dataset(_("Accommodations"), READERS, Accommodation, accommodations_for_user, (
        Column(_("name"), "name"), Column(_("address"), "address"), Column(_("city district"), "district__name"),
        Column(_("operator"), "operator__name"), Column(_("type"), "kind", Accommodation.Kind),
        Column(_("places"), "capacity"), Column(_("opened"), "opened_on"), Column(_("closed"), "closed_on"),
        Column(_("status"), "status", Accommodation.Status),
    )),
    "occupancy": Dataset(
        _("Occupancy"), READERS, Occupancy,
        lambda user: Occupancy.objects.filter(accommodation__in=accommodations_for_user(user)), (
            Column(_("month"), "month"), Column(_("accommodation"), "accommodation__name"),
            Column(_("city district"), "accommodation__district__name"),
            Column(_("operator"), "accommodation__operator__name"), Column(_("residents"), "residents"),
            Column(_("adults"), "adults"), Column(_("minors"), "minors"), Column(_("households"), "households"),
            Column(_("arrivals"), "arrivals"), Column(_("departures"), "departures"),
        )),
}
