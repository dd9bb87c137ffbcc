"""The dateline that opens a story ('Liputan6.com, Moskow -', 'SEOUL (Reuters) -'): place and outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.clean.language import any_stopword
from kabar.clean.lexicon import city_names, known_place, place_name_particles, place_words
from kabar.outlets import outlet_named

_DASH = r"\s*[-–—]+\s*"
_OUTLET = r"(?P<outlet>[A-Za-z][\w-]*(?:\.[A-Za-z]{2,6}){1,2})"
# A wire story filed from two or three cities joins them with slashes: 'WASHINGTON/MOSCOW, Oct 23 (Reuters) -'
_CAPS_NAME = r"[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3}"
_CAPS_PLACE = rf"(?P<place>{_CAPS_NAME}(?:/{_CAPS_NAME}){{0,2}})"
# A title-case name of up to four words, which may hold a lower-case particle ('Dar es Salaam').
_PARTICLE = rf"(?:(?:{'|'.join(place_name_particles())})\s)?"
_NAME = rf"[A-Z][\w'’.-]+(?:\s{_PARTICLE}[A-Z][\w'’.-]+){{0,3}}"
_PLACE = rf"(?P<place>{_NAME}(?:/{_NAME}){{0,2}})"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.?\s\d{1,2}"  # 'Jan. 21', 'March 3'
_NAMED_OUTLET = r"(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})"  # an outlet's name: 'CNN Indonesia'


PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"^{_OUTLET}\s*,\s*{_PLACE}{_DASH}",  # Liputan6.com, Moskow -
        rf"^{_OUTLET}{_DASH}{_CAPS_PLACE}\s*[.,:]\s+",  # KONTAN.CO.ID - SEOUL.
        rf"^{_OUTLET}{_DASH}",  # ORBITINDONESIA.COM -
        rf"^{_CAPS_PLACE}\s*,\s*{_OUTLET}{_DASH}",  # JAKARTA, KOMPAS.com -
        # SEOUL (Reuters) -   /   MEDAN (Waspada.id):   /   BANSKA BYSTRICA, Slovakia, May 16 (Reuters) -
        # Windhoek (Namibia) (AFP) -: the country in brackets before the agency
        rf"^{_PLACE}(?:\s*,\s*[\w .]{{1,20}}?){{0,2}}(?:\s*\([A-Z][\w .]{{1,25}}\))?"
        rf"\s*\((?P<agency>[A-Za-z][\w .]{{1,25}})\)(?:{_DASH}|\s*:\s*)",
        # Taipei, Jan. 21 (CNA) Taiwan's ...: a wire dateline with its date and no dash
        rf"^{_PLACE}\s*,\s*{_MONTH_DAY}\s*\((?P<agency>[A-Za-z][\w .]{{1,25}})\)\s+(?=[A-Z\"“])",
        rf"^{_PLACE}\s*,\s*{_NAMED_OUTLET}{_DASH}",  # Jakarta, CNBC Indonesia -
        rf"^{_NAMED_OUTLET}\s*,\s*{_PLACE}{_DASH}",  # Warta Ekonomi, Jakarta - (a known outlet's name)
        rf"^{_CAPS_PLACE}(?:\s*,\s*[\w .]{{1,20}}?)?{_DASH}",  # JAKARTA -
        rf"^{_CAPS_PLACE}:\s+(?=[A-Z])",  # KUALA LUMPUR: Thailand and ...
    )
)
# 'Garut, tvOnenews.com - ...': a title-case place before the outlet's domain; counts unless a word of the
# 'place' is a common word ('Menurut Budi, data.go.id - ...' opens a sentence).
TITLE_PLACE_DOMAIN = re.compile(rf"^{_PLACE}\s*,\s*{_OUTLET}{_DASH}")
# 'Jakarta: Pemerintah ...': a title-case word and a colon open many sentences ('Update: ...'), so
# this form counts only when the word is a known place.
TITLE_COLON = re.compile(rf"^{_PLACE}:\s+(?=[A-Z])")
# 'Medan (Analisa). Pemerintah ...': a full stop closes the dateline; counts only for a known place, since
# a sentence may open 'Word (Abbreviation). ...'.
PLACE_AGENCY_STOP = re.compile(rf"^{_PLACE}\s*\((?P<agency>[A-Z][\w .]{{1,25}})\)\.\s+(?=[A-Z])")
# 'Oslo. The minister ...': a full stop alone closes the dateline; counts only for a known place.
TITLE_STOP = re.compile(rf"^{_PLACE}\.\s+(?=[A-Z\"“])")
STOP_PREFIX_CHARS = 30
# 'Sukabumi - Banjir bandang ...' (Detik): a title-case place and a spaced dash; counts when the place is
# known or named again in the paragraph (a sentence seldom opens 'Word - Word').
TITLE_DASH = re.compile(rf"^{_PLACE}\s+[-–—]\s+(?=[A-Z])")
# A dateline printed on its own line above the story: 'Jakarta -', 'Kuala Lumpur (ANTARA) -',
# 'Jakarta, CNN Indonesia -', or with the date after a bullet: 'Jakarta ● Tue, April 8, 2025'.
OWN_LINE = re.compile(
    rf"^{_PLACE}\s*(?:,\s*{_NAMED_OUTLET})?\s*(?:\((?P<agency>[A-Za-z][\w .]{{1,25}})\))?\s*[-–—]+$"
)
BULLET_LINE = re.compile(rf"^{_PLACE}\s*[●•]\s*\S")
# A header date line that names the place filed from after it: 'Published - 3 May 2025 10:15 am - OSLO'.
DATE_LINE_PLACE = re.compile(
    rf"\d.*?\s[-–—|]+\s*(?:{_CAPS_PLACE}|{_PLACE.replace('?P<place>', '?P<titled>')})\s*$"
)


@dataclass(frozen=True)
class Dateline:
    prefix_end: int  # where the story text starts after the dateline
    place: str | None
    outlet: str | None  # as printed: 'Liputan6.com'
    agency: str | None  # '(Reuters)', '(ANTARA)'
    own_line: int | None = None  # index of the line when the dateline stands alone above the story
    caps: bool = False  # the place is printed in capitals ('BANGKOK –'): a dateline beyond doubt


def _known_outlet(outlet: str | None) -> bool:
    """An outlet in a dateline is printed as a domain ('Liputan6.com') or is a known outlet's name."""
    return outlet is None or "." in outlet or outlet_named(outlet) is not None


def _title_place(place: str | None) -> str | None:
    if not place:
        return None
    place = place.strip(" .,")
    return place.title() if place.isupper() else place


def _known_place_colon(text: str) -> Dateline | None:
    match = TITLE_COLON.match(text)
    if match is None or match.end() >= len(text) - 10 or match["place"].lower() not in place_words():
        return None
    return Dateline(match.end(), match["place"], None, None)


# Every dateline pattern holds a dash, a '(' or a colon, within its first 70 characters but for
# TITLE_COLON's colon: texts holding none of them are no dateline, and most sentences are such texts.
PREFIX_MARKS = ("-", "–", "—", "(", ":")
PREFIX_CHARS = 70  # the longest match PATTERNS accept (TITLE_DASH accepts 40)


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph, or None; only short prefixes qualify."""
    head = text[:PREFIX_CHARS]
    if not any(map(head.__contains__, PREFIX_MARKS)) and ":" not in text:
        return _known_place_stop(text) if ". " in head[:STOP_PREFIX_CHARS] else None
    for pattern in PATTERNS:
        match = pattern.match(text)
        if match is None or match.end() > 70 or match.end() >= len(text) - 10:
            continue
        groups = match.groupdict()
        if not _known_outlet(groups.get("outlet")):
            continue
        place = groups.get("place")
        return Dateline(
            match.end(),
            _title_place(place),
            groups.get("outlet"),
            groups.get("agency"),
            caps=bool(place and place.isupper() and len(place) > 2),
        )
    return (
        _known_place_colon(text)
        or _place_domain(text)
        or _title_dash(text)
        or _place_agency_stop(text)
        or _known_place_stop(text)
    )


def _place_domain(text: str) -> Dateline | None:
    match = TITLE_PLACE_DOMAIN.match(text)
    if match is None or match.end() > PREFIX_CHARS or match.end() >= len(text) - 10:
        return None
    common = any_stopword()
    if any(word.lower() in common for word in match["place"].split()):
        return None
    return Dateline(match.end(), match["place"], match["outlet"], None)


def _place_agency_stop(text: str) -> Dateline | None:
    """'Medan (Analisa). Pemerintah ...': a known place and the paper's name closed by a full stop."""
    match = PLACE_AGENCY_STOP.match(text)
    if match is None or match.end() >= len(text) - 10 or match["place"].lower() not in place_words():
        return None
    return Dateline(match.end(), _title_place(match["place"]), None, match["agency"])


def _known_place_stop(text: str) -> Dateline | None:
    """'Oslo. The minister ...': a known place closed by a full stop opens the paragraph."""
    match = TITLE_STOP.match(text)
    if match is None or match.end() > STOP_PREFIX_CHARS or match.end() >= len(text) - 10:
        return None
    place = match["place"]
    # the full stop closes the place, no sentence: the story starts after it, as after 'CITY -'
    return Dateline(match.end(), place, None, None) if known_place(place.lower()) else None


def _title_dash(text: str) -> Dateline | None:
    match = TITLE_DASH.match(text)
    if match is None or match.end() > 40 or match.end() >= len(text) - 10:
        return None
    place = match["place"]
    known = place.lower() in place_words() or place.lower() in city_names()  # `Jember - Polres ...`
    if not known and place not in text[match.end() :]:
        return None
    return Dateline(match.end(), place, None, None)


def own_line_dateline(text: str, line_no: int) -> Dateline | None:
    """A dateline alone on its line ('Kuala Lumpur (ANTARA) -', 'Jakarta ● Tue, April 8, 2025')."""
    if len(text) > 70:
        return None
    match = OWN_LINE.match(text) or BULLET_LINE.match(text)
    if match is None:
        return None
    groups = match.groupdict()
    if not _known_outlet(groups.get("outlet")):
        return None
    return Dateline(0, _title_place(groups.get("place")), groups.get("outlet"), groups.get("agency"), line_no)


def date_line_place(text: str, line_no: int) -> Dateline | None:
    """The place a header's date line prints after the date, when it is a known place (a time zone's
    letters or a rubric are none)."""
    if len(text) > 90 or (match := DATE_LINE_PLACE.search(text)) is None:
        return None
    place = _title_place(match.group("place") or match.group("titled"))
    if not place or not known_place(place.lower()):
        return None
    return Dateline(0, place, None, None, line_no)
