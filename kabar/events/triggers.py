"""Action triggers: lexicon patterns (kabar/lexicon/<lang>/triggers.csv) mapped to CAMEO codes.

All patterns of a language are compiled once into one alternation with a named group per row, so a
text is scanned once; rows earlier in the file win at the same position (put longer phrases first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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
def _compiled(lang: str) -> tuple[re.Pattern[str], tuple[TriggerRule, ...]]:
    rows = csv_rows(lang, "triggers.csv") or csv_rows("id", "triggers.csv")
    rules, parts = [], []
    for i, row in enumerate(rows):
        rules.append(
            TriggerRule(
                f"{lang}:{row['cameo']}:{i + 1}",
                row["cameo"].zfill(3),
                row["event_type"],
                row["kind"],
                row["symmetric"] == "1",
                row["modality"] or None,
                row["requires"] or None,
            )
        )
        parts.append(f"(?P<t{i}>{row['pattern']})")
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    return pattern, tuple(rules)


def find_triggers(text: str, lang: str) -> list[Trigger]:
    """Every trigger in `text`, left to right, non-overlapping."""
    pattern, rules = _compiled(lang)
    out = []
    for m in pattern.finditer(text):
        name = m.lastgroup
        if name is None:
            continue
        out.append(Trigger(m.start(), m.end(), m.group(), rules[int(name[1:])]))
    return out
