"""Lines a site repeats on many of its pages in one batch are its template, not article text."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import filterfalse

from kabar.clean.classify import is_sentence
from kabar.clean.lines import Line

MIN_PAGES = 3  # with fewer pages of a site, repetition says nothing about prose lines
MIN_SHARE = 0.3


def _fingerprint(lines: Sequence[Line]) -> frozenset[str]:
    """The page's five longest lines: copies of one story share them, different stories do not."""
    longest = sorted(
        [line for line in lines if line.words >= 8], key=lambda line: len(line.text), reverse=True
    )[:5]
    return frozenset(line.key for line in longest)


def template_keys(pages: Sequence[tuple[str | None, list[Line]]]) -> dict[str | None, frozenset[str]]:
    """Per site: the normalised lines found on several of its pages (CCNet-style line dedup)."""
    counts: dict[str | None, Counter[str]] = defaultdict(Counter)
    sizes: Counter[str | None] = Counter()
    prose: dict[str, bool] = {}
    seen_copies: set[tuple[str | None, frozenset[str]]] = set()
    for site, lines in pages:
        if site is None:
            continue
        copy = (site, _fingerprint(lines))
        if copy in seen_copies:
            continue  # the same story twice in a batch must not turn its own text into template
        seen_copies.add(copy)
        sizes[site] += 1
        first = {line.key: line for line in reversed(lines) if line.text}  # each key's first line
        counts[site].update(first.keys())
        for key in filterfalse(prose.__contains__, first):  # most keys are known from other pages
            prose[key] = is_sentence(first[key])
    result: dict[str | None, frozenset[str]] = {}
    for site, counter in counts.items():
        n = sizes[site]
        result[site] = frozenset(
            key
            for key, seen in counter.items()
            if seen >= 2 and (not prose.get(key) or (n >= MIN_PAGES and seen >= max(2, MIN_SHARE * n)))
        )
    return result
