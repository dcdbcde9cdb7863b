"""Settings for the two-beats test (tests/core/test_scale_out.py): the production settings with a
schedule in seconds, so a test sees many periods."""

from datetime import timedelta

from config.settings import *  # noqa: F403

CELERY_BEAT_SCHEDULE = {
    "reminders-send": {"task": "welcome.tasks.reminders_send", "schedule": timedelta(seconds=2),
                       "kwargs": {"beat_period": 2}},
    "statistics-refresh": {"task": "reporting.tasks.statistics_refresh", "schedule": timedelta(seconds=3),
                           "kwargs": {"beat_period": 3}},
}
