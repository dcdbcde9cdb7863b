"""The app's model registry: the catalogues live here, each capability keeps its models in its sub-package."""

from core.languages import ConsultationLanguage

from ..booking.models import (
    Appointment,
    AvailabilityException,
    CentreClosure,
    CounsellorOffer,
    WaitingListEntry,
    WeeklyHours,
)
from ..consultations.models import Consultation
from ..directory.models import DirectoryEntry
from ..events.models import EventFormat, GroupEvent, Registration
from ..info.models import ChannelInstruction, LegalPage, LegalSection, OpeningHours, Place
from .catalogues import Channel, ReferralTarget, TargetGroup, Topic

__all__ = [
    "Appointment", "AvailabilityException", "CentreClosure", "Channel", "ChannelInstruction", "Consultation",
    "ConsultationLanguage", "CounsellorOffer", "DirectoryEntry", "EventFormat", "GroupEvent", "LegalPage",
    "LegalSection", "OpeningHours", "Place", "ReferralTarget", "Registration", "TargetGroup", "Topic",
    "WaitingListEntry", "WeeklyHours",
]
