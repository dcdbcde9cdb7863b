from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "reporting"
    verbose_name = _("Reporting")

    def ready(self) -> None:
        from core.outbox import job_reclaimable

        job_reclaimable(model_label="reporting.ReportJob", task_name="reporting.tasks.report_build")
