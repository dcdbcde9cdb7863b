"""The project's settings for a bench run (bench/common.py sets DJANGO_SETTINGS_MODULE to this for the
bench and every process it starts): production settings with three changes that keep a run to itself.

- Mail goes to the locmem backend: a worker that runs a bench's outbox task sends nothing.
- Cache keys carry the run's prefix, so the run can delete them all from a shared Redis afterwards.
- Celery workers take no remote-control commands (their pidbox would outlive the run on the broker).
The database, the queue names, the broker folder and the media folder come from the environment
(bench/common.py sets them per run).
"""

import os

from config.settings import *  # noqa: F403
from config.settings import CACHES

MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend", "OPTIONS": {}}}
CACHES["default"]["KEY_PREFIX"] = f"bench-{os.environ.get('PORTAL_BENCH_RUN', 'none')}"
CELERY_WORKER_ENABLE_REMOTE_CONTROL = False
ROOT_URLCONF = "bench_urls"  # the project's URLs and the benches' bare views (bench/bench_urls.py)
