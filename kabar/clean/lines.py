"""A page as numbered lines: the unit every clean-stage signal works on."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kabar.clean.markdown import looks_markdown, reduce_line

WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
WORD_ASCII = re.compile(r"[A-Za-z][\w'.-]*", re.ASCII)  # the same on ASCII text, without Unicode lookups
QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2019": "'", "\u2018": "'"})


# Distinct lines remembered per process: a site's menus and footers repeat on every page it serves.
LINE_CACHE = 1 << 16


@dataclass(slots=True)
class Line:
    no: int  # index in the page's line list (the date stage sees the same numbering)
    text: str  # what a reader sees, markdown removed, spaces squeezed
    words: int
    image_alt: str | None = None
    heading: bool = False
    emphasised: bool = False
    key: str = ""  # norm_key(text), computed once (given by split_lines, else derived here)

    def __post_init__(self) -> None:
        if not self.key and self.text:
            self.key = norm_key(self.text)

    def set_text(self, text: str) -> None:
        self.text, self.words, self.key = text, word_count(text), norm_key(text)


def norm_key(text: str) -> str:
    """Comparable form of a line: NFKC, plain quotes, lower case, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(QUOTES)
    return squeeze(text).lower()


def squeeze(text: str) -> str:
    """Runs of spaces (no-break and zero-width ones too) to one, ends trimmed; str.split is C-fast."""
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    return " ".join(text.split())


def word_count(text: str) -> int:
    return len((WORD_ASCII if text.isascii() else WORD).findall(text))


@lru_cache(maxsize=LINE_CACHE)
def line_facts(raw: str) -> tuple[str, int, str]:
    """(visible text, word count, comparison key) of one raw line."""
    clean = squeeze(raw)
    return clean, word_count(clean), clean.lower() if clean.isascii() else norm_key(clean)


def split_lines(text: str) -> list[Line]:
    """Split a text dump into lines; markdown dumps are reduced to visible text first."""
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines: list[Line] = []
    if not looks_markdown(text):
        for no, raw in enumerate(raws):
            clean, words, key = line_facts(raw)
            lines.append(Line(no, clean, words, key=key))
        return lines
    for no, raw in enumerate(raws):
        md = reduce_line(raw)
        clean, words, key = line_facts(md.text)
        lines.append(Line(no, clean, words, md.image_alt, md.heading, md.emphasised, key))
    return lines
