"""Modality of a mention: asserted, planned, denied, alleged, negated or conditional, from cue words.

The cue lists and how far before the trigger each may stand live in kabar/lexicon/<lang>/modality.toml.
"""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import toml_table

# Stronger readings first: a denied plan is denied; a conditional allegation is conditional.
PRECEDENCE = ("denied", "negated", "conditional", "alleged", "planned")
WORD = re.compile(r"\w+(?:[-']\w+)*")


@cache
def _cues(lang: str) -> dict[str, tuple[int, tuple[tuple[str, ...], ...]]]:
    table = toml_table(lang, "modality.toml") or toml_table("id", "modality.toml")
    return {
        name: (int(spec.get("window", 8)), tuple(tuple(c.lower().split()) for c in spec.get("cues", [])))
        for name, spec in table.items()
    }


def _nearest(words: list[str], cues: tuple[tuple[str, ...], ...], window: int) -> int | None:
    """Distance in words from the end of `words` to the nearest cue within `window`, else None."""
    best = None
    for cue in cues:
        n = len(cue)
        for i in range(len(words) - n, max(-1, len(words) - window - n), -1):
            if tuple(words[i : i + n]) == cue:
                d = len(words) - (i + n)
                best = d if best is None else min(best, d)
                break
    return best


def modality(before: str, lang: str, fixed: str | None = None) -> str:
    """The modality given the sentence text `before` the trigger (and a trigger's own modality)."""
    if fixed:
        return fixed
    words = [w.lower() for w in WORD.findall(before)]
    cues = _cues(lang)
    found = {name: _nearest(words, cues[name][1], cues[name][0]) for name in cues}
    for name in PRECEDENCE:
        d = found.get(name)
        if d is None:
            continue
        past = found.get("past")
        if name == "planned" and past is not None and past < d:
            continue
        return name
    return "asserted"
