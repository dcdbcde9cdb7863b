"""Report jobs, statistics rows, the culture and sport figures and the chapter texts.

Figures are made up; the period and key date are those of the published refugee report (2017,
FIM places counted on 15 August 2017, DOMAIN.md)."""

from datetime import date

import factory
from factory.django import DjangoModelFactory

from core.models import Organisation, Role
from reporting.models import Chapter, ChapterText, CultureSportYear, ReportJob, StatisticState, StatValue
from tests.core.factories import OrganisationFactory, staff
from tests.refugees.factories import month_number


def city_admin():
    """An admin of the city (the role exists only there)."""
    city = OrganisationFactory.create(name="Stadt Test (Berichte)", kind=Organisation.Kind.CITY)
    return staff(Role.ADMIN, city)


class StatisticStateFactory(DjangoModelFactory[StatisticState]):
    class Meta:
        model = StatisticState
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"test_statistic_{n}")
    checkpoint = date(2017, 12, 1)


class StatValueFactory(DjangoModelFactory[StatValue]):
    """One aggregate: a statistic's value for a month and a key of a dimension (never a person)."""

    class Meta:
        model = StatValue

    statistic = "test_statistic"
    month = factory.Sequence(month_number)
    dimension = "total"
    key = "all"
    value = 100


class ReportJobFactory(DjangoModelFactory[ReportJob]):
    """A refugee report for 2017 requested by a city admin, built and ready."""

    class Meta:
        model = ReportJob

    kind = ReportJob.Kind.REFUGEE_REPORT
    period_start = date(2017, 1, 1)
    period_end = date(2017, 12, 31)
    language = "de"
    key_date = date(2017, 8, 15)
    requested_by = factory.LazyFunction(city_admin)
    status = ReportJob.Status.DONE
    progress = 100


class CultureSportYearFactory(DjangoModelFactory[CultureSportYear]):
    """A year's culture and sport figures (made up, some left empty as the offices may)."""

    class Meta:
        model = CultureSportYear
        django_get_or_create = ("year",)

    year = factory.Sequence(lambda n: 2000 + n % 101)
    sports_offers_open = 30
    offers_funded = 12
    clubs_funded = 8
    swimming_courses_regular = 4
    swimming_courses_total = 6


class ChapterTextFactory(DjangoModelFactory[ChapterText]):
    """The city's words for a chapter of the 2017 report (one text per chapter, period and language)."""

    class Meta:
        model = ChapterText
        django_get_or_create = ("period_start", "period_end", "chapter", "language")

    period_start = date(2017, 1, 1)
    period_end = date(2017, 12, 1)
    chapter = factory.Iterator(Chapter.values)
    language = "de"
    text = factory.Sequence(lambda n: f"Testtext {n} zum Kapitel.")
