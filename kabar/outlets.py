"""News outlets by the names they print ('CNBC Indonesia', 'The Associated Press') to their domains.

The table is data (kabar/lexicon/common/outlets.csv); it names the site of a page that prints its
outlet's name in a masthead, copyright line, dateline or desk byline but no domain of its own.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Outlets:
    pattern: re.Pattern[str]  # every printed name, longest first, as whole words
    domains: dict[str, str]  # name in lower case -> registered domain
    # A whole text is a name when it is one as printed (acronyms) or, lower-cased, one of the others:
    # `pattern.fullmatch` at the cost of a set lookup. Exact for ASCII texts when every name is ASCII
    # (re's case-blind match pairs 'K' with the Kelvin sign, which lower() does not).
    as_printed: frozenset[str] = frozenset()
    any_case: frozenset[str] = frozenset()
    ascii_names: bool = False


def outlet_rows() -> list[tuple[str, list[str]]]:
    """(domain, printed names) of each outlet row, in table order: the first row of a shared name is its
    default outlet."""
    text = files("kabar").joinpath("lexicon", "common", "outlets.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = []
    for record in csv.DictReader(lines):
        names = [n.strip() for n in (record.get("names") or "").split(";") if n.strip()]
        rows.append((record["domain"].strip().lower(), names))
    return rows


def _alternative(name: str) -> str:
    """Acronyms ('AP', 'CNA', 'IRNA') must be printed in capitals; other names in any case."""
    escaped = re.escape(name)
    return escaped if _as_printed(name) else f"(?i:{escaped})"


def _as_printed(name: str) -> bool:
    return name.isupper() or len(name) <= 3


@cache
def outlets() -> Outlets:
    domains: dict[str, str] = {}
    for domain, names in outlet_rows():
        for name in names:
            domains.setdefault(name.lower(), domain)
    ordered = sorted({n for _, names in outlet_rows() for n in names}, key=len, reverse=True)
    body = "|".join(_alternative(n) for n in ordered) or "(?!)"
    return Outlets(
        re.compile(rf"(?<![\w.])(?:{body})(?!\w)"),
        domains,
        frozenset(n for n in ordered if _as_printed(n)),
        frozenset(n.lower() for n in ordered if not _as_printed(n)),
        all(n.isascii() for n in ordered),
    )


def find_outlet(text: str) -> tuple[str, str] | None:
    """The first outlet name printed in `text` and its domain."""
    table = outlets()
    match = table.pattern.search(text)
    if match is None:
        return None
    return match.group(0), _domain_of(table, match.group(0))


def _domain_of(table: Outlets, found: str) -> str:
    """The domain of a matched name. Case-blind regex matching equates letters that lower() keeps
    apart (Turkish 'ı' matches 'i'), so a miss on the lower-cased key falls back to a regex compare."""
    domain = table.domains.get(found.lower())
    if domain is not None:
        return domain
    return next(d for name, d in table.domains.items() if re.fullmatch(re.escape(name), found, re.IGNORECASE))


def outlet_named(text: str) -> str | None:
    """The domain when `text` as a whole is an outlet's name ('ANTARA News', 'CNA')."""
    table = outlets()
    name = text.strip(" .,:|-–—")
    if table.ascii_names and name.isascii():  # the lookarounds hold at a whole text's ends
        known = name in table.as_printed or name.lower() in table.any_case
        return _domain_of(table, name) if known else None
    match = table.pattern.fullmatch(name)
    return _domain_of(table, match.group(0)) if match else None


@cache
def _extensions(domain: str) -> re.Pattern[str] | None:
    """Names of other outlets that extend one of `domain`'s names ('VOA Indonesia' extends 'VOA')."""
    rows = outlet_rows()
    own = [n.lower() for d, names in rows if d == domain for n in names]
    others = [n for d, names in rows if d != domain for n in names]
    longer = {n for n in others if any(n.lower().startswith(f"{o} ") for o in own)}
    if not longer:
        return None
    body = "|".join(_alternative(n) for n in sorted(longer, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{body})(?!\w)")


def more_specific(domain: str, texts: Iterable[str], language: str) -> tuple[str, str] | None:
    """The edition in the page's language that the page also names ('VOA Indonesia' beside '© Voice of
    America' on an Indonesian page), as (domain, name); a network's list of its other editions ('Al
    Jazeera Arabic' in an English page's footer) is no match."""
    pattern = _extensions(domain)
    if pattern is None:
        return None
    words = edition_words(language)
    for text in texts:
        for match in pattern.finditer(text):
            if words.intersection(match.group(0).lower().split()):
                return outlets().domains[match.group(0).lower()], match.group(0)
    return None


@cache
def edition_words(language: str) -> frozenset[str]:
    """Words naming an outlet's edition in `language` ('Indonesia', 'English'): lexicon sources.toml."""
    resource = files("kabar").joinpath("lexicon", language, "sources.toml")
    if not resource.is_file():
        return frozenset()
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data.get("edition_words", []))
