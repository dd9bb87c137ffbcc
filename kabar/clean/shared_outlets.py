"""One masthead name printed by several outlets (a national broadcaster and a foreign network may both
sign 'X News'): the page's own evidence picks the outlet, a domain it prints first, then the country its
lines name; without either, the outlets table's first row for the name stands."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.resources import files

import pycountry

from kabar.clean.lines import Line
from kabar.dates.zones import site_zone
from kabar.geonames import geonames
from kabar.outlets import outlet_rows

COUNTRY_CITY_PEOPLE = 500_000  # smaller towns share their names across countries too often
OUTSIDE_BODY_WEIGHT = 3  # a header or footer naming a country speaks for the outlet; a story for its topic


@cache
def _domains_by_name() -> dict[str, tuple[str, ...]]:
    """Lower-case name -> every domain that prints it, in table order, for names more than one prints."""
    found: dict[str, list[str]] = {}
    for domain, names in outlet_rows():
        for name in names:
            listed = found.setdefault(name.lower(), [])
            if domain not in listed:
                listed.append(domain)
    return {name: tuple(domains) for name, domains in found.items() if len(domains) > 1}


def sharing_domains(name: str) -> tuple[str, ...]:
    """The domains of the outlets that all print `name`, or () when only one does."""
    return _domains_by_name().get(name.strip().lower(), ())


@cache
def _zone_countries() -> dict[str, str]:
    """IANA zone -> the ISO alpha-2 country most of its large cities lie in (GeoNames)."""
    votes: dict[str, Counter[str]] = {}
    for city in geonames("cities15000.json").values():
        votes.setdefault(city["timezone"], Counter())[city["countrycode"]] += 1
    return {zone: counts.most_common(1)[0][0] for zone, counts in votes.items()}


def domain_country(domain: str) -> str | None:
    """The country an outlet's home zone lies in ('.au' -> Sydney -> AU)."""
    zone = site_zone(domain)
    return _zone_countries().get(zone) if zone else None


@cache
def _country_rows() -> dict[str, list[str]]:
    """ISO alpha-3 -> the extra names and demonyms of the countries table."""
    text = files("kabar").joinpath("lexicon", "common", "countries.csv").read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {}
    for row in csv.DictReader(line for line in text.splitlines() if not line.startswith("#")):
        words = f"{row.get('aliases') or ''};{row.get('adjectives') or ''}"
        rows[row["iso3"]] = [w.strip() for w in words.split(";") if len(w.strip()) > 2]
    return rows


@cache
def country_names(alpha2: str) -> frozenset[str]:
    """What a page may call a country or the places in it: its names and demonyms, its states and
    provinces, its large cities; case as printed."""
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return frozenset()
    names = {country.name, getattr(country, "common_name", country.name)}
    names |= set(_country_rows().get(country.alpha_3, []))
    names |= {s.name for s in pycountry.subdivisions.get(country_code=alpha2) or ()}
    cities = geonames("cities15000.json").values()
    names |= {
        c["name"] for c in cities if c["countrycode"] == alpha2 and c["population"] >= COUNTRY_CITY_PEOPLE
    }
    return frozenset(n for n in names if n[:1].isupper())


@cache
def _mention_pattern(countries: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over the names of `countries` that only one of them holds, and name -> country."""
    owner: dict[str, str] = {}
    shared: set[str] = set()
    for code in countries:
        for name in country_names(code):
            if name in owner and owner[name] != code:
                shared.add(name)
            owner.setdefault(name, code)
    own = {name: code for name, code in owner.items() if name not in shared}
    body = "|".join(re.escape(n) for n in sorted(own, key=len, reverse=True)) or "(?!)"
    # a demonym's plural ('Norwegians') or a possessive counts as the name
    return re.compile(rf"(?<![\w-])({body})(?:s|['’]s)?(?![\w-])"), own


def country_votes(texts: Iterable[tuple[str, int]], countries: tuple[str, ...]) -> Counter[str]:
    """Weighted mentions of each of `countries` in (text, weight) pairs."""
    pattern, owner = _mention_pattern(countries)
    votes: Counter[str] = Counter()
    for text, weight in texts:
        for match in pattern.finditer(text):
            votes[owner[match.group(1)]] += weight
    return votes


def pick_outlet(
    named: tuple[str, str], lines: Sequence[Line], printed: Counter[str], body: range | None
) -> tuple[str, str]:
    """(domain, name) of the outlet among those printing the name that the page's evidence points to:
    a domain of theirs printed on the page, else the country its lines name most."""
    domains = sharing_domains(named[1])
    if named[0] not in domains:
        return named
    shown = [d for d in domains if printed[d]]
    if shown:
        return max(shown, key=lambda d: printed[d]), named[1]
    countries = {d: c for d in domains if (c := domain_country(d))}
    if len(set(countries.values())) < 2:
        return named
    texts = (
        (line.text, 1 if body is not None and no in body else OUTSIDE_BODY_WEIGHT)
        for no, line in enumerate(lines)
        if line.text
    )
    votes = country_votes(texts, tuple(sorted(set(countries.values()))))
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return named
    return next(d for d, c in countries.items() if c == ranked[0][0]), named[1]
