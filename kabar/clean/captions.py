"""Photo and video captions: found by credit patterns and by their place next to images and credits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kabar.clean import lexicon
from kabar.clean.classify import ALT, BLANK, BOILER, CAPTION, CREDIT, HEADING, SENTENCE, SHORT
from kabar.clean.lines import Line, norm_key

TOKEN = re.compile(r"\w+")
BARE_CREDIT_WORDS = 3
BODY_WORDS = 25  # a line this long under a credit is the story's first paragraph, not a caption


def has_credit(text: str) -> bool:
    return lexicon.captions().credit.search(text)


def credits(line: Line) -> bool:
    """has_credit of the line's text, kept on its record."""
    if line.credit is None:
        line.credit = has_credit(line.text)
    return line.credit


def strip_trailer(text: str) -> str:
    """Drop what sites append to captions ('... Selengkapnya')."""
    return lexicon.captions().trailing.sub("", text).strip()


def _overlap(short: str, long: str) -> float:
    """Share of the short line's words that the long line also has."""
    words = TOKEN.findall(short.lower())
    pool = set(TOKEN.findall(long.lower()))
    return sum(w in pool for w in words) / max(1, len(words))


def _neighbour(kinds: Sequence[str], i: int, step: int) -> int | None:
    """The next line in direction `step` when it is adjacent (no blank line between)."""
    j = i + step
    return j if 0 <= j < len(kinds) and kinds[j] != BLANK else None


def mark_known(lines: Sequence[Line], kinds: list[str], known: Sequence[str]) -> None:
    """Lines the page's markup calls captions (<figcaption>) are captions, whatever their shape."""
    if not known:
        return
    keys = {norm_key(text) for text in known}
    for i, line in enumerate(lines):
        if line.key in keys:
            kinds[i] = CAPTION


def mark_captions(lines: list[Line], kinds: list[str]) -> list[str]:
    """Relabel caption, credit and alt-text lines in place; return the caption texts in page order."""
    found: list[str] = []
    photographer = lexicon.captions().photographer
    for i, line in enumerate(lines):
        if kinds[i] in (SENTENCE, HEADING, SHORT, BOILER) and credits(line):
            # a bare credit ('Getty Images', '(Foto: Reuters)') names who took the photo, not what it shows
            kinds[i] = CREDIT if line.words <= BARE_CREDIT_WORDS and kinds[i] != BOILER else CAPTION
        elif kinds[i] in (HEADING, SHORT) and photographer.match(line.text) and line.words <= 8:
            kinds[i] = CREDIT
    for i, line in enumerate(lines):
        if kinds[i] == CREDIT:
            _caption_beside_credit(lines, kinds, i)
        elif line.image_alt is not None:
            _caption_after_image(lines, kinds, i)
    for i, line in enumerate(lines):
        if kinds[i] == CAPTION:
            _mark_alt_before(lines, kinds, i)
            text = strip_trailer(line.text)
            if text and text not in found:
                found.append(text)
    return found


def _caption_beside_credit(lines: Sequence[Line], kinds: list[str], i: int) -> None:
    """The caption a credit belongs to: the line above it, else a short line below it (the story's
    first paragraph often follows a credit with no blank line between)."""
    for step in (-1, 1):
        j = _neighbour(kinds, i, step)
        if j is None or kinds[j] not in (SENTENCE, HEADING, SHORT) or lines[j].words < 4:
            continue
        if step == 1 and kinds[j] == SENTENCE and lines[j].words >= BODY_WORDS:
            return
        kinds[j] = CAPTION
        return


def _caption_after_image(lines: list[Line], kinds: list[str], i: int) -> None:
    """A markdown image: the next emphasised or credited line is its caption, else the alt is."""
    j = i + 1
    while j < len(lines) and kinds[j] == BLANK and j - i <= 2:
        j += 1
    if j < len(lines) and (lines[j].emphasised or credits(lines[j])) and kinds[j] != BLANK:
        kinds[j] = CAPTION
        return
    alt = lines[i].image_alt or ""
    if len(alt.split()) >= 5:
        lines[i] = lines[i].with_text(alt)
        kinds[i] = CAPTION


def _mark_alt_before(lines: Sequence[Line], kinds: list[str], i: int) -> None:
    """Image alt text printed just above its caption repeats the caption's words."""
    j = _neighbour(kinds, i, -1)
    # a date line above the photo ('Rabu, 04 Desember 2024 - 06:12 WIB') is the byline's, not alt text
    if j is None or kinds[j] not in (SENTENCE, HEADING, SHORT):
        return
    if lines[j].words <= 4 or _overlap(lines[j].text, lines[i].text) >= 0.6:
        kinds[j] = ALT
