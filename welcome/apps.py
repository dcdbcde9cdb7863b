from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WelcomeConfig(AppConfig):
    name = "welcome"
    verbose_name = _("Welcome Center")

    def ready(self) -> None:
        from core.choices_cache import watch

        from .booking.slots import OFFERS, SLOTS
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
        SLOTS.watch(Appointment, CounsellorOffer, WeeklyHours, AvailabilityException, CentreClosure, Topic,
                    through=(CounsellorOffer.topics.through,))
        OFFERS.watch(CounsellorOffer, Topic, through=(CounsellorOffer.topics.through,))

        from core.exports import register, register_datasets

        from .exports import DATASETS, consultations_export

        register_datasets("welcome", DATASETS)
        register("welcome", "consultations", consultations_export)
