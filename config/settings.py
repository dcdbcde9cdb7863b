"""One settings module, driven by environment variables.

Production-safe by default: DEBUG is off unless DJANGO_DEBUG=1, cookies are secure and HSTS is on.
For everything with no variable set there is an embedded default (see config/launcher.py).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
# Settings come from the environment. A file of them is read only when named: the local run and
# test commands never pick up a production .env by surprise (docker compose passes its env_file
# as environment variables; `./portal check-deploy` names .env on purpose).
if env("PORTAL_ENV_FILE", default=""):
    env.read_env(env("PORTAL_ENV_FILE"), overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
TESTING = env.bool("PORTAL_TESTING", default=False)

if DEBUG or TESTING:
    SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-never-used-in-production-0123456789abcdef")
else:
    SECRET_KEY = env("DJANGO_SECRET_KEY")

# Loopback stays allowed so the container health check can reach /health/ directly.
ALLOWED_HOSTS = [*env.list("DJANGO_ALLOWED_HOSTS", default=[]), "localhost", "127.0.0.1", "[::1]"]
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.forms",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "import_export",
    "django_countries",
    "django_celery_results",
    "core",
    "welcome",
    "refugees",
    "dialogues",
    "volunteers",
    "reporting",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",  # the policy: SECURE_CSP below
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.middleware.UploadLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "core.middleware.RequireAdminMFAMiddleware",
]

# Widgets may use the project templates (the consultation form's topic chips).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
ROOT_URLCONF = env("PORTAL_URLCONF", default="config.urls")  # the load bench adds its bare views
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.portal",
            ],
        },
    },
]

# --- Database: PostgreSQL only (the schema uses exclusion constraints and other PG features).
DATABASES = {"default": env.db_url("DATABASE_URL", default="postgres:///welcome")}
if env("PORTAL_DB_NAME", default=""):
    # The test suite points its Celery worker at the test database this way.
    DATABASES["default"]["NAME"] = env("PORTAL_DB_NAME")
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis or nothing: cache, broker.
REDIS_URL = env("REDIS_URL", default="")
CACHE_REDIS_URL = REDIS_URL
if REDIS_URL and TESTING and os.environ.get("PYTEST_XDIST_WORKER", "").startswith("gw"):
    # Parallel test processes (pytest-xdist): each its own Redis database for the cache, as every test
    # empties the cache (FLUSHDB). The broker stays shared: each test's worker has its own queues.
    from urllib.parse import urlsplit, urlunsplit

    _parts = urlsplit(REDIS_URL)
    _base = int(_parts.path.strip("/") or 0)
    _worker = int(os.environ["PYTEST_XDIST_WORKER"][2:])
    CACHE_REDIS_URL = urlunsplit(_parts._replace(path=f"/{(_base + 1 + _worker) % 16}"))
if REDIS_URL:
    # Pages keep working while Redis is down (core/cache.py); short timeouts so they do not wait for it.
    CACHES = {"default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": CACHE_REDIS_URL,
                          "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2}}}
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {"socket_connect_timeout": 2}
else:
    # One web process in the embedded set-up; the database keeps what must be shared.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery
BROKER_DIR = Path(env("PORTAL_BROKER_DIR", default=str(VAR_DIR / "broker")))
if REDIS_URL:
    CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL)
else:
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
    }
    for _sub in ("queue", "control"):
        (BROKER_DIR / _sub).mkdir(parents=True, exist_ok=True)
CELERY_RESULT_BACKEND = "django-db"
CELERY_RESULT_EXTENDED = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Europe/Berlin"
CELERY_TASK_SOFT_TIME_LIMIT = 600
CELERY_TASK_TIME_LIMIT = 660
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# The test suite runs tasks inline (mail lands in the test outbox); tests/core/test_celery.py
# runs a real worker against the real broker.
# Long jobs (reports, statistics) have a queue of their own, so mails and reminders never wait
# behind them; compose runs a worker for each, `./portal run` one worker for both.
CELERY_TASK_DEFAULT_QUEUE = env("PORTAL_CELERY_QUEUE", default="celery")
CELERY_LONG_QUEUE = env("PORTAL_CELERY_LONG_QUEUE", default="long")
CELERY_TASK_ROUTES = {
    "reporting.tasks.statistics_refresh": {"queue": CELERY_LONG_QUEUE},
    "reporting.tasks.report_build": {"queue": CELERY_LONG_QUEUE},
    "core.tasks.export_build": {"queue": CELERY_LONG_QUEUE},
}
CELERY_TASK_ALWAYS_EAGER = env.bool("PORTAL_CELERY_EAGER", default=TESTING)
CELERY_TASK_EAGER_PROPAGATES = CELERY_TASK_ALWAYS_EAGER
# The outbox (core/outbox.py): how often beat hands on waiting mails and jobs, how long a worker's
# claim on an entry holds, how often a mail is tried before it is given up.
PORTAL_OUTBOX_SWEEP_SECONDS = env.int("PORTAL_OUTBOX_SWEEP_SECONDS", default=60)
PORTAL_OUTBOX_CLAIM_SECONDS = env.int("PORTAL_OUTBOX_CLAIM_SECONDS", default=300)
PORTAL_OUTBOX_MAX_ATTEMPTS = env.int("PORTAL_OUTBOX_MAX_ATTEMPTS", default=8)
# A report or export job whose worker gave no sign of life for this long is taken again.
PORTAL_JOB_STALE_SECONDS = env.int("PORTAL_JOB_STALE_SECONDS", default=600)
PORTAL_REPORT_STEP_DELAY = env.float("PORTAL_REPORT_STEP_DELAY", default=0.0)  # fault tests only
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    "outbox-sweep": {"task": "core.tasks.outbox_sweep", "schedule": timedelta(seconds=PORTAL_OUTBOX_SWEEP_SECONDS)},
    "results-cleanup": {"task": "core.tasks.results_cleanup", "schedule": timedelta(hours=24)},
    "import-previews-purge": {"task": "core.tasks.import_previews_purge", "schedule": timedelta(hours=1)},
    "exports-expire": {"task": "core.tasks.exports_expire", "schedule": timedelta(hours=6)},
    "registrations-erase": {"task": "welcome.tasks.registrations_erase", "schedule": timedelta(hours=6)},
    "holds-expire": {"task": "welcome.tasks.holds_expire", "schedule": timedelta(minutes=1)},
    "reminders-send": {"task": "welcome.tasks.reminders_send", "schedule": timedelta(minutes=10)},
    "tandem-contacts-erase": {"task": "volunteers.tasks.tandem_contacts_erase", "schedule": timedelta(hours=24)},
    "tandem-requests-erase": {"task": "volunteers.tasks.tandem_requests_erase", "schedule": timedelta(hours=6)},
    "reports-expire": {"task": "reporting.tasks.reports_expire", "schedule": timedelta(hours=6)},
    # Statistics: the new months every night, everything again on Sundays (records change afterwards).
    "statistics-refresh": {"task": "reporting.tasks.statistics_refresh", "schedule": crontab(hour=2, minute=30)},
    "statistics-refresh-full": {"task": "reporting.tasks.statistics_refresh", "kwargs": {"full": True},
                                "schedule": crontab(hour=3, minute=30, day_of_week=0)},
    "plans-anonymise": {"task": "refugees.tasks.plans_anonymise", "schedule": timedelta(hours=24)},
    "appointment-contacts-erase": {"task": "welcome.tasks.appointment_contacts_erase", "schedule": timedelta(hours=6)},
}
# Every scheduled job runs once per period even when two beats send it (core/scheduling.py).
_CRON_PERIODS = {"statistics-refresh": 24 * 3600, "statistics-refresh-full": 7 * 24 * 3600}
for _name, _entry in CELERY_BEAT_SCHEDULE.items():
    _period = _CRON_PERIODS.get(_name) or int(_entry["schedule"].total_seconds())
    _entry["kwargs"] = {**_entry.get("kwargs", {}), "beat_period": _period}

# --- Auth: staff only, by email, via allauth; no public sign-up.
AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ACCOUNT_ADAPTER = "core.adapters.StaffAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/5m/ip,5/5m/key",
    "reset_password": "5/h/ip,3/h/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Welcome Center] "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("PORTAL_MFA_ISSUER", default="Welcome Center Portal")
if DEBUG and env("PORTAL_DEMO_TOTP_BYPASS", default=""):
    # Local demo only (allauth refuses it without DEBUG): the seeded admin's second factor.
    MFA_TOTP_INSECURE_BYPASS_CODE = env("PORTAL_DEMO_TOTP_BYPASS")
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "core:home"
# Where each role lands after login (first match wins); everyone else on core:home.
PORTAL_START_PAGES = [("counsellor", "welcome:my_day")]
LOGOUT_REDIRECT_URL = "account_login"

# Session expiry after inactivity: every request pushes the expiry on.
SESSION_COOKIE_AGE = env.int("PORTAL_SESSION_IDLE_SECONDS", default=30 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# --- Security (production defaults; the local demo runs with DJANGO_DEBUG=1 over http)
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG and not TESTING)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG and not TESTING)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG or TESTING else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
X_FRAME_OPTIONS = "DENY"

# --- Content-Security-Policy (issue 13) ------------------------------------------------------------
# Django's own CSP middleware. Everything comes from the portal itself: no inline scripts or styles
# (no style="" attributes either: classes in static/css/portal.css), no CDN. ALTCHA's proof of work
# runs in a Web Worker it starts from a blob: URL, hence worker-src blob:.
# PORTAL_CSP_MODE: "enforce" (the default in production) or "report-only" (the browser only reports
# what it would block: roll a change out with it first, see README.md; the default with DEBUG, whose
# error pages have inline styles and scripts). The tests always enforce.
from django.utils.csp import CSP  # noqa: E402

PORTAL_CSP_MODE = "enforce" if TESTING else env("PORTAL_CSP_MODE", default="report-only" if DEBUG else "enforce")
if PORTAL_CSP_MODE not in {"enforce", "report-only"}:
    raise ValueError(f"PORTAL_CSP_MODE must be enforce or report-only, not {PORTAL_CSP_MODE!r}")
PORTAL_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],  # Bootstrap draws its icons (select arrow, navbar toggler) as data: SVGs
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "worker-src": [CSP.SELF, "blob:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CSP = PORTAL_CSP if PORTAL_CSP_MODE == "enforce" else {}
SECURE_CSP_REPORT_ONLY = PORTAL_CSP if PORTAL_CSP_MODE == "report-only" else {}
# --- end Content-Security-Policy -----------------------------------------------------------------

# The number of proxies in front of the portal that set X-Forwarded-For (the city's TLS proxy: 1;
# none: 0). Rate limits, login lockout and the audit log read the client's address through them
# (core/client_ip.py); 0 trusts no header at all.
PORTAL_TRUSTED_PROXIES = env.int("PORTAL_TRUSTED_PROXIES", default=0)
ALLAUTH_TRUSTED_PROXY_COUNT = PORTAL_TRUSTED_PROXIES
# With Redis down the rate-limit counters are gone and requests go through (core/cache.py): booking
# keeps its proof of work rather than refuse every newcomer.

# --- Languages: German default, twelve in all; Arabic and Farsi right to left.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("tr", _("Turkish")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("el", _("Greek")),
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
]
LOCALE_PATHS = [Path(env("PORTAL_LOCALE_DIR", default=str(BASE_DIR / "locale")))]
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de", "en")
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static and media
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("PORTAL_STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Where report workbooks and other files live: "filesystem" (one machine, the local default),
# "database" (PostgreSQL: several web and worker machines need nothing else shared) or "s3" (any
# S3-compatible object storage, through django-storages).
PORTAL_FILE_STORAGE = env("PORTAL_FILE_STORAGE", default="filesystem")
_default_storage: dict[str, object] = {
    "filesystem": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env("PORTAL_MEDIA_ROOT", default=str(VAR_DIR / "media"))},
    },
    "database": {"BACKEND": "core.storage.DatabaseStorage"},
    "s3": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("PORTAL_S3_BUCKET", default=""),
            "endpoint_url": env("PORTAL_S3_ENDPOINT_URL", default=None),
            "access_key": env("PORTAL_S3_ACCESS_KEY", default=None),
            "secret_key": env("PORTAL_S3_SECRET_KEY", default=None),
            "region_name": env("PORTAL_S3_REGION", default=None),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    },
}
if PORTAL_FILE_STORAGE not in _default_storage:
    raise ValueError(f"PORTAL_FILE_STORAGE must be filesystem, database or s3, not {PORTAL_FILE_STORAGE!r}")
STORAGES = {
    "default": _default_storage[PORTAL_FILE_STORAGE],
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env.bool("PORTAL_STATIC_MANIFEST", default=not (DEBUG or TESTING))
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not env.bool("PORTAL_STATIC_MANIFEST", default=not (DEBUG or TESTING))

# --- Email (Django 6.1 MAILERS): EMAIL_URL like smtp+tls://user:pass@host:587 or consolemail://
_mail = env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
_mail_options: dict[str, object] = {}
if _mail["EMAIL_BACKEND"].endswith("filebased.EmailBackend"):
    # filemail:///app/var/mail: one file per message. The path is read from the URL itself:
    # django-environ drops the leading slash of an absolute path.
    from urllib.parse import urlsplit

    _mail_options = {"file_path": urlsplit(env("EMAIL_URL")).path or str(VAR_DIR / "mail")}
elif _mail["EMAIL_BACKEND"].endswith("smtp.EmailBackend"):
    _mail_options = {
        "host": _mail.get("EMAIL_HOST") or "localhost",
        "port": _mail.get("EMAIL_PORT") or 25,
        "username": _mail.get("EMAIL_HOST_USER") or "",
        "password": _mail.get("EMAIL_HOST_PASSWORD") or "",
        "use_tls": bool(_mail.get("EMAIL_USE_TLS")),
        "use_ssl": bool(_mail.get("EMAIL_USE_SSL")),
        "timeout": 20,
    }
MAILERS = {"default": {"BACKEND": _mail["EMAIL_BACKEND"], "OPTIONS": _mail_options}}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Welcome Center <welcome@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- django-import-export: CSV and Excel; every import runs as one transaction
from import_export.formats.base_formats import CSV, XLSX  # noqa: E402

IMPORT_FORMATS = [CSV, XLSX]
EXPORT_FORMATS = IMPORT_FORMATS
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = True  # our audit log records imports; no LogEntry per row
# Without these, any staff member reaching the Django admin could import into, or export, every model
# registered with import-export; now it takes the model's add / view permission.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# --- Portal settings
# What the city's administrators keep in the Django admin (group "City administrators", see
# core/admin_group.py): catalogues and public texts, booking offers, places, the directory,
# accommodations and FIM, circles and trainings. Records with newcomers' data are not listed.
PORTAL_ADMIN_MODELS = [
    "core.organisation", "core.district",
    "welcome.topic", "welcome.referraltarget", "welcome.targetgroup", "welcome.counselloroffer",
    "welcome.weeklyhours", "welcome.availabilityexception", "welcome.centreclosure", "welcome.place",
    "welcome.openinghours", "welcome.channelinstruction", "welcome.legalpage", "welcome.legalsection",
    "welcome.directoryentry", "refugees.accommodation", "refugees.fimgrant", "refugees.fimplacement",
    "volunteers.circle", "volunteers.training",
]
PORTAL_AUDIT_RETENTION_DAYS = env.int("PORTAL_AUDIT_RETENTION_DAYS", default=730)  # written into the database by migrate
# The role web, workers and beat connect as (README "Database roles"); migrate, run as the
# schema's owner, creates it (with this password) and grants it what it needs and no more.
PORTAL_DB_APP_ROLE = env("PORTAL_DB_APP_ROLE", default="")
PORTAL_DB_APP_PASSWORD = env("PORTAL_DB_APP_PASSWORD", default="")
PORTAL_RESULTS_RETENTION_DAYS = env.int("PORTAL_RESULTS_RETENTION_DAYS", default=7)
# Names and emails of newcomers (event registrations, later appointments) are erased this many
# days after the event; the anonymous record stays for the statistics.
PORTAL_CONTACT_RETENTION_DAYS = env.int("PORTAL_CONTACT_RETENTION_DAYS", default=30)
# Uploaded spreadsheets (imports) larger than this are refused with a message.
PORTAL_UPLOAD_MAX_BYTES = env.int("PORTAL_UPLOAD_MAX_BYTES", default=10 * 1024 * 1024)
# Directory entries not checked for this many days drop out of the public directory.
PORTAL_DIRECTORY_CHECK_DAYS = env.int("PORTAL_DIRECTORY_CHECK_DAYS", default=365)
# A newcomer's request for a Willkommens-Tandem: the contact is kept until the request is matched
# or withdrawn and erased this many days after; an unmatched request is erased after the second.
PORTAL_TANDEM_REQUEST_RETENTION_DAYS = env.int("PORTAL_TANDEM_REQUEST_RETENTION_DAYS", default=30)
PORTAL_TANDEM_REQUEST_MAX_DAYS = env.int("PORTAL_TANDEM_REQUEST_MAX_DAYS", default=180)
# Booking: how long an unconfirmed booking holds its slot; the earliest bookable time from now;
# how far ahead the public can book.
# Absolute links in emails sent by Celery (no request to take the host from).
PORTAL_BASE_URL = env("PORTAL_BASE_URL", default="http://127.0.0.1:8000")
PORTAL_BOOKING_HOLD_MINUTES = env.int("PORTAL_BOOKING_HOLD_MINUTES", default=30)
PORTAL_BOOKING_LEAD_MINUTES = env.int("PORTAL_BOOKING_LEAD_MINUTES", default=120)
PORTAL_BOOKING_DAYS_AHEAD = env.int("PORTAL_BOOKING_DAYS_AHEAD", default=28)
# The public slot page's computed week is cached this long (any change to bookings, offers or
# hours drops it at once).
PORTAL_SLOTS_CACHE_SECONDS = env.int("PORTAL_SLOTS_CACHE_SECONDS", default=60)
# Integration plans closed longer than this are anonymised (the counts stay).
PORTAL_PLAN_RETENTION_DAYS = env.int("PORTAL_PLAN_RETENTION_DAYS", default=3 * 365)
# The tests build every cached choice list again on a cache hit and fail when it differs
# (core/choices_cache.py): a key that misses an input of its content cannot go unnoticed.
PORTAL_CHOICES_CACHE_VERIFY = TESTING
# Groups smaller than this are suppressed in exports of statistics.
PORTAL_STATS_MIN_GROUP = env.int("PORTAL_STATS_MIN_GROUP", default=5)
# A freed time offered from the waiting list is held this long for the one in line.
PORTAL_WAITLIST_OFFER_HOURS = env.int("PORTAL_WAITLIST_OFFER_HOURS", default=12)
# Open (held or confirmed, future) appointments one email address may have at once.
PORTAL_BOOKING_MAX_OPEN_PER_EMAIL = env.int("PORTAL_BOOKING_MAX_OPEN_PER_EMAIL", default=2)
# Booking attempts (core/ratelimits.py, counted in the cache: Redis in production).
PORTAL_BOOKING_RATE_PER_IP = env("PORTAL_BOOKING_RATE_PER_IP", default="20/h")
PORTAL_BOOKING_RATE_PER_EMAIL = env("PORTAL_BOOKING_RATE_PER_EMAIL", default="5/h")
# Without JavaScript there is no proof of work: a stricter limit per address instead.
PORTAL_BOOKING_RATE_NOJS = env("PORTAL_BOOKING_RATE_NOJS", default="5/h")
# Every other public form (event sign-up, volunteer registration, tandem request, the cancel and
# change pages): POSTs per address (loose: one accommodation shares one Wi-Fi) and per email.
PORTAL_PUBLIC_FORM_RATE = env("PORTAL_PUBLIC_FORM_RATE", default="30/h")
PORTAL_PUBLIC_FORM_RATE_PER_EMAIL = env("PORTAL_PUBLIC_FORM_RATE_PER_EMAIL", default="5/h")
PORTAL_ALTCHA_HMAC_KEY = env("PORTAL_ALTCHA_HMAC_KEY", default="altcha:" + SECRET_KEY)
PORTAL_ALTCHA_MAX_NUMBER = env.int("PORTAL_ALTCHA_MAX_NUMBER", default=100_000)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="WARNING")},
}
