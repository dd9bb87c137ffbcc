"""`Sehari setelah eksekusi, Jerman memanggil ...`: a day counted from an event the phrase names.
The anchor is the last earlier sentence that names that event and prints a day (`Sharmahd dieksekusi
... pada Senin, 28 Oktober 2024`), not whatever dated event was reported just before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kabar.events.data import lexicon_words
from kabar.events.dating import relative_offset
from kabar.model import TimeExpression

if TYPE_CHECKING:
    from kabar.events.coder import Mention

RELATIVE = ("+relative_day", "+relative_unanchored")
NAMED = "+named_anchor"
OWN = "+own_day"
MIN_STEM = 5  # letters: `eksek` finds `dieksekusi`, `execu` finds `executed`
NOUN = re.compile(  # a lower-case word: `setelah Jerman` names an actor, not an event
    rf"(?i:(?:{lexicon_words('clauses.toml', 'determiners')})\s+)*(?P<noun>[a-z]\w+)"
)
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


def named_anchors(text: str, mentions: list[Mention], exprs: list[TimeExpression]) -> list[Mention]:
    """Each mention dated by a counted phrase that names its event, dated from that event's printed day."""
    return [_named(text, m, exprs) for m in mentions]


def _named(text: str, m: Mention, exprs: list[TimeExpression]) -> Mention:
    if not any(how in m.rule for how in RELATIVE):  # cheap test first: most mentions are dated otherwise
        return m
    days = relative_offset(m.dating.text)
    if days is None:
        return m
    at = m.sentence.lower().find(str(m.dating.text).lower())
    noun = NOUN.match(m.sentence, at + len(str(m.dating.text)) + 1) if at >= 0 else None
    if noun is None:
        return m
    own = _own_day(m, exprs)
    if own is not None:  # `Sehari setelah perundingan, drone Rusia menghantam ... pada Sabtu (17/5/2025)`
        dated = replace(m.dating, text=own.text, event_date=own.start, start=own.start, end=own.end, how="")
        return replace(m, dating=dated, rule=m.rule + OWN)
    word = noun.group("noun").lower()
    day = _printed_day(text, word[: max(MIN_STEM, len(word) - 3)], exprs, m.char_start)
    if day is None:
        return m
    when = day + timedelta(days=days)
    dated = replace(m.dating, event_date=when, start=when, end=when, precision="day", how="")
    rule = m.rule.replace("+relative_unanchored", "+relative_day")
    return replace(m, dating=dated, rule=rule + NAMED)


def _printed_day(text: str, stem: str, exprs: list[TimeExpression], before: int) -> date | None:
    """The last day printed before `before` in a sentence that names the event (a word holding `stem`)."""
    for e in sorted(exprs, key=lambda x: x.char_start, reverse=True):
        if e.char_end > before or not _printed(e):
            continue
        lo = max((s.end() for s in SENTENCE_END.finditer(text, 0, e.char_start)), default=0)
        end = SENTENCE_END.search(text, e.char_end)
        hi = min(end.start() if end else len(text), before)
        if re.search(rf"(?i)\w*{re.escape(stem)}", text[lo:hi]):
            return e.start
    return None


def _own_day(m: Mention, exprs: list[TimeExpression]) -> TimeExpression | None:
    """A day the mention's own sentence prints besides the counted phrase."""
    own = [e for e in exprs if m.char_start <= e.char_start and e.char_end <= m.char_end and _printed(e)]
    return own[0] if own else None


def _printed(e: TimeExpression) -> bool:
    """A day the text prints (`Jumat (16/5/2025)`), not one counted from another (`sehari sebelumnya`)."""
    return e.precision == "day" and e.start is not None and relative_offset(e.text) is None
