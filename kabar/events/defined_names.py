"""Bodies the gazetteer lacks, read from how the text introduces them: a capitalised name followed by its
abbreviation in brackets (`Corrupt Practices Investigation Bureau (CPIB)`, `Jamaah Ansharut Daulah (JAD)`)
or a capitalised name after a kind of body (`kelompok Palestine Action`, `the campaign group Defend Our
Juries`). Once defined, the name and its abbreviation name that body wherever the article repeats them.

A name that only repeats a known actor (`kelompok Hamas`) stays the gazetteer's; one that holds a known
country or place and goes on (`Palestine Action`) is a body of its own, not that country.
"""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import alternation, toml_table
from kabar.events.gazetteer import Actor, Found
from kabar.events.spans import ByStart

ABBREVIATION = re.compile(r"\(\s*([A-Z][A-Za-z0-9&-]{1,9})\s*\)")
WORD_BEFORE = re.compile(r"([\w'’&.-]+)[ \t]+$")
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:\"”]\s+|\n\s*)$")
MAX_WORDS = 8  # words of a name before its bracketed abbreviation
PLACE_KINDS = ("country", "place")


@cache
def _table() -> dict:
    return toml_table("common", "events.toml").get("defined_names", {})


@cache
def _patterns() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The kind-of-body words before a name with the name's capitalised words, the lower-case words a name
    may hold (`of`, `dan`) and the words that never open one (`Senin`)."""
    t = _table()
    name = r"(?:[A-Z][\w'’-]+)(?:[ \t]+[A-Z][\w'’-]+){0,3}"
    kinds = re.compile(rf"(?<![\w'’-])(?:{alternation(tuple(t.get('kinds', ())))})[ \t]+({name})(?![\w'’-])")
    return kinds, frozenset(t.get("joiners", ())), frozenset(t.get("not_first", ()))


@cache
def _role_heads() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((role, frozenset(heads)) for role, heads in _table().get("roles", {}).items())


def _role(name: str) -> str | None:
    """The body's CAMEO-like role from a word of its name (`Bureau`, `Detasemen`); None when no word of it
    names a kind of body."""
    words = name.split()
    return next((role for role, heads in _role_heads() if heads.intersection(words)), None)


def _body(name: str, inside: list[Found], role: str) -> Actor:
    """A body of `name`; one holding a country's name (`Komando Pusat AS`) belongs to that country."""
    country = next((f.actor.country for f in inside if f.actor.kind == "country"), None)
    return Actor(name, country, role, "org")


def _letters_fit(abbr: str, words: list[str]) -> bool:
    """`CPIB` fits `Corrupt Practices Investigation Bureau`: same first letter, and the abbreviation's letters
    appear in order in the name."""
    letters = "".join(words).lower()
    want = [c for c in abbr.lower() if c.isalpha()]
    if not want or not words or words[0][0].lower() != want[0]:
        return False
    i = 0
    for c in letters:
        if i < len(want) and c == want[i]:
            i += 1
    return i == len(want)


def _abbreviated(text: str) -> list[tuple[int, int, str]]:
    """(start, end, abbreviation) of each `Long Name (ABBR)`: the longest run of capitalised words (and
    joiners inside) before the bracket that the abbreviation's letters fit."""
    _, joiners, not_first = _patterns()
    out = []
    for m in ABBREVIATION.finditer(text):
        abbr = m.group(1)
        if sum(c.isupper() for c in abbr) < 2:
            continue
        words: list[tuple[int, str]] = []
        pos = m.start()
        while len(words) < MAX_WORDS:
            w = WORD_BEFORE.search(text, max(0, pos - 40), pos)
            if w is None or not (w.group(1)[0].isupper() or w.group(1) in joiners):
                break
            words.insert(0, (w.start(1), w.group(1)))
            pos = w.start(1)
        for k, (start, word) in enumerate(words):
            names = [x for _, x in words[k:]]
            if word[0].isupper() and word not in not_first and len(names) >= 2 and _letters_fit(abbr, names):
                out.append((start, words[-1][0] + len(words[-1][1]), abbr))
                break
    return out


def _named_by_kind(text: str) -> list[tuple[int, int]]:
    kinds, _, not_first = _patterns()
    return [(m.start(1), m.end(1)) for m in kinds.finditer(text) if m.group(1).split()[0] not in not_first]


def defined_name_hits(text: str, known: list[Found]) -> tuple[list[Found], set[Found]]:
    """The bodies `text` defines, at every place it names them, and the `known` hits (sorted by start) they
    replace: a country or place inside a longer name (`Palestine` in `Palestine Action`)."""
    index = ByStart(known)
    names: dict[str, Actor] = {}
    for start, end, abbr in _abbreviated(text):
        name = re.sub(r"\s+", " ", text[start:end])
        inside = [f for f in index.starting_in(start - index.longest, end) if f.end > start]
        role = _role(name)
        if role is None or any(f.start <= start and f.end >= end for f in inside):
            continue  # `Komisi Pemberantasan Korupsi (KPK)` is the gazetteer's
        if any(f.actor.kind not in PLACE_KINDS for f in inside):
            continue
        actor = _body(name, inside, role)
        names.setdefault(name, actor)
        names.setdefault(abbr, actor)
    for start, end in _named_by_kind(text):
        name = re.sub(r"\s+", " ", text[start:end])
        inside = [f for f in index.starting_in(start - index.longest, end) if f.end > start]
        if name in names or not all(
            f.actor.kind in PLACE_KINDS and f.end - f.start < end - start for f in inside
        ):
            continue
        names[name] = Actor(name, None, _role(name) or "NGO", "org")  # `Palestine Action` is no state's
    if not names:
        return [], set()
    found = _occurrences(text, names)
    covered = ByStart(found)
    return found, {f for f in known if _within(covered, f)}


def _within(covered: ByStart, f: Found) -> bool:
    """Whether one of the `covered` spans holds all of `f`."""
    return any(g.end >= f.end for g in covered.starting_in(f.start - covered.longest, f.start + 1))


def _occurrences(text: str, names: dict[str, Actor]) -> list[Found]:
    """Every whole-word, same-case occurrence of the defined names, longest name first where they overlap,
    except inside a longer capitalised name (`Kepala Subbagian Umum BPPD Sidoarjo`)."""
    order = sorted(names, key=len, reverse=True)
    pattern = re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(n) for n in order)})(?![\w'’-])")
    return [
        Found(m.start(), m.end(), m.group(), names[m.group()])
        for m in pattern.finditer(text)
        if not _inside_longer_name(text, m.start())
    ]


def _inside_longer_name(text: str, pos: int) -> bool:
    """A capitalised word before `pos` that does not open its sentence and is no article (`The CPIB`)."""
    w = WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if w is None or not w.group(1)[0].isupper() or w.group(1) in _patterns()[2] or w.group(1)[-1] in ".:":
        return False  # `di Poso. JMTR membantah`: the word before ends its sentence
    return SENTENCE_OPEN.search(text, max(0, w.start(1) - 3), w.start(1)) is None
