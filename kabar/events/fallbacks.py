"""Second looks at a trigger's slots: an unnamed crowd still protests, two people who `clash` argue, a visit
to a place visits its country, and a delegation or an armed force acts for the one who leads it."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kabar.events.context import country_actor
from kabar.events.data import ID_FIRST, clause_word_list, clause_words, lexicon_words
from kabar.events.gazetteer import Actor
from kabar.events.locations import location_after
from kabar.events.roles import Context, Slots
from kabar.events.triggers import Trigger

CROWD_ROOTS = frozenset(["14"])
VERBAL_ROLES = frozenset(["GOV", "LEG", "PARTY", "OPP", "IGO"])
SPEECH_ROOTS = frozenset(["01", "02", "03", "05"])  # statements, appeals, intents, praise
# A visit's host place stands close after the trigger, before any subordinate clause (`saat ... di Ukraina`).
HOST_SPAN = 90
# `di Lapangan Merah, Moskow`, `in Tiananmen Square, Beijing`: a site no lexicon knows, then its city.
UNKNOWN_SITE = re.compile(
    rf"(?<!\w)(?:{lexicon_words('clauses.toml', 'site_prepositions', ID_FIRST)})"
    rf"(?:\s+[A-Z][\w'’-]*){{1,4}},\s*$"
)
FORCES = ("MIL", "REB")  # roles of unnamed armed groups (`forces`, `pemberontak`) that a leader may own
# The words of the patterns below are in kabar/lexicon/<lang>/clauses.toml.


@cache
def _host_stop() -> re.Pattern[str]:
    """A subordinate clause that ends a visit's host span (`saat ... di Ukraina`)."""
    return re.compile(rf"(?i)(?<!\w)(?:{clause_words('host_stop')})(?!\w)")


@cache
def _owner_before() -> re.Pattern[str]:
    """`Al-Sharaa's forces`, `Sharaa-led rebels`: the owner stands right before the armed group."""
    return re.compile(rf"(?i)\s*(?:{clause_words('force_owner_markers')})\s+(?:[\w-]+\s+){{0,1}}$")


@cache
def _leader_after() -> re.Pattern[str]:
    """`rebels led by X`, `kelompok pemberontak yang dipimpin Sharaa`: the leader stands right after."""
    relative, leader = clause_words("force_leader_relative"), clause_words("force_leader_after")
    return re.compile(rf"(?i)\s*,?\s*(?:(?:{relative})\s+)?(?:{leader})\s+$")


@cache
def _led_delegation() -> re.Pattern[str]:
    """`X led a large delegation to Damascus`, `X memimpin delegasi pemerintah ke Damaskus`: up to the
    delegation."""
    verbs, determiners = clause_words("delegation_verbs"), clause_words("delegation_determiners")
    return re.compile(
        rf"(?i)\s*(?:{verbs})\s+(?:(?:{determiners})\s+)?(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{clause_words('delegation_heads')})\b"
    )


def anonymous_crowd(slots: Slots, trig: Trigger, home: str | None) -> Slots:
    """`Tens of thousands rallied in Belgrade`: a protest whose crowd no lexicon names is the home country's
    protesters, as CAMEO codes domestic actors (country plus role)."""
    if trig.rule.cameo[:2] not in CROWD_ROOTS or slots.actor1 is not None:
        return slots
    crowd = Actor("protesters", home, "CVL", "group")
    if slots.actor2 is not None and slots.actor2.role == "CVL":
        return Slots(slots.actor2, None, slots.how + "+crowd_patient")
    return Slots(crowd, slots.actor2, slots.how + "+anonymous_crowd")


def verbal_clash(trig: Trigger, slots: Slots) -> Trigger:
    """`Trump and Zelensky clashed`: a fight between two politicians is a quarrel (111), not combat."""
    people = [a for a in (slots.actor1, slots.actor2) if a is not None and a.kind == "person"]
    if trig.rule.cameo[:2] != "19" or not trig.rule.symmetric or len(people) != 2:
        return trig
    if not all(a.role in VERBAL_ROLES for a in people):
        return trig
    rule = replace(trig.rule, cameo="111", event_type="DISAPPROVE", rule=trig.rule.rule + "+verbal_clash")
    return replace(trig, rule=rule)


def own_people(trig: Trigger, slots: Slots) -> Slots:
    """`the prime minister urged residents to stay indoors`: an official who speaks or appeals to a bare
    `residents`, `warga` speaks to his own people, whatever country the story is about."""
    a1, a2 = slots.actor1, slots.actor2
    if a1 is None or a2 is None or a1.country is None or a2.country == a1.country:
        return slots
    if trig.rule.cameo[:2] not in SPEECH_ROOTS or a1.role not in VERBAL_ROLES or a2.kind != "group":
        return slots
    if a2.name.lower() not in clause_word_list("people_nouns"):
        return slots
    return Slots(a1, replace(a2, country=a1.country), slots.how + "+own_people")


def leaders_order(trig: Trigger, slots: Slots) -> Trigger:
    """`the regulator ordered the airline to halt flights`: an order worded as a court's, given by anyone
    else, is a demand (100) on whom it names."""
    a1 = slots.actor1
    if trig.rule.requires != "court" or a1 is None or a1.role == "JUD":
        return trig
    how = trig.rule.rule + "+order"
    rule = replace(trig.rule, cameo="100", event_type="DEMAND", requires="object", rule=how)
    return replace(trig, rule=rule)


def host_country(ctx: Context, sent: tuple[int, int], trig: Trigger, slots: Slots) -> Slots:
    """`menghadiri parade di Lapangan Tiananmen`, `a working visit to the Netherlands`: a visit whose only
    second party is a place (or none, or a group of no country) visits the country of that place."""
    a1, a2 = slots.actor1, slots.actor2
    if trig.rule.event_type != "VISIT" or a1 is None or (a2 is not None and a2.country is not None):
        return slots
    if "+fronted" in slots.how:  # `Before flying to Washington, Lee ...`: a destination roles did not take
        return slots
    end = min(sent[1], trig.end + HOST_SPAN)
    stop = _host_stop().search(ctx.text, trig.end, end)
    end = stop.start() if stop is not None else end
    where = location_after(ctx.text, ctx.index, trig.start, end) or next(
        (f.actor for f in ctx.index.starting_in(trig.end, end)
         if f.actor.kind == "place" and UNKNOWN_SITE.search(ctx.text, trig.end, f.start)),
        None,
    )  # fmt: skip
    if where is None or where.country is None or where.country == a1.country:
        return slots
    host = country_actor(where.country)
    return Slots(a1, host, slots.how + "+host_country") if host is not None else slots


def delegation_leader(ctx: Context, sent: tuple[int, int], trig: Trigger, slots: Slots) -> Slots:
    """`Novak led a delegation to Damascus for talks with Sharaa`: an unnamed delegation as the agent is the
    delegation of the actor who leads it."""
    a1, delegation = slots.actor1, clause_word_list("delegation_nouns")
    if a1 is None or a1.kind != "group" or a1.role != "GOV" or a1.name.lower() not in delegation:
        return slots
    for f in reversed(ctx.index.starting_in(sent[0], trig.start)):
        if f.actor.kind in ("person", "country") and _led_delegation().match(ctx.text, f.end):
            if slots.actor2 is not None and slots.actor2.key == f.actor.key:
                return slots
            return Slots(f.actor, slots.actor2, slots.how + "+delegation_leader")
    return slots


def force_leader(ctx: Context, sent: tuple[int, int], trig: Trigger, slots: Slots) -> Slots:
    """`Al-Sharaa's forces toppled Assad`, `pemberontak yang dipimpin Sharaa menggulingkan Assad`: an unnamed
    armed group owned or led by a named person or body acts for that leader."""
    a1 = slots.actor1
    if a1 is None or a1.kind != "group" or a1.role not in FORCES:
        return slots
    spans = ctx.index.starting_in(sent[0], trig.start)
    group = next((f for f in reversed(spans) if f.actor == a1), None)
    if group is None:
        return slots
    for f in spans:
        if f.actor.kind not in ("person", "org", "group") or f.actor == a1:
            continue
        owner = f.end <= group.start and _owner_before().fullmatch(ctx.text, f.end, group.start)
        leader = f.start >= group.end and _leader_after().fullmatch(ctx.text, group.end, f.start)
        if (owner or leader) and (slots.actor2 is None or slots.actor2.key != f.actor.key):
            return Slots(f.actor, slots.actor2, slots.how + "+force_leader")
    return slots
