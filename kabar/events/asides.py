"""Relative asides: `Putin, who flew in late on Monday, held talks`. What such a comma clause tells is
background to its sentence: its date is its own verb's, and its act is no antecedent of `the talks`."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import clause_words


@cache
def _relative_aside() -> re.Pattern[str]:
    """A comma aside opened by a relative pronoun (kabar/lexicon/<lang>/clauses.toml): `, who ... ,`."""
    return re.compile(rf"(?i),\s+(?:{clause_words('relative_aside')})\s[^,;:\"“”]{{3,160}},")


def asides(sentence: str) -> list[tuple[int, int]]:
    """The character spans of the sentence's relative asides."""
    return [(a.start(), a.end()) for a in _relative_aside().finditer(sentence)]


def in_aside(sentence: str, fragment: str | None) -> bool:
    """Whether `fragment` (a trigger or date text, first occurrence) stands inside a relative aside."""
    at = sentence.find(fragment or "\0")
    return at >= 0 and any(start <= at < end for start, end in asides(sentence))


def dated_in_aside(sentence: str, date_text: str | None, trigger: str) -> bool:
    """A day inside a relative clause dates the clause's own verb, not the main verb outside it."""
    at, verb_at = sentence.find(date_text or "\0"), sentence.find(trigger)
    return any(start <= at < end and not start <= verb_at < end for start, end in asides(sentence))
