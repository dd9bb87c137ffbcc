"""Modality of a mention: asserted, planned, denied, alleged, negated or conditional, from cue words.

The cue lists and how far before the trigger each may stand live in kabar/lexicon/<lang>/modality.toml.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kabar.events.data import toml_table

# Stronger readings first: a denied plan is denied; a conditional allegation is conditional.
PRECEDENCE = ("denied", "negated", "conditional", "alleged", "planned")
WORD = re.compile(r"\w+(?:[-']\w+)*")


def _table(lang: str) -> dict[str, Any]:
    """A language's modality.toml, else the Indonesian one (a language with no file of its own)."""
    return toml_table(lang, "modality.toml") or toml_table("id", "modality.toml")


@cache
def _cues(lang: str) -> dict[str, tuple[int, dict[str, tuple[tuple[str, ...], ...]]]]:
    """Per modality: its window and its cues (word tuples) indexed by their last word."""
    out: dict[str, tuple[int, dict[str, tuple[tuple[str, ...], ...]]]] = {}
    for name, spec in _table(lang).items():
        if "cues" not in spec:  # [scope] holds clause boundaries, not a modality
            continue
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for cue in spec["cues"]:
            words = tuple(cue.lower().split())
            by_last.setdefault(words[-1], []).append(words)
        out[name] = (int(spec.get("window", 8)), {k: tuple(v) for k, v in by_last.items()})
    return out


def _nearest(words: list[str], cues: dict[str, tuple[tuple[str, ...], ...]], window: int) -> int | None:
    """Distance in words from the end of `words` to the nearest cue ending within `window`, else None."""
    n = len(words)
    for d in range(min(window, n)):
        end = n - d
        for cue in cues.get(words[end - 1], ()):
            if end >= len(cue) and tuple(words[end - len(cue) : end]) == cue:
                return d
    return None


@cache
def _boundaries(lang: str) -> tuple[str, ...]:
    return tuple(b.lower() for b in _table(lang).get("scope", {}).get("boundaries", []))


def in_scope(before: str, lang: str) -> str:
    """The part of `before` after its last clause boundary: a cue before it belongs to another clause."""
    low = before.lower()
    cut = max((low.rfind(b) + len(b) for b in _boundaries(lang) if b in low), default=0)
    return before[cut:]


def modality(before: str, lang: str, fixed: str | None = None) -> str:
    """The modality given the sentence text `before` the trigger (and a trigger's own modality)."""
    if fixed:
        return fixed
    return _from_cues([w.lower() for w in WORD.findall(in_scope(before, lang))], lang)


def future_in_other_clause(before: str, lang: str) -> bool:
    """A future cue stands before the trigger but in another clause (`how Israel would answer the Oct. 1
    attack, in which Iran fired`): a date tagger reading the whole sentence took it as future."""
    outside = before[: len(before) - len(in_scope(before, lang))]
    words = [w.lower() for w in WORD.findall(outside)]
    cues = _cues(lang).get("planned")
    return bool(words) and cues is not None and _nearest(words, cues[1], len(words)) is not None


def _from_cues(words: list[str], lang: str) -> str:
    cues = _cues(lang)
    for name in PRECEDENCE:
        d = _nearest(words, cues[name][1], cues[name][0]) if name in cues else None
        if d is None:
            continue
        past = _nearest(words, cues["past"][1], cues["past"][0]) if "past" in cues else None
        if name == "planned" and past is not None and past < d:
            continue
        return name
    return "asserted"


@cache
def _unconfirmed(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    spec = (toml_table(lang, "modality.toml") or {}).get("unconfirmed", {})
    if not spec.get("cues") or not spec.get("reported"):
        return None

    def words(items: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(c) for c in items) + r")(?!\w)")

    return words(spec["cues"]), words(spec["reported"]), frozenset(spec.get("roots", []))


def unconfirmed_claim(sentence: str, following: str, cameo: str, lang: str) -> bool:
    """One side reports the event (`Ukraine said ...`) and it is not confirmed in that sentence or the next
    (`Russia did not confirm`, `could not be independently verified`): it is only alleged."""
    table = _unconfirmed(lang)
    if table is None:
        return False
    cue, reported, roots = table
    if cameo[:2] not in roots:
        return False
    return (
        reported.search(sentence) is not None and (cue.search(sentence) or cue.search(following)) is not None
    )
