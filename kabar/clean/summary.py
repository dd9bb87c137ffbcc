"""Summary boxes: a label ('AT A GLANCE', 'Ringkasan Berita') over a few short bullet sentences.

The bullets read like prose, so without this they open the body when no dateline marks where the
story starts. Only a box closed by a blank line (or another kind of line) counts: in a dump without
blank lines the box and the story cannot be told apart, and the story is worth more than the box.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kabar.clean import lexicon
from kabar.clean.classify import BLANK, BOILER, HEADING, SECTION, SENTENCE, SHORT
from kabar.clean.lines import Line

MAX_ITEMS = 5
MAX_ITEM_WORDS = 25  # a bullet is a line; a story's opening paragraph is usually longer
LABEL_KINDS = frozenset({HEADING, SHORT, SECTION, BOILER})
ITEM_KINDS = frozenset({SENTENCE, HEADING, SHORT})  # a short bullet ('Ferries resume.') reads as a heading


@cache
def _labels() -> frozenset[str]:
    """Each label as a line's key may print it: bare, with its colon ('ringkasan berita:') or trailing off
    ('ringkasan...', the box's bullets finish the sentence)."""
    words = {s.lower() for s in lexicon.per_language("boilerplate.toml", "summary_labels")}
    return frozenset(words | {f"{w}{end}" for w in words for end in (":", " :", "...", " ...")})


def mark_summary_boxes(lines: Sequence[Line], kinds: list[str]) -> None:
    """Relabel each summary box's label and items as BOILER, in place."""
    labels = _labels()
    for i in [i for i, line in enumerate(lines) if line.key in labels]:  # one set lookup a line
        if kinds[i] in LABEL_KINDS and (items := _box_items(lines, kinds, i)):
            for j in (i, *items):
                kinds[j] = BOILER


def _box_items(lines: Sequence[Line], kinds: Sequence[str], label: int) -> list[int]:
    """The short lines right under the label, when a blank or a line of another kind ends them."""
    j = label + 1
    if j < len(kinds) and kinds[j] == BLANK:
        j += 1  # one blank between the label and its first item
    items: list[int] = []
    while j < len(kinds) and kinds[j] in ITEM_KINDS and lines[j].words <= MAX_ITEM_WORDS:
        items.append(j)
        j += 1
        if len(items) > MAX_ITEMS:
            return []
    closed = j >= len(kinds) or kinds[j] not in ITEM_KINDS
    return items if closed and len(items) >= 2 else []  # one line under 'In short' may be the story's own


def summary_box_lines(lines: Sequence[Line], kinds: Sequence[str]) -> list[int]:
    """The label and items of each box `mark_summary_boxes` relabelled: a box set between a story's
    paragraphs interrupts it no more than an ad slot does."""
    labels = _labels()
    found: list[int] = []
    for i, line in enumerate(lines):
        if line.key not in labels or kinds[i] != BOILER:
            continue
        found.append(i)
        j = i + 2 if i + 1 < len(kinds) and kinds[i + 1] == BLANK else i + 1
        while j < len(kinds) and kinds[j] == BOILER and j - i <= MAX_ITEMS + 1:
            found.append(j)
            j += 1
    return found
