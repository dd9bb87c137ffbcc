"""Acts dated by a counted clause: `The strikes on Sunday came a day after the Houthis fired a missile`,
`Serangan pada Kamis (21/11) terjadi dua hari setelah Ukraina menembakkan rudal`. The act after `after`
happened that long before the date of the clause the phrase hangs on: the date printed before the phrase
in the same sentence, else the date the mention took from the event it is linked to (`The attack came`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from kabar.events.data import alternation, longest_first, toml_table
from kabar.events.dating import Dating, bounds_a_state
from kabar.model import TimeExpression

if TYPE_CHECKING:
    from kabar.events.coder import Mention

COUNTED = "+counted_clause"


class _Counted(NamedTuple):
    """The phrase pattern and what its words count (events.toml [counted_clauses])."""

    pattern: re.Pattern[str]
    counts: dict[str, int]
    units: dict[str, int]
    joined: dict[str, int]
    before: frozenset[str]


@cache
def _table() -> _Counted:
    table = toml_table("common", "events.toml")["counted_clauses"]
    counts, units, joined = table["counts"], table["units"], table["joined"]
    sides = alternation(longest_first(table["after"] + table["before"]))
    span = (
        rf"(?:(?P<n>\d{{1,2}}|{alternation(longest_first(counts))})\s+(?P<unit>{alternation(longest_first(units))})"
        rf"|(?P<joined>{alternation(longest_first(joined))}))"
    )
    gap = rf"(?:[\w'’-]+\s+){{0,{int(table['max_words_to_trigger'])}}}"
    pattern = re.compile(rf"(?i)(?<![\w-]){span}\s+(?P<side>{sides})\s+{gap}$")
    return _Counted(pattern, counts, units, joined, frozenset(w.lower() for w in table["before"]))


def _days(m: re.Match[str]) -> int:
    """Days from the anchor to the act: negative after `after`/`setelah`, positive after `before`."""
    t = _table()
    if m.group("joined"):
        days = t.joined[m.group("joined").lower()]
    else:
        n = m.group("n")
        days = (int(n) if n.isdigit() else t.counts[n.lower()]) * t.units[m.group("unit").lower()]
    return days if m.group("side").lower() in t.before else -days


def counted_dates(text: str, mentions: list[Mention], exprs: list[TimeExpression]) -> list[Mention]:
    """Each mention whose verb a counted `after`/`before` clause opens, dated from that clause's anchor."""
    return [_counted(text, m, exprs) for m in mentions]


def _counted(text: str, m: Mention, exprs: list[TimeExpression]) -> Mention:
    verb = m.sentence.find(m.trigger)  # a mention spans its sentence; the verb sits inside it
    if verb < 0:
        return m
    found = _table().pattern.search(text, m.char_start, m.char_start + verb)
    own = [e for e in exprs if found is not None and found.end() <= e.char_start < m.char_end]
    if found is None or any(not bounds_a_state(text, e) for e in own):
        return m  # the act's own clause prints its date (`until March 3` only bounds a state it set)
    anchor = _anchor(exprs, m.char_start, found.start()) or _linked(m)
    if anchor is None:
        return m
    day = anchor + timedelta(days=_days(found))
    phrase = found.group(0).strip()
    dated = Dating(phrase, day, day, day, "day", COUNTED)
    return replace(m, dating=dated, rule=m.rule + COUNTED)


def _anchor(exprs: list[TimeExpression], lo: int, hi: int) -> date | None:
    """The last day printed in the sentence before the phrase: the date of the clause it hangs on."""
    days = [e for e in exprs if lo <= e.char_start and e.char_end <= hi and e.precision == "day"]
    return days[-1].start if days else None


def _linked(m: Mention) -> date | None:
    """`The attack came two days after ...`: the day the mention took from the event `the attack` names."""
    linked = m.dating.how == "+linked_date" and m.dating.precision == "day"
    return m.dating.start if linked else None
