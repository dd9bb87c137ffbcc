"""Author boxes: the writer's name printed again below the story, then a sentence about them."""

from __future__ import annotations

from collections.abc import Sequence

from kabar.clean.classify import BLANK, BOILER, SENTENCE
from kabar.clean.lines import Line


def _names(authors: Sequence[str]) -> tuple[set[str], set[str]]:
    full = {a.lower() for a in authors}
    parts = {p.lower() for a in authors for p in a.split() if len(p) > 2}
    return full, parts


def mark_author_boxes(lines: Sequence[Line], kinds: list[str], authors: Sequence[str], after: int) -> bool:
    """Relabel, below line `after`, a line naming an author and the bio sentence that follows it;
    True when a line was relabelled."""
    if not authors:
        return False
    full, parts = _names(authors)
    marked = False
    for i in range(after, len(lines)):
        if lines[i].key not in full:
            continue
        kinds[i] = BOILER
        marked = True
        j = i + 1
        while j < len(lines) and kinds[j] == BLANK:
            j += 1
        if (
            j < len(lines)
            and kinds[j] == SENTENCE
            and any(w.lower().strip(",.") in parts for w in lines[j].text.split()[:3])
        ):
            kinds[j] = BOILER
    return marked
