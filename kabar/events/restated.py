"""`Polda Metro Jaya menangkap seorang pemuda. WFT ditangkap di rumahnya pada Selasa, 23 September 2025.`

An act its sentence does not date takes the date of the next sentence when that sentence tells the same kind
of act again from its patient's side (a passive trigger of the same CAMEO root, coded as no act of its own)
or by its noun (`Penangkapan dilakukan pada Senin`) and dates it to the day: news text often names the act
first and gives its day in the sentence that follows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from kabar.events.data import alternation, toml_table
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


@cache
def _noun_retelling() -> dict[str, re.Pattern[str]]:
    """Root -> the opening of a sentence that tells that act again by its noun (`Penangkapan dilakukan`)."""
    table = toml_table("common", "events.toml").get("restated", {})
    done = alternation(tuple(table.get("done_verbs", ())))
    return {
        root: re.compile(rf"\s*(?:{alternation(tuple(nouns))})(?:\s+[\w-]+){{0,3}}?\s+(?:{done})(?!\w)")
        for root, nouns in table.get("nouns", {}).items()
    }


def _retold_at(text: str, sent: tuple[int, int], root: str, triggers: list[Trigger]) -> int | None:
    """Where the retelling of a `root` act in `sent` ends: its passive trigger, or its noun and verb."""
    again = next(
        (
            t
            for t in triggers
            if sent[0] <= t.start < sent[1] and t.rule.cameo[:2] == root and t.rule.kind == PASSIVE
        ),
        None,
    )  # `WFT ditangkap di rumahnya pada Selasa`: the act told again from its patient's side
    if again is not None:
        return again.end
    noun = _noun_retelling().get(root)
    m = noun.match(text, sent[0], sent[1]) if noun is not None else None
    return m.end() if m else None


def restated_dates(
    text: str,
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
            end = _retold_at(text, nxt, root, triggers)
            if end is None or (nxt[0], root) in coded:  # an act of its own there, coded with its date
                out.append(m)
                continue
            told = [
                e
                for e in exprs
                if e.kind == "event" and e.precision == "day" and end <= e.char_start < nxt[1]
            ]
            if told:
                when = dating(told[:1], m.modality, anchor)
                if when.start is not None and (anchor is None or when.start <= anchor):
                    m = replace(m, dating=replace(when, how=RESTATED), rule=m.rule + RESTATED)
        out.append(m)
    return out
