# Production image: gunicorn behind the city's reverse proxy; WhiteNoise serves static files.
FROM python:3.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 portal

WORKDIR /app
COPY pyproject.toml README.md ./
COPY config ./config
COPY core ./core
COPY welcome ./welcome
COPY refugees ./refugees
COPY dialogues ./dialogues
COPY volunteers ./volunteers
COPY reporting ./reporting
RUN pip install .
COPY . .
# Build-time only values: collectstatic and compilemessages need settings, not secrets.
RUN DJANGO_SECRET_KEY=build-only DATABASE_URL=postgres://build/build \
    python manage.py compilemessages --ignore=.venv -v 0 \
    && DJANGO_SECRET_KEY=build-only DATABASE_URL=postgres://build/build \
    python manage.py collectstatic --no-input -v 0 \
    && mkdir -p /app/var && chown -R portal /app/var

USER portal
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
