"""Undated acts told in a paragraph that dates its story: `The fire broke out on Friday night. Police later
detained the owner at his home.` The detention is undated, but the paragraph tells it from that Friday on,
so it happened between the earliest day the paragraph states and publication, a wider and truer interval
than the publication bound's last day. Like that bound it fills date_start and date_end only: the precision
stays `unknown` and event_date null. A sentence that prints a date of its own but gave it to another clause
(`X spoke on Sunday, leading Y to ...`) is left to the publication bound."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kabar.events.dating import Dating, relative_offset, settings
from kabar.model import TimeExpression

if TYPE_CHECKING:
    from collections.abc import Callable

    from kabar.events.coder import Mention

PARAGRAPH_BOUND = "+paragraph_bound"


def paragraph_bounds(
    text: str,
    mentions: list[Mention],
    exprs: list[TimeExpression],
    anchor: date | None,
    done: Callable[[Mention], bool],
) -> list[Mention]:
    """Each undated mention `done` accepts, bounded by the earliest recent day its paragraph states."""
    if anchor is None:
        return mentions
    recent = anchor - timedelta(days=settings()["report_window_days"])
    days = [
        e for e in exprs
        if e.precision == "day" and e.start is not None and e.end is not None
        and recent <= e.start and e.end <= anchor and relative_offset(e.text) is None
    ]  # fmt: skip
    out = []
    for m in mentions:
        own = any(m.char_start <= e.char_start < m.char_end for e in exprs)  # given to another clause
        if m.dating.precision != "unknown" or m.dating.start is not None or own or not done(m):
            out.append(m)
            continue
        lo = text.rfind("\n", 0, m.char_start) + 1
        hi = text.find("\n", m.char_start)
        hi = len(text) if hi < 0 else hi
        told = [e.start for e in days if lo <= e.char_start < hi]
        if not told:
            out.append(m)
            continue
        when = Dating(None, None, min(told), anchor, "unknown", PARAGRAPH_BOUND)
        out.append(replace(m, dating=when, rule=m.rule + PARAGRAPH_BOUND))
    return out
