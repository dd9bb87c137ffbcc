"""Live blogs: posts parted by the same run of lines (byline, share button, heading, time stamp).

The body region is the densest run of prose; on a live blog that is one or two posts. The runs of
lines that part the posts inside it, or that repeat twice in a row beside it, mark more posts of
the same story, so the region grows over them.
"""

from __future__ import annotations

from collections.abc import Sequence

from kabar.clean.classify import BLANK, BYLINE, DATE, RELATED_MARKER, SECTION, SENTENCE, TEMPLATE

# a post's separator holds its byline or time stamp and more ('By X', 'Share', '9:21pm'), and little else
MIN_SEPARATOR_LINES, MAX_SEPARATOR_LINES = 3, 8
PROSE_OR_BLANK = frozenset({SENTENCE, BLANK})


def _gap_after(kinds: Sequence[str], i: int) -> tuple[tuple[str, ...], int]:
    """Kinds of the non-blank lines from `i` up to the next prose line, and that line's index; ((),
    len(kinds)) when more lines stand between than a post separator holds (footers are long)."""
    found: list[str] = []
    n = len(kinds)
    while i < n and kinds[i] != SENTENCE:
        if kinds[i] != BLANK:
            if len(found) == MAX_SEPARATOR_LINES:
                return (), n
            found.append(kinds[i])
        i += 1
    return tuple(found), i


def _gap_before(kinds: Sequence[str], i: int) -> tuple[tuple[str, ...], int]:
    """Kinds (page order) of the non-blank lines above `i` down to the previous prose line, and its
    index; ((), -1) when the run is longer than a post separator."""
    found: list[str] = []
    i -= 1
    while i >= 0 and kinds[i] != SENTENCE:
        if kinds[i] != BLANK:
            if len(found) == MAX_SEPARATOR_LINES:
                return (), -1
            found.append(kinds[i])
        i -= 1
    return tuple(reversed(found)), i


def _separators(kinds: Sequence[str], start: int, end: int) -> set[tuple[str, ...]]:
    """The non-prose runs inside the region that part posts: they carry a byline or a time stamp."""
    found: set[tuple[str, ...]] = set()
    gap: list[str] = []
    for kind in kinds[start:end]:
        if kind == SENTENCE:
            if len(gap) >= MIN_SEPARATOR_LINES and _parts_posts(tuple(gap)):
                found.add(tuple(gap))
            gap = []
        elif kind != BLANK:
            gap.append(kind)
    return found


def extend_over_repeats(kinds: Sequence[str], start: int, end: int) -> tuple[int, int]:
    """A live blog's posts are parted by the same run of lines (byline, share button, heading, time):
    prose beyond the region behind another such run is more posts of the same story."""
    within = kinds[start:end]
    separators = _separators(kinds, start, end) if BYLINE in within or DATE in within else set()
    while True:
        gap, nxt = _gap_after(kinds, end)
        if nxt >= len(kinds):
            break
        run_end = _run_end(kinds, nxt)
        if gap not in separators and not (_parts_posts(gap) and _gap_after(kinds, run_end)[0] == gap):
            break
        separators.add(gap)  # the same run twice in a row beyond the region parts posts too
        end = run_end
    while True:
        gap, prev = _gap_before(kinds, start)
        if prev < 0:
            break
        run_start = _run_start(kinds, prev)
        if gap not in separators and not (_parts_posts(gap) and _gap_before(kinds, run_start)[0] == gap):
            break
        separators.add(gap)
        start = run_start
    return start, end


def _run_end(kinds: Sequence[str], i: int) -> int:
    """End (exclusive) of the prose run starting at line `i`, on its last prose line."""
    while i < len(kinds) and kinds[i] in PROSE_OR_BLANK:
        i += 1
    while kinds[i - 1] != SENTENCE:
        i -= 1
    return i


def _run_start(kinds: Sequence[str], i: int) -> int:
    """First line of the prose run ending at line `i`."""
    while i > 0 and kinds[i - 1] in PROSE_OR_BLANK:
        i -= 1
    while kinds[i] != SENTENCE:
        i += 1
    return i


def _parts_posts(gap: tuple[str, ...]) -> bool:
    """A run of lines that may part a live blog's posts: its byline or time stamp and more, and no
    heading of another block ('Related stories') or site template."""
    return (
        len(gap) >= MIN_SEPARATOR_LINES
        and (BYLINE in gap or DATE in gap)
        and not any(kind in gap for kind in (SECTION, RELATED_MARKER, TEMPLATE))
    )
