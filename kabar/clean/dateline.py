"""The dateline that opens a story ('Liputan6.com, Moskow -', 'SEOUL (Reuters) -'): place and outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DASH = r"\s*[-–—]+\s*"
_OUTLET = r"(?P<outlet>[A-Za-z][\w-]*(?:\.[A-Za-z]{2,6}){1,2})"
_CAPS_PLACE = r"(?P<place>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3})"
_PLACE = r"(?P<place>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3})"

PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"^{_OUTLET}\s*,\s*{_PLACE}{_DASH}",  # Liputan6.com, Moskow -
        rf"^{_OUTLET}{_DASH}{_CAPS_PLACE}\s*[.,:]\s+",  # KONTAN.CO.ID - SEOUL.
        rf"^{_OUTLET}{_DASH}",  # ORBITINDONESIA.COM -
        rf"^{_CAPS_PLACE}\s*,\s*{_OUTLET}{_DASH}",  # JAKARTA, KOMPAS.com -
        # SEOUL (Reuters) -   /   MEDAN (Waspada.id):
        rf"^{_PLACE}(?:\s*,\s*[\w .]{{1,20}}?)?\s*\((?P<agency>[A-Za-z][\w .]{{1,25}})\)(?:{_DASH}|\s*:\s*)",
        rf"^{_CAPS_PLACE}(?:\s*,\s*[\w .]{{1,20}}?)?{_DASH}",  # JAKARTA -
    )
)


@dataclass(frozen=True)
class Dateline:
    prefix_end: int  # where the story text starts after the dateline
    place: str | None
    outlet: str | None  # as printed: 'Liputan6.com'
    agency: str | None  # '(Reuters)', '(ANTARA)'
    own_line: int | None = None  # index of the line when the dateline stands alone above the story


def _title_place(place: str | None) -> str | None:
    if not place:
        return None
    place = place.strip(" .,")
    return place.title() if place.isupper() else place


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph, or None; only short prefixes qualify."""
    for pattern in PATTERNS:
        match = pattern.match(text)
        if match is None or match.end() > 70 or match.end() >= len(text) - 10:
            continue
        groups = match.groupdict()
        return Dateline(
            match.end(), _title_place(groups.get("place")), groups.get("outlet"), groups.get("agency")
        )
    return None
