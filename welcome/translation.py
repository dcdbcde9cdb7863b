from modeltranslation.translator import TranslationOptions, register

from .models import (
    CentreClosure,
    ChannelInstruction,
    DirectoryEntry,
    GroupEvent,
    LegalPage,
    LegalSection,
    Place,
    ReferralTarget,
    TargetGroup,
    Topic,
)


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name", "what_to_bring")
    required_languages = ("de", "en")


@register(ReferralTarget)
class ReferralTargetTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("de", "en")


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("de", "en")


@register(GroupEvent)
class GroupEventTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("de",)


@register(CentreClosure)
class CentreClosureTranslation(TranslationOptions):
    fields = ("reason",)


@register(Place)
class PlaceTranslation(TranslationOptions):
    fields = ("name", "building", "entrance", "access_notes", "transport")
    required_languages = ("de",)


@register(ChannelInstruction)
class ChannelInstructionTranslation(TranslationOptions):
    fields = ("text",)
    required_languages = ("de",)


@register(LegalPage)
class LegalPageTranslation(TranslationOptions):
    fields = ("title", "intro")
    required_languages = ("de",)


@register(LegalSection)
class LegalSectionTranslation(TranslationOptions):
    fields = ("heading", "body")
    required_languages = ("de",)


@register(DirectoryEntry)
class DirectoryEntryTranslation(TranslationOptions):
    fields = ("name", "description", "cost_note")
    required_languages = ("de",)
