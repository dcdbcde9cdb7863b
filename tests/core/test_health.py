import pytest
from django.test import override_settings

from config.celery import app as celery_app

pytestmark = pytest.mark.django_db


def test_health_ok(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok"}


@override_settings(SECURE_SSL_REDIRECT=False)
def test_health_503_when_broker_unreachable(client):
    original = celery_app.conf.broker_url
    celery_app.conf["broker_url"] = "redis://127.0.0.1:1/0"
    try:
        response = client.get("/health/")
    finally:
        celery_app.conf["broker_url"] = original
    assert response.status_code == 503
    assert response.json()["broker"].startswith("error")
    assert response.json()["database"] == "ok"
