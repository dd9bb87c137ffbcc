"""Inline SVG bar charts: the report page must open offline, so no charting library or CDN."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

MAX_LABELS = 16  # beyond this, only the first, last and tallest bars are labelled
MAX_FILLED_DAYS = 400  # a longer span keeps only the days that have events, or bars get thinner than a pixel
MAX_SLOT = 60  # px per bar at most, so three months do not fill the page with three slabs
CHAR_W = 6.5  # px per character of an 11px axis label: wider labels than their bar are slanted


def bar_chart(items: list[tuple[str, int]], *, title: str, width: int = 760, height: int = 200) -> str:
    """A bar per (label, count); every bar carries a tooltip with its exact value."""
    if not items:
        return f'<p class="empty">{escape(title)}: nothing to show.</p>'
    labelled = _labelled(items)
    left, plot_w = 40, width - 50
    slot = min(plot_w / len(items), MAX_SLOT)
    longest = max(len(items[i][0]) for i in labelled) * CHAR_W
    slanted = longest > slot * 0.95
    top, bottom = 20, int(longest * 0.6) + 24 if slanted else 36
    height += bottom - 36
    plot_h = height - top - bottom
    peak = max(count for _, count in items) or 1
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end" class="axis">{peak}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" class="axis">0</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="base"/>',
    ]
    for i, (label, count) in enumerate(items):
        bar_h = plot_h * count / peak
        x = left + i * slot + slot * 0.1
        parts.append(
            f'<rect x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" width="{max(slot * 0.8, 1):.1f}" '
            f'height="{bar_h:.1f}"><title>{escape(label)}: {count}</title></rect>'
        )
        if i in labelled:
            lx, ly = x + slot * 0.4, top + plot_h + 14
            turn = f' transform="rotate(-35 {lx:.1f} {ly})"' if slanted else ""
            parts.append(
                f'<text x="{lx:.1f}" y="{ly}" text-anchor="{"end" if slanted else "middle"}"{turn} '
                f'class="axis">{escape(label)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _labelled(items: list[tuple[str, int]]) -> set[int]:
    if len(items) <= MAX_LABELS:
        return set(range(len(items)))
    tallest = max(range(len(items)), key=lambda i: items[i][1])
    return {0, len(items) - 1, tallest}


def fill_days(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """ISO days with no events become zero bars, so gaps in time show as gaps."""
    if not items:
        return items
    counts = dict(items)
    first, last = date.fromisoformat(min(counts)), date.fromisoformat(max(counts))
    span = (last - first).days + 1
    if span > MAX_FILLED_DAYS:
        return sorted(items)
    days = [(first + timedelta(days=i)).isoformat() for i in range(span)]
    return [(day, counts.get(day, 0)) for day in days]
