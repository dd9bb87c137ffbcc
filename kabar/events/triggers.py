"""Action triggers: lexicon patterns (kabar/lexicon/<lang>/triggers.csv) mapped to CAMEO codes.

All patterns of a language are read as one alternation with a pattern per row, so a text is scanned once;
the longest match wins at one position (the earlier row among equals). The alternation is matched
through kabar/events/alternation.py, which only tries a row where its first word occurs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kabar.events.alternation import Alternation
from kabar.events.data import csv_rows


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon row."""

    rule: str  # "<lang>:<row number>" for audit
    cameo: str
    event_type: str
    kind: str  # verb | passive | nominal
    symmetric: bool
    modality: str | None  # a modality the word itself carries ("membantah" -> denied)
    requires: str | None  # "object": a second actor must follow; "person": a person must follow directly


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a text."""

    start: int
    end: int
    text: str
    rule: TriggerRule


@cache
def trigger_lexicon(lang: str) -> tuple[Alternation, tuple[TriggerRule, ...]]:
    """A language's trigger patterns (one alternation) and their rules, in file order."""
    rows = csv_rows(lang, "triggers.csv") or csv_rows("id", "triggers.csv")
    rules = tuple(
        TriggerRule(
            f"{lang}:{row['cameo']}:{i + 1}",
            row["cameo"].zfill(3),
            row["event_type"],
            row["kind"],
            row["symmetric"] == "1",
            row["modality"] or None,
            row["requires"] or None,
        )
        for i, row in enumerate(rows)
    )
    return Alternation([row["pattern"] for row in rows], longest=True), rules


def find_triggers(text: str, lang: str) -> list[Trigger]:
    """Every trigger in `text`, left to right, non-overlapping."""
    patterns, rules = trigger_lexicon(lang)
    return [Trigger(s, e, text[s:e], rules[i]) for s, e, i in patterns.matches(text)]
