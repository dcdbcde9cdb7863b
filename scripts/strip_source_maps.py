"""Remove the source-map comments of vendored files (step 3 of static/vendor/README.md).

The npm packages' dist files end with ``/*# sourceMappingURL=bootstrap.min.css.map */`` (or the
``//#`` form in JavaScript). The .map files are not vendored, and Django's manifest storage
(collectstatic in production) follows every reference and fails on the missing ones.

    python scripts/strip_source_maps.py static/vendor
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PATTERN = re.compile(rb"\n?(/\*# sourceMappingURL=[^*]*\*/|//# sourceMappingURL=\S*)\s*$")


def strip(root: Path) -> list[Path]:
    changed = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in {".css", ".js"}:
            continue
        content = path.read_bytes()
        cleaned = PATTERN.sub(b"\n", content)
        if cleaned != content:
            path.write_bytes(cleaned)
            changed.append(path)
    return changed


if __name__ == "__main__":
    for changed in strip(Path(sys.argv[1] if len(sys.argv) > 1 else "static/vendor")):
        print(f"stripped {changed}")
