"""Many regexes over every line, made cheap: each pattern runs only when a literal it needs is present.

Python's `re` scans a line position by position for a pattern that opens with `\\b` or an
alternation, and a union of twenty such patterns costs ~15 µs per line. Nearly every pattern
contains a literal that any match must include ('newsletter', 'photo by'); a substring test for it
in the lower-cased line is C-speed, so the pattern itself runs on the few lines that could match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MIN_LITERAL = 3  # shorter literals ('(', 'ap') rule out too few lines to be worth a test
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _better(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    """The alternative set whose shortest member is longest (the most selective test)."""
    usable = [c for c in (a, b) if c and min(map(len, c)) >= MIN_LITERAL]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _needed(items: Any) -> list[str] | None:
    """Literals one of which every match of this parsed sequence contains, or None if unknown."""
    best: list[str] | None = None
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        best = _better(best, ["".join(run)] if run else None)
        run = []
        if op is sre.SUBPATTERN:
            best = _better(best, _needed(arg[-1]))
        elif op is sre.BRANCH:
            branches = [_needed(b) for b in arg[1]]
            if all(branches):
                best = _better(best, [x for b in branches if b for x in b])
        elif op in _REPEATS and arg[0] >= 1:
            best = _better(best, _needed(arg[2]))
    return best


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-cased literals one of which any match of `pattern` must contain; None when none is found."""
    try:
        found = _needed(sre_parse.parse(pattern, flags))
    except (re.error, TypeError, AttributeError):  # an unexpected parse shape just means "no gate"
        return None
    return tuple(sorted({x.lower() for x in found})) if found else None


def find_all(
    pattern: re.Pattern[str], finder: re.Pattern[str], text: str, lowered: bool = False
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, when every match starts where the cheaper `finder` matches (on the
    lower-cased text if `lowered`): the slow pattern is then tried only at those places."""
    haystack = text.lower() if lowered else text
    if len(haystack) != len(text):  # a few characters change length when lower-cased
        yield from pattern.finditer(text)
        return
    pos = 0
    while (hit := finder.search(haystack, pos)) is not None:
        match = pattern.match(text, hit.start())
        if match is None or match.end() == match.start():
            pos = hit.start() + 1
            continue
        yield match
        pos = match.end()


@dataclass(frozen=True)
class GatedPatterns:
    """`search(text)` is true when any pattern matches; same answer as one union, far less work."""

    literals: tuple[str, ...]  # every gate literal once: one pass of substring tests per line
    gated: tuple[tuple[frozenset[str], re.Pattern[str]], ...]
    ungated: tuple[re.Pattern[str], ...]

    def search(self, text: str, lowered: str | None = None) -> bool:
        low = text.lower() if lowered is None else lowered
        present = {literal for literal in self.literals if literal in low}
        if present:
            for literals, pattern in self.gated:
                if not present.isdisjoint(literals) and pattern.search(text):
                    return True
        return any(pattern.search(text) for pattern in self.ungated)


def gated_patterns(patterns: list[str], flags: int = 0) -> GatedPatterns:
    gated: list[tuple[frozenset[str], re.Pattern[str]]] = []
    ungated: list[re.Pattern[str]] = []
    for source in patterns:
        compiled = re.compile(source, flags)
        literals = required_literals(source, flags)
        if literals:
            gated.append((frozenset(literals), compiled))
        else:
            ungated.append(compiled)
    every = tuple(sorted({literal for literals, _ in gated for literal in literals}))
    return GatedPatterns(every, tuple(gated), tuple(ungated))
