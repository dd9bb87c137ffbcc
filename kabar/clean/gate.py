"""Many regexes over every line, made cheap: each pattern runs only when a literal it needs is present.

Python's `re` scans a line position by position for a pattern that opens with `\\b` or an
alternation, and a union of twenty such patterns costs ~15 µs per line. Nearly every pattern
contains a literal that any match must include ('newsletter', 'photo by'); a substring test for it
in the lower-cased line is C-speed, so the pattern itself runs on the few lines that could match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MIN_LITERAL = 3  # shorter literals ('(', 'ap') rule out too few lines to be worth a test
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _long(literal: str) -> bool:
    return len(literal) >= MIN_LITERAL


def _marked(literal: str) -> bool:
    """Holds punctuation ('/', '(', '©'): rare in prose even when short, unlike 'ap' or 'co'."""
    return not literal.isalnum()


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
    gated: tuple[tuple[frozenset[str], re.Pattern[str]], ...]
    ungated: tuple[re.Pattern[str], ...]

    def search(self, text: str, lowered: str | None = None) -> bool:
        low = text.lower() if lowered is None else lowered
        present = list(filter(low.__contains__, self.literals))  # C-level: no per-literal bytecode
        if present:
            found = set(present)
            for literal in present:
                found.update(longer for longer in self.longer.get(literal, ()) if longer in low)
            for literals, pattern in self.gated:
                if not found.isdisjoint(literals) and pattern.search(text):
                    return True
        return any(pattern.search(text) for pattern in self.ungated)


def gated_patterns(patterns: list[str], flags: int = 0) -> GatedPatterns:
    """A pattern without a literal of MIN_LITERAL characters is gated on required punctuation ('/', '©')
    when it has some: still a C-speed test that most lines fail."""
    gated: list[tuple[frozenset[str], re.Pattern[str]]] = []
    ungated: list[re.Pattern[str]] = []
    for source in patterns:
        compiled = re.compile(source, flags)
        literals = required_literals(source, flags) or required_literals(source, flags, marks=True)
        if literals:
            gated.append((frozenset(literals), compiled))
        else:
            ungated.append(compiled)
    every = sorted({literal for literals, _ in gated for literal in literals})
    inner = [x for x in every if not any(x != y and y in x for y in every)]
    longer = {x: tuple(y for y in every if y != x and x in y and _first_inside(y, inner) == x) for x in inner}
    return GatedPatterns(tuple(inner), {k: v for k, v in longer.items() if v}, tuple(gated), tuple(ungated))


def _first_inside(text: str, inner: list[str]) -> str:
    """The first of the innermost literals that `text` contains: the one whose presence triggers its test."""
    return next(x for x in inner if x in text)
