"""Counted crowds as patients of coercion: `menangkap 16 orang`, `arrested four people`, `puluhan orang
ditangkap`. A count before a plain noun for people names a group the way `demonstran` does, so an arrest that
names no one else has its patient. Only coercion and abduction take them (`seized 20 students`): the counted
dead of an attack are its toll, not the side it hit. The words are in kabar/lexicon/<lang>/clauses.toml
(`crowd_*`) and roles.toml (`count_words`)."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import ID_FIRST, clause_words, lexicon_words
from kabar.events.gazetteer import Actor

CROWD = "+crowd"  # the rule tag of a counted-crowd patient


@cache
def _count() -> str:
    numbers = lexicon_words("roles.toml", "count_words", ID_FIRST)
    return rf"(?:\d[\d.,]*\d|\d|{clause_words('crowd_counts')}|{numbers})"


@cache
def _after() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w.,-]){_count()}\s+({clause_words('crowd_nouns')})(?!\w)")


@cache
def _before() -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<![\w.,-]){_count()}\s+({clause_words('crowd_nouns')})\s+"
        rf"(?:({clause_words('crowd_auxiliaries')})\s+)?$"
    )


@cache
def _captives() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w.,-]){_count()}\s+(?:[\w-]+\s+)?({clause_words('captive_nouns')})(?!\w)")


def captives_after(text: str, start: int, stop: int) -> Actor | None:
    """The counted captives a release frees (`released 52 prisoners`, `membebaskan 13 tahanan lainnya`): a
    group of no country, since those freed are often foreigners."""
    m = _captives().search(text, start, stop)
    return _crowd(m.group(1), None) if m else None


def _crowd(noun: str, country: str | None) -> Actor:
    return Actor(noun.lower(), country, "CVL", "group")


def crowd_after(text: str, start: int, stop: int, country: str | None) -> Actor | None:
    """The first counted crowd between `start` and `stop` (the object of `menangkap 16 orang`), as a group
    of `country`: the arresting side's, since an arrest of people is domestic unless the text says more."""
    m = _after().search(text, start, stop)
    return _crowd(m.group(1), country) if m else None


def crowd_suffered(text: str, start: int, end: int) -> bool:
    """`700 people had been killed`: a counted crowd and a passive auxiliary right before `end`, so the verb
    there is passive whatever its lexicon row says, and the crowd is what it was done to."""
    m = _before().search(text, start, end)
    return m is not None and m.group(2) is not None


def crowd_before(text: str, start: int, end: int, country: str | None) -> Actor | None:
    """The counted crowd right before `end` (`323 people were detained`): the subject of a passive."""
    m = _before().search(text, start, end)
    return _crowd(m.group(1), country) if m else None
