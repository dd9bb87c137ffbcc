"""Article-level context for role filling: the two countries an article is about, and its home country.

`kedua negara` and `both sides` point at the article's two main countries, not at the last two named;
an untitled `Prime Minister X` or `police` in a Tbilisi story belongs to Georgia.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache

from kabar.events.gazetteer import Actor, Found, gazetteer
from kabar.events.locations import dateline_location

HOME_ROLES = frozenset(["GOV", "MIL", "COP", "LEG", "CVL", "JUD", "OPP"])


@cache
def country_actor(iso: str) -> Actor | None:
    """The gazetteer's country actor for an ISO-3 code (its canonical name), if any."""
    for bucket in gazetteer().index.values():
        for _toks, _exact, actor in bucket:
            if actor.kind == "country" and actor.country == iso:
                return actor
    return None


def country_counts(actors: list[Found]) -> Counter[str]:
    """How often each country is named, directly or through its people, places and bodies."""
    return Counter(f.actor.country for f in actors if f.actor.country)


def lede_pair(pairs: list[tuple[Actor | None, Actor | None]]) -> tuple[Actor, Actor] | None:
    """The countries of the first event between two countries: what `kedua negara` means in the article."""
    for a, b in pairs:
        if a is not None and b is not None and a.country and b.country and a.country != b.country:
            first, second = country_actor(a.country), country_actor(b.country)
            if first is not None and second is not None:
                return first, second
    return None


def main_pair(actors: list[Found]) -> tuple[Actor, Actor] | None:
    """The article's two most named countries (ties: first named first), as country actors."""
    counts = country_counts([f for f in actors if f.actor.kind in ("country", "place")])
    order = {iso: i for i, iso in reversed(list(enumerate(f.actor.country for f in actors)))}
    top = sorted(counts, key=lambda iso: (-counts[iso], order.get(iso, 0)))[:2]
    if len(top) < 2:
        return None
    pair = [country_actor(iso) for iso in top]
    return (pair[0], pair[1]) if pair[0] is not None and pair[1] is not None else None


def home_country(actors: list[Found], dateline: str | None) -> str | None:
    """The dateline's country, else the most named country when it is named at least twice."""
    counts = country_counts(actors).most_common(2)
    place = dateline_location(dateline)
    if place is not None and place.country in {iso for iso, _ in counts}:
        return place.country  # an outlet's home dateline (`Jakarta`) on foreign news is not the story's place
    return counts[0][0] if counts and counts[0][1] >= 2 else None


def fallback_place(
    actors: tuple[Actor | None, ...], dateline: str | None, home: str | None
) -> tuple[Actor | None, str]:
    """Where an event naming no place happened, and the rule suffix saying how that was guessed: the dateline
    when the story is about its country, or the event's actors do not say otherwise; else the one country all
    of them share. An outlet's home dateline (`Jakarta, CNN Indonesia --`) on foreign news is no scene."""
    place = dateline_location(dateline)
    countries = [a.country for a in actors if a is not None]
    if place is not None and (place.country == home or None in countries or place.country in countries):
        return place, "+dateline_location"
    if countries and None not in countries and len(set(countries)) == 1:
        return country_actor(str(countries[0])), "+actors_country_location"
    return None, ""


def with_home_country(actors: list[Found], home: str | None) -> list[Found]:
    """National bodies and titled people the text gives no country take the article's home country."""
    if home is None:
        return actors
    out = []
    for f in actors:
        a = f.actor
        national = a.country is None and a.kind in ("person", "title", "group") and a.role in HOME_ROLES
        if national and (a.kind != "person" or gazetteer().names.get(a.name.lower()) is None):
            f = replace(f, actor=replace(a, country=home))
        out.append(f)
    return out
