"""Found spans sorted by start, looked up by bisection: a text's actors are scanned per trigger and per
title, and a scan over all of them each time grows with the square of the article's length."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from kabar.events.gazetteer import Found


class ByStart:
    """Lookups over `found`, which must be sorted by start (overlaps allowed); results keep list order."""

    def __init__(self, found: Sequence[Found]) -> None:
        self.found = found
        self.starts = [f.start for f in found]
        self.longest = max((f.end - f.start for f in found), default=0)

    def starting_in(self, lo: int, hi: int) -> Sequence[Found]:
        """The spans with lo <= start < hi."""
        return self.found[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def first_from(self, pos: int) -> Found | None:
        """The first span with start >= pos."""
        i = bisect_left(self.starts, pos)
        return self.found[i] if i < len(self.found) else None

    def containing(self, pos: int) -> bool:
        """Whether some span has start <= pos < end."""
        return any(f.end > pos for f in self.starting_in(pos - self.longest, pos + 1))

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether some span covers `lo` or starts inside [lo, hi)."""
        return self.containing(lo) or bool(self.starting_in(lo, hi))

    def last_ending_by(self, pos: int) -> Found | None:
        """The last span (in list order) with end <= pos."""
        for i in range(bisect_right(self.starts, pos) - 1, -1, -1):
            if self.found[i].end <= pos:
                return self.found[i]
        return None
