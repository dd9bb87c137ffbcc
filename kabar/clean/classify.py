"""Label each line with what it is on the page, from independent signals: lexicon, shape, repetition."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kabar.clean import lexicon
from kabar.clean.dates_hint import looks_like_date
from kabar.clean.lines import EMPTY_KIND, IMAGE_KIND, Line
from kabar.outlets import outlet_named

# Line kinds. Body text is chosen among SENTENCE and HEADING lines; the rest is never body.
BLANK, ALT = EMPTY_KIND, IMAGE_KIND  # set on a line's record when it is built
SENTENCE, HEADING, SHORT = "sentence", "heading", "short"
BOILER, SECTION, RELATED, RELATED_MARKER = "boiler", "section", "related", "related_marker"
CAPTION, CREDIT, BYLINE, DATE, TEMPLATE = "caption", "credit", "byline", "date", "template"

SENTENCE_MARKS = frozenset(""".!?…:;"”'’»)]""")
HAS_DIGIT = re.compile(r"\d")
TICKER = re.compile(r"[\d.,%+-]")
# '12.03.2025 17:05': a date line the lexicon's number-strip pattern would take for furniture
NUMERIC_LINE = re.compile(r"[\d\s.,:/+\-–—]+")


def is_sentence(line: Line) -> bool:
    """Prose: enough words and a sentence-final mark, or long enough that the mark does not matter."""
    if line.words >= 20:
        return True
    return line.words >= 6 and _ends_sentence(line.text) and not line.text.endswith("..")


def _ends_sentence(text: str) -> bool:
    """A sentence-final mark, perhaps followed by spaces and footnote stars."""
    return text.rstrip("*").rstrip()[-1:] in SENTENCE_MARKS


def is_headline_like(line: Line) -> bool:
    """A title of a story: a handful of words, no full stop, starting with a capital or digit."""
    text = line.text
    return (
        3 <= line.words <= 25
        and not text.endswith(".")
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“")
    )


def _is_boiler(key: str, literals: tuple[str, ...] | None = None) -> bool:
    lex = lexicon.boilerplate()
    if key in lex.lines or key.rstrip(" :»>›") in lex.lines or key.startswith(lex.prefixes):
        return True
    return lex.anchored.matches(key) or lex.anywhere.search(key, key, literals)


def _is_ticker(text: str) -> bool:
    if "%" not in text:
        return False
    digits = len(TICKER.findall(text))
    return len(text) > 6 and digits / len(text) > 0.35


def _is_byline(text: str) -> bool:
    by = lexicon.bylines()
    match = by.author.match(text)
    if match and len(text) < 160:
        rest = text[match.end() :]
        if rest[:1].islower():
            rest = by.role_lead.sub("", rest)  # 'By political reporters X and Y'
        return bool(rest[:1].isupper()) or ":" in text[: match.end()]
    if len(text) >= 160:
        return False
    if ":" in text and by.joint.match(text):
        return True
    # editor is anchored at the line start or after a '|': skip the scan when neither can hold
    return bool(by.editor.match(text) or ("|" in text and by.editor.search(text)))


TEMPLATE_OVERRIDES = frozenset({DATE, SENTENCE, HEADING, SHORT})  # kinds a site's repeated line loses


def classify_line(line: Line, template: frozenset[str]) -> str:
    """One line's kind from its own text (neighbours are looked at later)."""
    if not line.text:
        return BLANK if line.image_alt is None else ALT
    kind = line.kind or text_kind(line)
    return TEMPLATE if kind in TEMPLATE_OVERRIDES and line.key in template else kind


def text_kind(line: Line, literals: tuple[str, ...] | None = None) -> str:
    """The kind a line's text alone decides, kept on its shared record: template lines recur on
    every page. `literals`: the boilerplate gate literals the line may hold (see `_kind_new_lines`)."""
    line.kind = _text_kind(line, literals)
    return line.kind


def _kind_new_lines(new: Sequence[Line]) -> None:
    """Kinds of a page's lines seen for the first time: one scan of them all for the boilerplate
    gate literals, so each line tests only the few the page holds (most hold none of them)."""
    literals = lexicon.boilerplate().anywhere.present_in("\n".join([line.key for line in new]))
    for line in new:
        if not line.kind:  # a line printed twice on the page is one record
            text_kind(line, literals)


def _text_kind(line: Line, literals: tuple[str, ...] | None = None) -> str:
    text, key = line.text, line.key
    lex = lexicon.boilerplate()
    marker = key.rstrip(" :»>›↓")
    if line.words == 2 and marker not in lex.section_markers:
        marker = _without_outlet_name(text, marker, lex.section_markers)
    if marker in lex.section_markers:
        return RELATED_MARKER if marker in lex.related_markers else SECTION
    if line.words <= 5 and key.startswith(lex.related_starts) and not text.endswith((".", "?", "!")):
        return RELATED_MARKER  # 'More on the fires'
    related = lex.related_prefix.match(text)
    if (
        related
        and line.words - len(related.group(0).split()) >= 3
        and not is_sentence_of_body(text, related.end())
    ):
        return RELATED
    if _is_byline(text):
        return BYLINE
    if text[:1].isdigit() and len(text) <= 40 and NUMERIC_LINE.fullmatch(text) and looks_like_date(text):
        return DATE  # asked before the boilerplate lexicon, whose number-strip pattern matches it too
    if _is_boiler(key, literals) or _is_ticker(text):
        return BOILER
    sentence = is_sentence(line)  # asked first: a short sentence needs no date parse to be prose
    short = not sentence and line.words <= 14 and len(text) <= 90
    if short and HAS_DIGIT.search(text) and looks_like_date(text):
        return DATE
    if sentence:
        return SENTENCE
    if line.words >= 1 and (line.heading or is_headline_like(line) or line.words <= 12):
        return HEADING
    return SHORT


def _without_outlet_name(text: str, key: str, markers: frozenset[str]) -> str:
    """'<Outlet> recommends': a label printed after the outlet's own one-word name is the label alone
    (`key` is the line's lower-case key, `text` as printed: a short outlet name is matched as printed)."""
    rest = key.partition(" ")[2]
    return rest if rest in markers and outlet_named(text.partition(" ")[0]) is not None else key


def is_sentence_of_body(text: str, start: int) -> bool:
    """'Baca juga' followed by prose of a full paragraph is text, not a link (long, several clauses)."""
    rest = text[start:]
    return len(rest) > 220 and rest.count(". ") >= 2


def classify_lines(lines: Sequence[Line], template: frozenset[str] = frozenset()) -> list[str]:
    """Each line's kind, read off its shared record (an empty line's kind is set when it is built),
    then the site's template lines marked, in the same pass."""
    if new := [line for line in lines if not line.kind]:
        _kind_new_lines(new)
    if not template:
        return [line.kind for line in lines]
    overridden = TEMPLATE_OVERRIDES  # ('for kind in [x]' is a plain assignment since Python 3.9)
    return [
        TEMPLATE if kind in overridden and line.key in template else kind
        for line in lines
        for kind in [line.kind]
    ]


def indices_of(kinds: Sequence[str], kind: str) -> list[int]:
    """Where `kind` stands in a page's kinds: most passes ask for a kind a few lines have, so
    `list.index` (C) jumps from one to the next instead of a comprehension visiting every line."""
    if kind not in kinds:
        return []
    found: list[int] = []
    at = kinds.index(kind)
    try:
        while True:
            found.append(at)
            at = kinds.index(kind, at + 1)
    except ValueError:
        return found
