"""Dates and writers in HTML elements whose class, id, itemprop or rel says what they hold
('<div class="date">', '<span id="storyauthor">', '<time datetime>'): kept even when the visible text
alone would not show them as a byline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from lxml import etree

from kabar.clean import lexicon
from kabar.clean.byline import parse_byline
from kabar.clean.candidates import Role
from kabar.clean.dates_hint import looks_like_date
from kabar.model import DateCandidate

MAX_DATE_CHARS = 80  # a date element holds a date and its labels, not a paragraph
MAX_NAME_WORDS = 12
MAX_MARKED = 4  # the story's own header comes first; more are likely lists of other stories
LINE_ENDS = frozenset({"br", "div", "p", "li", "ul", "h1", "h2", "h3", "h4", "figure"})
ATTRIBUTES = ("class", "id", "itemprop", "rel")
MARK_ATTRIBUTES = frozenset(ATTRIBUTES)
ITEMPROP_DATES = frozenset({"datepublished", "datemodified", "datecreated", "uploaddate"})


@dataclass(frozen=True)
class _Words:
    date: tuple[str, ...]
    updated: tuple[str, ...]
    author: tuple[str, ...]
    elsewhere: tuple[str, ...]
    elsewhere_tags: frozenset[str]


@cache
def _words() -> _Words:
    data = lexicon._load("common", "markup.toml")
    return _Words(
        tuple(data.get("date_words", [])),
        tuple(data.get("updated_words", [])),
        tuple(data.get("author_words", [])),
        tuple(data.get("elsewhere_words", [])),
        frozenset(data.get("elsewhere_tags", [])),
    )


def _marks(element: Any) -> str:
    attributes = element.attrib
    if not attributes:  # most elements carry none of the four: skip the lookups
        return NO_MARKS
    return " ".join([attributes.get(name) or "" for name in ATTRIBUTES]).lower()


NO_MARKS = " " * (len(ATTRIBUTES) - 1)  # what _marks joins for an element without those attributes


def _elsewhere(element: Any) -> bool:
    """Inside a list of other stories, a comment thread or the page's chrome."""
    words = _words()
    for parent in element.iterancestors():
        tag = parent.tag.lower() if isinstance(parent.tag, str) else ""
        if tag in words.elsewhere_tags or any(map(_marks(parent).__contains__, words.elsewhere)):
            return True
    return False


@lru_cache(maxsize=1)
def _scanned(root: Any) -> list[tuple[Any, str, str]]:
    """(element, lower-cased tag, marks) of the elements that may hold a date or a writer, one walk
    for both searches; the last tree only (the dates and the writers are sought on the same one)."""
    elsewhere = _words().elsewhere
    everything = _blank_marks_count()
    found = []
    for element in root.iter():
        if not everything and MARK_ATTRIBUTES.isdisjoint(element.keys()) and element.tag != "time":
            continue  # no marks and no <time>: neither search can find it (most elements)
        tag = element.tag
        if not isinstance(tag, str) or (tag := tag.lower()) in ("meta", "link", "script", "style"):
            continue
        marks = _marks(element)
        if not _holds(marks, elsewhere):
            found.append((element, tag, marks))
    return found


@cache
def _blank_marks_count() -> bool:
    """Whether an element with no marks could still match (a blank word in the lexicon): then all count."""
    words = _words()
    return _holds_blank(words.date) or _holds_blank(words.author)


def _holds(marks: str, words: tuple[str, ...]) -> bool:
    """Any of `words` in `marks`; the answer for an element without marks is worked out once."""
    if marks is NO_MARKS:
        return _holds_blank(words)
    return any(map(marks.__contains__, words))


@cache
def _holds_blank(words: tuple[str, ...]) -> bool:
    return any(map(NO_MARKS.__contains__, words))


def _marked(root: Any, words: tuple[str, ...]) -> Iterator[tuple[Any, str]]:
    for element, tag, marks in _scanned(root):
        if (tag == "time" or _holds(marks, words)) and not _elsewhere(element):
            yield element, marks


def element_dates(root: Any) -> list[DateCandidate]:
    """The text of date-marked elements ('byline' source) and <time datetime> values ('meta')."""
    words = _words()
    found: dict[str, DateCandidate] = {}
    for element, marks in _marked(root, words.date):
        if len(found) >= MAX_MARKED:
            break
        role = _role(marks)
        stamp = _machine_stamp(element)
        if stamp and looks_like_date(stamp):
            found.setdefault(stamp, DateCandidate(stamp, "meta", role))
        text = " ".join(element.text_content().split())
        if text and len(text) <= MAX_DATE_CHARS and looks_like_date(text):
            found.setdefault(text, DateCandidate(text, "byline", role))
    return list(found.values())


def _machine_stamp(element: Any) -> str:
    """The machine-readable value beside the printed date: <time datetime>, or the content/datetime
    attribute of an itemprop date, which keeps the clock the printed text often drops."""
    if element.tag.lower() == "time":
        return (element.get("datetime") or "").strip()
    if element.tag.lower() == "abbr":  # microformats: <abbr class="dtstamp" title="2025-11-03T14:05:00Z">
        return (element.get("title") or "").strip()
    if (element.get("itemprop") or "").strip().lower() in ITEMPROP_DATES:
        return (element.get("content") or element.get("datetime") or "").strip()
    return ""


def _role(marks: str) -> Role:
    words = _words()
    if any(w in marks for w in words.updated):
        return "updated"
    return "published" if "publish" in marks or "posted" in marks else "unknown"


def element_authors(root: Any) -> list[str]:
    """Names on the first line of author-marked elements, without labels, places or separators."""
    names: list[str] = []
    for element, _ in _marked(root, _words().author):
        if element.tag.lower() == "time":
            continue
        line = _first_line(element)
        if not line or len(line.split()) > MAX_NAME_WORDS:
            continue
        by = lexicon.bylines()
        authors, _ = parse_byline(line if by.author.match(line) else f"By {line}")
        names += [n for n in authors if n not in names]
        if len(names) >= MAX_MARKED:
            break
    return names


def _first_line(element: Any) -> str:
    """Text up to the first <br> or block child: the name, not the place or bio printed under it."""
    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if node is not element and tag in LINE_ENDS and "".join(parts).strip():
            break
        if node is element:
            parts.append(node.text or "" if event == "start" else "")
        elif event == "start":
            parts.append(node.text or "")
        else:
            parts.append(node.tail or "")
    return " ".join("".join(parts).split())
