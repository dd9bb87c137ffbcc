"""Bodies the gazetteer lacks, read from how the text introduces them: a capitalised name followed by its
abbreviation in brackets (`Corrupt Practices Investigation Bureau (CPIB)`, `Jamaah Ansharut Daulah (JAD)`),
a capitalised name after a kind of body (`kelompok Palestine Action`, `the campaign group Defend Our
Juries`), or a capitalised name a party word closes or opens (`Mongolian People's Party`, `Partai Rakyat
Mongolia`). Once defined, the name and its abbreviation name that body wherever the article repeats them.

A defined body right before a place (`Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sleman`, `BPBD
Jawa Tengah`) is that place's office: the hit spans the place, and the body is named by its abbreviation and
the place, of the place's country.

A name that only repeats a known actor (`kelompok Hamas`) stays the gazetteer's; one that holds a known
country or place and goes on (`Palestine Action`) is a body of its own, not that country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kabar.events.admin_places import admin_unit_names
from kabar.events.data import alternation, city_unit_words, toml_table
from kabar.events.gazetteer import Actor, Found
from kabar.events.spans import ByStart

ABBREVIATION = re.compile(r"\(\s*([A-Z][A-Za-z0-9&-]{1,9})\s*\)")
WORD_BEFORE = re.compile(r"([\w'’&.-]+)[ \t]+$")
POSSESSIVE = re.compile(r"['’]s$")
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:\"”]\s+|\n\s*)$")
MAX_WORDS = 8  # words of a name before its bracketed abbreviation
SYLLABIC = re.compile(r"[A-Z][a-z]{3,8}")  # `Wahana Lingkungan Hidup Indonesia (Walhi)`: syllables
PLACE_KINDS = ("country", "place")
BRACKETED = re.compile(r"[ \t]*" + ABBREVIATION.pattern)  # the abbreviation after a long name


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
def _headed() -> re.Pattern[str]:
    """A name its head word closes (`Mongolian People's Party`) or opens (`Partai Rakyat Mongolia`)."""
    t = _table()
    word = r"[A-Z][\w'’-]+"
    last, first = alternation(tuple(t.get("heads_last", ()))), alternation(tuple(t.get("heads_first", ())))
    return re.compile(
        rf"(?<![\w'’-])(?:((?:{word}[ \t]+){{1,4}})(?:{last})|(?:{first})(?:[ \t]+{word}){{1,4}})(?![\w'’-])"
    )


@cache
def _role_heads() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((role, frozenset(heads)) for role, heads in _table().get("roles", {}).items())


def _role(name: str) -> str | None:
    """The body's CAMEO-like role from a word of its name (`Bureau`, `Detasemen`); None when no word of it
    names a kind of body."""
    words = name.split()
    return next((role for role, heads in _role_heads() if heads.intersection(words)), None)


def _kind_before(text: str, start: int) -> str | None:
    """`the hardline party Jamiat Ahl Sunnah Bangla (JASB)`: a kind of body a few words before a name its
    abbreviation defines makes it a body of that kind's role (a party's, else a group's)."""
    m = _kind_words().search(text, max(0, start - 80), start)
    if m is None:
        return None
    return "PARTY" if m.group(1).lower() in _table().get("party_kinds", ()) else "NGO"


@cache
def _region_lead() -> re.Pattern[str]:
    """The spaces before an office's place, and any unit word that opens its name (`BPBD Provinsi Bali`): the
    words that may stand before a city's name (kabar/lexicon/common/events.toml, `names.before_city`)."""
    return re.compile(rf"[ \t]+((?:(?:{alternation(city_unit_words())})\.?[ \t]+)?)")


@cache
def _kind_words() -> re.Pattern[str]:
    t = _table()
    kinds = alternation(tuple(t.get("kinds", ())) + tuple(t.get("party_kinds", ())))
    return re.compile(rf"(?i)(?<![\w'’-])({kinds})(?:[ \t]+[\w'’-]+){{0,3}}[ \t]+$")


def _body(name: str, inside: list[Found], role: str) -> Actor:
    """A body of `name`; one holding a country's name (`Komando Pusat AS`) belongs to that country."""
    country = next((f.actor.country for f in inside if f.actor.kind == "country"), None)
    return Actor(name, country, role, "org")


def _registered(body: Actor) -> Actor:
    """A body named by a legal form of one country's law (`PT Sinar Jaya`) is of that country when its name
    holds no other."""
    if body.country is not None:
        return body
    countries = _table().get("head_countries", {})
    words = body.name.split()
    country = countries.get(words[0]) or countries.get(words[-1])
    return Actor(body.name, country, body.role, body.kind) if country else body


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
        if sum(c.isupper() for c in abbr) < 2 and not SYLLABIC.fullmatch(abbr):
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


@cache
def _party_named() -> re.Pattern[str]:
    """`the main opposition party KPR`: one capitalised word right after a party word, no other after it
    (`party Chairman X` is a title); an acronym only after a word that also says whose party (`partai X`)."""
    persons = tuple(_table().get("party_kinds_of_persons", ()))
    kinds = alternation(tuple(k for k in _table().get("party_kinds", ()) if k not in persons))
    name = rf"(?:{kinds})[ \t]+([A-Z][\w'’-]+)|(?:{alternation(persons)})[ \t]+([A-Z][A-Z0-9-]+)"
    return re.compile(rf"(?<![\w'’-])(?:{name})(?![\w'’-])(?![ \t]+[A-Z])")


def _named_by_kind(text: str) -> list[tuple[int, int, str]]:
    """Spans of the names a kind of body introduces, with the body's role when no word of the name says it."""
    kinds, _, not_first = _patterns()
    spans = [(m.start(1), m.end(1), "NGO") for m in kinds.finditer(text)]
    for m in _party_named().finditer(text):
        spans.append((m.start(m.lastindex or 1), m.end(m.lastindex or 1), "PARTY"))
    return [span for span in spans if text[span[0] : span[1]].split()[0] not in not_first]


def _named_by_head(text: str, index: ByStart) -> list[tuple[int, int]]:
    """Spans of the names a head word closes or opens, without the words before them that say whose or
    when (`Chakwera's`, `The`, `Senin`)."""
    not_first = _patterns()[2]
    out = []
    for m in _headed().finditer(text):
        start = m.start()
        for w in re.finditer(r"\S+", m.group(1) or ""):
            word, at = w.group(), m.start(1) + w.start()
            person = any(
                f.actor.kind == "person" and f.end > at for f in index.starting_in(at - index.longest, at + 1)
            )
            if word not in not_first and not person and not POSSESSIVE.search(word):
                break
            start = m.start(1) + w.end()
        while start < m.end() and text[start].isspace():
            start += 1
        if len(text[start : m.end()].split()) >= 2:
            out.append((start, m.end()))
    return out


def _known_inside(name: str, inside: list[Found], start: int, end: int) -> bool:
    """Whether a known actor other than a country or place sits inside the name and is not just a word
    before its head (`Congress` in `Malawi Congress Party`): then the name is the gazetteer's business."""
    closed = _role(name.split()[-1]) is not None
    return any(f.actor.kind not in PLACE_KINDS and not (closed and f.end < end) for f in inside)


def defined_name_hits(text: str, known: list[Found], lang: str) -> tuple[list[Found], set[Found]]:
    """The bodies `text` defines, at every place it names them, and the `known` hits (sorted by start) they
    replace: a country or place inside a longer name (`Palestine` in `Palestine Action`)."""
    index = ByStart(known)
    names: dict[str, Actor] = {}
    short: dict[Actor, str] = {}  # a body's abbreviation, which names its regional offices
    for start, end, abbr in _abbreviated(text):
        name = re.sub(r"\s+", " ", text[start:end])
        inside = [f for f in index.starting_in(start - index.longest, end) if f.end > start]
        if any(f.start <= start and f.end >= end for f in inside):
            continue  # `Komisi Pemberantasan Korupsi (KPK)` is the gazetteer's
        body = None if inside else _known_abbreviation(text, end, index)
        if body is not None:  # `Badan Nasional Penanggulangan Bencana (BNPB)`: the long name of a known body
            names.setdefault(name, body)
            continue
        role = _role(name) or _kind_before(text, start)
        if role is None:
            continue
        if _known_inside(name, inside, start, end):
            continue
        actor = _registered(_body(name, inside, role))
        names.setdefault(name, actor)
        names.setdefault(abbr, actor)
        short.setdefault(names[abbr], abbr)
    for start, end in _named_by_head(text, index):
        name = re.sub(r"\s+", " ", text[start:end])
        inside = [f for f in index.starting_in(start - index.longest, end) if f.end > start]
        if name in names or any(f.start <= start and f.end >= end for f in inside):
            continue
        if not _known_inside(name, inside, start, end):
            names[name] = _registered(_body(name, inside, _role(name) or "PARTY"))
    for start, end, kind_role in _named_by_kind(text):
        name = re.sub(r"\s+", " ", text[start:end])
        inside = [f for f in index.starting_in(start - index.longest, end) if f.end > start]
        if name in names or not all(
            f.actor.kind in PLACE_KINDS and f.end - f.start < end - start for f in inside
        ):
            continue
        names[name] = Actor(name, None, _role(name) or kind_role, "org")  # `Palestine Action` is no state's
    if not names:
        return [], set()
    found = _regional(text, _occurrences(text, names), index, lang, short)
    covered = ByStart(found)
    return found, {f for f in known if _within(covered, f)}


def _known_abbreviation(text: str, end: int, index: ByStart) -> Actor | None:
    """The body the gazetteer knows by the bracketed abbreviation right after a long name, if any."""
    bracket = BRACKETED.match(text, end)
    if bracket is None:
        return None
    at, stop = bracket.span(1)
    hit = next((h for h in index.starting_in(at, at + 1) if h.end == stop), None)
    return hit.actor if hit is not None and hit.actor.kind not in PLACE_KINDS else None


def _regional(
    text: str, found: list[Found], index: ByStart, lang: str, short: dict[Actor, str]
) -> list[Found]:
    """The `found` bodies, each one right before a place (past its bracketed abbreviation) spanning that place
    as its office there; a body the text only names with places takes their country where it stands alone."""
    units = admin_unit_names(lang)
    offices: dict[Found, Found] = {}
    for f in found:
        pos = f.end
        bracket = BRACKETED.match(text, pos)
        pos = bracket.end() if bracket else pos
        region = _place_at(text, pos, index, units)
        if region is not None:
            end, country = region
            name = f"{short.get(f.actor, f.actor.name)} {' '.join(text[pos:end].split())}"
            actor = Actor(name, country or f.actor.country, f.actor.role, f.actor.kind)
            offices[f] = Found(f.start, end, text[f.start : end], actor)
    countries = {f.actor: {o.actor.country for g, o in offices.items() if g.actor == f.actor} for f in found}
    out = []
    for f in found:
        places = countries[f.actor] - {None}
        if any(o.start <= f.start and f.end <= o.end and g is not f for g, o in offices.items()):
            continue  # the bracketed abbreviation inside its office's span
        if f in offices:
            out.append(offices[f])
        elif f.actor.country is None and len(places) == 1:
            out.append(Found(f.start, f.end, f.text, replace(f.actor, country=places.pop())))
        else:
            out.append(f)
    return out


def _place_at(
    text: str, pos: int, index: ByStart, units: tuple[re.Pattern[str], str] | None
) -> tuple[int, str | None] | None:
    """(end, country) of a place that starts after the spaces at `pos`: a unit of the country's own
    administration (`Kabupaten Sleman`) or a known place, after any unit word (`Provinsi Jawa Tengah`)."""
    lead = _region_lead().match(text, pos)
    if lead is None:
        return None
    if units is not None and (unit := units[0].match(text, lead.start(1))):
        return unit.end(), units[1]
    hits = index.starting_in(lead.end(), lead.end() + 1)
    place = next((h for h in hits if h.actor.kind in PLACE_KINDS), None)
    return (place.end, place.actor.country) if place else None


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
    if POSSESSIVE.search(w.group(1)):
        return False  # `Chakwera's Malawi Congress Party`: whose, not part of the name
    return SENTENCE_OPEN.search(text, max(0, w.start(1) - 3), w.start(1)) is None
