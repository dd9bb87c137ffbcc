"""The article text from the body region: prose and in-body subheadings, minus repeats and sign-offs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from kabar.clean import lexicon
from kabar.clean.classify import (
    BLANK,
    BOILER,
    BYLINE,
    CAPTION,
    CREDIT,
    DATE,
    HEADING,
    SENTENCE,
    SHORT,
    indices_of,
)
from kabar.clean.dateline import Dateline, own_line_dateline, parse_dateline
from kabar.clean.lines import Line
from kabar.outlets import outlet_named

# '***', desk codes '(ant/rls)', '(mcr16/jpnn)', '[ab]' closing the last paragraph
TRAILING_MARKS = re.compile(
    r"\s*(?:\*{2,}|\((?:[a-z][a-z0-9]{1,7}/)*[a-z][a-z0-9]{1,7}\)|\[[a-z]{2,6}\])\s*$"
)
MARK_ENDS = ("*", ")", "]")
MAX_LINES_FOR_CONTAINMENT = 1500
MAX_ITEMS = 30  # list items kept under a sentence that announces them
MAX_ITEM_WORDS = 25
ELISION = re.compile(r"\s*(?:\.\.\.|…)\s*")
CLOSING_WORDS = 3  # 'Case closed.' is no paragraph to miss; 'The case can be appealed.' is
PULL_QUOTE_WORDS = 8  # a shorter line repeating body words is a subheading, not a pull quote
TEASER_ENDS = ("…", "...")
QUOTE_CHARS = re.compile(r"[\"'“”‘’«»]")
# '2. Short phrase' with no stop: a listicle's numbered section head, which the page prints as navigation
NUMBERED_HEAD = re.compile(r"^\d{1,2}\.\s+\S.*[^.!?:;\"”]$")


DASH_ONLY = re.compile(r"^\s*[-–—]+\s*$")
PLACE_LINE = re.compile(r"^(?P<place>[A-Z][\w'’.]+(?:\s[A-Z][\w'’.]+){0,3})\s*(?:,[^-–—]{1,25})?\s*[-–—]+$")


def place_above(lines: Sequence[Line], kinds: Sequence[str], start: int) -> Dateline | None:
    """Some sites print the dateline on its own line just above the first paragraph ('Tokyo -',
    'Kuala Lumpur (ANTARA) -'), perhaps with an advertisement slot between."""
    j, skipped = start - 1, 0
    while j >= 0 and (kinds[j] == BLANK or (kinds[j] == BOILER and skipped < 3)):
        skipped += kinds[j] == BOILER
        j -= 1
    match = PLACE_LINE.match(lines[j].text) if j >= 0 else None
    if match is None and j >= 0 and j + 1 < start and DASH_ONLY.match(lines[j + 1].text):
        return split_dateline(lines, kinds, j)
    if match is None:
        return own_line_dateline(lines[j].text, j) if j >= 0 else None
    place = match.group("place")
    return Dateline(0, place.title() if place.isupper() else place, None, None, own_line=j)


def split_dateline(lines: Sequence[Line], kinds: Sequence[str], outlet_line: int) -> Dateline | None:
    """'Paris' / 'CNN' / '—' (or 'Paris' / '—') above the story: a 'Paris (CNN) —' dateline whose spans
    the text dump broke apart. `outlet_line` is the line above the dash."""
    outlet = lines[outlet_line].text
    if outlet_named(outlet) is None:  # 'Jakarta' / '—': the place alone
        return own_line_dateline(f"{outlet} —", outlet_line) if lines[outlet_line].words <= 4 else None
    j = outlet_line - 1
    while j >= 0 and kinds[j] == BLANK:
        j -= 1
    if j < 0 or lines[j].words > 4 or lines[outlet_line].words > 3:
        return None
    found = own_line_dateline(f"{lines[j].text} ({outlet}) —", j)
    return replace(found, agency=None, outlet=outlet) if found else None


def dateline_before(lines: Sequence[Line], kinds: Sequence[str], start: int) -> int | None:
    """The story's first paragraph, opening with a dateline, may sit just above the region the
    scoring chose (an advertisement slot between costs it more than it brings): its index."""
    j, skipped = start - 1, 0
    while j >= 0 and (kinds[j] == BLANK or (kinds[j] == BOILER and skipped < 3)):
        skipped += kinds[j] == BOILER
        j -= 1
    if j < 0 or kinds[j] != SENTENCE:
        return None
    dateline = parse_dateline(lines[j].text)
    return j if dateline is not None and (dateline.outlet or dateline.agency or dateline.caps) else None


def refine_start(
    lines: Sequence[Line], kinds: Sequence[str], start: int, end: int
) -> tuple[int, Dateline | None]:
    """A dateline marks where the story begins: prose lines above it in the region are standfirst."""
    seen = 0
    start = dateline_before(lines, kinds, start) or start
    start = _below_stamp(kinds, start, end)
    start = _below_photo(lines, kinds, start, end)
    for i in range(start, end):
        if kinds[i] != SENTENCE:
            continue
        dateline = parse_dateline(lines[i].text)
        if dateline is not None and (dateline.outlet or dateline.agency or dateline.caps or seen == 0):
            return i, dateline
        seen += 1
        if seen > 3:
            break
    return start, place_above(lines, kinds, start)


def _below_stamp(kinds: Sequence[str], start: int, end: int) -> int:
    """One prose line, then the page's date or byline, then prose: that line is the standfirst, and the
    story starts below the stamp."""
    if kinds[start] != SENTENCE:
        return start
    i = next((j for j in range(start + 1, end) if kinds[j] != BLANK), end)
    if i == end or kinds[i] not in (DATE, BYLINE):
        return start
    k = next((j for j in range(i + 1, end) if kinds[j] not in (BLANK, DATE, BYLINE)), end)
    return k if k < end and kinds[k] == SENTENCE else start


PHOTO_GAP_KINDS = frozenset({BLANK, CAPTION, CREDIT, BOILER})  # a photo's lines and the furniture by it


def _below_photo(lines: Sequence[Line], kinds: Sequence[str], start: int, end: int) -> int:
    """One prose line straight under the headline, then the lead photo's caption, then prose: that line is
    the standfirst (no date or byline stands between), and the story starts below the photo."""
    if kinds[start] != SENTENCE or parse_dateline(lines[start].text) is not None:
        return start
    above = next((j for j in range(start - 1, -1, -1) if kinds[j] != BLANK), None)
    if above is None or kinds[above] != HEADING:
        return start
    i = next((j for j in range(start + 1, end) if kinds[j] != BLANK), end)
    if i == end or kinds[i] != CAPTION:
        return start
    k = next((j for j in range(i + 1, end) if kinds[j] not in PHOTO_GAP_KINDS), end)
    return k if k < end and kinds[k] == SENTENCE else start


def _sandwiched(kinds: Sequence[str], i: int, end: int) -> bool:
    """A short line between two prose lines is a subheading of the story."""
    before = next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != BLANK), None)
    after = next((kinds[j] for j in range(i + 1, end) if kinds[j] != BLANK), None)
    return before == SENTENCE and after == SENTENCE


def _closing_sentence(lines: Sequence[Line], kinds: Sequence[str], i: int, end: int) -> bool:
    """A short full sentence closing the story ('The case can be appealed.'), page furniture after it:
    too short to be read as prose, yet a subheading neither ends in a stop nor comes last."""
    text = lines[i].text
    if lines[i].words < CLOSING_WORDS or not text.endswith(".") or not text[:1].isupper():
        return False
    before = next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != BLANK), None)
    after = next((kinds[j] for j in range(i + 1, end) if kinds[j] != BLANK), None)
    return before == SENTENCE and after not in (SENTENCE, HEADING, SHORT)  # furniture or nothing follows


def _bare(key: str) -> str:
    """A line's key without quote marks: a pull quote drops the quotes its paragraph prints."""
    if key.isascii():
        return key.replace('"', "").replace("'", "").strip(" .,")
    return QUOTE_CHARS.sub("", key).strip(" .,")


def _is_repeat(line: str, kept: set[str], region: str, longer: LongerLines) -> bool:
    """Pull quotes and repeated blocks: the line stands, whole, in a longer prose line of the region
    (pull quotes are often printed before the paragraph they quote) or repeats a kept one."""
    if line in kept:
        return True
    if longer.too_many:
        return False  # each test scans the region; pages this long are not one article anyway
    return len(line) >= 25 and (longer.contain(line) or _elided_in(line, region))


class LongerLines:
    """The region's distinct lines, longest first, joined: a line stands inside a longer one only if
    it occurs before the first line of its own length, so each test scans that prefix alone."""

    def __init__(self, shown: Sequence[str], page_lines: int) -> None:
        distinct = sorted(set(shown), key=len, reverse=True)
        self.joined = "\n".join(distinct)
        self.first_of_length: dict[int, int] = {}
        at = 0
        for text in distinct:
            self.first_of_length.setdefault(len(text), at)
            at += len(text) + 1
        # the distinct lines of the page: the region's, and the empty one when other lines stand outside
        empty = len(shown) < page_lines and 0 not in self.first_of_length
        self.too_many = len(distinct) + empty > MAX_LINES_FOR_CONTAINMENT

    def contain(self, line: str) -> bool:
        """A strictly longer line holds `line` (lines hold no newline, so no match spans two)."""
        return self.joined.find(line, 0, self.first_of_length.get(len(line), len(self.joined))) >= 0


def _elided_in(line: str, region: str) -> bool:
    """A pull quote that cuts words out of its paragraph ('... harder for wheelchair users ... to get
    around'): every piece between the elisions stands, in order, on one line of the region."""
    if "..." not in line and "…" not in line:
        return False
    pieces = [p for p in ELISION.split(line) if p.strip(" .,")]
    if len(pieces) < 2 or min(len(p) for p in pieces) < 8:
        return False
    at = region.find(pieces[0])
    while at >= 0:
        line_end = region.find("\n", at)
        line_end = len(region) if line_end < 0 else line_end
        if region[region.rfind("\n", 0, at) + 1 : line_end] == line:  # the line itself, elisions and all
            at = region.find(pieces[0], line_end)
            continue
        pos, ok = at + len(pieces[0]), True
        for piece in pieces[1:]:
            pos = region.find(piece, pos, line_end)
            if pos < 0:
                ok = False
                break
            pos += len(piece)
        if ok:
            return True
        at = region.find(pieces[0], at + 1)
    return False


def introduced_items(
    lines: Sequence[Line], kinds: Sequence[str], announcers: list[int], end: int
) -> set[int]:
    """Short lines listed under a sentence that announces them ('..., yakni:', 'Three things matter:'),
    up to `end`: the story's list items, kept though they are no sentences."""
    items: set[int] = set()
    for i in announcers:
        j, found = i + 1, 0
        while j < end and found < MAX_ITEMS:
            if kinds[j] in (HEADING, SHORT) and lines[j].words <= MAX_ITEM_WORDS:
                items.add(j)
                found += 1
            elif kinds[j] != BLANK:
                break
            j += 1
    return items


def _next_page_teaser(lines: Sequence[Line], kinds: Sequence[str], i: int) -> bool:
    """A cut-off sentence ('... untuk diproses…') right after 'Halaman Selanjutnya' teases the next page."""
    if not lines[i].text.endswith(TEASER_ENDS):
        return False
    j = i - 1
    while j >= 0 and kinds[j] == BLANK:
        j -= 1
    return j >= 0 and lines[j].key.rstrip(" :»>›") in lexicon.boilerplate().next_page_markers


def body_paragraphs(
    lines: Sequence[Line], kinds: Sequence[str], start: int, end: int, dateline: Dateline | None
) -> list[str]:
    paragraphs: list[str] = []
    keys: set[str] = set()
    bare = [""] * len(lines)
    announcers = []  # sentences ending with a colon: a list may follow
    sentences = [start + i for i in indices_of(kinds[start:end], SENTENCE)]
    for i in sentences:
        bare[i] = _bare(lines[i].key)
        if lines[i].text[-1:] == ":":
            announcers.append(i)
    # only sentences hold text to compare; a line never spans a '\n', so the blanks add no match
    shown = [bare[i] for i in sentences]
    region, longer = "\n".join(shown), LongerLines(shown, len(lines))
    items = introduced_items(lines, kinds, announcers, end) if announcers else set()
    for i in range(start, end):
        kind = kinds[i]
        if items and i in items:
            paragraphs.append(lines[i].text)
            continue
        if kind != SENTENCE and not (
            kind == HEADING and (_sandwiched(kinds, i, end) or _closing_sentence(lines, kinds, i, end))
        ):
            continue
        text = lines[i].text
        if i == start and dateline is not None and dateline.prefix_end:
            text = text[dateline.prefix_end :].lstrip(" -–—.,:")
        if kind == SENTENCE and _is_repeat(bare[i], keys, region, longer):
            continue
        if kind == SENTENCE and text.endswith(TEASER_ENDS) and _next_page_teaser(lines, kinds, i):
            continue
        if kind == HEADING and (_is_pull_quote(lines[i], region) or NUMBERED_HEAD.match(text)):
            continue
        paragraphs.append(text)
        keys.add(bare[i])
    # the region ends on prose: a short last sentence stands right after it
    closing = next((j for j in range(end, min(len(lines), end + 3)) if kinds[j] != BLANK), None)
    if (
        closing is not None
        and kinds[closing] == HEADING
        and _closing_sentence(lines, kinds, closing, len(lines))
    ):
        paragraphs.append(lines[closing].text)
    if paragraphs:
        last = paragraphs[-1]
        if last.rstrip()[-1:] in MARK_ENDS:  # every TRAILING_MARKS match ends with one: most texts skip it
            last = TRAILING_MARKS.sub("", last)
        paragraphs[-1] = _signoff().sub("", last)
    return [p for p in paragraphs if p]


@cache
def _signoff() -> re.Pattern[str]:
    """Desk sign-offs run on after the last sentence ('... council. —With a report from X'): lexicon."""
    found = lexicon.per_language("boilerplate.toml", "trailing_signoffs")
    alternatives = "|".join(f"(?:{p})" for p in found) or "(?!)"
    return re.compile(rf"(?<=[.!?\"”])\s*(?:{alternatives})\s*$")


def _is_pull_quote(line: Line, region: str) -> bool:
    """A headline-shaped line between paragraphs that repeats words of one of them: a pull quote
    (printed without its final stop), not a subheading."""
    if line.words < PULL_QUOTE_WORDS:
        return False
    return _bare(line.key) in region or _elided_in(_bare(line.key), region)
