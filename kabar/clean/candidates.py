"""Date strings around the headline and byline, handed to the dates stage with where they stood."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import Literal

from kabar.clean import lexicon
from kabar.clean.classify import (
    ALT,
    BLANK,
    BYLINE,
    CAPTION,
    DATE,
    HEADING,
    RELATED,
    RELATED_MARKER,
    is_headline_like,
)
from kabar.clean.dates_hint import credit_date, line_dated
from kabar.clean.lines import Line
from kabar.clean.related import names_a_list
from kabar.model import DateCandidate

# `/2025/3/12/` or `/2025-03-12/` with one separator throughout, or `/20250312/` with two-digit parts;
# longer alternatives first, so `/2025/03/12/` is the 12th, not the 1st followed by a stray digit
URL_DATE = re.compile(
    r"/((?:19|20)\d{2})"
    r"(?:([/-])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])|(1[0-2]|0[1-9])(3[01]|[12]\d|0[1-9]))"
    r"(?=(?:\d{4}|\d{6})?[/_-])"
)
FOOTER_LINES = 8
UNDATED_KINDS = frozenset({BLANK, CAPTION, ALT})
TIME_GAP = 2  # a time printed under (or over) its date line, perhaps with a blank line between
# A line holding only a time ('6:05 PM MYT', '14.05 WIB', '10:15pm'): the rest of the date line beside it
TIME_ONLY = re.compile(r"^\W*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?\W*$")
# A dateline opening the body with the filing date in brackets: a place, an optional weekday, '(3/11/2025)'
DATED_DATELINE = re.compile(
    r"^[^\W\d]+(?:[ .'-]+[^\W\d]+){0,3},\s*"
    r"(?P<date>(?:[^\W\d]+,?\s*)?\(\d{1,2}/\d{1,2}/\d{4}\))\s*[-–—]"
)
Role = Literal["published", "updated", "unknown"]
CLOCK = re.compile(r"\b\d{1,2}[:.][0-5]\d\b|\b\d{1,2}\s*[AaPp]\.?[Mm]\b")
LIST_REACH = 12  # lines a story list's label may stand above one of its dated items
LIST_PAIRS = 2  # headlines under a label with their dates: a list even when one was taken for the title
LABEL_WORDS = 2  # 'Published' or 'Last updated' on a line of its own over its date
OTHER_HEADLINE_WORDS = 5  # 'Muhammad Rizky Pratama' over a date is a writer, not another story


def role_of(text: str) -> Role:
    by = lexicon.bylines()
    if by.updated.search(text):
        return "updated"
    if by.published.search(text):
        return "published"
    return "unknown"


def _role(lines: Sequence[Line], kinds: Sequence[str], i: int) -> Role:
    own = role_of(lines[i].text)
    return own if own != "unknown" else _label_above(lines, kinds, i)


def _label_above(lines: Sequence[Line], kinds: Sequence[str], i: int) -> Role:
    """A marker printed alone on the line over the date ('Updated' / 'March 19, 2025 - 08:12')."""
    above = _above(kinds, i)
    if above is None or lines[above].words > LABEL_WORDS or any(c.isdigit() for c in lines[above].text):
        return "unknown"
    return role_of(lines[above].text)


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
    footer = islice((i for i in range(end, len(lines)) if kinds[i] != BLANK), FOOTER_LINES)
    # a line known to hold no date yields nothing unless it is a byline: most header lines are skipped here
    asked = [i for i in range(start) if lines[i].dated is not False or kinds[i] == BYLINE]
    for i in [*asked, *footer]:
        line = lines[i]
        if kinds[i] == BYLINE and not line_dated(line) and (tail := credit_date(line.text)):
            found.append(DateCandidate(tail, "byline", role_of(line.text), i))
            continue
        if kinds[i] in UNDATED_KINDS or line.words > 30:
            continue
        if not (line.dated if line.dated is not None else line_dated(line)):  # kept: no call per line
            continue
        if not _has_marker(line.text) and other_story_date(lines, kinds, i, title, subtitle):
            continue
        if i == subtitle:
            found.append(DateCandidate(line.text, "body", "unknown", i))
        elif kinds[i] == BYLINE or _has_marker(line.text) or _label_above(lines, kinds, i) != "unknown":
            found.append(DateCandidate(line.text, "byline", _role(lines, kinds, i), i))
        elif kinds[i] == DATE and i < start:
            source: Literal["header", "byline"] = "header" if title is None or i < title else "byline"
            found.append(DateCandidate(line.text, source, "unknown", i))
        elif kinds[i] == DATE:
            found.append(DateCandidate(line.text, "body", "unknown", i))
    return with_split_times(lines, kinds, found) + lead_dateline_date(lines, kinds, region)


def lead_dateline_date(
    lines: Sequence[Line], kinds: Sequence[str], region: tuple[int, int]
) -> list[DateCandidate]:
    """The date of the body's opening dateline ('KUPANG, Senin (3/11/2025) - ...'), as weak as a body date:
    the only evidence on pages that print no byline stamp."""
    first = next((i for i in range(*region) if kinds[i] != BLANK), None)
    if first is None or not (found := DATED_DATELINE.match(lines[first].text)):
        return []
    return [DateCandidate(found.group("date"), "body", "published", first)]


def other_story_date(
    lines: Sequence[Line], kinds: Sequence[str], i: int, title: int | None, subtitle: int | None
) -> bool:
    """A date line dating another story: an item of a list under a related, latest or popular label
    ('Berita Terkait', 'Editor's Pick'), or printed under a headline that is not the article's."""
    above = _above(kinds, i)
    return _under_other_headline(lines, kinds, i, above, title, subtitle) or _under_list_label(
        lines, kinds, i, title
    )


def _under_other_headline(
    lines: Sequence[Line],
    kinds: Sequence[str],
    i: int,
    above: int | None,
    title: int | None,
    subtitle: int | None,
) -> bool:
    """A headline below the title over this date. A standfirst printed without its full stop looks like
    one too: only with the article's own clock printed higher up is it taken for another story's."""
    if title is None or above is None or i < title or above in (title, subtitle):
        return False
    return _other_headline(lines[above], kinds[above]) and _clock_above(lines, kinds, above)


def _clock_above(lines: Sequence[Line], kinds: Sequence[str], stop: int) -> bool:
    """A timed or marked date line in the header above `stop` (a today-widget prints no clock)."""
    return any(
        kinds[j] in (DATE, BYLINE)
        and (CLOCK.search(lines[j].text) is not None or _has_marker(lines[j].text))
        and line_dated(lines[j])
        for j in range(max(0, stop - LIST_REACH * 2), stop)
    )


def _above(kinds: Sequence[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and kinds[j] == BLANK:
        j -= 1
    return j if j >= 0 else None


def _other_headline(line: Line, kind: str) -> bool:
    return kind in (HEADING, RELATED) and line.words >= OTHER_HEADLINE_WORDS and is_headline_like(line)


def _under_list_label(lines: Sequence[Line], kinds: Sequence[str], i: int, title: int | None) -> bool:
    """Walking up over headlines and dates only, a list label is met; crossing the article's title
    ends the walk unless other dated headlines stand between (a list item taken for the title)."""
    headlines, dates, title_crossed = 0, 1, False
    for j in range(i - 1, max(-1, i - LIST_REACH), -1):
        line = lines[j]
        if kinds[j] == BLANK:
            continue
        if line.dated if line.dated is not None else line_dated(line):
            dates += 1
            continue
        if _list_label(line, kinds[j]):
            pairs = min(headlines, dates) >= LIST_PAIRS or _dated_headline_above(lines, kinds, j)
            return headlines > 0 and (not title_crossed or pairs)
        if not is_headline_like(line) or kinds[j] == CAPTION or _credit(line, kinds[j]):
            return False
        headlines, title_crossed = headlines + 1, title_crossed or j == title
    return False


def _dated_headline_above(lines: Sequence[Line], kinds: Sequence[str], label: int) -> bool:
    """A headline with its own date line (a byline between allowed) above the label: the article's, so
    the one headline under the label, though taken for the title, is a list item."""
    for i in range(label - 1, max(-1, label - LIST_REACH), -1):
        if kinds[i] != DATE:
            continue
        j = i - 1
        while j >= 0 and kinds[j] in (BLANK, BYLINE):
            j -= 1
        if j >= 0 and _other_headline(lines[j], kinds[j]):
            return True
    return False


def _credit(line: Line, kind: str) -> bool:
    """The article's own byline ('By X and Y' over its date); a headline taken for a byline is not one."""
    return kind == BYLINE and lexicon.bylines().author.match(line.text) is not None


def _list_label(line: Line, kind: str) -> bool:
    if kind == RELATED_MARKER:
        return True
    lex = lexicon.boilerplate()
    return line.words <= OTHER_HEADLINE_WORDS and (
        line.key in lex.related_markers
        or lex.related_prefix.match(line.key) is not None
        or names_a_list(line.key)
    )


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
    year, _, month, day, packed_month, packed_day = match.groups()
    month, day = month or packed_month, day or packed_day
    return [DateCandidate(f"{year}-{int(month):02d}-{int(day):02d}", "url", "published")]
