"""Bylines printed over two lines ("Friday, 20 Dec 2024" above "6:05 PM MYT"), joined into one candidate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kabar.dates.parse import is_time_line, parse_datetime
from kabar.dates.stamps import role_before
from kabar.model import DateCandidate

MAX_LINE_GAP = 2  # the time may sit one line away, or two with a blank line or a short label between
VISIBLE_SOURCES = ("byline", "header", "body")


def join_split_bylines(candidates: Sequence[DateCandidate], lang: str) -> list[DateCandidate]:
    """The candidates with each date-only line joined to the nearest time-only line of its block (the
    following line first); a time line that joins nothing stays as it was and yields no stamp."""
    times = [c for c in candidates if c.source in VISIBLE_SOURCES and is_time_line(c.text)]
    if not times:
        return list(candidates)
    used: set[int] = set()
    out: list[DateCandidate] = []
    for c in candidates:
        partner = _partner(c, times, used, lang) if c.source in VISIBLE_SOURCES else None
        if partner is None:
            out.append(c)
            continue
        used.add(partner.line_no)
        text = f"{c.text} {partner.text}" if partner.line_no > c.line_no else f"{partner.text} {c.text}"
        role = c.role if c.role != "unknown" else partner.role
        out.append(replace(c, text=text, role=role))
    return [c for c in out if not (c in times and c.line_no in used)]


def _partner(
    c: DateCandidate, times: Sequence[DateCandidate], used: set[int], lang: str
) -> DateCandidate | None:
    """The time line that completes a line printing exactly one date and no time."""
    if c.line_no < 0 or c in times:
        return None
    parsed = parse_datetime(c.text, lang)
    if parsed is None or parsed.time is not None or parse_datetime(c.text[parsed.end :], lang) is not None:
        return None
    near = [
        t
        for t in times
        if 0 < abs(t.line_no - c.line_no) <= MAX_LINE_GAP and t.line_no not in used and _same_role(c, t)
    ]
    return min(near, key=lambda t: (abs(t.line_no - c.line_no), t.line_no < c.line_no), default=None)


def _same_role(date_line: DateCandidate, time_line: DateCandidate) -> bool:
    """An "Updated 16:02" line belongs to an update, never to the publication date above it."""
    date_role, _ = role_before(date_line.text, date_line.role)
    time_role, marked = role_before(time_line.text, time_line.role)
    return not marked or (time_role == "updated") == (date_role == "updated")
