"""Many regexes over every line, made cheap: each pattern runs only when a literal it needs is present.

Python's `re` scans a line position by position for a pattern that opens with `\\b` or an
alternation, and a union of twenty such patterns costs ~15 µs per line. Nearly every pattern
contains a literal that any match must include ('newsletter', 'photo by'); a substring test for it
in the lower-cased line is C-speed, so the pattern itself runs on the few lines that could match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MIN_LITERAL = 3  # shorter literals ('(', 'ap') rule out too few lines to be worth a test
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _long(literal: str) -> bool:
    return len(literal) >= MIN_LITERAL


def _marked(literal: str) -> bool:
    """Holds punctuation ('/', '(', '©'): rare in prose even when short, unlike 'ap', 'co' or ' '."""
    return any(not (c.isalnum() or c.isspace()) for c in literal)


def _better(a: list[str] | None, b: list[str] | None, usable: Callable[[str], bool]) -> list[str] | None:
    """Of the usable alternative sets, the one whose shortest member is longest (the most selective)."""
    usable_sets = [c for c in (a, b) if c and all(map(usable, c))]
    return max(usable_sets, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _needed(items: Any, usable: Callable[[str], bool]) -> list[str] | None:
    """Literals one of which every match of this parsed sequence contains, or None if unknown."""
    best: list[str] | None = None
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        best = _better(best, ["".join(run)] if run else None, usable)
        run = []
        if op is sre.SUBPATTERN:
            best = _better(best, _needed(arg[-1], usable), usable)
        elif op is sre.BRANCH:
            branches = [_needed(b, usable) for b in arg[1]]
            if all(branches):
                best = _better(best, [x for b in branches if b for x in b], usable)
        elif op in _REPEATS and arg[0] >= 1:
            best = _better(best, _needed(arg[2], usable), usable)
    return best


def required_literals(pattern: str, flags: int = 0, marks: bool = False) -> tuple[str, ...] | None:
    """Lower-cased literals of MIN_LITERAL characters (with `marks`: of any length, holding punctuation)
    one of which any match of `pattern` must contain; None when none is found."""
    try:
        found = _needed(sre_parse.parse(pattern, flags), _marked if marks else _long)
    except (re.error, TypeError, AttributeError):  # an unexpected parse shape just means "no gate"
        return None
    return tuple(sorted({x.lower() for x in found})) if found else None


@dataclass(frozen=True)
class GatedPatterns:
    """`search(text)` is true when any pattern matches; same answer as one union, far less work."""

    literals: tuple[str, ...]  # the gate literals no other one contains: one substring test each per line
    longer: dict[str, tuple[str, ...]]  # literal -> the literals containing it, tested when it is present
    # (first gate, second gate or (), pattern): the pattern runs when both gates have a literal present
    gated: tuple[tuple[frozenset[str], tuple[str, ...], re.Pattern[str]], ...]
    ungated: tuple[re.Pattern[str], ...]
    # gate literal -> the `gated` entries whose first gate holds it: a line visits only those
    by_literal: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def present_in(self, lowered: str) -> tuple[str, ...]:
        """The gate literals a lower-cased text holds: for many lines joined by newlines (no literal
        holds one), one scan of the whole tells which literals each line's `search` need test."""
        return tuple(filter(lowered.__contains__, self.literals))

    def search(self, text: str, lowered: str | None = None, literals: tuple[str, ...] | None = None) -> bool:
        """`literals`: a subset of the gate literals (see `present_in`) the text may hold."""
        low = text.lower() if lowered is None else lowered
        # C-level: no per-literal bytecode
        present = list(filter(low.__contains__, self.literals if literals is None else literals))
        if present:
            found = set(present)
            for literal in present:
                found.update(longer for longer in self.longer.get(literal, ()) if longer in low)
            for i in {i for literal in found for i in self.by_literal.get(literal, ())}:  # any match will do
                _, second, pattern = self.gated[i]
                if (not second or any(map(low.__contains__, second))) and pattern.search(text):
                    return True
        return bool(self.ungated) and any(pattern.search(text) for pattern in self.ungated)


def _gates(source: str, flags: int) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A pattern's two gates: the punctuation it needs ('(', '/', ':') first, as a one-character test
    that most prose fails, then the words it needs; None when it needs neither."""
    marks = required_literals(source, flags, marks=True)
    words = required_literals(source, flags)
    if marks and words and set(marks) != set(words):
        return marks, words
    found = marks or words
    return (found, ()) if found else None


def gated_patterns(patterns: list[str], flags: int = 0) -> GatedPatterns:
    """A pattern that needs both punctuation and a word is tested on the punctuation first: one
    memchr per line for the mark instead of a substring search per word."""
    gated: list[tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]] = []
    ungated: list[re.Pattern[str]] = []
    for source in patterns:
        compiled = re.compile(source, flags)
        gates = _gates(source, flags)
        if gates:
            gated.append((frozenset(gates[0]), gates[1], compiled))
        else:
            ungated.append(compiled)
    every = sorted({literal for first, _, _ in gated for literal in first})
    inner = [x for x in every if not any(x != y and y in x for y in every)]
    longer = {x: tuple(y for y in every if y != x and x in y and _first_inside(y, inner) == x) for x in inner}
    by_literal = {x: tuple(i for i, (first, _, _) in enumerate(gated) if x in first) for x in every}
    return GatedPatterns(
        tuple(inner), {k: v for k, v in longer.items() if v}, tuple(gated), tuple(ungated), by_literal
    )


def _first_inside(text: str, inner: list[str]) -> str:
    """The first of the innermost literals that `text` contains: the one whose presence triggers its test."""
    return next(x for x in inner if x in text)


# What a category escape matches among ASCII characters (the only first characters dispatched on).
_ASCII = [chr(c) for c in range(128)]
_CATEGORY_ESCAPES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _class_chars(items: Any) -> set[str] | None:
    """The ASCII characters a character class admits; None when it is negated or unusual."""
    found: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            found.add(chr(arg))
        elif op is sre.RANGE:
            found.update(chr(c) for c in range(arg[0], min(arg[1], 127) + 1))
        elif op is sre.CATEGORY and arg in _CATEGORY_ESCAPES:
            escape = re.compile(_CATEGORY_ESCAPES[arg])
            found.update(c for c in _ASCII if escape.match(c))
        else:
            return None
    return found


def _first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """(the characters a match of this parsed sequence may open with, whether it may match empty);
    None for 'any character'. Zero-width assertions are skipped: that only widens the set."""
    chars: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        empty = False
        if op is sre.LITERAL:
            found: set[str] | None = {chr(arg)}
        elif op is sre.IN:
            found = _class_chars(arg)
        elif op is sre.SUBPATTERN:
            found, empty = _first_chars(arg[-1])
        elif op is sre.BRANCH:
            parts = [_first_chars(branch) for branch in arg[1]]
            found = None if any(p is None for p, _ in parts) else {c for p, _ in parts for c in p or ()}
            empty = any(e for _, e in parts)
        elif op in _REPEATS:
            found, empty = _first_chars(arg[2])
            empty = empty or arg[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The ASCII characters any non-empty match of `pattern` must open with (both cases under re.I);
    None when that is unknown or the pattern may match the empty string."""
    try:
        found, empty = _first_chars(sre_parse.parse(pattern, flags))
    except (re.error, TypeError, AttributeError, KeyError):
        return None
    if found is None or empty:
        return None
    if flags & re.I and any(not c.isascii() and c.isalpha() for c in found):
        return None  # re.I pairs some non-ASCII letters with ASCII ones ('K' with 'k'): play safe
    ascii_found = {c for c in found if c.isascii()}
    if flags & re.I:
        ascii_found |= {c.lower() for c in ascii_found} | {c.upper() for c in ascii_found}
    return frozenset(ascii_found)


@dataclass(frozen=True)
class AnchoredPatterns:
    """`match(text)` is true when any of many ^-anchored patterns matches at the start: each text runs
    only the patterns that may open with its first character (a union of sixty costs ~1.5 µs a line).
    A character's union is compiled when first needed, so loading costs one union, not a hundred."""

    patterns: tuple[str, ...]
    flags: int
    every: re.Pattern[str]
    chosen: dict[str, tuple[int, ...]]  # ASCII first character -> the patterns it allows
    compiled: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    # For `matches`: the patterns that may open with nearly any letter yet need a punctuation mark ('%'
    # of a ticker row, ':'), tried only when the text holds one (a memchr), and the rest by first character
    marked: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = ()
    unmarked: dict[str, tuple[int, ...]] = field(default_factory=dict)
    unmarked_compiled: dict[str, re.Pattern[str] | None] = field(default_factory=dict)

    def match(self, text: str) -> re.Match[str] | None:
        """Same answer as the whole union's `match`."""
        first = text[:1]
        if not (first and first.isascii()):
            return self.every.match(text)
        if first not in self.compiled:
            self.compiled[first] = self._chosen_union(self.chosen.get(first, ()))
        pattern = self.compiled[first]
        return pattern.match(text) if pattern is not None else None

    def matches(self, text: str) -> bool:
        """`match(text) is not None`, with the `marked` patterns run only on texts holding their mark."""
        first = text[:1]
        if not (first and first.isascii()):
            return self.match(text) is not None
        if first not in self.unmarked_compiled:
            self.unmarked_compiled[first] = self._chosen_union(self.unmarked.get(first, ()))
        pattern = self.unmarked_compiled[first]
        if pattern is not None and pattern.match(text):
            return True
        # a plain loop and C-level mark tests: a generator frame per call costs more than the tests
        for marks, marked in self.marked:  # noqa: SIM110
            if any(map(text.__contains__, marks)) and marked.match(text):
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.every.search(text)

    def _chosen_union(self, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
        return union_of([self.patterns[i] for i in chosen], self.flags) if chosen else None


def union_of(patterns: list[str], flags: int) -> re.Pattern[str]:
    """One alternation; a leading (?i) becomes a scoped group, as global flags may not stand inside."""
    parts = [f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in patterns]
    return re.compile("|".join(parts) or "(?!)", flags)


BROAD_OPENING = 20  # a pattern that may open with this many letters gains little from first-letter dispatch
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def anchored_patterns(patterns: list[str], flags: int = 0) -> AnchoredPatterns:
    """Non-ASCII first characters use the whole union: re.I pairs 'ſ', 'ı' and 'K' with ASCII letters.
    A mark (punctuation, no case to fold) a broad pattern needs gates it for `matches`."""
    firsts = [first_chars(p, flags) for p in patterns]
    chosen = {c: tuple(i for i, f in enumerate(firsts) if f is None or c in f) for c in _ASCII}
    marked, kept = [], set(range(len(patterns)))
    for i, (source, found) in enumerate(zip(patterns, firsts, strict=True)):
        marks = required_literals(source, flags, marks=True)
        broad = found is not None and len(found & _LOWER_LETTERS) >= BROAD_OPENING
        if broad and marks and all(len(mark) == 1 and not mark.isalnum() for mark in marks):
            marked.append((marks, re.compile(source, flags)))
            kept.discard(i)
    unmarked = {c: tuple(i for i in found if i in kept) for c, found in chosen.items()}
    return AnchoredPatterns(
        tuple(patterns), flags, union_of(patterns, flags), chosen, marked=tuple(marked), unmarked=unmarked
    )
