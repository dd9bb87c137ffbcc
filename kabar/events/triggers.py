"""Action triggers: lexicon patterns (kabar/lexicon/<lang>/triggers.csv) mapped to CAMEO codes.

All patterns of a language are read as one alternation with a pattern per row, so a text is scanned once;
the longest match wins at one position (the earlier row among equals). The alternation is matched
through kabar/events/alternation.py, which only tries a row where its first word occurs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kabar.events.alternation import Alternation
from kabar.events.data import alternation, csv_rows, toml_table, word_list
from kabar.events.namebounds import SENTENCE_START

# `requires` values that need a second actor after the trigger.
NEEDS_OBJECT = frozenset(["object", "person", "court", "court_only"])


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon row."""

    rule: str  # "<lang>:<row number>" for audit
    cameo: str
    event_type: str
    kind: str  # verb | passive | nominal
    symmetric: bool
    modality: str | None  # a modality the word itself carries ("membantah" -> denied)
    requires: str | None  # "object": a second actor must follow; "person": a person must follow directly;
    # "court": as "object", done by a court (role JUD), else a demand; "court_only": the same, else nothing
    # (`blocked the administration from deploying`); "alone": its agent suffices (`was sworn in`);
    # "own_country": with no patient named, its agent's own country (`declared a disaster emergency`)


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a text."""

    start: int
    end: int
    text: str
    rule: TriggerRule


MACRO = re.compile(r"%([A-Z]+)%")


def expand_macros(pattern: str, lang: str) -> str:
    """A pattern with its %NAME% slots replaced by the language's macros (trigger_macros.toml)."""
    macros = (toml_table(lang, "trigger_macros.toml") or {}).get("macros", {})
    return MACRO.sub(lambda m: macros[m.group(1)], pattern)


@cache
def trigger_lexicon(lang: str) -> tuple[Alternation, tuple[TriggerRule, ...]]:
    """A language's trigger patterns (one alternation) and their rules, in file order."""
    source = lang if csv_rows(lang, "triggers.csv") else "id"
    rows = csv_rows(source, "triggers.csv")
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
    clitics = word_list("roles.toml", "verb_clitics", (source,))
    clitic = alternation(clitics) if clitics else ""
    patterns = [_with_clitic(expand_macros(row["pattern"], source), row["kind"], clitic) for row in rows]
    return Alternation(patterns, longest=True), rules


def _with_clitic(pattern: str, kind: str, clitic: str) -> str:
    """A verb's pattern that also reads the verb with an object clitic on it (`memvonisnya`)."""
    return f"(?:{pattern})(?:{clitic})?" if clitic and kind == "verb" else pattern


# A separator between digits (`1,968`, `1.968`) would end a word inside a trigger's gap `(?:\w+ )`.
DIGIT_SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d)")


def number_shadow(text: str) -> str:
    """`text` with thousands separators read as digits, offsets unchanged, so a number is one gap word."""
    return DIGIT_SEPARATOR.sub("0", text) if "," in text or "." in text else text


# An Indonesian plural repeats its noun (`drone-drone`, `kapal-kapal`); the hyphen would end no trigger word.
REDUPLICATION = re.compile(r"(?<![\w-])(\w+)-(?=\1(?![\w-]))")


def reduplication_shadow(text: str) -> str:
    """`text` with a reduplicated plural's hyphen read as a space, offsets unchanged: `menembak jatuh
    drone-drone Iran` holds the trigger `menembak jatuh drone` as `menembak jatuh drone Iran` does."""
    return REDUPLICATION.sub(r"\1 ", text) if "-" in text else text


# An opening quote mark before a word (`lodged "stern representations"`) would end a trigger's gap `(?:\w+ )`.
OPENING_QUOTE = re.compile(r"(?<!\w)[\"“‘](?=\w)")


def quote_shadow(text: str) -> str:
    """`text` with an opening quote mark read as an apostrophe, a gap word's own character, offsets unchanged:
    `lodged "stern representations" with` holds the trigger `lodged stern representations` then."""
    return OPENING_QUOTE.sub("'", text) if '"' in text or "“" in text or "‘" in text else text


# A capitalised word right after another one is part of a name (`Presidential Press Service`), no verb; so
# is one inside a sentence with a capitalised word after it (`via Reuters/Press Information Bureau`).
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]* $")
NAME_AFTER = re.compile(r" [A-Z][a-z]")


def _inside_name(text: str, start: int, end: int) -> bool:
    """A capitalised trigger that is part of a name, not a verb."""
    if not text[start].isupper():
        return False
    if NAME_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(NAME_AFTER.match(text, end)) and not SENTENCE_START.search(text, max(0, start - 4), start)


def find_triggers(text: str, lang: str) -> list[Trigger]:
    """Every trigger in `text`, left to right, non-overlapping."""
    patterns, rules = trigger_lexicon(lang)
    shadow = quote_shadow(reduplication_shadow(number_shadow(text)))
    return [
        Trigger(s, e, text[s:e], rules[i])
        for s, e, i in patterns.matches(shadow)
        if not _inside_name(text, s, e)
    ]
