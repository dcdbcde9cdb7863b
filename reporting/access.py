"""Who reaches report jobs and their files: the city's admins and report viewers (both roles exist
only in the city, core.models.ROLE_KINDS). The reports hold figures, not people; the helper keeps
every view on one path all the same."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from core.access import memberships_of
from core.models import Organisation, Role, User

from .models import ReportJob

READERS = (Role.ADMIN, Role.REPORT_VIEWER)


def can_read_reports(user: User) -> bool:
    return any(m.role in READERS and m.organisation.kind == Organisation.Kind.CITY for m in memberships_of(user))


def report_jobs_for_user(user: User) -> QuerySet[ReportJob]:
    if can_read_reports(user):
        return ReportJob.objects.select_related("requested_by")
    return ReportJob.objects.none()


def get_report_job_for_user(user: User, pk: int, **filters: Any) -> ReportJob:
    return get_object_or_404(report_jobs_for_user(user), pk=pk, **filters)
