"""People the text introduces without a title or an age: `Bushra Bibi, who had been free on bail`,
`Abdul Karim, the leader of ...`, `seorang pria bernama Budi`, `identified the suspect as John Doe`, and a
full name whose surname the text uses alone again (`Jeannette Jara ... Jara conceded defeat`).

English puts `, who` after a person (a body or a place takes `which`); the cue phrases of
kabar/lexicon/<lang>/clauses.toml name a person by construction; news copy refers back to a person it has
named by one part of the name. A candidate is dropped when a word of it is a body's head, a title word or a
word the text also writes in lower case (`Keamanan` beside `keamanan`). Like people introduced by their age
(kabar/events/aged_people.py) they are private people: no office, no country the cue gives.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kabar.events.aged_people import PRIVATE, not_name_words
from kabar.events.data import alternation, clause_word_list, longest_first, word_list
from kabar.events.gazetteer import Actor, Found
from kabar.events.spans import ByStart
from kabar.events.titles import STOP_WORDS, name_at, titles

TOKEN = r"(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)"
PARTICLE = r"(?:bin|binti|van|von|de|da|der|dos|del|al-[A-Z][\w'’-]*)"
NAME_AT_END = re.compile(rf"(?<![\w'’-])({TOKEN}(?: (?:{TOKEN}|{PARTICLE})){{0,3}})$")
WORDS = re.compile(r"(?<![\w'’-])[\w'’-]+(?![\w'’-])")
SENTENCE_START = re.compile(r"(?:^|[.!?:\"”]\s+|\n\s*)$")
WORD = r"[A-ZÀ-ÝŁŚŻŽČŠ][^\W\d_]+"
# Two or three capitalised words standing alone (no capitalised word right before or after them).
FULL_NAME = re.compile(rf"(?<![\w'’-])({WORD}(?:[ \t]{WORD}){{1,2}})(?![\w'’-])(?![ \t][A-Z])")
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w-]*(?<!['’]s)[ \t]$")  # a possessive (`Fine Gael's`) may precede


def cued_people(text: str, lang: str, spans: list[Found]) -> list[Found]:
    """Persons a cue introduces that no span in `spans` (sorted by start) touches, in order."""
    vocabulary = Counter(WORDS.findall(text))
    index = ByStart(spans)
    known = {w for f in spans if f.actor.kind == "person" for w in f.actor.name.split()}
    out: dict[int, Found] = {}
    echoed = _echoed_names(text, lang, vocabulary)
    echoed_set = set(echoed)
    for begin, end in _names_after_cues(text, lang) + _names_before_cues(text, lang) + echoed:
        start = _trim_leading(text, begin, end, vocabulary)
        if start is None or start in out:
            continue
        name = " ".join(text[start:end].split())
        if (begin, end) in echoed_set and " " not in name:
            continue  # an echoed name is two words or more (`Menurut Bamako` names a city's government)
        if any(f.end > start for f in index.starting_in(start - index.longest, end)):
            continue  # a known actor (a country, a body, a titled person) is part of it
        if known.intersection(name.split()) and not _another_given_name(text, start, name, known):
            continue  # a short form or another name of a person already named (`Morales, who`)
        out[start] = Found(start, end, text[start:end], Actor(name, None, PRIVATE, "person"))
    return [out[k] for k in sorted(out)]


def _another_given_name(text: str, start: int, name: str, known: set[str]) -> bool:
    """`Diego Salgado` beside his father `Ernesto Salgado`: a name inside a sentence whose
    given name no named person has, in name case throughout and after no form of address (`Pak Salgado`)."""
    words = name.split()
    return (
        words[0] not in known
        and words[0] not in _honorifics()
        and all(w[1:] == w[1:].lower() for w in words)
        and SENTENCE_START.search(text, 0, start) is None
    )


def _names_after_cues(text: str, lang: str) -> list[tuple[int, int]]:
    """`bernama Budi`, `identified as John Doe`: the name right after a cue."""
    cues = _cues(lang, "person_cues_before")
    if cues is None:
        return []
    found = []
    for m in cues.finditer(text):
        name = name_at(text, m.end())
        if name is not None:
            found.append(name)
    return found


def _names_before_cues(text: str, lang: str) -> list[tuple[int, int]]:
    """`Bushra Bibi, who`: the name right before a cue (found from the cue back, the cues being rare)."""
    cues = _comma_cues(lang)
    if cues is None:
        return []
    found = []
    for cue in cues.finditer(text):
        lo = max(0, cue.start() - 80)
        name = NAME_AT_END.search(text, lo, cue.start())
        if name is not None:
            found.append(name.span(1))
    return found


def _echoed_names(text: str, lang: str, vocabulary: Counter[str]) -> list[tuple[int, int]]:
    """`Jeannette Jara ... Jara conceded`: a full name whose last (or, in Indonesian, first) word the text
    uses alone elsewhere, as news copy refers to a person it has named; not a name after a place's
    preposition (`in Salah al-Din`)."""
    places = _place_words(lang)
    found = []
    names = [
        m
        for m in FULL_NAME.finditer(text)
        if not places.search(text, max(0, m.start() - 12), m.start())
        and not CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ]
    inside = Counter(w for m in names for w in m.group(1).split())
    for m in names:
        words = m.group(1).split()
        for word in (words[-1], words[0]) if lang == "id" else (words[-1],):
            if len(word) < 3 or word.isupper() or word in STOP_WORDS:  # `Balai TNKM ... TNKM`: a body's
                continue
            if vocabulary[word] > inside[word]:
                found.append(m.span(1))
                break
    return found


def _trim_leading(text: str, start: int, end: int, vocabulary: Counter[str]) -> int | None:
    """The name's start after capitalised words that are no part of it (`Meanwhile`, `The`), or None when
    nothing is left or a word left is no name's: a body's head (`Council`), a title word (`Menteri`), or a
    word the text also writes in lower case (`Keamanan` beside `keamanan`)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words:
        w = words[0].group()
        at_start = SENTENCE_START.search(text, 0, start + words[0].start()) is not None
        if w in STOP_WORDS or w in _openers() or (at_start and _common(w, vocabulary)):
            words.pop(0)
            continue
        break
    heads = not_name_words()
    if not words or any(w.group() in heads or _common(w.group(), vocabulary) for w in words):
        return None
    return start + words[0].start()


def _common(word: str, vocabulary: Counter[str]) -> bool:
    """A title word, or a word the text also writes in lower case."""
    low = word.lower()
    return low in _title_words() or (low != word and vocabulary[low] > 0)


@cache
def _cues(lang: str, key: str) -> re.Pattern[str] | None:
    """`key`'s cue words of kabar/lexicon/<lang>/clauses.toml, longest first, or None when it has none."""
    words = longest_first(word_list("clauses.toml", key, (lang,)))
    return re.compile(rf"(?<![\w'’-])(?:{alternation(words)})[ \t]+") if words else None


@cache
def _comma_cues(lang: str) -> re.Pattern[str] | None:
    cues = _cues(lang, "person_cues_after")
    return re.compile(rf",[ \t]+{cues.pattern}") if cues is not None else None


@cache
def _place_words(lang: str) -> re.Pattern[str]:
    words = word_list("clauses.toml", "name_place_words", (lang,))
    return re.compile(rf"(?<![\w'’-])(?:{alternation(longest_first(words))})[ \t]+$")


@cache
def _title_words() -> frozenset[str]:
    """Every word of the titles of both languages, lower case (`menteri`, `prime`, `minister`)."""
    return frozenset(w for lang in ("id", "en") for title in titles(lang) for w in title.split())


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(clause_word_list("name_honorifics"))


@cache
def _openers() -> frozenset[str]:
    return frozenset(clause_word_list("not_name_openers"))
