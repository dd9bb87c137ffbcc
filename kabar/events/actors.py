"""The actors of one article: gazetteer and title hits, then short forms resolved to full names.

`Choe` after `Choe Son Hui`, and `Pemimpin Korea Utara` when the article names Kim Jong Un, resolve to
the person, because a later short form in news text almost always points back at a named person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from kabar.events.admin_places import admin_place_hits
from kabar.events.aged_people import PRIVATE, aged_people
from kabar.events.armed_names import armed_group_hits
from kabar.events.cities import city_hits
from kabar.events.cued_people import cued_people
from kabar.events.data import alternation, city_unit_words, lexicon_words, word_list
from kabar.events.defined_names import defined_name_hits
from kabar.events.descriptions import described_actors
from kabar.events.gazetteer import TOKEN, Actor, Found, gazetteer
from kabar.events.namebounds import drop_inner_aliases
from kabar.events.spans import ByStart
from kabar.events.titles import STOP_WORDS, find_titled

COMPATIBLE_POSITIONS = {
    "leader": {"leader", "head_of_government"},
    "head_of_government": {"head_of_government"},
}


def article_actors(text: str, lang: str) -> list[Found]:
    """Every actor expression in `text`, non-overlapping, in order, short forms resolved."""
    tokens = list(TOKEN.finditer(text))
    hits = [h for h in drop_inner_aliases(text, gazetteer().find(text, tokens)) if not _origin(text, h)]
    hits = sorted(hits + armed_group_hits(text, hits), key=lambda f: f.start)
    hits = _with_defined_names(text, hits, lang)
    titled = find_titled(text, hits, lang)
    inside_titled = ByStart(sorted(titled, key=lambda f: f.start))
    spans = titled + [h for h in hits if not inside_titled.containing(h.start)]
    spans.sort(key=lambda f: f.start)
    spans = sorted(spans + city_hits(text, tokens, spans), key=lambda f: f.start)
    spans = _titled_places(text, sorted(spans + admin_place_hits(text, lang, spans), key=lambda f: f.start))
    aged, replaced = aged_people(text, spans)
    spans = sorted([f for f in spans if f not in replaced] + aged, key=lambda f: f.start)
    spans = sorted(spans + cued_people(text, lang, spans), key=lambda f: f.start)
    people = Counter(f.actor for f in spans if f.actor.kind == "person")
    spans = _add_short_forms(text, tokens, _surnames_not_places(spans, people), people)
    spans = described_actors(text, lang, spans)
    return [_resolve_title(f, people) for f in _national_groups(text, _parenthesised_repeats(text, spans))]


def _folded(spans: list[Found], join: Callable[[Found, Found], Found | None]) -> list[Found]:
    """`spans` in order, each folded into the one before it where `join` makes one span of the two."""
    out: list[Found] = []
    for f in spans:
        one = join(out[-1], f) if out else None
        if one is None:
            out.append(f)
        else:
            out[-1] = one
    return out


def _titled_places(text: str, spans: list[Found]) -> list[Found]:
    """`Polres Sintang`: a bare title right before a place that only the city or regency lists know (found
    after the titles) is that place's office, of its country; a unit word or an abbreviation may stand
    between."""

    def office(last: Found, f: Found) -> Found | None:
        if (
            f.actor.kind == "place"
            and last.actor.kind in ("group", "title")
            and last.actor.country is None
            and last.actor.name == last.text
            and _office_gap().fullmatch(text, last.end, f.start)
        ):
            label = text[last.start : f.end]
            return Found(last.start, f.end, label, replace(last.actor, name=label, country=f.actor.country))
        return None

    return _folded(spans, office)


@cache
def _office_gap() -> re.Pattern[str]:
    """Between an office and its place: a space, a unit word (`BPBD Kabupaten Garut`, `Satpol PP Kota Medan`)
    and a bracketed abbreviation (`Kantor Pencarian dan Pertolongan (SAR) Kendari`)."""
    units = alternation(city_unit_words())
    return re.compile(rf"[ \t]+(?:(?:{units})\.?[ \t]+)?(?:\([A-Z][\w.]*\)[ \t]+)?")


def _with_defined_names(text: str, hits: list[Found], lang: str) -> list[Found]:
    """`hits` (sorted by start) plus the bodies the text defines, which replace a country or place inside
    their name; a defined name overlapping any other hit gives way to it."""
    found, dropped = defined_name_hits(text, hits, lang)
    if not found:
        return hits
    kept = [h for h in hits if h not in dropped]
    index = ByStart(kept)
    new = [
        f
        for f in found
        if not any(h.end > f.start for h in index.starting_in(f.start - index.longest, f.end))
    ]
    return sorted(kept + new, key=lambda f: f.start)


ORIGIN_AFTER = re.compile(rf"\.?-(?:{lexicon_words('roles.toml', 'origin_after')})\b")
ORIGIN_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{lexicon_words('roles.toml', 'origin_before')})\s+$")


def _origin(text: str, hit: Found) -> bool:
    """`U.S.-supplied ATACMS`, `rudal buatan AS`: the country a weapon comes from, no side of the event."""
    return (
        ORIGIN_AFTER.match(text, hit.end) is not None
        or ORIGIN_BEFORE.search(text, max(0, hit.start - 12), hit.start) is not None
    )


PARENTHESIS_OPEN = re.compile(r"\s*\(\s*")
PARENTHESIS_CLOSE = re.compile(r"\s*\)")


def _parenthesised_repeats(text: str, spans: list[Found]) -> list[Found]:
    """`Badan Energi Atom Internasional (IAEA)`: a name and its abbreviation in brackets are one mention, so
    `Iran dan Badan ... (IAEA)` still reads as two coordinated actors. So are an office and the abbreviation
    of the place its name ends with (`Polda Sulawesi Selatan (Sulsel)`)."""

    def repeat(prev: Found, f: Found) -> Found | None:
        close = PARENTHESIS_CLOSE.match(text, f.end)
        if (
            close is not None
            and (prev.actor.key == f.actor.key or _place_closing(prev, f))
            and PARENTHESIS_OPEN.fullmatch(text, prev.end, f.start)
        ):
            return Found(prev.start, close.end(), text[prev.start : close.end()], prev.actor)
        return None

    return _folded(spans, repeat)


def _place_closing(office: Found, place: Found) -> bool:
    return place.actor.kind in ("place", "country") and office.text.endswith(" " + place.actor.name)


ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]\w{2,}")  # `al-Sharaa`: a surname too
COUNTRY_THEN_GROUP = re.compile(r"\.?[ \t]?")
POSSESSED = re.compile(r"['’]s ")  # `Niger's military`: a country's body named by its owner


def _national_groups(text: str, spans: list[Found]) -> list[Found]:
    """`The U.S. military`, `Russian forces`: a country right before a body of no country is that country's
    body, so a nearest-actor rule never lends the group another country of the sentence. Of two group nouns
    after the country (`Niger's military government`), the last is the head."""
    out: list[Found] = []
    national = False  # whether out[-1] is a country's body made here
    for f in spans:
        prev = out[-1] if out else None
        if prev is not None and _country_body(text, prev, f, national):
            name = text[prev.start : f.end]
            out[-1] = Found(prev.start, f.end, name, replace(f.actor, name=name, country=prev.actor.country))
            national = True
        else:
            out.append(f)
            national = False
    return out


def _country_body(text: str, prev: Found, f: Found, national: bool) -> bool:
    """Whether `f`, a body of no country, belongs to the country (or the country's body) right before it.
    A one-word body the gazetteer gives another country is the owner's too (`Chile's Congress`)."""
    if f.actor.country is not None:
        return (
            prev.actor.kind == "country"
            and f.actor.kind in ("group", "org")
            and f.actor.country != prev.actor.country
            and " " not in f.text
            and POSSESSED.fullmatch(text, prev.end, f.start) is not None
        )
    if f.actor.kind not in ("group", "title"):
        return False
    if prev.actor.kind == "country":
        return COUNTRY_THEN_GROUP.fullmatch(text, prev.end, f.start) is not None
    possessed = (
        prev.actor.kind == "group"
        and prev.actor.country is not None
        and POSSESSED.search(prev.text) is not None
    )
    return (national or possessed) and f.actor.kind == "group" and text[prev.end : f.start] == " "


def _short_form_index(people: Counter[Actor]) -> dict[str, Actor]:
    """Name token -> the most mentioned person carrying it (ties: the first registered)."""
    index: dict[str, Actor] = {}
    for actor, _ in people.most_common():
        toks = TOKEN.findall(actor.name)
        for tok in toks:
            if len(tok) >= 3 and (tok[0].isupper() or ARABIC_ARTICLE.match(tok)) and tok not in STOP_WORDS:
                index.setdefault(tok, actor)
        if len(toks) > 1 and _two_letter_family_name(toks[0]):
            index.setdefault(toks[0], actor)  # `Li Qiang ... Li arrived`: a family name written first
        if actor.role == PRIVATE and len(actor.name) == 2 and actor.name.isupper():
            index.setdefault(actor.name, actor)  # `berinisial TK (38) ... TK mengaku`: initials repeat whole
    return index


@cache
def _two_letter_words() -> frozenset[str]:
    return frozenset(word_list("roles.toml", "two_letter_words"))


def _two_letter_family_name(tok: str) -> bool:
    """`Li`, `Wu`: a name's first token of two letters stands for the person unless it is a word."""
    return len(tok) == 2 and tok[0].isupper() and tok[1].islower() and tok not in _two_letter_words()


def _add_short_forms(
    text: str, tokens: list[re.Match[str]], spans: list[Found], people: Counter[Actor]
) -> list[Found]:
    """`spans` (sorted by start) plus the name tokens of its people found outside them."""
    index = _short_form_index(people)
    if not index:
        return spans
    covered = ByStart(spans)
    extra = [
        Found(m.start(), m.end(), m.group(), index[m.group()])
        for m in [m for m in tokens if m.group() in index]
        if not covered.containing(m.start())
    ]
    return sorted(spans + _joined(text, drop_inner_aliases(text, extra)), key=lambda f: f.start)


def _joined(text: str, tokens: list[Found]) -> list[Found]:
    """`his counterpart Ana Torres` where a title named him elsewhere: name tokens of one person with
    only a space between them are one span, the full name."""

    def one_name(last: Found, f: Found) -> Found | None:
        if last.actor == f.actor and text[last.end : f.start] == " ":
            return Found(last.start, f.end, text[last.start : f.end], f.actor)
        return None

    return _folded(tokens, one_name)


def _surnames_not_places(spans: list[Found], people: Counter[Actor]) -> list[Found]:
    """`Daniel Jordan ... Jordan mengatakan`: a country or place written as the surname of a person the
    article names in full is that person, as the article's own short form."""
    surnames = {p.name.split()[-1]: p for p in people if len(p.name.split()) > 1 and p.country is not None}
    return [
        Found(f.start, f.end, f.text, surnames[f.text])
        if f.actor.kind in ("country", "place")
        and f.text in surnames
        and surnames[f.text].country != f.actor.country
        else f
        for f in spans
    ]


def _resolve_title(found: Found, people: Counter[Actor]) -> Found:
    """An unnamed title (`Menlu Korut`) becomes the article's one person of that country, role and
    position."""
    actor = found.actor
    if actor.kind != "title":
        return found
    wanted = COMPATIBLE_POSITIONS.get(actor.position or "", {actor.position})
    matches = [
        p for p in people if p.country == actor.country and p.position in wanted and p.role == actor.role
    ]  # `the Paraguayan cardinal` is no Paraguayan head of state: a church's leader is not a government's
    if len(matches) == 1 or (matches and actor.position == "leader"):
        best = max(matches, key=lambda p: (p.position == actor.position, people[p]))
        return Found(found.start, found.end, found.text, best)
    return found


def is_plural_reference(text: str) -> bool:
    """`kedua pemimpin`, `both sides`: a reference to the pair of actors of the context."""
    return bool(re.match(r"(?i)(?:kedua|both|the two)\b", text))
