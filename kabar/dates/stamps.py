"""The dates printed in a page's candidate lines, each with the role its markers give it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache

from kabar.dates.calendar import alternation, calendar
from kabar.dates.parse import ParsedDateTime, parse_datetime, update_clock, zone_offset
from kabar.model import DateCandidate

# Evidence ranks: a marked byline stamp or a meta value beats a bare date at the top of the page,
# which may be the site's today-widget.
SOURCE_RANK = {"meta": 5, "byline": 4, "header": 2, "url": 2, "body": 1}


@dataclass(frozen=True)
class Stamp:
    """One parsed date on the page with the role its markers give it."""

    parsed: ParsedDateTime
    source: str
    role: str  # published, updated, unknown
    marked: bool  # a publication/update marker stood next to it
    line_no: int = -1  # the candidate's line on the page (-1 for meta and url)
    first_version: bool = False  # marked "first published": a later version's stamp may stand unlabelled

    @property
    def score(self) -> tuple[int, int, int]:
        """Marked and meta first, then a time printed; on a tie the line nearer the headline wins, since
        a today-widget sits in the site's chrome above it."""
        rank = int(self.marked) * 3 + SOURCE_RANK.get(self.source, 0)
        return rank, int(self.parsed.time is not None), self.line_no

    @property
    def zone_printed(self) -> bool:
        return self.parsed.zone is not None and not self.parsed.zone_assumed


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(published, updated) marker regexes over both languages: bylines mix them."""
    pub = [w for lang in ("id", "en") for w in calendar(lang).published_markers]
    upd = [w for lang in ("id", "en") for w in calendar(lang).updated_markers]
    # Text dumps glue a marker to the zone before it ("GMT+7Updated 2 hours ago"): only a letter
    # before it makes it part of another word.
    return (
        re.compile(rf"(?<![^\W\d_])(?:{alternation(pub)})(?!\w)", re.I),
        re.compile(rf"(?<![^\W\d_])(?:{alternation(upd)})(?!\w)", re.I),
    )


@cache
def _first_version() -> re.Pattern[str]:
    return _phrases([w for lang in ("id", "en") for w in calendar(lang).first_version])


@cache
def _copy_notes() -> re.Pattern[str]:
    """Notes that the story also ran elsewhere, over both languages."""
    return _phrases([w for lang in ("id", "en") for w in calendar(lang).copy_notes])


def _phrases(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.I)


def stamps(
    candidate: DateCandidate, lang: str, zone: str | None = None, day_first: bool | None = None
) -> list[Stamp]:
    """Every date in a candidate line, each with the role of the nearest marker before it; times
    printed without a zone are read in `zone` (else the language's default), numeric dates both orders
    can read in the page's order (`day_first`, else the language's habit)."""
    out: list[Stamp] = []
    pos = 0
    while (parsed := parse_datetime(candidate.text[pos:], lang, zone, day_first)) is not None:
        parsed = replace(parsed, start=parsed.start + pos, end=parsed.end + pos)
        role, marked = role_before(candidate.text[pos : parsed.start], candidate.role)
        if not marked and _has_marker(candidate.text[parsed.end :]):
            role = (
                "unknown"  # "July 16, 2025 9:02 AM Updated July 16, 2025 11:40 AM": the hint is the later's
            )
        if _copy_notes().search(candidate.text[: parsed.start]):
            # "Artikel ini telah tayang di ...", "print edition": another copy's date, weak as a body date
            out.append(Stamp(parsed, "body", "unknown", False, candidate.line_no))
        else:
            first = (
                marked
                and role == "published"
                and bool(_first_version().search(candidate.text[pos : parsed.start]))
            )
            out.append(Stamp(parsed, candidate.source, role, marked, candidate.line_no, first))
        pos = parsed.end
    if out and (late := _update_after(candidate, out[-1])) is not None:
        out.append(late)
    return out


def _update_after(candidate: DateCandidate, last: Stamp) -> Stamp | None:
    """An update printed as a bare clock ("Published 06/12/2024 14:20 GMT+1 • Updated 16:02"): on the date
    before it (the next day when the clock is earlier), in that date's zone unless it prints its own."""
    found = update_clock(candidate.text[last.parsed.end :])
    if found is None:
        return None
    clock, zone, start, end = found
    p = last.parsed
    day = p.date + timedelta(days=1) if p.time is not None and clock < p.time else p.date
    offset = zone_offset(zone, day, clock) if zone else p.utc_offset
    shown_zone, assumed = (zone, False) if zone and offset is not None else (p.zone, p.zone_assumed)
    span = last.parsed.end + start, last.parsed.end + end
    parsed = ParsedDateTime(day, clock, offset, *span, shown_zone, assumed)
    return Stamp(parsed, candidate.source, "updated", True, candidate.line_no)


def _has_marker(text: str) -> bool:
    return any(m.search(text) for m in _markers())


def role_before(before: str, hint: str) -> tuple[str, bool]:
    """The role of the last marker in the text before a date; the cleaner's hint otherwise."""
    pub, upd = _markers()
    last_pub = max((m.end() for m in pub.finditer(before)), default=-1)
    last_upd = max((m.end() for m in upd.finditer(before)), default=-1)
    if last_pub < 0 and last_upd < 0:
        return hint, False
    return ("updated" if last_upd > last_pub else "published"), True


def in_zone(stamp: Stamp, zone: str) -> Stamp:
    """The same instant shown in `zone`'s offset: a meta value in UTC printed as the page prints it."""
    p = stamp.parsed
    if p.time is None or p.utc_offset is None:
        return stamp
    offset = zone_offset(zone, p.date, p.time)
    if offset is None or offset == p.utc_offset:
        return stamp
    local = p.utc() + timedelta(minutes=offset)
    moved = replace(p, date=local.date(), time=local.time(), utc_offset=offset, zone=zone, zone_assumed=True)
    return replace(stamp, parsed=moved)


def later_versions(found: Sequence[Stamp]) -> list[Stamp]:
    """Under "First published on ..." the page's unlabelled visible clock after it is the latest version's
    (the Guardian prints that one on top): read as the update."""
    origins = [s.parsed.utc() for s in found if s.first_version]
    if not origins:
        return list(found)
    origin = min(origins)
    return [
        replace(s, role="updated")
        if s.role == "unknown"
        and not s.marked
        and s.source in ("byline", "header")
        and s.parsed.time is not None
        and s.parsed.utc() > origin
        else s
        for s in found
    ]
