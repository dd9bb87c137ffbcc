"""News agencies and outlets a story cites: known agencies by name, others by citation cues."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from kabar.clean import lexicon
from kabar.clean.language import distinct_words
from kabar.clean.phrases import matches_at

SIGN_OFF = re.compile(r"^\W*(?:sumber|source|sources)\s*:\s*(?P<names>[^|]{2,80})", re.I)
# Desk credits closing a story: 'ae/hp (AFP, Reuters)', '(FRANCE 24 with AFP)', 'By X with AP'
DESK_CREDIT = re.compile(r"^\W*(?:[a-z]{1,5}/)*[a-z]{1,5}\s*\((?P<names>[A-Za-z][^()]{1,60})\)\W*$")
WITH_AGENCIES = re.compile(
    r"\bwith\s+(?P<names>[A-Z][\w.-]*(?:\s*(?:,|and|&)\s*[A-Z][\w.-]*){0,3})\s*\)?\W*$"
)
MAX_CREDIT_WORDS = 12
SPLIT = re.compile(r"\s*(?:,|/|&|;|\band\b|\bdan\b)\s*")
# Words that make a captured name an outlet rather than a person ('Hindustan Times', 'Kyiv Post').
OUTLET_WORD = re.compile(
    r"\b(?:Times|Post|News|Journal|Herald|Daily|Tribune|Agency|Press|Media|TV|Telegraph|Gazette|Radio|Today|Monitor|Insider|Review|Reuters|Wire)\b|\.com\b|\.co\b"
)


def agency_of(text: str) -> str | None:
    """Canonical agency name when `text` is (or starts with) a known agency alias."""
    lex = lexicon.sources()
    match = lex.alias.match(text.strip())
    return lex.alias_names[match.lastgroup] if match and match.lastgroup else None


def agency_as_printed(text: str) -> str | None:
    """The known agency alias `text` starts with, spelled as printed ('Associated Press', 'AP')."""
    match = lexicon.sources().alias.match(text.strip())
    return match.group(0) if match else None


def agencies_in(text: str, words: Collection[str] | None = None) -> list[str]:
    """Known agencies named anywhere in the text, spelled as printed (the gold convention); `words`
    are the text's distinct lower-cased words when the caller has them."""
    lex = lexicon.sources()
    starts = lex.bare_gate.starts(text, distinct_words(text) if words is None else words)
    return _unique(match.group(0) for match in matches_at(lex.bare, text, starts))


def cued_outlets(text: str, words: Collection[str] | None = None) -> list[str]:
    """Names after 'dilansir', 'dikutip dari laman', 'according to' that are agencies or outlets."""
    names = []
    lex = lexicon.sources()
    lowered = text.lower()
    if len(lowered) == len(text):  # the phrases are lower case; a text changing length when lowered is rare
        words = distinct_words(text) if words is None else words
        matches = matches_at(lex.cue, text, lex.cue_gate.starts(text, words, lowered))
    else:
        matches = lex.cue.finditer(text)
    for match in matches:
        name = match.group("name").strip(" .,")
        known = agency_as_printed(name)
        if known:
            names.append(known)
        elif OUTLET_WORD.search(name) and len(name.split()) <= 5:
            names.append(name)
    return names


def desk_credit_sources(line: str) -> list[str]:
    """Agencies a desk credit names: 'ae/hp (AFP, Reuters)' (any capitalised name), '(FRANCE 24 with
    AFP)' or 'By X with AP' (known agencies only: 'with' also joins people)."""
    if "(" in line and (match := DESK_CREDIT.match(line)):
        return _names(match.group("names"))
    if "with" in line and len(line.split()) <= MAX_CREDIT_WORDS and (match := WITH_AGENCIES.search(line)):
        return [name for part in SPLIT.split(match.group("names")) if (name := agency_as_printed(part))]
    return []


def sign_off_sources(line: str) -> list[str]:
    """'Sumber: Reuters' / 'Source: AP, AFP' footers and header credits, and desk credits."""
    match = SIGN_OFF.match(line) if ":" in line else None  # the colon is required: most lines skip the regex
    if not match:
        return desk_credit_sources(line) if "(" in line or "with" in line else []
    return _names(match.group("names"))


def _names(text: str) -> list[str]:
    names = []
    for part in SPLIT.split(text):
        part = part.strip(" .()")
        if part and len(part.split()) <= 4 and part[:1].isupper():
            names.append(agency_as_printed(part) or part)
    return names


def cited_sources(body: str, extra_lines: Iterable[str], dateline_agency: str | None) -> list[str]:
    names: list[str] = []
    bare = lexicon.sources().bare_names  # a dict lookup: every short line outside the body is asked
    if dateline_agency:
        names.append(agency_as_printed(dateline_agency) or dateline_agency)
    for line in extra_lines:
        if ":" in line or "(" in line or "with" in line:  # most lines can hold no credit: skip the call
            names += sign_off_sources(line)
        elif line.strip() in bare:  # 'Bernama' alone under the headline: the agency's byline
            names.append(line.strip())
    words = distinct_words(body)
    names += cued_outlets(body, words)
    names += agencies_in(body, words)
    return _unique(names)


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return list(seen.values())
