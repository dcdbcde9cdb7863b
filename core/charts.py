"""Geometry for server-rendered SVG charts: no JavaScript, no chart library, a table beside each."""

from __future__ import annotations

from typing import Any

from django.utils.formats import number_format


def line_chart(points: list[tuple[Any, int]], *, width: int = 720, height: int = 260, pad: int = 48,
               max_ticks: int = 8) -> dict[str, Any]:
    """A line over the points (label, value); about ``max_ticks`` labels on the axis."""
    if not points:
        return {"points": "", "width": width, "height": height, "ticks": [], "pad": pad}
    top = max(v for _label, v in points) or 1
    step = (width - 2 * pad) / max(len(points) - 1, 1)
    coords = [(pad + i * step, height - pad - v / top * (height - 2 * pad)) for i, (_label, v) in enumerate(points)]
    every = 1 if len(points) <= max_ticks else max(len(points) // max_ticks, 1)
    ticks = [{"x": round(x, 1), "label": label} for i, ((label, _v), (x, _y)) in enumerate(zip(points, coords, strict=True))
             if i % every == 0]
    return {"points": " ".join(f"{x:.1f},{y:.1f}" for x, y in coords), "width": width, "height": height,
            "ticks": ticks, "pad": pad, "top": number_format(top, force_grouping=True), "top_y": pad,
            "base_y": height - pad, "right": width - pad}


def bar_chart(items: list[tuple[str, int]], *, width: int = 480, bar: int = 22, gap: int = 8,
              label_width: int = 180) -> dict[str, Any]:
    """Horizontal bars (long, translated labels stay readable on a phone)."""
    top = max((v for _label, v in items), default=0) or 1
    span = width - label_width - 70
    bars = [{"label": label, "value": number_format(v, force_grouping=True), "y": i * (bar + gap),
             "text_y": i * (bar + gap) + bar * 0.7, "w": round(max(v / top * span, 1 if v else 0), 1)}
            for i, (label, v) in enumerate(items)]
    return {"bars": bars, "width": width, "height": max(len(items) * (bar + gap), bar), "bar": bar,
            "x0": label_width, "value_x_pad": 6}
