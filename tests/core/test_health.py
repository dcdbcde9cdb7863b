import pytest
from django.test import override_settings

from config.celery import app as celery_app

pytestmark = pytest.mark.django_db


def test_health_ok(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok",
                               "outbox": {"waiting": 0, "oldest_seconds": 0, "failed": 0}}


@override_settings(SECURE_SSL_REDIRECT=False)
def test_health_degraded_when_broker_unreachable(client):
    """The portal still serves and books without the broker (mails wait in the outbox): degraded,
    not down, so the proxy keeps sending visitors."""
    original = celery_app.conf.broker_url
    celery_app.conf["broker_url"] = "redis://127.0.0.1:1/0"
    try:
        response = client.get("/health/")
    finally:
        celery_app.conf["broker_url"] = original
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["broker"].startswith("error")
    assert response.json()["database"] == "ok"
