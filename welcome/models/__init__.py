from .catalogues import ReferralTarget, TargetGroup, Topic
from .consultations import Channel, Consultation, ConsultationLanguage
from .events import EventFormat, GroupEvent, Registration

__all__ = [
    "Channel", "Consultation", "ConsultationLanguage", "EventFormat", "GroupEvent", "ReferralTarget",
    "Registration", "TargetGroup", "Topic",
]
