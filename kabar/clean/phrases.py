"""Where any of many phrases may stand in a text, judged from the words in it, so a slow regex over
a hundred phrases is tried only at the few places one of them is printed.

A phrase matched as a whole word ('Reuters', 'dilansir dari') opens with a run of letters that is then
a whole word of the text: a set lookup rules out most phrases, and str.find places the rest.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field

LETTERS = re.compile(r"[^\W\d_]+")  # a word as the language guess counts them
# Letters re's case-blind match pairs with ASCII ones although str.lower does not (ſ~s, ı~i, İ~i, K~k):
# a text holding one is searched for every phrase.
CASE_TRAPS = ("\u017f", "\u0131", "\u0130", "\u212a")


def _opening_word(phrase: str) -> str | None:
    """The lower-cased letter run a phrase opens with; None when it opens with something else."""
    match = LETTERS.match(phrase)
    word = match.group(0).lower() if match else None
    return word if word and LETTERS.fullmatch(word) else None


@dataclass(frozen=True)
class PhraseGate:
    """Phrases (as a finder alternation would list them) by the lower-cased word each opens with."""

    phrases: tuple[str, ...]
    by_word: dict[str, tuple[str, ...]] = field(init=False)
    words: frozenset[str] = field(init=False)  # the keys of by_word
    ungated: tuple[str, ...] = field(init=False)  # phrases opening with no letter: always looked for

    def __post_init__(self) -> None:
        by_word: dict[str, list[str]] = {}
        ungated: list[str] = []
        for phrase in self.phrases:
            word = _opening_word(phrase)
            (by_word.setdefault(word, []) if word else ungated).append(phrase)
        object.__setattr__(self, "by_word", {w: tuple(p) for w, p in by_word.items()})
        object.__setattr__(self, "ungated", tuple(ungated))
        object.__setattr__(self, "words", frozenset(by_word))

    def starts(self, text: str, words: Iterable[str], haystack: str | None = None) -> list[int]:
        """Sorted places where a phrase is printed in `haystack` (default `text`) among those a text
        whose lower-cased words are `words` may hold."""
        haystack = text if haystack is None else haystack
        if any(trap in text for trap in CASE_TRAPS):
            possible: Collection[str] = self.phrases
        else:
            possible = [
                *self.ungated,
                *(p for word in self.words.intersection(words) for p in self.by_word[word]),
            ]
        return sorted({start for phrase in possible for start in _occurrences(haystack, phrase)})


def _occurrences(haystack: str, phrase: str) -> Iterator[int]:
    start = haystack.find(phrase)
    while start >= 0:
        yield start
        start = haystack.find(phrase, start + 1)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` when every match starts at one of the sorted `starts`."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is None or match.end() == match.start():
            continue
        yield match
        end = match.end()
