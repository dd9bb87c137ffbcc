"""Where the article body sits: the densest run of prose lines, found as a maximum-sum segment."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count, islice, repeat
from operator import gt

from kabar.clean import lexicon
from kabar.clean.classify import (
    ALT,
    BLANK,
    BOILER,
    BYLINE,
    CAPTION,
    CREDIT,
    DATE,
    HEADING,
    RELATED,
    RELATED_MARKER,
    SECTION,
    SENTENCE,
    SHORT,
    TEMPLATE,
    indices_of,
)
from kabar.clean.lines import Line
from kabar.clean.summary import summary_box_lines

# What each kind adds to or takes from a candidate region. Prose pays for the gaps it bridges;
# markers of another block (section headers, bylines) cost so much that the body stops there.
WEIGHTS = {
    BLANK: 0.0,
    HEADING: -0.6,
    SHORT: -0.8,
    BOILER: -1.5,
    TEMPLATE: -3.0,
    SECTION: -6.0,
    RELATED_MARKER: -6.0,
    RELATED: -0.3,
    CAPTION: -1.0,
    ALT: -1.0,
    CREDIT: -1.0,
    BYLINE: -4.0,
    DATE: -2.5,
}


PROSE_WEIGHTS = tuple(1.0 + n / 15 for n in range(61))  # a prose line by its word count (capped at 60)
LISTED_HEADING = -1.5  # one of several headline-like lines in a row: a list of other stories
AD_SLOT = -0.2  # 'Advertisement', 'SKIP ADVERTISEMENT': a story runs on past its ad slots
# a live-update entry ('3.45pm: Civil Defence says ...'): dropped, but the story runs on past it
LIVE_ENTRY = re.compile(r"^\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s*[:—–|]\s")

# Each kind as one letter, so runs of headline-like lines are found by a regex over the page's letters
# (C-fast) instead of a loop: 'h' headline-like, '_' ignored inside a run (blank, date), 'x' ends a run.
_RUN_LETTERS = {HEADING: "h", SHORT: "h", BLANK: "_", DATE: "_"}
_RUN = re.compile(r"h(?:_*h){2,}")


def headline_runs(lines: Sequence[Line], kinds: Sequence[str]) -> list[bool]:
    """Lines inside a run of 3+ headline-like lines (blanks and dates ignored): story lists, menus."""
    return list(_runs("".join(map(_RUN_LETTERS.get, kinds, repeat("x")))))


@lru_cache(maxsize=16)
def _runs(letters: str) -> tuple[bool, ...]:
    """Kept for the page's next ask: a page's letters rarely change between its passes."""
    marked = _RUN.sub(lambda run: run.group(0).replace("h", "H"), letters)
    return tuple([letter == "H" for letter in marked])


def best_region(weights: Sequence[float]) -> tuple[int, int]:
    """Maximum-sum contiguous segment [start, end) (Kadane); (0, 0) when nothing scores.
    Only the span from the first to the last positive weight is walked, and in it no zero weight:
    outside it the running total never rises, and a zero changes neither the total nor the best."""
    positive = list(compress(count(), map(gt, weights, repeat(0.0))))  # C-level: no loop per line
    if not positive:
        return 0, 0
    first, last = positive[0], positive[-1] + 1
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i in compress(range(first, last), islice(weights, first, last)):  # the non-zero weights
        w = weights[i]
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def body_region(lines: Sequence[Line], kinds: Sequence[str]) -> tuple[int, int]:
    """The best-scoring run of lines, trimmed to end on prose; each line weighs by its kind."""
    weights = list(map(WEIGHTS.get, kinds, repeat(-1.0)))
    for i in indices_of(kinds, SENTENCE):
        words = lines[i].words
        weights[i] = PROSE_WEIGHTS[words if words <= 60 else 60]
    in_list = headline_runs(lines, kinds)
    for i in compress(range(len(kinds)), in_list):
        if kinds[i] == HEADING:
            weights[i] = LISTED_HEADING
    ads = lexicon.boilerplate().ad_slots
    for i in indices_of(kinds, BOILER):
        key = lines[i].key
        if key in ads or (key[:1].isdigit() and LIVE_ENTRY.match(key)):  # digit gate: no regex per line
            weights[i] = AD_SLOT
    for i in summary_box_lines(lines, kinds):
        weights[i] = AD_SLOT
    start, end = best_region(weights)
    while end > start and kinds[end - 1] != SENTENCE:
        end -= 1
    return start, end
