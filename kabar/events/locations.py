"""Where an event happened: a place attached to the trigger (`di Kremlin`, `ke Pyongyang`, `in Moscow`)."""

from __future__ import annotations

import re

from kabar.events.data import ID_FIRST, clause_words, lexicon_words
from kabar.events.gazetteer import Actor, Found, lookup
from kabar.events.spans import ByStart

LOCATIVE = re.compile(  # `in central Belgrade`, `di sekitar Taiwan`, `off the coast of Luzon`
    rf"(?i)\b(?:(?:{lexicon_words('clauses.toml', 'place_prepositions', ID_FIRST)})\s+"
    rf"(?:(?:{clause_words('place_modifiers')})\s+)?|(?:{clause_words('place_proximity')})\s+)$"
)
LOOK_BACK = 24
HOSTED = ("040", "043", "046")


def location_after(text: str, actors: list[Found] | ByStart, start: int, end: int) -> Actor | None:
    """The first place or country introduced by a locative preposition between `start` and `end` (`actors`
    sorted by start)."""
    for f in (actors if isinstance(actors, ByStart) else ByStart(actors)).starting_in(start, end):
        before = text[max(0, f.start - LOOK_BACK) : f.start]
        if f.actor.kind in ("place", "country") and LOCATIVE.search(before):
            return f.actor
    return None


def dateline_location(dateline: str | None) -> Actor | None:
    """The dateline's place, a fallback for hosted meetings only (the rule name says so)."""
    actor = lookup(dateline.strip()) if dateline else None
    return actor if actor is not None and actor.kind in ("place", "country") else None
