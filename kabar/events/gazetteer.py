"""Named actors from data: countries (pycountry + aliases), places, organisations and people.

Matching is a token-sequence lookup keyed on the first token, which stays fast with thousands of
aliases. All-caps aliases (AS, US, UE) must match case exactly; others must start upper case.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Literal

import pycountry

from kabar.events.data import csv_rows, split_list, toml_table

ActorKind = Literal["person", "country", "place", "org", "group", "title"]
# "Myanmar's" -> "Myanmar" + "s"; "Vietnamese-flagged" -> "Vietnamese" + "flagged": a flag is the country
TOKEN = re.compile(r"\w+(?:[-'’.](?![sS]\b)(?!(?i:flagged|registered)\b)\w+)*", re.UNICODE)
MAX_TOKENS = 7


@dataclass(frozen=True)
class Actor:
    """Who an expression names: canonical name, ISO-3 country, CAMEO-like role, kind and position."""

    name: str
    country: str | None
    role: str | None
    kind: ActorKind
    position: str | None = None

    @property
    def key(self) -> str:
        """Identity for merging: people and groups by name, countries and places by country."""
        if self.kind in ("country", "place") and self.country:
            return self.country
        return self.name.lower()


@dataclass(frozen=True)
class Found:
    """An actor expression found in a text, with character offsets."""

    start: int
    end: int
    text: str
    actor: Actor


@dataclass
class Gazetteer:
    """Alias index: first token -> [(token tuple, exact-case alias or '', actor)], longest first."""

    index: dict[str, list[tuple[tuple[str, ...], str, Actor]]]
    names: dict[str, Actor]  # canonical names (lower case) of every actor, for lookups by name

    def add(self, alias: str, actor: Actor) -> None:
        toks = tuple(t.lower() for t in TOKEN.findall(alias))
        if not toks or len(toks) > MAX_TOKENS:
            return
        exact = alias if alias.replace(".", "").isupper() and len(alias) <= 5 else ""
        bucket = self.index.setdefault(toks[0], [])
        if any(t == toks and a.name == actor.name for t, _, a in bucket):
            return
        bucket.append((toks, exact, actor))
        self.names.setdefault(actor.name.lower(), actor)

    def longest_first(self) -> Gazetteer:
        """Each bucket's longest aliases first, as `find` needs (a stable sort: among equals the first added
        wins); done once, after the last `add`."""
        for bucket in self.index.values():
            bucket.sort(key=lambda item: -len(item[0]))
        return self

    def find(self, text: str, tokens: list[re.Match[str]] | None = None) -> list[Found]:
        """Longest alias matches, left to right, never overlapping (`tokens`: TOKEN's matches in `text`)."""
        tokens = list(TOKEN.finditer(text)) if tokens is None else tokens
        index = self.index
        out: list[Found] = []
        after = 0  # only a capitalised token that starts an alias can start a match
        for i in [i for i, t in enumerate(tokens) if (w := t.group())[0].isupper() and w.lower() in index]:
            hit = self._match_at(text, tokens, i) if i >= after else None
            if hit is not None:
                n, actor = hit
                start, end = tokens[i].start(), tokens[i + n - 1].end()
                out.append(Found(start, end, text[start:end], actor))
                after = i + n
        return out

    def _match_at(self, text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, Actor] | None:
        first = tokens[i]
        for toks, exact, actor in self.index.get(first.group().lower(), ()):
            n, k = len(toks), 1  # the bucket's key is already the first token
            while k < n and i + k < len(tokens) and _continues(tokens[i + k - 1], tokens[i + k], toks[k]):
                k += 1
            if k < n:
                continue
            last = tokens[i + n - 1]
            if exact and text[first.start() : last.end()].replace(".", "") != exact.replace(".", ""):
                continue
            if actor.kind == "country" and _names_currency(text, first.start(), last.end()):
                continue  # `US$ 450 juta`, `300 ribu dolar AS`, `Singapore dollars`: a currency
            return n, actor
        return None


@cache
def _currency_words() -> frozenset[str]:
    words = toml_table("common", "events.toml").get("currencies", {}).get("words", [])
    return frozenset(w.lower() for w in words)


WORD_BEFORE = re.compile(r"(\w+)\s+$")
WORD_AFTER = re.compile(r"\s+(\w+)")


def _names_currency(text: str, start: int, end: int) -> bool:
    """A country's name right after or before a currency word (kabar/lexicon/common/events.toml), or before
    `$`, names the currency."""
    if text[end : end + 1] == "$":
        return True
    before, after = WORD_BEFORE.search(text, max(0, start - 12), start), WORD_AFTER.match(text, end, end + 12)
    return any(m is not None and m.group(1).lower() in _currency_words() for m in (before, after))


def _continues(previous: re.Match[str], token: re.Match[str], word: str) -> bool:
    """`token` is the alias's next `word`, at most two characters after the previous token."""
    return token.start() - previous.end() <= 2 and token.group().lower() == word


@cache
def demonyms() -> frozenset[str]:
    """Country adjectives (`Pakistani`, `Polish`), lower case: one before an event noun is its agent."""
    return frozenset(
        a.lower() for row in csv_rows("common", "countries.csv") for a in split_list(row["adjectives"])
    )


@cache
def nationals() -> frozenset[str]:
    """The names of the national groups the gazetteer knows (`Iranians`)."""
    return frozenset(p for people in _nationals().values() for p in people)


def _nationals() -> dict[str, list[str]]:
    """ISO-3 -> the English plurals of its demonyms (`Iranians`, `Israelis`): a country's people, who can be
    the patient of a warning or a release. Only the regular `-an`/`-i` + `s` plurals."""
    return {
        row["iso3"]: [a + "s" for a in split_list(row["adjectives"]) if a.endswith(("an", "i"))]
        for row in csv_rows("common", "countries.csv")
    }


def _country_names() -> dict[str, list[str]]:
    """ISO-3 -> names: the aliases file first (its first alias is the canonical name), then pycountry."""
    names: dict[str, list[str]] = {}
    for row in csv_rows("common", "countries.csv"):
        names.setdefault(row["iso3"], []).extend(split_list(row["aliases"]) + split_list(row["adjectives"]))
    indonesian: Callable[[str], str]
    try:
        indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"]).gettext
    except OSError:
        indonesian = str
    for c in pycountry.countries:
        extra = [c.name, getattr(c, "common_name", ""), indonesian(c.name)]
        names.setdefault(c.alpha_3, []).extend(n for n in extra if n and "," not in n)
    return names


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built once from the lexicon files."""
    g = Gazetteer({}, {})
    for iso, names in _country_names().items():
        if not names:
            continue
        actor = Actor(names[0], iso, "GOV", "country")
        for alias in names:
            g.add(alias, actor)
    for iso, people in _nationals().items():
        for plural in people:
            g.add(plural, Actor(plural, iso, "CVL", "group"))
    for row in csv_rows("common", "places.csv"):
        actor = Actor(row["name"], row["country"] or None, row["role"] or None, "place")
        for alias in [row["name"], *split_list(row["aliases"])]:
            g.add(alias, actor)
    for row in csv_rows("common", "organisations.csv"):
        actor = Actor(row["name"], row["country"] or None, row["role"] or None, "org")
        for alias in [row["name"], *split_list(row["aliases"])]:
            g.add(alias, actor)
    for row in csv_rows("common", "actors.csv"):
        actor = Actor(
            row["name"], row["country"] or None, row["role"] or None, "person", row["position"] or None
        )
        for alias in [row["name"], *split_list(row["aliases"])]:
            g.add(alias, actor)
    return g.longest_first()


@cache
def lookup(name: str | None) -> Actor | None:
    """The gazetteer actor whose canonical name or alias is exactly `name`, if any."""
    if not name:
        return None
    hits = gazetteer().find(name)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name):
        return hits[0].actor
    return gazetteer().names.get(name.lower())
