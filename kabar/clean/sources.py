"""News agencies and outlets a story cites: known agencies by name, others by citation cues."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kabar.clean import lexicon

SIGN_OFF = re.compile(r"^\W*(?:sumber|source|sources)\s*:\s*(?P<names>[^|]{2,80})", re.I)
SPLIT = re.compile(r"\s*(?:,|/|&|;|\band\b|\bdan\b)\s*")
# Words that make a captured name an outlet rather than a person ('Hindustan Times', 'Kyiv Post').
OUTLET_WORD = re.compile(
    r"\b(?:Times|Post|News|Journal|Herald|Daily|Tribune|Agency|Press|Media|TV|Telegraph|Gazette|Radio|Today|Monitor|Insider|Review|Reuters|Wire)\b|\.com\b|\.co\b"
)


def agency_of(text: str) -> str | None:
    """Canonical agency name when `text` is (or starts with) a known agency alias."""
    for pattern, name in lexicon.sources().aliases:
        match = pattern.match(text.strip())
        if match:
            return name
    return None


def agencies_in(text: str) -> list[str]:
    lex = lexicon.sources()
    return _unique(lex.bare_names[match.group(0)] for match in lex.bare.finditer(text))


def cued_outlets(text: str) -> list[str]:
    """Names after 'dilansir', 'dikutip dari laman', 'according to' that are agencies or outlets."""
    names = []
    for match in lexicon.sources().cue.finditer(text):
        name = match.group("name").strip(" .,")
        known = agency_of(name)
        if known:
            names.append(known)
        elif OUTLET_WORD.search(name) and len(name.split()) <= 5:
            names.append(name)
    return names


def sign_off_sources(line: str) -> list[str]:
    """'Sumber: Reuters' / 'Source: AP, AFP' footers and header credits."""
    match = SIGN_OFF.match(line)
    if not match:
        return []
    names = []
    for part in SPLIT.split(match.group("names")):
        part = part.strip(" .()")
        if part and len(part.split()) <= 4 and part[:1].isupper():
            names.append(agency_of(part) or part)
    return names


def cited_sources(body: str, extra_lines: Iterable[str], dateline_agency: str | None) -> list[str]:
    names: list[str] = []
    if dateline_agency:
        names.append(agency_of(dateline_agency) or dateline_agency)
    for line in extra_lines:
        names += sign_off_sources(line)
    names += cued_outlets(body)
    names += agencies_in(body)
    return _unique(names)


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return list(seen.values())
