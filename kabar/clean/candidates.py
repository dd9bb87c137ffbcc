"""Date strings around the headline and byline, handed to the dates stage with where they stood."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from kabar.clean import lexicon
from kabar.clean.classify import ALT, BLANK, BYLINE, CAPTION, DATE
from kabar.clean.dates_hint import credit_date, line_dated
from kabar.clean.lines import Line
from kabar.model import DateCandidate

URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-]?(0?[1-9]|1[0-2])[/-]?(0?[1-9]|[12]\d|3[01])(?=[/_-]|\d{0,8}[/_-])"
)
FOOTER_LINES = 8
TIME_GAP = 2  # a time printed under (or over) its date line, perhaps with a blank line between
# A line holding only a time ('6:05 PM MYT', '14.05 WIB', '10:15pm'): the rest of the date line beside it
TIME_ONLY = re.compile(r"^\W*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?\W*$")
Role = Literal["published", "updated", "unknown"]


def role_of(text: str) -> Role:
    by = lexicon.bylines()
    if by.updated.search(text):
        return "updated"
    if by.published.search(text):
        return "published"
    return "unknown"


def _has_marker(text: str) -> bool:
    by = lexicon.bylines()
    return bool(
        by.author.match(text)
        or by.published.search(text)
        or by.updated.search(text)
        or (":" in text and by.date_label.match(text))
    )


def line_candidates(
    lines: Sequence[Line],
    kinds: Sequence[str],
    title: int | None,
    region: tuple[int, int],
    subtitle: int | None,
) -> list[DateCandidate]:
    """Date-bearing lines above the body (header or byline block) and just below it."""
    start, end = region
    found: list[DateCandidate] = []
    footer = [i for i in range(end, len(lines)) if kinds[i] != BLANK][:FOOTER_LINES]
    for i in [*range(start), *footer]:
        line = lines[i]
        if kinds[i] == BYLINE and not line_dated(line) and (tail := credit_date(line.text)):
            found.append(DateCandidate(tail, "byline", role_of(line.text), i))
            continue
        if kinds[i] in (BLANK, CAPTION, ALT) or line.words > 30:
            continue
        if not (line.dated if line.dated is not None else line_dated(line)):  # kept: no call per line
            continue
        if i == subtitle:
            found.append(DateCandidate(line.text, "body", "unknown", i))
        elif kinds[i] == BYLINE or _has_marker(line.text):
            found.append(DateCandidate(line.text, "byline", role_of(line.text), i))
        elif kinds[i] == DATE and i < start:
            source: Literal["header", "byline"] = "header" if title is None or i < title else "byline"
            found.append(DateCandidate(line.text, source, "unknown", i))
        elif kinds[i] == DATE:
            found.append(DateCandidate(line.text, "body", "unknown", i))
    return with_split_times(lines, kinds, found)


def with_split_times(
    lines: Sequence[Line], kinds: Sequence[str], found: list[DateCandidate]
) -> list[DateCandidate]:
    """A time printed on its own line beside a date line ('Friday, 20 Dec 2024' / '6:05 PM MYT') is
    part of it: handed on with the date line's source and role, whatever kind the line got."""
    dates = [c for c in found if not TIME_ONLY.match(c.text)]
    if not dates:
        return found
    by_line = {c.line_no: c for c in found}
    for date in dates:
        for step in (1, -1):
            j, seen = date.line_no + step, 0
            while 0 <= j < len(lines) and seen < TIME_GAP and kinds[j] == BLANK:
                j, seen = j + step, seen + 1
            if not (0 <= j < len(lines)) or not TIME_ONLY.match(lines[j].text):
                continue
            time = by_line.get(j)
            if time is None or time.source != date.source:
                by_line[j] = DateCandidate(lines[j].text, date.source, date.role, j)
            break
    return sorted(by_line.values(), key=lambda c: c.line_no)


def url_candidates(url: str | None) -> list[DateCandidate]:
    if not url:
        return []
    match = URL_DATE.search(url)
    if not match:
        return []
    year, month, day = match.groups()
    return [DateCandidate(f"{year}-{int(month):02d}-{int(day):02d}", "url", "published")]
