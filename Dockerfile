# Production image: gunicorn behind the city's reverse proxy; WhiteNoise serves static files.
#
# BASE_IMAGE: any Debian-based image with Python 3.12+ (python3, the venv module). The default is
# the public image; scripts/compose_check.py passes one it builds from Debian packages, where no
# registry is reachable.
ARG BASE_IMAGE=python:3.13-slim-trixie
FROM ${BASE_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
# gettext compiles the catalogues; postgresql-client gives pg_dump/pg_restore for the backups.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 portal \
    && python3 -m venv /opt/venv

WORKDIR /app
# build-ca.crt exists only when the compose check hands in the CA of a TLS-intercepting proxy; the
# pattern matches nothing in an ordinary build, and pip then uses the image's own CA bundle.
COPY pyproject.toml README.md build-ca.cr[t] /tmp/build/
COPY config ./config
COPY core ./core
COPY welcome ./welcome
COPY refugees ./refugees
COPY dialogues ./dialogues
COPY volunteers ./volunteers
COPY reporting ./reporting
RUN cp /tmp/build/pyproject.toml /tmp/build/README.md ./ \
    && if [ -f /tmp/build/build-ca.crt ]; then export PIP_CERT=/tmp/build/build-ca.crt; fi \
    && pip install ".[s3]" \
    && rm -rf /tmp/build
COPY . .
# Build-time only values: collectstatic and compilemessages need settings, not secrets.
# Every folder a volume is mounted on exists here, owned by the user the containers run as, so a
# new named volume starts with that owner.
RUN DJANGO_SECRET_KEY=build-only DATABASE_URL=postgres://build/build \
    python manage.py compilemessages --ignore=.venv -v 0 \
    && DJANGO_SECRET_KEY=build-only DATABASE_URL=postgres://build/build \
    python manage.py collectstatic --no-input -v 0 \
    && mkdir -p /app/var/media /app/var/beat /app/var/mail /app/var/backups \
    && chown -R portal:portal /app/var

USER portal
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
