"""Titles of linked stories set inside the article text: 'Baca Juga: X' lines and a marker's item(s).

Headline lists under or beside the article ('Berita Terkait', 'Read Next') are furniture, not related
titles: only links that stand within the body region count (`titles_in_body`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

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
from kabar.clean.lines import Line, norm_key

WIDGET_LABELS = frozenset({HEADING, SECTION, RELATED_MARKER})

MAX_LIST = 15
MAX_WIDGET_LINES = 40
LABEL_CHARS = 25  # 'Baca Juga: X': the label's colon stands within the line's first characters
WIDGET_LABEL_WORDS = 6  # 'list of 3 items': widget labels are short


@cache
def _widget_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def union(key: str) -> re.Pattern[str]:
        found = lexicon.per_language("boilerplate.toml", key)
        return re.compile("|".join(f"(?:{p})" for p in found) or "(?!)")

    return union("widget_open"), union("widget_close")


def opens_widget(line: Line) -> bool:
    """The widget opener test of a line, kept on its shared record: every page tests every short line."""
    if line.opens_widget is None:
        line.opens_widget = _widget_marks()[0].match(line.key) is not None
    return line.opens_widget


def blank_inline_widgets(lines: Sequence[Line], kinds: list[str]) -> None:
    """Relabel a labelled list widget inside the story ('Recommended Stories / list of 3 items / ...
    / end of list') as blank, so the story around it stays one region and its items are no titles."""
    closer = _widget_marks()[1]
    for i, line in enumerate(lines):
        if line.words > WIDGET_LABEL_WORDS or not opens_widget(line):
            continue
        stop = next(
            (j for j in range(i + 1, min(len(lines), i + MAX_WIDGET_LINES)) if closer.match(lines[j].key)),
            None,
        )
        if stop is None:
            continue
        label = i - 1
        while label >= 0 and kinds[label] == BLANK:
            label -= 1
        first = label if label >= 0 and kinds[label] in WIDGET_LABELS and lines[label].words <= 4 else i
        for j in range(first, stop + 1):
            kinds[j] = BLANK


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


def mark_related(lines: Sequence[Line], kinds: list[str]) -> list[tuple[int, str]]:
    """Relabel related-story lines in place and return (line index, title) in page order."""
    titles: list[tuple[int, str]] = []
    prefix = lexicon.boilerplate().related_prefix
    for i, line in enumerate(lines):
        if kinds[i] == RELATED:
            match = prefix.match(line.text)
            if match and line.text[match.end() :].strip():
                titles.append((i, line.text[match.end() :].strip()))
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
            titles.append((j, lines[j].text))
    return titles


def titles_in_body(found: Sequence[tuple[int, str]], start: int, end: int) -> list[str]:
    """The related titles printed inside the body region [start, end), page order, no repeats."""
    return list(dict.fromkeys(title for i, title in found if start <= i < end))


def inline_tail(lines: Sequence[Line], kinds: Sequence[str], end: int) -> int:
    """Where the 'Baca juga' links printed right under the story's last paragraph stop: a 'Baca juga: X'
    line, or a 'Baca juga:' label with its item, still belongs to the story (a list under a section
    heading such as 'Berita Terkait' does not)."""
    j, tail = end, end
    while j < len(lines):
        kind = kinds[j]
        labelled = kind == RELATED_MARKER and lines[j].text.endswith(":")
        if labelled or (kind == RELATED and (":" in lines[j].text[:LABEL_CHARS] or _item_of_label(kinds, j))):
            tail = j + 1
        elif kind != BLANK:
            break
        j += 1
    return tail


def _item_of_label(kinds: Sequence[str], i: int) -> bool:
    """The related line stands under a marker line (the label's item, not a 'Related Topics' strip)."""
    j = i - 1
    while j >= 0 and kinds[j] == BLANK:
        j -= 1
    return j >= 0 and kinds[j] == RELATED_MARKER


def mark_known(lines: Sequence[Line], kinds: list[str], known: Sequence[str]) -> list[tuple[int, str]]:
    """Lines the page's markup sets as links in a box inside the story (an <aside> between paragraphs)
    are related titles; returns (line index, title)."""
    if not known:
        return []
    keys = {norm_key(text) for text in known}
    found = []
    for i, line in enumerate(lines):
        if kinds[i] in (HEADING, SENTENCE) and line.key in keys and not _repeats_text(lines, i):
            kinds[i] = RELATED
            found.append((i, line.text))
    return found


def _repeats_text(lines: Sequence[Line], i: int) -> bool:
    """The line's words stand in a longer line of the page: a pull quote set in an aside, not a link."""
    key = lines[i].key.strip(' ".,')
    return any(key in other.key for other in lines if other.words > lines[i].words)
