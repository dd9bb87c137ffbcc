"""Many lexicon patterns read as one alternation `(?<![\\w-])(?:p0|p1|...)(?![\\w-])` (case-insensitive),
match for match, without one regex trying every pattern at every word of the text.

Python's regex engine tries each branch at each position, so a long alternation costs the number of
patterns times the number of words. Here each pattern's possible first words are read from its source
(`bertemu(?:nya)?` needs `bertemu` or `bertemunya`) and a pattern is only tried where one of them occurs.
A first word is a necessary condition, never a guess: what the analysis can't follow (`\\w+`, a class, a
repeat) leaves only the word's beginning known, or the pattern unknown and tried everywhere.
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any

sre_parse: Any
try:  # the stdlib's own pattern parser; without it every pattern is unknown, the plain alternation is used
    sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    sre_parse = None

WORD_START, WORD_END = r"(?<![\w-])", r"(?![\w-])"
WORD_CHAR = re.compile(r"[\w-]")
TOKEN = re.compile(r"[\w-]+")
MAX_SPELLINGS = 256  # more first-word spellings than this: give up, the pattern is unknown
# Non-ASCII letters `re.IGNORECASE` equates with an ASCII letter (`İ`, `ı`, `ſ`, the Kelvin sign);
# tests/test_events_alternation.py checks this list against every code point.
ASCII_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
TWIN = re.compile("[" + "".join(ASCII_TWINS) + "]")

State = tuple[str, str]  # (first word so far, "open" | "word" | "prefix")
Match = tuple[int, int, int]  # (start, end, pattern index)


@dataclass(frozen=True)
class Head:
    """A first word of a pattern (lower case): the whole word, or only its beginning when `prefix`."""

    word: str
    prefix: bool


class Alternation:
    """Patterns matched as one alternation: leftmost match first, the earlier pattern at one position; with
    `longest`, the longest match at one position (the earlier pattern among equals), so a specific phrase
    wins over a bare verb of the same root wherever either row stands in the file."""

    def __init__(self, patterns: Sequence[str], longest: bool = False) -> None:
        self.patterns = tuple(patterns)
        self.longest = longest
        self.singles = tuple(re.compile(f"{WORD_START}(?:{p}){WORD_END}", re.IGNORECASE) for p in patterns)
        words: dict[str, list[int]] = {}
        beginnings: dict[str, list[int]] = {}
        anywhere: list[tuple[int, re.Pattern[str]]] = []
        for i, pattern in enumerate(patterns):
            heads = pattern_heads(pattern)
            if heads is None:
                anywhere.append((i, re.compile(f"(?={self.singles[i].pattern})", re.IGNORECASE)))
            for head in heads or ():
                (beginnings if head.prefix else words).setdefault(head.word, []).append(i)
        self.words = {w: tuple(ix) for w, ix in words.items()}
        self.beginnings = {w: tuple(ix) for w, ix in beginnings.items()}
        self.anywhere = tuple(anywhere)
        self.indexed = sre_parse is not None and all(_alone_is_same(p) for p in patterns)

    @cached_property
    def whole(self) -> re.Pattern[str]:
        """All patterns in one regex, a named group each: the reference, and the fallback."""
        branches = "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(self.patterns))
        return re.compile(f"{WORD_START}(?:{branches}){WORD_END}", re.IGNORECASE)

    def matches(self, text: str) -> list[Match]:
        """What `whole.finditer(text)` finds, as (start, end, pattern index)."""
        if not self.indexed:
            return self.scan(text)
        out: list[Match] = []
        end = 0
        for start, group in itertools.groupby(sorted(self._candidates(text)), key=itemgetter(0)):
            if start < end:  # by position, then pattern: the alternation's order
                continue
            best = self._best(text, start, [i for _, i in group])
            if best is not None:
                out.append(best)
                end = best[1]
        return out

    def _best(self, text: str, start: int, indices: Sequence[int]) -> Match | None:
        """The match at `start`: the first pattern's, or with `longest` the longest (first among equals)."""
        best: Match | None = None
        for i in indices:
            m = self.singles[i].match(text, start)
            if m is not None and (best is None or m.end() > best[1]):
                best = (start, m.end(), i)
                if not self.longest:
                    break
        return best

    def scan(self, text: str) -> list[Match]:
        """The plain alternation over the whole text; with `longest`, every pattern tried where it matched."""
        if not self.longest:
            return [(m.start(), m.end(), int((m.lastgroup or "p0")[1:])) for m in self.whole.finditer(text)]
        out: list[Match] = []
        pos = 0
        while (m := self.whole.search(text, pos)) is not None:
            best = self._best(text, m.start(), range(len(self.patterns)))
            assert best is not None  # the alternation matched here, so one of its patterns does
            out.append(best)
            pos = max(best[1], m.start() + 1)
        return out

    def _candidates(self, text: str) -> list[tuple[int, int]]:
        """(position, pattern) wherever a pattern's first word occurs in the text: nowhere else can it."""
        low, tokens = _folded_tokens(text)
        found = [(w, self.words[w]) for w in self.words.keys() & tokens]
        found += [(w, ix) for w, ix in self.beginnings.items() if w in low]
        out = []
        for word, ix in found:
            at = low.find(word)
            while at >= 0:
                out += [(at, i) for i in ix]
                at = low.find(word, at + 1)
        for i, where in self.anywhere:
            out += [(m.start(), i) for m in where.finditer(text)]
        return out


def _alone_is_same(pattern: str) -> bool:
    """A pattern matches alone as inside the alternation unless it may match nothing (the scan would have
    to step over empty matches) or refers to a group by number (numbers shift inside the alternation)."""
    if sre_parse.parse(pattern, re.IGNORECASE).getwidth()[0] == 0:
        return False
    return re.compile(pattern).groups == 0 or not re.search(r"\\\d|\(\?\(", pattern)


class _Unknown(Exception):
    """The pattern's first word cannot be told from its source."""


def pattern_heads(pattern: str) -> frozenset[Head] | None:
    """Every first word `pattern` can start with when matched case-insensitively from a word start up to a
    word end; None when it may start with anything."""
    if sre_parse is None:
        return None
    try:
        states = _sequence(list(sre_parse.parse(pattern, re.IGNORECASE)), {("", "open")})
    except (_Unknown, re.error):
        return None
    heads = frozenset(Head(word, status == "prefix") for word, status in states)
    return None if any(not h.word for h in heads) else heads


def _sequence(items: list[Any], states: set[State]) -> set[State]:
    """States after the parsed items, in order; only open states (word still going on) advance."""
    for op, av in items:
        open_ = {s for s in states if s[1] == "open"}
        if not open_:
            break
        states = (states - open_) | _step(str(op), av, open_)
        if len(states) > MAX_SPELLINGS:
            raise _Unknown
    return states


def _step(op: str, av: Any, states: set[State]) -> set[State]:
    """The states after one parsed item."""
    if op == "LITERAL":
        char = chr(av)
        if not char.isascii():
            raise _Unknown
        if WORD_CHAR.match(char):
            return {(w + char.lower(), "open") for w, _ in states}
        return {(w, "word") for w, _ in states}
    if op in ("ASSERT", "ASSERT_NOT", "AT"):
        return states  # zero-width: a further condition, no characters
    if op == "SUBPATTERN":
        return _sequence(list(av[3]), states)
    if op == "BRANCH":
        return set().union(*(_sequence(list(alt), states) for alt in av[1]))
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        once = _sequence(list(sub), states) if high >= 1 else set()
        if high > 1:  # further rounds may go on with the word: only its beginning is known
            once = {(w, "prefix" if status == "open" else status) for w, status in once}
        return (states if low == 0 else set()) | once
    return {(w, "prefix") for w, _ in states}  # a class, a wildcard, a back-reference: the word goes on


@lru_cache(maxsize=2)  # a text is matched against two lexicons in a row: titles, then triggers
def _folded_tokens(text: str) -> tuple[str, frozenset[str]]:
    low = folded(text)
    return low, frozenset(TOKEN.findall(low))


def folded(text: str) -> str:
    """`text` with ASCII letters and their IGNORECASE twins in lower case, offsets unchanged."""
    low = text.lower()
    if len(low) == len(text) and (text.isascii() or not TWIN.search(text)):
        return low
    return "".join(ASCII_TWINS.get(c) or (c.lower() if len(c.lower()) == 1 else c) for c in text)
