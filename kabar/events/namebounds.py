"""A one-word person alias inside a longer capitalised name is someone else: `Anwar` in `Nadiem Anwar
Makarim`, `Ibrahim` in `Ibrahim Arief`, so such a hit is dropped instead of naming the famous namesake. A
person's name inside a place's name (`Kim Il Sung Square`) is dropped too."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import alternation, toml_table
from kabar.events.gazetteer import Found
from kabar.events.titles import STOP_WORDS, titles

WORD_BEFORE = re.compile(r"([A-Z][\w'’\-]+) $")
WORD_AFTER = re.compile(r" ([A-Z][\w\-]+)(?!['’])")
SENTENCE_START = re.compile(r"(?:^|[.!?:\"“”(]\s*|\n\s*)$")


@cache
def _not_name_words() -> frozenset[str]:
    """Capitalised words that sit next to names without being part of them: titles, days, months."""
    words = {w for lang in ("id", "en") for t in titles(lang) for w in t.split()}
    beside = {w.lower() for w in toml_table("common", "events.toml")["names"]["beside_alias"]}
    return frozenset(words | beside | {w.lower() for w in STOP_WORDS})


def _name_word(m: re.Match[str] | None, taken: set[int], own: str) -> bool:
    """A capitalised word of some other name: not a hit, not a title or date word, not in the actor's name."""
    if m is None or m.start(1) in taken:
        return False
    word = m.group(1)
    return len(word) >= 3 and word not in own.split() and word.lower() not in _not_name_words()


def inside_longer_name(text: str, f: Found, taken: set[int]) -> bool:
    """`f`, a single-word person alias, has a capitalised name word glued to it that no other hit explains;
    a single-word place has one on both sides (`Paris` in `Hotman Paris Hutapea`)."""
    if f.actor.kind not in ("person", "place") or " " in f.text or "-" in f.text:
        return False
    before = WORD_BEFORE.search(text, max(0, f.start - 40), f.start)
    after = WORD_AFTER.match(text, f.end)
    if f.actor.kind == "place":
        return _name_word(before, taken, f.actor.name) and _name_word(after, taken, f.actor.name)
    nickname = f.text not in f.actor.name.split()  # `Bibi` in `Bushra Bibi`: no first name goes before it
    if before and not nickname and SENTENCE_START.search(text, max(0, before.start() - 3), before.start()):
        before = None  # a sentence's first word is capitalised anyway
    return _name_word(before, taken, f.actor.name) or _name_word(after, taken, f.actor.name)


@cache
def _place_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that make a person's name part of a place's: after it (`Square`), before it (`Bandara`)."""
    names = toml_table("common", "events.toml")["names"]
    after = re.compile(rf" (?:{alternation(tuple(names['place_after_name']))})\b")
    before = re.compile(rf"\b(?:{alternation(tuple(names['place_before_name']))})\.? $")
    return after, before


def names_a_place(text: str, f: Found) -> bool:
    """`Kim Il Sung Square`, `Bandara Soekarno-Hatta`: the person hit `f` is part of a place's name."""
    if f.actor.kind != "person":
        return False
    after, before = _place_words()
    return bool(after.match(text, f.end) or before.search(text, max(0, f.start - 30), f.start))


def drop_inner_aliases(text: str, spans: list[Found]) -> list[Found]:
    """`spans` without the one-word person aliases that are part of a longer, different name, and without
    names inside a place's name. Two passes: in `Mahathir Anwar Rahman` the dropped `Anwar` no longer
    vouches for `Mahathir`."""
    spans = [f for f in spans if not names_a_place(text, f)]
    kept = spans
    for _ in range(2):
        taken = {f.start for f in kept}
        kept = [f for f in spans if not inside_longer_name(text, f, taken)]
    return kept
