"""After the demo data: compute the statistics, so the dashboard and the reports have figures at once."""

from __future__ import annotations

import random
from typing import TextIO

from .statistics import refresh


def seed(*, scale: str, rng: random.Random, password: str, stdout: TextIO) -> None:
    done = refresh(full=True)
    stdout.write(f"  statistics: {sum(done.values())} months computed\n")
