import pytest
from django_celery_results.models import TaskResult

from config.celery import app as celery_app
from core.tasks import ping


@pytest.mark.celery
def test_real_worker_runs_a_task_and_its_result_lands_in_the_database(transactional_db, celery_worker):
    # The suite runs tasks inline elsewhere; here the message goes through the real broker.
    celery_app.conf.task_always_eager = False
    try:
        result = ping.apply_async(args=("foundation",), queue=celery_worker)
        assert result.get(timeout=60) == "pong:foundation"
    finally:
        celery_app.conf.task_always_eager = True
    row = TaskResult.objects.get(task_id=result.id)
    assert row.status == "SUCCESS"
    assert "pong:foundation" in row.result


def test_the_outbox_finds_a_task_whose_module_a_web_process_has_not_imported():
    """A web process (gunicorn) has not imported reporting.tasks when it hands on a report job: the
    registry lookup failed there ("KeyError: 'reporting.tasks.report_build'") and the job waited for
    beat's sweep. Checked in a fresh process, with its own control."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import django; django.setup()\n"
        "from config.celery import app\n"
        "name = 'reporting.tasks.report_build'\n"
        "print('before', name in app.tasks)\n"
        "from core.outbox import registered_task\n"
        "print('after', registered_task(name).name == name)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2],
                         env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["before", "False", "after", "True"]
