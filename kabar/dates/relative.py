"""Relative bylines ("2 jam yang lalu", "5 hours ago") dated from the time the page was saved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cache

from kabar.dates.calendar import LANGUAGES, alternation, calendar
from kabar.dates.parse import ParsedDateTime, zone_offset
from kabar.dates.stamps import Stamp, role_before
from kabar.model import DateCandidate

CLOCK_SECONDS = {"second": 1, "minute": 60, "hour": 3600}


@dataclass(frozen=True)
class _Words:
    pattern: re.Pattern[str]
    numbers: dict[str, int]
    units: dict[str, str]  # word → second, minute, hour, day


@cache
def _words() -> _Words:
    """Both languages at once: an English site may print "2 jam lalu" in its Indonesian edition."""
    numbers: dict[str, int] = {}
    units: dict[str, str] = {}
    ago: list[str] = []
    for lang in LANGUAGES:
        cal = calendar(lang)
        numbers.update(cal.numbers)
        units.update(cal.clock_units)
        units.update({w: u for w, u in cal.units.items() if u == "day"})
        ago += cal.offsets["ago"]
    pattern = re.compile(
        rf"(?<!\w)(?P<n>\d{{1,3}}|{alternation(numbers)})\s*(?P<unit>{alternation(units)})\s+"
        rf"(?P<ago>{alternation(ago)})(?!\w)",
        re.I,
    )
    return _Words(pattern, numbers, units)


def relative_stamps(candidate: DateCandidate, fetched_at: datetime, zone: str | None) -> list[Stamp]:
    """Stamps for "N units ago" in a candidate line: minute times for clock units, dates for days."""
    words = _words()
    saved = fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    out: list[Stamp] = []
    for m in words.pattern.finditer(candidate.text):
        n_word = m.group("n").lower()
        n = int(n_word) if n_word.isdigit() else words.numbers.get(n_word)
        unit = words.units[m.group("unit").lower()]
        if n is None:
            continue
        parsed = _parsed(saved, n, unit, zone, m.start(), m.end())
        role, marked = role_before(candidate.text[: m.start()], candidate.role)
        out.append(Stamp(parsed, candidate.source, role, marked, candidate.line_no))
    return out


def _parsed(saved: datetime, n: int, unit: str, zone: str | None, start: int, end: int) -> ParsedDateTime:
    offset = (zone_offset(zone, saved.date(), None) if zone else None) or 0
    local = saved.astimezone(timezone(timedelta(minutes=offset)))
    if unit == "day":
        return ParsedDateTime((local - timedelta(days=n)).date(), None, offset, start, end, zone, True)
    moment = (local - timedelta(seconds=n * CLOCK_SECONDS[unit])).replace(second=0, microsecond=0)
    return ParsedDateTime(moment.date(), moment.time(), offset, start, end, zone or "UTC", True)
