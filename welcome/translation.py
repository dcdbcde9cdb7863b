from modeltranslation.translator import TranslationOptions, register

from .models import GroupEvent, ReferralTarget, TargetGroup, Topic


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)
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
