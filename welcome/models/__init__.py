from .catalogues import ReferralTarget, TargetGroup, Topic
from .consultations import Channel, Consultation, ConsultationLanguage

__all__ = ["Channel", "Consultation", "ConsultationLanguage", "ReferralTarget", "TargetGroup", "Topic"]
