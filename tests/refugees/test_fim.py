from datetime import date

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from core.models import Role
from refugees.models import FimGrant, FimPlacement

pytestmark = pytest.mark.django_db


def test_placements_from_8_june_2017_run_at_most_six_months():
    """The decision of 8 June 2017: contracts concluded from that day run at most six months;
    earlier ones may run longer. The database keeps the rule."""
    grant = FimGrant.objects.create(year=2017, kind="internal", provider="accommodation", title="Hausmeisterhilfe",
                                    places=10)
    FimPlacement.objects.create(grant=grant, starts_on=date(2017, 6, 8), ends_on=date(2017, 12, 8))
    FimPlacement.objects.create(grant=grant, starts_on=date(2017, 6, 1), ends_on=date(2018, 2, 1))  # eight months
    for starts, ends in ((date(2017, 6, 8), date(2017, 12, 9)), (date(2017, 1, 31), date(2016, 12, 31))):
        with pytest.raises(IntegrityError), transaction.atomic():
            FimPlacement.objects.create(grant=grant, starts_on=starts, ends_on=ends)


def test_published_fim_figures_read_back(client, users_by_role):
    # 752 places granted in 2016: 189 internal, 563 external.
    internal = FimGrant.objects.create(year=2016, kind="internal", provider="accommodation",
                                       title="Interne Maßnahmen", places=189)
    external = FimGrant.objects.create(year=2016, kind="external", provider="non_profit",
                                       title="Externe Maßnahmen", places=563)
    # On 15 August 2017: 167 internal and 153 external places occupied.
    for grant, n in ((internal, 167), (external, 153)):
        FimPlacement.objects.bulk_create(
            [FimPlacement(grant=grant, starts_on=date(2017, 7, 1), ends_on=date(2017, 12, 31)) for _ in range(n)])
    # Ended before, or starting after, the day: not counted.
    FimPlacement.objects.create(grant=internal, starts_on=date(2017, 3, 1), ends_on=date(2017, 8, 14))
    FimPlacement.objects.create(grant=external, starts_on=date(2017, 8, 16), ends_on=date(2017, 9, 30))
    client.force_login(users_by_role[Role.REPORT_VIEWER])
    response = client.get(reverse("refugees:fim_overview"), {"year": 2016, "date": "2017-08-15"})
    assert response.context["granted"] == {"internal": 189, "external": 563}
    assert response.context["granted_total"] == 752
    assert response.context["occupied"] == {"internal": 167, "external": 153}
