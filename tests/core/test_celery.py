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
