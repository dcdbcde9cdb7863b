"""What every bench shares: a run of its own that leaves nothing behind, servers waited for
properly, repeated measurements reported as median (min, max), and the machine's load beside them.

Call :func:`bootstrap` before anything imports Django models. In the process ``./portal bench``
starts it:
  - creates an empty database of its own on the server DATABASE_URL names (``<name>_<run id>``)
    and migrates it; DATABASE_URL's own database is only the address;
  - runs the bench and every process it starts with ``bench_settings`` (bench/): mail to the
    locmem backend (no mail can leave), Celery queues and a cache key prefix named after the run,
    files, the broker folder (without Redis) and temporary files in a folder of the run;
  - at the end, also on an error, Ctrl-C or SIGTERM: stops the servers it started, drops the
    database, deletes the run's queues, cache keys and broker bindings from Redis, removes the
    folder, and says what it removed and what (if anything) is left.
Child processes (gunicorn, a Celery worker, a fresh process measuring its peak memory) inherit the
run through the environment; :func:`bootstrap` in them only sets Django up.
"""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

BASE = Path(__file__).resolve().parent.parent
BENCH = BASE / "bench"
RUN_ENV = "PORTAL_BENCH_RUN"


@dataclass
class _Run:
    id: str
    database: str
    admin_conninfo: str
    folder: Path
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    cleaned: bool = False


_run: _Run | None = None
_set_up = False


class BenchError(RuntimeError):
    pass


# --- the run ---------------------------------------------------------------------------------------

def bootstrap() -> None:
    """Set up (once per process) the run's database, settings and folder, then Django."""
    global _run, _set_up
    if _set_up:
        return
    for path in (str(BENCH), str(BASE)):
        if path not in sys.path:
            sys.path.insert(0, path)
    if os.environ.get(RUN_ENV):  # a child of a run: everything is in the environment already
        _django_setup()
        _set_up = True
        return
    source = os.environ.get("DATABASE_URL")
    if not source:
        raise SystemExit("bench: DATABASE_URL is not set; run the benches through ./portal bench <name>")
    run_id = f"{os.getpid()}{secrets.token_hex(2)}"
    parts = urlsplit(source)
    source_name = parts.path.lstrip("/") or "welcome_bench"
    database = f"{source_name[:50]}_{run_id}"
    folder = Path(tempfile.mkdtemp(prefix=f"portal-bench-{run_id}-"))
    from psycopg.conninfo import make_conninfo

    _run = _Run(id=run_id, database=database, admin_conninfo=make_conninfo(source, dbname="postgres"),
                folder=folder)
    atexit.register(cleanup)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _exit_on_signal)
    _admin_sql(f'CREATE DATABASE "{database}"')
    (folder / "tmp").mkdir()
    os.environ.pop("PORTAL_DB_NAME", None)  # it would override the database name below
    os.environ.update({
        RUN_ENV: run_id,
        "DATABASE_URL": parts._replace(path=f"/{database}").geturl(),
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": os.pathsep.join([str(BENCH), str(BASE), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "PORTAL_CELERY_QUEUE": f"bench-{run_id}",
        "PORTAL_CELERY_LONG_QUEUE": f"bench-{run_id}-long",
        "PORTAL_CELERY_EAGER": "0",
        "PORTAL_BROKER_DIR": str(folder / "broker"),
        "PORTAL_MEDIA_ROOT": str(folder / "media"),
        "TMPDIR": str(folder / "tmp"),
    })
    tempfile.tempdir = str(folder / "tmp")
    _django_setup()
    _set_up = True
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", "--no-input", verbosity=0)
    redis = os.environ.get("REDIS_URL")
    print(f"bench run {run_id}: database {database} (migrated in {time.perf_counter() - started:.0f} s), "
          f"Celery queues bench-{run_id}[-long] on {'Redis ' + _redis_where(redis) if redis else 'a folder'}, "
          f"mail to locmem; all removed at the end", flush=True)


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench_settings")
    import django

    django.setup()


def _exit_on_signal(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


def _redis_where(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or 6379} db {(parts.path.lstrip('/') or '0')}"


def _admin_sql(sql: str) -> None:
    import psycopg

    assert _run is not None
    with psycopg.connect(_run.admin_conninfo, autocommit=True) as conn:
        conn.execute(sql.encode())


def cleanup() -> None:
    """Stop what the run started and remove what it made; idempotent, each step on its own."""
    run = _run
    if run is None or run.cleaned:
        return
    run.cleaned = True
    removed: list[str] = []
    left: list[str] = []
    for proc in run.processes:
        _stop(proc)
    try:
        from django.db import connections

        connections.close_all()
    except Exception as exc:  # noqa: BLE001 - clean up the rest whatever happened here
        left.append(f"Django connections ({exc})")
    try:
        _admin_sql(f'DROP DATABASE IF EXISTS "{run.database}" WITH (FORCE)')
        removed.append(f"database {run.database}")
    except Exception as exc:  # noqa: BLE001
        left.append(f"database {run.database} ({type(exc).__name__}: {exc})")
    redis_url = os.environ.get("REDIS_URL")
    if redis_url:
        try:
            count, remaining = _redis_purge(redis_url, f"bench-{run.id}")
            removed.append(f"{count} Redis keys and bindings of the run ({_redis_where(redis_url)})")
            if remaining:
                left.append(f"Redis: {remaining} keys still name the run")
        except Exception as exc:  # noqa: BLE001
            left.append(f"Redis keys of bench-{run.id} ({type(exc).__name__}: {exc})")
    shutil.rmtree(run.folder, ignore_errors=True)
    (left if run.folder.exists() else removed).append(f"folder {run.folder}")
    print(f"cleanup: removed {', '.join(removed) or 'nothing'}; left behind: {', '.join(left) or 'nothing'}",
          flush=True)


def _redis_purge(url: str, tag: str) -> tuple[int, int]:
    """The run's queues, the cache keys under its prefix, its entries in kombu's binding sets and
    any message of its queues a worker took and had not acknowledged yet."""
    import json

    import redis

    client: Any = redis.Redis.from_url(url)
    count = 0
    for key in list(client.scan_iter(match=f"*{tag}*", count=1000)):
        count += client.delete(key)
    for key in list(client.scan_iter(match="_kombu.binding.*", count=1000)):
        stale = [m for m in client.smembers(key) if tag.encode() in m]
        if stale:
            count += client.srem(key, *stale)
    for delivery_tag, raw in client.hgetall("unacked").items():
        try:
            _message, _exchange, routing_key = json.loads(raw)
        except (ValueError, TypeError):
            continue
        if tag in str(routing_key):
            client.hdel("unacked", delivery_tag)
            client.zrem("unacked_index", delivery_tag)
            count += 1
    remaining = sum(1 for _ in client.scan_iter(match=f"*{tag}*", count=1000))
    return count, remaining


def queued_tasks() -> int:
    """Messages waiting in the run's Celery queues (nobody consumes them unless the bench starts a worker)."""
    queues = [os.environ["PORTAL_CELERY_QUEUE"], os.environ["PORTAL_CELERY_LONG_QUEUE"]]
    redis_url = os.environ.get("REDIS_URL")
    if redis_url:
        import redis

        client: Any = redis.Redis.from_url(redis_url)
        return sum(int(client.llen(q)) for q in queues)
    folder = Path(os.environ["PORTAL_BROKER_DIR"]) / "queue"
    return sum(1 for _ in folder.glob("*")) if folder.exists() else 0


# --- processes ---------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args: Sequence[str], name: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], Path]:
    """A process of the run, its output in the run's folder; stopped at the end whatever happens."""
    assert _run is not None, "start() belongs to the process that owns the run"
    log = _run.folder / f"{name}-{len(_run.processes)}.log"
    with open(log, "wb") as out:  # the child keeps its own handle
        proc = subprocess.Popen(list(args), cwd=BASE, env={**os.environ, **(env or {})}, stdout=out,
                                stderr=subprocess.STDOUT)
    _run.processes.append(proc)
    return proc, log


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)


def stop(*procs: subprocess.Popen[bytes]) -> None:
    for proc in procs:
        _stop(proc)


def tail(log: Path, lines: int = 40) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    log: Path
    base: str
    workers: int

    def stop(self) -> None:
        _stop(self.proc)


def gunicorn(*, workers: int = 2, threads: int = 1, env: dict[str, str] | None = None,
             ready_path: str = "/health/", timeout_s: float = 90) -> Server:
    """gunicorn as production runs it (sync workers unless threads > 1), on loopback, waited for."""
    port = free_port()
    args = [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers), "--pythonpath", str(BENCH), "--log-level", "warning"]
    if threads > 1:
        args += ["--worker-class", "gthread", "--threads", str(threads)]
    proc, log = start(args, "gunicorn", env)
    server = Server(proc, log, f"http://127.0.0.1:{port}", workers)
    wait_ready(server, ready_path, timeout_s=timeout_s)
    return server


def wait_ready(server: Server, path: str, *, timeout_s: float = 90) -> None:
    """Until the server answers 200 (any connection error or other status: try again), then until
    every worker has answered once; fail with the log's tail if the server dies or the time is up."""
    import requests

    deadline = time.monotonic() + timeout_s
    last = "no answer yet"
    while True:
        if server.proc.poll() is not None:
            raise BenchError(f"the server exited with {server.proc.returncode}:\n{tail(server.log)}")
        if time.monotonic() > deadline:
            raise BenchError(f"the server was not ready after {timeout_s:.0f} s ({last}):\n{tail(server.log)}")
        try:
            response = requests.get(server.base + path, timeout=10)
            if response.status_code == 200:
                break
            last = f"HTTP {response.status_code}"
        except requests.RequestException as exc:
            last = type(exc).__name__
        time.sleep(0.25)
    # One answer proves one worker; concurrent requests reach the others (each boots on its own).
    statuses = hammer(lambda session, i: session.get(server.base + path, timeout=60).status_code,
                      n=server.workers * 10, concurrency=server.workers * 2).statuses
    if set(statuses) != {200}:
        raise BenchError(f"the server's warm-up got {dict(statuses)}:\n{tail(server.log)}")


def celery_worker(queues: Iterable[str], name: str = "worker") -> tuple[subprocess.Popen[bytes], Path]:
    """A solo worker named after the run, so that nothing of it mixes with real workers on the broker."""
    assert _run is not None
    return start([sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo", "-Q", ",".join(queues),
                  "-n", f"bench-{_run.id}@%h", "--loglevel", "INFO", "--without-heartbeat", "--without-gossip",
                  "--without-mingle"], name)


# --- load and figures --------------------------------------------------------------------------------

@dataclass
class Load:
    rps: float
    p95_ms: float
    median_ms: float
    statuses: Counter[int]


def hammer(request: Callable[[Any, int], int], *, n: int, concurrency: int,
           session_setup: Callable[[Any], None] | None = None) -> Load:
    """n requests from `concurrency` threads, each with its own keep-alive session; the clock runs
    from the first request to the last answer (session set-up, e.g. fetching a CSRF token, is before)."""
    import requests

    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    errors: list[BaseException] = []
    lock = threading.Lock()
    counter = iter(range(n))
    sessions = []
    for _ in range(concurrency):
        session = requests.Session()
        if session_setup:
            session_setup(session)
        sessions.append(session)
    go = threading.Barrier(concurrency + 1)

    def worker(session: Any) -> None:
        go.wait()
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            begun = time.perf_counter()
            try:
                status = request(session, i)
            except Exception as exc:  # noqa: BLE001 - reported below, not lost in a thread
                with lock:
                    errors.append(exc)
                return
            elapsed = time.perf_counter() - begun
            with lock:
                latencies.append(elapsed)
                statuses[status] += 1

    threads = [threading.Thread(target=worker, args=(s,)) for s in sessions]
    for t in threads:
        t.start()
    go.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    for session in sessions:
        session.close()
    if errors:
        raise BenchError(f"{len(errors)} requests failed, the first: {errors[0]!r}")
    p95 = statistics.quantiles(latencies, n=20)[18] if len(latencies) >= 2 else latencies[0]
    return Load(len(latencies) / wall, p95 * 1000, statistics.median(latencies) * 1000, statuses)


def spread(values: Sequence[float], fmt: str = "{:.1f}") -> str:
    """median (min .. max, n) of repeated measurements."""
    return (f"{fmt.format(statistics.median(values))} (min {fmt.format(min(values))}, "
            f"max {fmt.format(max(values))}, n={len(values)})")


def machine() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min) on {os.cpu_count()} CPUs"


def peak_mb(pid: int | str = "self") -> float:
    """A process's peak resident memory (VmHWM), in MB. Not getrusage's ru_maxrss: Linux carries the
    parent's high-water mark over fork and exec into it, so a child started from a big bench process
    would report the parent's size."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


def timed_ms(fn: Callable[[], object]) -> float:
    begun = time.perf_counter()
    fn()
    return (time.perf_counter() - begun) * 1000
