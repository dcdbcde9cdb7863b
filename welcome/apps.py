from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WelcomeConfig(AppConfig):
    name = "welcome"
    verbose_name = _("Welcome Center")

    def ready(self) -> None:
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from core.choices_cache import watch

        from .booking.slots import slots_changed
        from .models import (
            Appointment,
            AvailabilityException,
            CentreClosure,
            CounsellorOffer,
            ReferralTarget,
            TargetGroup,
            Topic,
            WeeklyHours,
        )

        watch(Topic, TargetGroup, ReferralTarget)
        for model in (Appointment, CounsellorOffer, WeeklyHours, AvailabilityException, CentreClosure, Topic):
            post_save.connect(slots_changed, sender=model, dispatch_uid=f"slots-save-{model.__name__}")
            post_delete.connect(slots_changed, sender=model, dispatch_uid=f"slots-delete-{model.__name__}")
        m2m_changed.connect(slots_changed, sender=CounsellorOffer.topics.through, dispatch_uid="slots-offer-topics")

        from core.exports import register, register_datasets

        from .exports import DATASETS, consultations_export

        register_datasets("welcome", DATASETS)
        register("welcome", "consultations", consultations_export)
