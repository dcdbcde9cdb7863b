import pytest
from django_celery_results.models import TaskResult

from core.tasks import ping


@pytest.mark.celery
def test_real_worker_runs_a_task_and_its_result_lands_in_the_database(transactional_db, celery_worker):
    result = ping.apply_async(args=("foundation",), queue=celery_worker)
    assert result.get(timeout=60) == "pong:foundation"
    row = TaskResult.objects.get(task_id=result.id)
    assert row.status == "SUCCESS"
    assert "pong:foundation" in row.result
