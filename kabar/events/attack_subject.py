"""An attack noun as the subject of a killing verb: `a Russian missile strike on a training unit killed 12
soldiers`, `serangan Israel di dekat RS Al-Shifa menewaskan X`. The party owning the noun did the killing,
not the actor nearest the verb (that one sits inside the noun's `on`/`di` phrase)."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import clause_words, toml_table
from kabar.events.gazetteer import Found
from kabar.events.spans import ByStart

# `Russian missile strike`, `Russian missile and drone attack`: the owner, then one modifier word or two
# joined by `and`, then the noun (English adjective order)
OWNER_GAP_EN = r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+(?:(?:and|or)\s+[a-z][\w-]*\s+)?)?"
MAX_WORDS_TO_VERB = 14
ATTACKER_KINDS = ("country", "org", "group")


@cache
def _clause_break() -> re.Pattern[str]:
    """The end of the clause an attack noun opens: punctuation or an attribution (`, police said`); the
    attribution words are in kabar/lexicon/<lang>/clauses.toml."""
    return re.compile(rf"[.;:!?\"“”]|,\s*(?:\w+\s+){{0,2}}(?:{clause_words('attribution')})\b")


@cache
def _nouns(lang: str) -> re.Pattern[str] | None:
    """The language's attack nouns as they follow their owner (English) or precede it (Indonesian)."""
    patterns = toml_table("common", "events.toml").get("attack_subject", {}).get(lang, [])
    if not patterns:
        return None
    nouns = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(OWNER_GAP_EN + f"(?:{nouns})\\b" if lang == "en" else f"(?:{nouns})\\s+$", re.I)


def attack_owner(text: str, index: ByStart, clause_start: int, verb_start: int, lang: str) -> Found | None:
    """The party owning an attack noun that opens the verb's subject, else None."""
    nouns = _nouns(lang)
    if nouns is None or _clause_break().search(text, clause_start, verb_start):
        return None
    before = [f for f in index.starting_in(clause_start, verb_start) if f.end <= verb_start]
    for f in before:
        if len(text[f.end : verb_start].split()) > MAX_WORDS_TO_VERB:
            continue
        if _owns_noun(text, f, nouns, lang, verb_start) and f.actor.kind in ATTACKER_KINDS:
            return f
    return None


def _owns_noun(text: str, f: Found, nouns: re.Pattern[str], lang: str, verb_start: int) -> bool:
    """English: `Russian [missile] strike`; Indonesian: `serangan [udara] Israel`. A noun that is the trigger
    itself (`Russia's missile strikes on Kharkiv`) is the demonym rule's, not this one's."""
    if lang == "en":
        m = nouns.match(text[f.end : f.end + 60])
        return m is not None and f.end + m.end() < verb_start
    return nouns.search(text[max(0, f.start - 40) : f.start]) is not None
