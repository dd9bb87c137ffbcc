"""`its air force`, `entered its airspace`, `wilayah udaranya`: a possessive points back at a country.

The owner is the nearest country named before the possessive in the same sentence that is not the agent's:
in `Poland said its air force shot down Russian drones that had entered its airspace`, both possessives are
Poland's, never Russia's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache

from kabar.events.anaphora import Candidate
from kabar.events.data import alternation, word_list
from kabar.events.gazetteer import Actor, Found
from kabar.events.roles import Slots

POSSESSOR_REACH = 200  # characters back to the country a possessive points at
OWNED_PATIENT = "+owned_place"


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a determiner right before a position, a suffix right after one, an owned place closing a trigger,
    a personal determiner right before a position)."""
    determiners = word_list("roles.toml", "possessive_determiners", (lang,))
    personal = word_list("roles.toml", "personal_determiners", (lang,))
    suffixes = word_list("roles.toml", "possessive_suffixes", (lang,))
    places = alternation(word_list("roles.toml", "owned_places", (lang,)))
    owned = [rf"(?<!\w)(?:{alternation(determiners)})\s+(?:{places})"] if determiners else []
    owned += [rf"(?<!\w)(?:{places})(?:{alternation(suffixes)})"] if suffixes else []
    return (
        re.compile(rf"(?i)(?<!\w)(?:{alternation(determiners)})\s+$"),
        re.compile(rf"(?:{alternation(suffixes)})(?!\w)"),
        re.compile(rf"(?i)(?:{'|'.join(owned) or '(?!)'})$"),
        re.compile(rf"(?i)(?<!\w)(?:{alternation(personal) if personal else '(?!)'})\s+$"),
    )


def _owner(
    actors: list[Found], pos: int, sent: tuple[int, int], not_country: str | None, kind: str = "country"
) -> Actor | None:
    """The nearest actor of `kind` with a country before `pos` in its sentence, of a country other than
    `not_country`."""
    start = max(sent[0], pos - POSSESSOR_REACH)
    for f in reversed(actors):
        a = f.actor
        if f.end <= pos and f.start >= start and a.kind == kind and a.country and a.country != not_country:
            return a
    return None


def owned_groups(text: str, lang: str, actors: list[Found], sents: list[tuple[int, int]]) -> list[Found]:
    """`its air force`, `angkatan udaranya`: a national body without a country takes its owner's; `his forces`
    takes the country of the person told before it."""
    before, after, _, personal = _patterns(lang)
    starts = [s for s, _ in sents]
    out: list[Found] = []
    for f in actors:
        a = f.actor
        if a.kind == "group" and a.country is None and (i := bisect_right(starts, f.start) - 1) >= 0:
            lead = max(0, f.start - 8)
            kind = "country" if before.search(text, lead, f.start) or after.match(text, f.end) else None
            kind = kind or ("person" if personal.search(text, lead, f.start) else None)
            if kind is not None and (owner := _owner(out, f.start, sents[i], None, kind)) is not None:
                f = replace(f, actor=replace(a, country=owner.country))
        out.append(f)
    return out


def owned_patients(lang: str, actors: list[Found], cands: list[Candidate]) -> list[Candidate]:
    """`Russian jets entered its airspace`: an act into an owned place with no patient targets the owner."""
    _, _, owned, _ = _patterns(lang)
    out: list[Candidate] = []
    for trig, slots, sent in cands:
        agent = slots.actor1
        if slots.actor2 is None and agent is not None and owned.search(trig.text):
            owner = _owner(actors, trig.start, sent, agent.country)
            if owner is not None:
                slots = Slots(agent, owner, slots.how + OWNED_PATIENT)
        out.append((trig, slots, sent))
    return out
