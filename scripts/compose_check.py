"""The production stack, built and walked: `docker-compose.yml` as a city's IT department runs it.

    python scripts/compose_check.py [--keep] [--port N]

Called by `./portal test` when Docker can be had (installed and started here like the browser);
otherwise the test command prints a loud reason and skips it. Exit codes: 0 walked, 1 failed,
77 skipped (no Docker on this machine).

What it does:
1. Docker: the client, the engine (`dockerd` started in the background when it is not running)
   and docker-compose; on a Debian machine where they are missing and we are root, apt installs
   `docker.io docker-compose debootstrap`.
2. Base images: no container registry may be reachable, so `portal-check/debian:trixie` is built
   from Debian packages (`debootstrap --variant=minbase trixie`, then Python 3, PostgreSQL, Redis
   and gettext from Debian, `docker import`). It serves as the app's BASE_IMAGE and runs postgres
   (scripts/compose_check/postgres.sh, the official image's behaviour) and redis
   (`--protected-mode no` on the private network, as the official image sets). The production files
   stay as they are; the differences live in the generated override file.
3. When this machine reaches PyPI through a TLS-intercepting proxy (its CA bundle named by
   PIP_CERT / SSL_CERT_FILE), the bundle is handed to the build as `build-ca.crt` for pip only.
4. `docker-compose build`, `up -d`, and the walk:
   - GET /health/ answers 200;
   - the first admin, created by the documented command (`manage.py create_admin`, no demo data),
     sets a password through the one-time link, logs in, enrols TOTP and reaches the staff pages;
   - a booking is made over HTTP (no JavaScript) and confirmed by the link in the mail the worker
     wrote (EMAIL_URL=filemail://);
   - beat and worker run a scheduled task (its result lands in the database);
   - a report is requested, built by the long-job worker and downloaded through web;
   - `docker-compose restart` keeps every record and the report file.
5. `down -v` (unless --keep).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

BASE = Path(__file__).resolve().parent.parent
WORK = BASE / "var" / "compose-check"
PROJECT = "welcomecheck"
BASE_IMAGE = "portal-check/debian:trixie"
DEBIAN_PACKAGES = "python3,python3-venv,ca-certificates"
EXTRA_PACKAGES = "postgresql redis-server gettext postgresql-client"
STARTED = time.monotonic()

if TYPE_CHECKING:
    import requests


def log(message: str) -> None:
    print(f"[compose-check {time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


def run(*args: str, check: bool = True, capture: bool = False, env: dict[str, str] | None = None,
        input_text: str | None = None, timeout: int = 1800) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(list(args), cwd=BASE, check=False, text=True, env=env, input=input_text,
                            capture_output=capture, timeout=timeout)
    if check and result.returncode != 0:
        if capture:
            sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"compose-check: FAILED: {' '.join(args[:4])} ... exited {result.returncode}")
    return result


def skip(reason: str) -> None:
    print(f"\n{'!' * 78}\nCOMPOSE CHECK SKIPPED: {reason}\n{'!' * 78}\n", flush=True)
    raise SystemExit(77)


# --- 1. Docker ---------------------------------------------------------------------------------

def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def docker_ready() -> bool:
    return subprocess.run(["docker", "info"], capture_output=True, check=False).returncode == 0


def ensure_docker() -> None:
    missing = [tool for tool in ("docker", "dockerd", "docker-compose", "debootstrap") if not shutil.which(tool)]
    if missing:
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            skip(f"{', '.join(missing)} missing and not installable here (needs root and apt-get)")
        log(f"installing Debian's docker.io docker-compose debootstrap (missing: {', '.join(missing)})")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if subprocess.run(["apt-get", "install", "-y", "-q", "docker.io", "docker-compose", "debootstrap"],
                          env=env, check=False, capture_output=True).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], env=env, check=False, capture_output=True)
            if subprocess.run(["apt-get", "install", "-y", "-q", "docker.io", "docker-compose", "debootstrap"],
                              env=env, check=False, capture_output=True).returncode != 0:
                skip("apt-get could not install docker.io docker-compose debootstrap")
    if not docker_ready():
        log("starting dockerd (no systemd here)")
        WORK.mkdir(parents=True, exist_ok=True)
        with open(WORK / "dockerd.log", "ab") as out:
            subprocess.Popen(["dockerd"], stdout=out, stderr=out, start_new_session=True)
        for _ in range(60):
            if docker_ready():
                break
            time.sleep(1)
        else:
            skip(f"dockerd did not start (see {WORK / 'dockerd.log'})")


# --- 2. Base image from Debian packages --------------------------------------------------------

def ensure_base_image() -> None:
    if run("docker", "image", "inspect", BASE_IMAGE, check=False, capture=True).returncode == 0:
        log(f"base image {BASE_IMAGE} present")
        return
    rootfs = WORK / "rootfs"
    shutil.rmtree(rootfs, ignore_errors=True)
    rootfs.parent.mkdir(parents=True, exist_ok=True)
    log("debootstrap --variant=minbase trixie (Python 3.13, PostgreSQL, Redis from Debian)")
    run("debootstrap", "--variant=minbase", f"--include={DEBIAN_PACKAGES}", "trixie", str(rootfs),
        "http://deb.debian.org/debian", capture=True)
    run("chroot", str(rootfs), "/bin/sh", "-c",
        f"apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "
        f"{EXTRA_PACKAGES} && apt-get clean && rm -rf /var/lib/apt/lists/*", capture=True)
    log(f"docker import {BASE_IMAGE}")
    tar = subprocess.Popen(["tar", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE)
    subprocess.run(["docker", "import", "--change", "CMD [\"/bin/bash\"]", "-", BASE_IMAGE], stdin=tar.stdout,
                   check=True, capture_output=True)
    tar.wait()
    shutil.rmtree(rootfs, ignore_errors=True)


# --- 3/4. Build and run -------------------------------------------------------------------------

def host_ca() -> Path | None:
    for name in ("PIP_CERT", "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
        value = os.environ.get(name)
        if value and Path(value).is_file():
            return Path(value)
    return None


def write_files(port: int) -> tuple[dict[str, str], list[str]]:
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "check.env").write_text("\n".join([
        "# Written by scripts/compose_check.py: plain http on loopback, mails into files.",
        f"DJANGO_SECRET_KEY={secrets.token_urlsafe(50)}",
        "DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1",
        f"DJANGO_CSRF_TRUSTED_ORIGINS=http://127.0.0.1:{port}",
        "DJANGO_SECURE_SSL_REDIRECT=0",
        "DJANGO_SECURE_COOKIES=0",
        "DJANGO_HSTS_SECONDS=0",
        "EMAIL_URL=filemail:///app/var/mail",
        "DEFAULT_FROM_EMAIL=Welcome Center <welcome@check.example>",
        f"PORTAL_BASE_URL=http://127.0.0.1:{port}",
        "PORTAL_BOOKING_LEAD_MINUTES=0",
        "",
    ]))
    (WORK / "override.yml").write_text(f"""# Written by scripts/compose_check.py: Debian-built images instead of the registry's.
services:
  postgres:
    image: {BASE_IMAGE}
    entrypoint: ["/bin/sh", "/check/postgres.sh"]
    volumes:
      - {BASE / 'scripts' / 'compose_check'}:/check:ro
  redis:
    image: {BASE_IMAGE}
    command: ["redis-server", "--protected-mode", "no", "--appendonly", "yes", "--dir", "/data"]
""")
    env = {**os.environ, "POSTGRES_PASSWORD": secrets.token_urlsafe(16), "PORTAL_DB_APP_PASSWORD": secrets.token_hex(16),
           "PORTAL_BASE_IMAGE": BASE_IMAGE,
           "PORTAL_ENV_FILE": str(WORK / "check.env"), "PORTAL_HTTP_PORT": str(port),
           "COMPOSE_PROJECT_NAME": PROJECT}
    files = ["-f", "docker-compose.yml", "-f", str(WORK / "override.yml")]
    return env, files


class Stack:
    def __init__(self, env: dict[str, str], files: list[str], port: int) -> None:
        self.env, self.files, self.base = env, files, f"http://127.0.0.1:{port}"

    def compose(self, *args: str, check: bool = True, capture: bool = False,
                timeout: int = 1800) -> subprocess.CompletedProcess[str]:
        return run("docker-compose", "-p", PROJECT, *self.files, *args, check=check, capture=capture,
                   env=self.env, timeout=timeout)

    def manage(self, *args: str, service: str = "web") -> str:
        return self.compose("exec", "-T", service, "python", "manage.py", *args, capture=True).stdout

    def shell(self, code: str, service: str = "web") -> str:
        return self.compose("exec", "-T", service, "python", "manage.py", "shell", "-v", "0", "-c", code,
                            capture=True).stdout

    def wait_healthy(self, timeout: int = 240) -> None:
        import requests

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if requests.get(self.base + "/health/", timeout=5).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(2)
        self.compose("ps", check=False)
        self.compose("logs", "--tail", "60", check=False)
        raise SystemExit("compose-check: FAILED: /health/ did not answer 200")


class CheckFailed(Exception):
    pass


def expect(condition: object, message: object = "") -> None:
    if not condition:
        import traceback

        where = traceback.extract_stack()[-2]
        raise CheckFailed(f"line {where.lineno}: {where.line} {message}")


def totp(secret: str, at: float | None = None) -> str:
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = struct.pack(">Q", int((at or time.time()) // 30))
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def decoded(mailbox: str) -> str:
    """The bodies of the messages the file backend wrote (base64 for non-Latin text), decoded."""
    import email

    bodies = []
    for chunk in re.split(r"\n-{70,}\n", mailbox):
        if chunk.strip():
            message = email.message_from_string(chunk.strip() + "\n")
            payload = message.get_payload(decode=True)
            bodies.append(payload.decode("utf-8", "replace") if isinstance(payload, bytes) else chunk)
    return "\n".join(bodies)


def csrf(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if found is None:
        raise CheckFailed("no CSRF token on the page")
    return found.group(1)


def post(session: requests.Session, url: str, data: dict[str, str], **kwargs: Any) -> requests.Response:
    page = session.get(url)
    return session.post(url, data={"csrfmiddlewaretoken": csrf(page.text), **data}, headers={"Referer": url},
                        **kwargs)


def walk(stack: Stack) -> list[str]:
    import requests

    walked: list[str] = []
    base = stack.base
    expect(requests.get(base + "/health/", timeout=10).status_code == 200)
    walked.append("GET /health/ -> 200")

    # The first admin, by the documented command: no demo data anywhere.
    output = stack.manage("create_admin", "--email", "it@check.example", "--organisation",
                          "Landeshauptstadt Stuttgart", "--print-link")
    link = re.search(r"https?://\S+", output)
    if link is None:
        raise CheckFailed(output)
    admin = requests.Session()
    page = admin.get(link.group(0))
    expect(page.status_code == 200, page.status_code)
    password = secrets.token_urlsafe(18)
    response = admin.post(page.url, data={"csrfmiddlewaretoken": csrf(page.text), "password1": password,
                                          "password2": password}, headers={"Referer": page.url})
    expect(response.status_code == 200, response.status_code)
    response = post(admin, f"{base}/de/accounts/login/", {"login": "it@check.example", "password": password})
    expect("/2fa/" in response.url or "totp" in response.url, response.url)  # admins must enrol TOTP
    page = admin.get(f"{base}/de/accounts/2fa/totp/activate/")
    if "reauthenticate" in page.url:  # setting up TOTP asks for the password once more
        admin.post(page.url, data={"csrfmiddlewaretoken": csrf(page.text), "password": password},
                   headers={"Referer": page.url})
        page = admin.get(f"{base}/de/accounts/2fa/totp/activate/")
    found = re.search(r"\b([A-Z2-7]{32})\b", page.text)
    if found is None:
        raise CheckFailed(f"no TOTP secret on the activation page ({page.url})")
    secret = found.group(1)
    admin.post(page.url, data={"csrfmiddlewaretoken": csrf(page.text), "code": totp(secret)},
               headers={"Referer": page.url})
    expect(admin.get(f"{base}/de/staff/").status_code == 200)
    expect(admin.get(f"{base}/de/staff/organisations/").status_code == 200)
    walked.append("first admin: create_admin -> set password by the link -> login -> TOTP enrolled -> /de/staff/ 200")
    expect(stack.shell("from core.models import Organisation; print(Organisation.objects.count())").strip() == "1")
    # Web connects as portal_app, which cannot empty the audit log (create_admin just wrote to it).
    tamper = stack.shell(
        "from django.db import connection\n"
        "c = connection.cursor(); c.execute('SELECT current_user, count(*) FROM core_auditlog GROUP BY 1')\n"
        "print(*c.fetchone())\n"
        "for sql in ('TRUNCATE core_auditlog', 'DELETE FROM core_auditlog',\n"
        "            'ALTER TABLE core_auditlog DISABLE TRIGGER USER'):\n"
        "    try:\n"
        "        c.execute(sql); print('ALLOWED', sql)\n"
        "    except Exception as e:\n"
        "        print('refused', type(e).__name__)\n").split("\n")
    expect(tamper[0].split()[0] == "portal_app" and int(tamper[0].split()[1]) > 0, tamper)
    expect(not any("ALLOWED" in line for line in tamper), tamper)
    walked.append(f"web connects as {tamper[0].split()[0]}: TRUNCATE, DELETE and DISABLE TRIGGER on the audit log refused")

    # A counsellor's offer (the check's own fixture) and a booking over HTTP without JavaScript.
    slot = stack.shell(
        "from datetime import time; from django.utils import timezone\n"
        "from core.models import Organisation, Membership, User\n"
        "from welcome.models import CounsellorOffer, Topic, WeeklyHours\n"
        "from welcome.booking.slots import free_slots\n"
        "org = Organisation.objects.get()\n"
        "user = User.objects.create_user(email='berater@check.example')\n"
        "Membership.objects.create(user=user, organisation=org, role='counsellor')\n"
        "offer = CounsellorOffer.objects.create(counsellor=user, organisation=org, languages=['de', 'ar'],"
        " channels=['phone'])\n"
        "offer.topics.add(Topic.objects.get(slug='work'))\n"
        "[WeeklyHours.objects.create(offer=offer, weekday=d, starts=time(0), ends=time(23, 59)) for d in range(7)]\n"
        "s = free_slots(topic=Topic.objects.get(slug='work'), language='ar', channel='phone',"
        " start=timezone.localdate() + timezone.timedelta(days=1), days=7)[0]\n"
        "print(Topic.objects.get(slug='work').pk, user.pk, s.starts_at.isoformat())\n").split()
    topic_id, counsellor_id, starts_at = slot[-3:]
    newcomer = requests.Session()
    query = urlencode({"topic": topic_id, "language": "ar", "channel": "phone", "c": counsellor_id, "t": starts_at})
    response = post(newcomer, f"{base}/ar/book/details/?{query}",
                    {"name": "Amal", "email": "amal@check.example", "phone": "+49 711 1", "consent": "on"},
                    allow_redirects=False)
    expect(response.status_code == 302, response.status_code)
    confirm = None
    for _ in range(60):
        mails = stack.compose("exec", "-T", "worker", "sh", "-c", "cat /app/var/mail/* 2>/dev/null", check=False,
                              capture=True).stdout
        found = re.search(r"https?://\S+/appointment/[\w-]+/", decoded(mails))
        if found:
            confirm = found.group(0)
            break
        time.sleep(1)
    if confirm is None:
        raise CheckFailed("no confirmation mail from the worker")
    page = newcomer.get(confirm)
    newcomer.post(page.url, data={"csrfmiddlewaretoken": csrf(page.text), "action": "confirm"},
                  headers={"Referer": page.url})
    status = stack.shell("from welcome.models import Appointment; print(Appointment.objects.get().status)").strip()
    expect(status == "confirmed", status)
    walked.append("booking: POST /ar/book/details/ -> mail written by the worker -> link -> confirmed")

    # Beat and worker: a scheduled task ran and its result is in the database.
    for _ in range(120):
        done = stack.shell("from django_celery_results.models import TaskResult;"
                           "print(TaskResult.objects.filter(task_name='welcome.tasks.holds_expire',"
                           " status='SUCCESS').count())").strip()
        if done and done != "0":
            break
        time.sleep(2)
    else:
        raise SystemExit("compose-check: FAILED: beat's holds_expire never ran on the worker")
    walked.append("beat -> worker: welcome.tasks.holds_expire ran (TaskResult SUCCESS)")

    # A report: requested on web, built by the long-job worker, downloaded through web.
    year = time.localtime().tm_year
    response = post(admin, f"{base}/de/staff/reports/",
                    {"kind": "welcome_evaluation", "start": f"{year}-01-01", "end": f"{year}-12-31"})
    expect(response.status_code == 200, response.status_code)
    job: list[str] = []
    for _ in range(120):
        job = stack.shell("from reporting.models import ReportJob; j = ReportJob.objects.last();"
                          "print(j.pk, j.status)").split()
        if job and job[-1] == "done":
            break
        time.sleep(2)
    expect(job and job[-1] == "done", job)
    download = admin.get(f"{base}/de/staff/reports/{job[-2]}/download/")
    expect(download.status_code == 200 and download.content[:2] == b"PK", download.status_code)
    walked.append(f"report: requested -> built by worker-long -> downloaded through web ({len(download.content)} bytes)")

    # Restart: every record and the stored report survive.
    counts = stack.shell(COUNT_ROWS)
    stack.compose("restart", timeout=600)
    stack.wait_healthy()
    expect(stack.shell(COUNT_ROWS) == counts, "rows changed across the restart")
    admin = requests.Session()  # sessions may not survive; the records must
    response = post(admin, f"{base}/de/accounts/login/", {"login": "it@check.example", "password": password})
    page = admin.get(response.url)
    if "code" in page.text:
        admin.post(page.url, data={"csrfmiddlewaretoken": csrf(page.text), "code": totp(secret)},
                   headers={"Referer": page.url})
    again = admin.get(f"{base}/de/staff/reports/{job[-2]}/download/")
    expect(again.status_code == 200 and again.content == download.content, again.status_code)
    walked.append("docker-compose restart: every table's row count equal, the report downloads again")
    return walked


COUNT_ROWS = ("from django.apps import apps\n"
              "print(sorted((m._meta.db_table, m._base_manager.count()) for m in apps.get_models()"
              " if m._meta.managed and not m._meta.proxy and m._meta.db_table not in"
              " ('django_session', 'django_celery_results_taskresult', 'core_auditlog')))")


def main(argv: list[str]) -> int:
    keep = "--keep" in argv
    port = int(argv[argv.index("--port") + 1]) if "--port" in argv else free_port()
    ensure_docker()
    ensure_base_image()
    env, files = write_files(port)
    ca = host_ca()
    ca_copy = BASE / "build-ca.crt"
    if ca:
        log(f"handing this machine's CA bundle ({ca}) to pip in the build")
        shutil.copyfile(ca, ca_copy)
    stack = Stack(env, files, port)
    stack.compose("down", "-v", "--remove-orphans", check=False, capture=True)
    try:
        log("docker-compose build")
        if stack.compose("build", check=False).returncode != 0:
            print("compose-check: FAILED: the image does not build", flush=True)
            return 1
        log("docker-compose up -d")
        stack.compose("up", "-d")
        stack.wait_healthy()
        log("the stack is up; walking it")
        for step in walk(stack):
            log(f"ok  {step}")
        log("compose check passed")
        return 0
    except (CheckFailed, SystemExit) as exc:
        print(f"compose-check: FAILED: {exc}", flush=True)
        stack.compose("ps", check=False)
        stack.compose("logs", "--tail", "80", check=False)
        return 1
    finally:
        ca_copy.unlink(missing_ok=True)
        if not keep:
            stack.compose("down", "-v", "--remove-orphans", check=False, capture=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
