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
    "Appointment", "AvailabilityException", "CentreClosure", "Channel", "Consultation", "ConsultationLanguage",
    "CounsellorOffer", "EventFormat", "GroupEvent", "ReferralTarget", "Registration", "TargetGroup", "Topic",
    "WaitingListEntry", "WeeklyHours",
]
