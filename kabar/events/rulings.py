"""A court's ruling as what a verb acts on: `Rusia mengecam putusan tersebut`, `Moscow condemned the ruling`.

The ruling stands for the court that gave it, so the court the article last named before the verb is the
patient (CAMEO codes criticism of a verdict as directed at the court).
"""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import clause_words
from kabar.events.roles import Context, Slots
from kabar.events.triggers import NEEDS_OBJECT, Trigger

JUDICIARY = "JUD"


@cache
def _ruling_after() -> re.Pattern[str]:
    """A ruling noun of kabar/lexicon/<lang>/clauses.toml right after the verb."""
    return re.compile(rf"(?i)\s+(?:{clause_words('ruling_nouns')})(?!\w)")


@cache
def _court_words() -> re.Pattern[str]:
    """A court's own name (`Pengadilan Negeri`, `state court`), not its judges or prosecutors."""
    return re.compile(rf"(?i)(?<!\w)(?:{clause_words('court_words')})(?!\w)")


def ruling_court(ctx: Context, trig: Trigger, slots: Slots) -> Slots:
    """A verb that needs a patient, found none and acts on a ruling: the last court named before it (else
    the last judge or prosecutor)."""
    if trig.rule.requires not in NEEDS_OBJECT or slots.actor1 is None or slots.actor2 is not None:
        return slots
    if not _ruling_after().match(ctx.text, trig.end):
        return slots
    judiciary = [f.actor for f in ctx.actors if f.end <= trig.start and f.actor.role == JUDICIARY]
    courts = [a for a in judiciary if _court_words().search(a.name)]
    found = courts or judiciary
    court = found[-1] if found else None
    if court is None or court == slots.actor1:
        return slots
    return Slots(slots.actor1, court, slots.how + "+ruling_court")
