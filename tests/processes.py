"""Real server processes for the scale-out tests: gunicorn web nodes, Celery workers and beats,
each started from a working directory of its own, sharing only PostgreSQL and Redis."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

BASE = Path(__file__).resolve().parent.parent

if TYPE_CHECKING:
    import requests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def node_env(db_name: str, queue: str, workdir: Path, **extra: str) -> dict[str, str]:
    """One machine's environment: its own folders; the database, Redis and queues shared."""
    return {
        **os.environ, "PORTAL_TESTING": "1", "PORTAL_DB_NAME": db_name, "PORTAL_CELERY_EAGER": "0",
        "PORTAL_CELERY_QUEUE": queue, "PORTAL_CELERY_LONG_QUEUE": f"{queue}-long", "PORTAL_FILE_STORAGE": "database",
        "PORTAL_MEDIA_ROOT": str(workdir / "media"), "PORTAL_BROKER_DIR": str(workdir / "broker"),
        "PYTHONPATH": str(BASE), **extra,
    }


def start(args: list[str], env: dict[str, str], workdir: Path, name: str) -> subprocess.Popen[bytes]:
    workdir.mkdir(parents=True, exist_ok=True)
    with open(workdir / f"{name}.log", "wb") as log:  # the child keeps its own copy of the handle
        return subprocess.Popen(args, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)


def web(env: dict[str, str], workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    import requests

    port = free_port()
    proc = start([sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
                  "--workers", "2", "--log-level", "warning"], env, workdir, "web")
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            requests.get(url + "/health/", timeout=2)
            return proc, url
        except requests.RequestException:
            if proc.poll() is not None:
                raise RuntimeError((workdir / "web.log").read_text()[-3000:]) from None
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def worker(env: dict[str, str], workdir: Path) -> subprocess.Popen[bytes]:
    queues = f"{env['PORTAL_CELERY_QUEUE']},{env['PORTAL_CELERY_LONG_QUEUE']}"
    return start([sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo", "-Q", queues,
                  "--loglevel", "WARNING", "--without-heartbeat", "--without-gossip", "--without-mingle"],
                 env, workdir, "worker")


def beat(env: dict[str, str], workdir: Path) -> subprocess.Popen[bytes]:
    return start([sys.executable, "-m", "celery", "-A", "config", "beat", "--loglevel", "WARNING",
                  "--schedule", str(workdir / "beat-schedule")], env, workdir, "beat")


def stop(*procs: subprocess.Popen[bytes]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)


def totp(secret: str, at: float | None = None) -> str:
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int((at or time.time()) // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if found is None:
        raise AssertionError("no CSRF token on the page")
    return found.group(1)


def post_form(session: requests.Session, url: str, data: dict, **kwargs: Any) -> requests.Response:
    page = session.get(url, timeout=30)
    return session.post(page.url, data={"csrfmiddlewaretoken": csrf_of(page.text), **data},
                        headers={"Referer": page.url}, timeout=60, **kwargs)
