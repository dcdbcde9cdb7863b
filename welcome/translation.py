from modeltranslation.translator import TranslationOptions, register

from .models import ReferralTarget, TargetGroup, Topic


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
