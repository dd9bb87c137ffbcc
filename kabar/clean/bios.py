"""Author boxes: the writer's name printed again below the story, then a sentence about them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kabar.clean import lexicon
from kabar.clean.classify import BLANK, BOILER, HEADING, SENTENCE
from kabar.clean.lines import Line


@cache
def _bio_verbs() -> re.Pattern[str]:
    """'is', 'covers', 'adalah': what follows a writer's name when a sentence is about them."""
    words = {v.lower() for v in lexicon.per_language("bylines.toml", "bio_verbs")}
    verbs = sorted(words, key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(re.escape(v) for v in verbs) or '(?!)'})\b", re.I)


def is_bio(text: str, authors: Sequence[str]) -> bool:
    """'Amy Chew is a Malaysia-based journalist covering ...': a sentence about one of the writers."""
    for name in authors:
        if len(name.split()) >= 2 and text.startswith(name) and _bio_verbs().match(text, len(name)):
            return True
    return False


def _names(authors: Sequence[str]) -> tuple[set[str], set[str]]:
    full = {a.lower() for a in authors}
    parts = {p.lower() for a in authors for p in a.split() if len(p) > 2}
    return full, parts


def mark_author_boxes(lines: Sequence[Line], kinds: list[str], authors: Sequence[str], after: int) -> bool:
    """Relabel, below line `after`, a line naming an author and the bio sentence that follows it, and
    sentences about an author; True when a line was relabelled."""
    if not authors:
        return False
    full, parts = _names(authors)
    openings = tuple(authors)
    marked = False
    for i in range(after, len(lines)):
        text = lines[i].text
        if text.startswith(openings) and kinds[i] in (SENTENCE, HEADING) and is_bio(text, authors):
            kinds[i] = BOILER
            marked = True
            continue
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
