"""Definite descriptions that point back at an actor already named: `the bloc` after `ECOWAS`, `the North`
in an article about North Korea. Only an actor named earlier in the same text can be the referent."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import alternation, longest_first, toml_table
from kabar.events.gazetteer import Found
from kabar.events.spans import ByStart

Wanted = tuple[str, str]  # ("role", "IGO") or ("country", "PRK")


@cache
def _descriptions(lang: str) -> tuple[re.Pattern[str], dict[str, Wanted]]:
    data = toml_table("common", "events.toml")["descriptions"]
    table = {k.lower(): ("role", v) for k, v in data.get(lang, {}).items()}
    table |= {k.lower(): ("country", v) for k, v in data.get(f"sides_{lang}", {}).items()}
    return re.compile(rf"(?<![\w-])(?:{alternation(longest_first(table))})(?![\w-])", re.IGNORECASE), table


def described_actors(text: str, lang: str, spans: list[Found]) -> list[Found]:
    """`spans` (sorted by start) plus each description resolved to the latest earlier actor it fits."""
    pattern, table = _descriptions(lang)
    if not table:
        return spans
    covered = ByStart(spans)
    extra = []
    for m in pattern.finditer(text):
        wanted = table[m.group().lower()]
        if covered.containing(m.start()) or (wanted[0] == "country" and m.group().split()[-1].islower()):
            continue  # `the South` is a side, `the south` a direction
        earlier = [f for f in spans if f.end <= m.start() and _fits(f, wanted)]
        if earlier:
            extra.append(Found(m.start(), m.end(), m.group(), earlier[-1].actor))
    return sorted(spans + extra, key=lambda f: f.start) if extra else spans


def _fits(f: Found, wanted: Wanted) -> bool:
    """A body in that role (no country's official: `the bloc` is not `EU envoy X`), or the named country
    itself."""
    kind, value = wanted
    if kind == "country":
        return f.actor.kind == "country" and f.actor.country == value
    return f.actor.role == value and (f.actor.country is None or f.actor.kind == "org")
