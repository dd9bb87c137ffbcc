"""A page as numbered lines: the unit every clean-stage signal works on."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kabar.clean.markdown import looks_markdown, reduce_line

WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2019": "'", "\u2018": "'"})


@dataclass
class Line:
    no: int  # index in the page's line list (the date stage sees the same numbering)
    text: str  # what a reader sees, markdown removed, spaces squeezed
    words: int
    image_alt: str | None = None
    heading: bool = False
    emphasised: bool = False
    key: str = field(init=False, default="")  # norm_key(text), computed once

    def __post_init__(self) -> None:
        self.key = norm_key(self.text)

    def set_text(self, text: str) -> None:
        self.text, self.words, self.key = text, word_count(text), norm_key(text)


def norm_key(text: str) -> str:
    """Comparable form of a line: NFKC, plain quotes, lower case, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(QUOTES)
    return SPACES.sub(" ", text).strip().lower()


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def split_lines(text: str) -> list[Line]:
    """Split a text dump into lines; markdown dumps are reduced to visible text first."""
    markdown = looks_markdown(text)
    lines: list[Line] = []
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if markdown:
            md = reduce_line(raw)
            clean = SPACES.sub(" ", md.text).strip()
            lines.append(Line(no, clean, word_count(clean), md.image_alt, md.heading, md.emphasised))
        else:
            clean = SPACES.sub(" ", raw).strip()
            lines.append(Line(no, clean, word_count(clean)))
    return lines
