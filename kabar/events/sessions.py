"""A multilateral body's own session (`the Security Council will meet`) has one actor; the party that asked
for it (`at Iran's request`, `atas permintaan Iran`) is its second, as gold codings and GDELT do."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kabar.events.data import toml_table
from kabar.events.gazetteer import Actor
from kabar.events.roles import Context, Slots
from kabar.events.triggers import Trigger

LOOKBACK = 40  # characters before a requester that may hold `at the request of`


@cache
def session_patterns() -> tuple[
    frozenset[str], re.Pattern[str], re.Pattern[str], tuple[re.Pattern[str], ...], frozenset[str]
]:
    """Roles of assembly bodies, session words of a trigger, the requester's cues and the codes of a body's
    accord among its members (events.toml)."""
    table = toml_table("common", "events.toml").get("coding", {})
    never = "(?!x)x"
    return (
        frozenset(table.get("assembly_roles", [])),
        re.compile(table.get("assembly_session", never)),
        re.compile(table.get("requester_before", never)),
        tuple(re.compile(p) for p in table.get("requester_possessive", [never, never])),
        frozenset(table.get("assembly_accords", [])),
    )


def is_own_session(trig: Trigger, a1: Actor | None) -> bool:
    """`Dewan Keamanan PBB menggelar sidang darurat`, `the Council will meet`: no second party needed; nor
    for the members' accord (`NATO leaders agreed to raise spending`), an agreement among its members."""
    roles, session, _, _, accords = session_patterns()
    if a1 is None or a1.role not in roles:
        return False
    if trig.rule.cameo[:3] in accords:
        return a1.kind in ("org", "title")  # `para pemimpin negara anggota NATO sepakat`
    return a1.kind == "org" and trig.rule.cameo[:2] == "04" and session.search(trig.text) is not None


def session_requester(ctx: Context, sent: tuple[int, int], trig: Trigger, slots: Slots) -> Slots:
    """The party a body's session was called for becomes its second actor."""
    if slots.actor2 is not None or not is_own_session(trig, slots.actor1):
        return slots
    _, _, before, (at, possessive), _ = session_patterns()
    for f in ctx.index.starting_in(trig.end, sent[1]):
        lead = ctx.text[max(trig.end, f.start - LOOKBACK) : f.start]
        if f.actor != slots.actor1 and (
            before.search(lead) or (at.search(lead) and possessive.match(ctx.text, f.end))
        ):
            return replace(slots, actor2=f.actor, how=slots.how + "+requester")
    return slots
