"""Titles of linked stories: inline 'Baca Juga: X' lines and headline runs after a related marker."""

from __future__ import annotations

from collections.abc import Sequence

from kabar.clean import lexicon
from kabar.clean.classify import (
    BLANK,
    BOILER,
    DATE,
    HEADING,
    RELATED,
    RELATED_MARKER,
    SECTION,
    SENTENCE,
    is_headline_like,
)
from kabar.clean.lines import Line

MAX_LIST = 15


def _list_after(lines: Sequence[Line], kinds: Sequence[str], i: int) -> tuple[list[int], int]:
    """Indices of the headline-like lines following a marker, and the index where the run stopped."""
    items: list[int] = []
    j = i + 1
    while j < len(lines) and len(items) < MAX_LIST:
        if kinds[j] in (SECTION, RELATED_MARKER) or (kinds[j] == BLANK and items):
            break  # a blank line after the first item closes the list (innerText puts none inside one)
        if kinds[j] in (BLANK, DATE, BOILER) or lines[j].words <= 2:
            j += 1  # time stamps and counters between the items ('5 jam yang lalu', 'Kemarin')
            continue
        if kinds[j] in (HEADING, SENTENCE) and is_headline_like(lines[j]) and lines[j].words >= 3:
            items.append(j)
            j += 1
            continue
        break
    return items, j


def mark_related(lines: Sequence[Line], kinds: list[str]) -> list[str]:
    """Relabel related-story lines in place and return their titles in page order."""
    titles: list[str] = []
    prefix = lexicon.boilerplate().related_prefix
    for i, line in enumerate(lines):
        if kinds[i] == RELATED:
            match = prefix.match(line.text)
            if match and line.text[match.end() :].strip():
                titles.append(line.text[match.end() :].strip())
                continue
        if kinds[i] != RELATED_MARKER:
            continue
        items, stop = _list_after(lines, kinds, i)
        while stop < len(kinds) and kinds[stop] == BLANK:
            stop += 1
        inline = 1 <= len(items) <= 2 and stop < len(kinds) and kinds[stop] == SENTENCE
        if inline:
            kinds[i] = RELATED  # a 'Baca juga' label inside the body, its title on the next line
        for j in items:
            kinds[j] = RELATED
            titles.append(lines[j].text)
    return titles
