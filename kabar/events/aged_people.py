"""People the text introduces with their age: `Zivan Radmanovic (32)`, `tersangka MC (34)`, `Ahmed Ali, 45,`,
or by their age alone (`a 26-year-old man`, named so: news copy withholds the name of one not yet charged).

News copy gives the age of private people (victims, suspects, witnesses) right after their name, and of no
body or place, so a name so followed is a person even when no title or lexicon knows it. Indonesian police
reports name suspects by their initials the same way (`DFJ (27)`).
"""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import alternation, clause_word_list
from kabar.events.gazetteer import Actor, Found
from kabar.events.spans import ByStart
from kabar.events.titles import STOP_WORDS

PRIVATE = "CVL"  # CAMEO's role of civilians: a person the text gives an age holds no office it names
WORD = r"[A-Z][a-z'’-]+"
# A name of one to four capitalised words, or two to five capitals (initials), then `(32)` or `(32 tahun)`.
BRACKETED_AGE = re.compile(
    rf"(?<![\w'’-])({WORD}(?:[ \t]+{WORD}){{0,3}}|[A-Z]{{2,5}})[ \t]*\([ \t]*[1-9]\d(?:[ \t]*tahun)?[ \t]*\)"
)
# `Ahmed Ali, 45, was`: two to four capitalised words, then the age between commas.
COMMA_AGE = re.compile(rf"(?<![\w'’-])({WORD}(?:[ \t]+{WORD}){{1,3}}),[ \t]+[1-9]\d,(?=[ \t])")


@cache
def _unnamed() -> re.Pattern[str]:
    """`a 26-year-old man`: the age and the noun name the person."""
    nouns = alternation(tuple(clause_word_list("aged_nouns")))
    return re.compile(rf"(?i)(?<![\w'’-])(?:a|an)[ \t]+([1-9]\d?-year-old[ \t]+(?:{nouns}))(?![\w'’-])")


def aged_people(text: str, spans: list[Found]) -> tuple[list[Found], list[Found]]:
    """Persons introduced with an age that no span in `spans` (sorted by start) covers, in order; and the
    spans they replace: initials the lexicon reads as a body or country (`AS (25)` is no United States)."""
    index = ByStart(spans)
    not_names = not_name_words()
    out: list[Found] = []
    replaced: list[Found] = []
    for pattern in (BRACKETED_AGE, COMMA_AGE):
        for m in pattern.finditer(text):
            start, end = m.span(1)
            name = m.group(1)
            if any(w in STOP_WORDS or w in not_names for w in name.split()):
                continue
            known = [f for f in index.starting_in(start - index.longest, end) if f.end > start]
            if known and not (
                name.isupper() and len(known) == 1 and known[0].start == start and known[0].end == end
            ):
                continue  # a known actor (a title's person, a body, a place) is part of it
            replaced += known
            out.append(Found(start, end, name, Actor(" ".join(name.split()), None, PRIVATE, "person")))
    for m in _unnamed().finditer(text):
        start, end = m.span(1)
        if not index.overlaps(start, end):
            name = " ".join(m.group(1).lower().split())
            out.append(Found(start, end, m.group(1), Actor(name, None, PRIVATE, "person")))
    return sorted(out, key=lambda f: f.start), replaced


@cache
def not_name_words() -> frozenset[str]:
    """Capitalised words a bracketed number follows that are no name (`Pasal (12)`, `Room (14)`)."""
    return frozenset(clause_word_list("age_not_names")) | frozenset(clause_word_list("not_person_heads"))
