"""Links between events of one text: reactions to `the launch` target its agent; `sehari sebelumnya`
counts from the event just reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from kabar.events.data import toml_table
from kabar.events.roles import Slots
from kabar.events.triggers import Trigger

if TYPE_CHECKING:
    from kabar.events.coder import Mention

Candidate = tuple[Trigger, Slots, tuple[int, int]]
DEMONSTRATIVE = r"(?:itu|tersebut|ini)"


@cache
def _nouns(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    table = toml_table("common", "events.toml").get("anaphora", {})
    nouns = {k.lower(): tuple(v) for k, v in table.get(lang, {}).items()}
    alternation = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!x)x"
    if lang == "id":
        adverb = r"(?:(?:keras|juga|pula)\s+)?"
        pattern = rf"^\s+{adverb}(?P<noun>{alternation})(?:\s+[\w-]+){{0,3}}?\s+{DEMONSTRATIVE}\b"
    else:
        pattern = rf"^\s+(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{alternation})\b"
    return re.compile(pattern, re.IGNORECASE), nouns


@cache
def _reaction_roots() -> frozenset[str]:
    return frozenset(toml_table("common", "events.toml").get("anaphora", {}).get("reaction_roots", []))


def referred_roots(text: str, pos: int, lang: str) -> tuple[str, ...]:
    """The CAMEO roots of the earlier event an event noun right after `pos` points back at, if any."""
    pattern, nouns = _nouns(lang)
    m = pattern.match(text[pos : pos + 80])
    return nouns.get(m.group("noun").lower(), ()) if m else ()


def target_earlier_agents(
    text: str, lang: str, cands: list[Candidate], keep: Callable[[Candidate], bool]
) -> list[Candidate]:
    """A reaction without a patient (`mengecam peluncuran tersebut`) targets the referred event's agent."""
    out = list(cands)
    for i, (trig, slots, sent) in enumerate(cands):
        if slots.actor2 is not None or slots.actor1 is None or trig.rule.cameo[:2] not in _reaction_roots():
            continue
        roots = referred_roots(text, trig.end, lang)
        if not roots:
            continue
        agent = slots.actor1
        earlier = [
            c
            for c in out[:i]
            if c[0].rule.cameo[:2] in roots and c[1].actor1 is not None and keep(c)
            and c[1].actor1.key != agent.key and c[1].actor1.country != agent.country
        ]  # fmt: skip
        if earlier:
            referent = earlier[-1][1].actor1
            out[i] = (trig, Slots(agent, referent, slots.how + "+event_anaphor"), sent)
    return out


@cache
def _relative_days() -> tuple[tuple[re.Pattern[str], int], ...]:
    table = toml_table("common", "events.toml").get("relative_days", {})
    return tuple((re.compile(rf"(?i)^(?:{k})$"), int(v)) for k, v in table.items())


def _offset(date_text: str | None) -> int | None:
    if not date_text:
        return None
    for pattern, days in _relative_days():
        if pattern.match(date_text.strip()):
            return days
    return None


def date_from_previous(mentions: list[Mention]) -> list[Mention]:
    """`Sehari sebelumnya`, `the same day`: the day of the previous day-dated event, shifted."""
    out: list[Mention] = []
    previous = None
    for m in sorted(mentions, key=lambda m: m.char_start):
        days = _offset(m.dating.text)
        if days is not None and previous is not None and previous.start is not None:
            day = previous.start + timedelta(days=days)
            m = replace(
                m, dating=replace(m.dating, event_date=day, start=day, end=day), rule=m.rule + "+relative_day"
            )
        elif m.dating.precision == "day" and days is None:
            previous = m.dating
        out.append(m)
    return out
