from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from welcome.models import Consultation, TargetGroup, Topic


class ConsultationFactory(DjangoModelFactory):
    class Meta:
        model = Consultation
        skip_postgeneration_save = True

    held_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    channel = "in_person"
    language = "de"
    target_group = factory.LazyFunction(lambda: TargetGroup.objects.order_by("id").first())
    duration_minutes = 30

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):  # noqa: N805
        if create:
            obj.topics.set(extracted or [Topic.objects.order_by("id").first()])


def consultation_for(user, **kwargs):
    """A consultation logged by ``user`` for their first organisation."""
    membership = user.memberships.first()
    return ConsultationFactory(counsellor=user, organisation=membership.organisation, **kwargs)
