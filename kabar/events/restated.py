"""`Polda Metro Jaya menangkap seorang pemuda. WFT ditangkap di rumahnya pada Selasa, 23 September 2025.`

An act its sentence does not date takes the date of the next sentence when that sentence tells the same kind
of act again from its patient's side (a passive trigger of the same CAMEO root, coded as no act of its own)
and dates it to the day: news text often names the act first and gives its day in the sentence that follows.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from kabar.events.data import toml_table
from kabar.events.dating import dating
from kabar.events.triggers import Trigger
from kabar.model import TimeExpression

if TYPE_CHECKING:
    from kabar.events.coder import Mention

RESTATED = "+restated_date"
PASSIVE = "passive"


@cache
def _roots() -> frozenset[str]:
    return frozenset(toml_table("common", "events.toml").get("restated", {}).get("roots", []))


def restated_dates(
    mentions: list[Mention],
    sents: list[tuple[int, int]],
    triggers: list[Trigger],
    exprs: list[TimeExpression],
    anchor: date | None,
) -> list[Mention]:
    """Undated realised mentions dated by the next sentence's retelling of the same act."""
    starts = [s for s, _ in sents]
    coded = {(m.char_start, m.cameo[:2]) for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        i = bisect_right(starts, m.char_start) - 1
        if (
            m.dating.precision == "unknown"
            and m.modality == "asserted"
            and m.cameo[:2] in _roots()
            and 0 <= i < len(sents) - 1
        ):
            nxt, root = sents[i + 1], m.cameo[:2]
            again = next(
                (
                    t
                    for t in triggers
                    if nxt[0] <= t.start < nxt[1] and t.rule.cameo[:2] == root and t.rule.kind == PASSIVE
                ),
                None,
            )  # `WFT ditangkap di rumahnya pada Selasa`: the act told again from its patient's side
            if again is None or (nxt[0], root) in coded:  # an act of its own there, coded with its date
                out.append(m)
                continue
            told = [
                e
                for e in exprs
                if e.kind == "event" and e.precision == "day" and again.end <= e.char_start < nxt[1]
            ]
            if told:
                when = dating(told[:1], m.modality, anchor)
                if when.start is not None and (anchor is None or when.start <= anchor):
                    m = replace(m, dating=replace(when, how=RESTATED), rule=m.rule + RESTATED)
        out.append(m)
    return out
