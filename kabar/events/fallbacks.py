"""Second looks at a trigger's slots: an unnamed crowd still protests, and two people who `clash` argue."""

from __future__ import annotations

from dataclasses import replace

from kabar.events.gazetteer import Actor
from kabar.events.roles import Slots
from kabar.events.triggers import Trigger

CROWD_ROOTS = frozenset(["14"])
VERBAL_ROLES = frozenset(["GOV", "LEG", "PARTY", "OPP", "IGO"])


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
