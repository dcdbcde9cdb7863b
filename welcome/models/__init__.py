from ..directory.models import DirectoryEntry  # noqa: E402

# Sub-packages by capability keep their models beside their views; registered here for the app.
from ..info.models import ChannelInstruction, LegalPage, LegalSection, OpeningHours, Place  # noqa: E402
from .booking import (
    Appointment,
    AvailabilityException,
    CentreClosure,
    CounsellorOffer,
    WaitingListEntry,
    WeeklyHours,
)
from .catalogues import ReferralTarget, TargetGroup, Topic
from .consultations import Channel, Consultation, ConsultationLanguage
from .events import EventFormat, GroupEvent, Registration

__all__ = [
    "Appointment", "AvailabilityException", "CentreClosure", "Channel", "ChannelInstruction", "Consultation",
    "ConsultationLanguage", "CounsellorOffer", "DirectoryEntry", "EventFormat", "GroupEvent", "LegalPage",
    "LegalSection", "OpeningHours", "Place", "ReferralTarget", "Registration", "TargetGroup", "Topic",
    "WaitingListEntry", "WeeklyHours",
]
