"""`Polda Metro Jaya menangkap seorang pemuda. WFT ditangkap di rumahnya pada Selasa, 23 September 2025.`

An act its sentence does not date takes the date of one of the next two sentences when that sentence tells
the same kind of act again from its patient's side (a passive trigger of the same CAMEO root, coded as no act
of its own) or by its noun (`Penangkapan dilakukan pada Senin`, also after a saying verb: `Kapolres
mengatakan penggerebekan dilakukan pada Senin`) and dates it to the day: news text often names the act
first and gives its day a sentence or two later.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
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
RETELLING_REACH = 2  # sentences after the act's own that may retell it
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
        root: re.compile(
            rf"(?i)(?<!\w)(?:{alternation(tuple(nouns))})(?:\s+[\w-]+){{0,3}}?\s+(?:{done})(?!\w)"
        )
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
    m = noun.search(text, sent[0], sent[1]) if noun is not None else None
    return m.end() if m else None


def _retellings(
    text: str,
    following: list[tuple[int, int]],
    root: str,
    triggers: list[Trigger],
    coded: set[tuple[int, str]],
) -> Iterator[tuple[tuple[int, int], int]]:
    """The `following` sentences that retell a `root` act, each with where its retelling ends, up to one that
    codes a `root` act of its own, which is then the one told there."""
    for sent in following:
        if (sent[0], root) in coded:
            return
        end = _retold_at(text, sent, root, triggers)
        if end is not None:
            yield sent, end


def _day_between(e: TimeExpression, start: int, end: int) -> bool:
    return e.kind == "event" and e.precision == "day" and start <= e.char_start < end


def restated_dates(
    text: str,
    mentions: list[Mention],
    sents: list[tuple[int, int]],
    triggers: list[Trigger],
    exprs: list[TimeExpression],
    anchor: date | None,
) -> list[Mention]:
    """Undated realised mentions dated by a retelling of the same act in one of the next two sentences."""
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
            following = sents[i + 1 : i + 1 + RETELLING_REACH]
            told = next(  # the first retelling may tell no day, the second does (`... pada Kamis`)
                (
                    days
                    for nxt, end in _retellings(text, following, m.cameo[:2], triggers, coded)
                    if (days := [e for e in exprs if _day_between(e, end, nxt[1])])
                ),
                [],
            )
            if told:
                when = dating(told[:1], m.modality, anchor)
                if when.start is not None and (anchor is None or when.start <= anchor):
                    m = replace(m, dating=replace(when, how=RESTATED), rule=m.rule + RESTATED)
        out.append(m)
    return out
