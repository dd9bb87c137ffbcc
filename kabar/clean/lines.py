"""A page as lines: the unit every clean-stage signal works on, one shared record per distinct line."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from kabar.clean.markdown import looks_markdown, reduce_line

WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2019": "'", "\u2018": "'"})
# str.translate looks every character up in QUOTES, ~150 ns each on a page; four str.replace scans run in C
QUOTE_PAIRS = tuple((chr(code), plain) for code, plain in QUOTES.items())

# (copyright (site, name), outlet named by a copyright mark (site, name), printed (site, as written, weight))
SiteFacts = tuple[tuple[str, str] | None, tuple[str, str] | None, tuple[tuple[str, str, int], ...]]

# The kinds (see classify) of a line showing no text: nothing, or only an image
EMPTY_KIND, IMAGE_KIND = "blank", "alt"

# Distinct lines remembered per process: a site's menus and footers repeat on every page it serves.
LINE_CACHE = 1 << 16


@dataclass(slots=True, eq=False)
class Line:
    """What one line says, computed once: a page's list shares the record with every page printing
    the same line, so it is never changed in place (a page swaps in a new record instead). A line's
    number is its index in the page's list (the date stage sees the same numbering)."""

    text: str  # what a reader sees, markdown removed, spaces squeezed
    words: int
    image_alt: str | None = None
    heading: bool = False
    emphasised: bool = False
    key: str = ""  # norm_key(text), computed once
    # Facts other modules derive from the text alone, filled in on first need and kept for every page
    # that prints the line: its kind (classify), the sites it names (site), what it says about a photo
    # (captions: '' for nothing), whether it may hold a date, whether it opens a list widget.
    kind: str = ""
    sites: SiteFacts | None = None
    cue: str | None = None
    dated: bool | None = None  # looks_like_date(text) (dates_hint)
    opens_widget: bool | None = None  # a short line reading 'list of 3 items' (related)
    credits: tuple[str, ...] | None = None  # the sources it credits ('Sumber: Reuters'; sources)
    top_heading: bool = False  # a markdown '# ' heading: strong headline evidence

    def __post_init__(self) -> None:
        if not self.key and self.text:
            self.key = norm_key(self.text)
        if not self.text and not self.kind:  # an empty line's kind needs no text: set it at once
            self.kind = EMPTY_KIND if self.image_alt is None else IMAGE_KIND

    def with_text(self, text: str) -> Line:
        """The same line showing other text (an image's alt text standing in as its caption)."""
        return Line(text, word_count(text), self.image_alt, self.heading, self.emphasised)


def norm_key(text: str) -> str:
    """Comparable form of a line: NFKC, plain quotes, lower case, single spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        for curly, plain in QUOTE_PAIRS:
            text = text.replace(curly, plain)
    return squeeze(text).lower()


def squeeze(text: str) -> str:
    """Runs of spaces (no-break and zero-width ones too) to one, ends trimmed; str.split is C-fast."""
    # every space but ' ' (tabs, no-break, zero-width) is unprintable: a printable text with single
    # inner spaces and none at its ends is squeezed already, as most lines are
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    return " ".join(text.split())


# WORD on ASCII text, without a regex: a word is a run of word characters (letters, digits, _ ' . -)
# holding a letter; with the others deleted, letters made 'a' and separators spaces, each word is an
# 'a' at the start or after a space: bytes.count finds them without building a list of words.
_WORD_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'.-")
_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SEPARATE = bytes(97 if b in _LETTERS else b if b in _WORD_CHARS else 32 for b in range(256))
_NOT_LETTERS = b"0123456789_'.-"


def word_count(text: str) -> int:
    if text.isascii():
        runs = text.encode().translate(_SEPARATE, _NOT_LETTERS)
        return runs.count(b" a") + runs.startswith(b"a")
    return len(WORD.findall(text))


def words_in(texts: Sequence[str], shown: Sequence[Line]) -> int:
    """word_count of the texts joined by blank lines: no word spans a line break, so a text printed
    whole as one of the `shown` lines reuses that line's count instead of a second regex scan."""
    counts = {line.text: line.words for line in shown}
    return sum(counts[text] if text in counts else word_count(text) for text in texts)


def _plain(raw: str) -> Line:
    clean = squeeze(raw)
    return Line(clean, word_count(clean), key=clean.lower() if clean.isascii() else norm_key(clean))


def _markdown(raw: str) -> Line:
    md = reduce_line(raw)
    clean = squeeze(md.text)
    key = clean.lower() if clean.isascii() else norm_key(clean)
    return Line(
        clean, word_count(clean), md.image_alt, md.heading, md.emphasised, key, top_heading=md.top_heading
    )


_PLAIN: dict[str, Line] = {}
_MARKDOWN: dict[str, Line] = {}


def _records(raws: list[str], cache: dict[str, Line], build: Callable[[str], Line]) -> list[Line]:
    """Each raw line's record, built on its first sighting; the cache starts afresh when full."""
    if len(cache) > LINE_CACHE:
        cache.clear()
    found: list[Line | None] = list(map(cache.get, raws))  # C-level; then only the new lines' places
    if None not in found:
        return cast(list[Line], found)
    at = found.index(None)
    try:
        while True:
            raw = raws[at]
            line = cache.get(raw)  # a line printed twice on the page is built once
            if line is None:
                line = cache[raw] = build(raw)
            found[at] = line
            at = found.index(None, at + 1)
    except ValueError:
        return cast(list[Line], found)


def split_lines(text: str) -> list[Line]:
    """Split a text dump into lines; markdown dumps are reduced to visible text first."""
    raws = (text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text).split("\n")
    if looks_markdown(text):
        return _records(raws, _MARKDOWN, _markdown)
    return _records(raws, _PLAIN, _plain)
