"""News outlets by the names they print ('CNBC Indonesia', 'The Associated Press') to their domains.

The table is data (kabar/lexicon/common/outlets.csv); it names the site of a page that prints its
outlet's name in a masthead, copyright line, dateline or desk byline but no domain of its own.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Outlets:
    pattern: re.Pattern[str]  # every printed name, longest first, as whole words
    domains: dict[str, str]  # name in lower case -> registered domain


def _rows() -> list[tuple[str, list[str]]]:
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
    return escaped if name.isupper() or len(name) <= 3 else f"(?i:{escaped})"


@cache
def outlets() -> Outlets:
    domains: dict[str, str] = {}
    for domain, names in _rows():
        for name in names:
            domains.setdefault(name.lower(), domain)
    ordered = sorted({n for _, names in _rows() for n in names}, key=len, reverse=True)
    body = "|".join(_alternative(n) for n in ordered) or "(?!)"
    return Outlets(re.compile(rf"(?<![\w.])(?:{body})(?!\w)"), domains)


def find_outlet(text: str) -> tuple[str, str] | None:
    """The first outlet name printed in `text` and its domain."""
    table = outlets()
    match = table.pattern.search(text)
    if match is None:
        return None
    return match.group(0), table.domains[match.group(0).lower()]


def outlet_named(text: str) -> str | None:
    """The domain when `text` as a whole is an outlet's name ('ANTARA News', 'CNA')."""
    table = outlets()
    match = table.pattern.fullmatch(text.strip(" .,:|-–—"))
    return table.domains[match.group(0).lower()] if match else None
