"""Absolute dates and times as news pages print them in bylines, headers and meta tags."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

from kabar.dates.calendar import (
    all_months,
    all_weekdays,
    alternation,
    calendar,
    hijri_months,
    spelled_zones,
    timezones,
)

TWO_DIGIT_CENTURY = 2000  # "03/12/25": news pages print this century's years
MAX_OFFSET_MINUTES = 14 * 60  # the widest offset in use (UTC+14); a larger one is a misread

Day = date  # the field `date` below shadows the type inside the class body


@dataclass(frozen=True)
class ParsedDateTime:
    """A printed date with its optional time and UTC offset, and where it stood in the string."""

    date: date
    time: time | None
    utc_offset: int | None  # minutes east of UTC; None when unknown
    start: int
    end: int
    zone: str | None = None  # the zone as printed ("WIB", "GMT+7"), or the assumed default
    zone_assumed: bool = False  # no zone printed: the language's default zone was used
    order: str | None = None  # numeric dates ("06/12/2024"): "dmy" or "mdy", the order they were read in
    alternative: Day | None = None  # numeric dates: the other order's reading when both give a date

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def local_iso(self) -> str:
        """ISO 8601 in the page's offset; a bare date when no time was printed (never a made-up midnight)."""
        if self.time is None or self.utc_offset is None:
            return self.date.isoformat()
        tz = timezone(timedelta(minutes=self.utc_offset))
        return datetime.combine(self.date, self.time, tz).isoformat()

    def utc(self) -> datetime:
        """The instant in UTC. A date without time counts as 00:00 of the page's zone (UTC if unknown)."""
        tz = timezone(timedelta(minutes=self.utc_offset or 0))
        return datetime.combine(self.date, self.time or time(0, 0), tz).astimezone(UTC)


# "5:30 PM", "14.05", "14h05" (French and Vietnamese sites), and an hour alone only with its meridiem
# ("3 AM PT", "11am")
_TIME = (
    r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.]|h(?=[0-5]\d))(?P<mi>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?"
    r"|(?<![\d.:])(?P<h12>1[0-2]|0?[1-9])\s*(?P<ampm12>[ap]\.?\s?m\b\.?))"
)
# Text dumps glue a byline's spans: "November 4, 202412:52 PM" is a year followed by a time, and
# "12 Mar 202512 Mar 2025" a year followed by the same date printed again.
# "Nov. 3, 2025Updated Nov. 3, 2025, 4:10 a.m." a year glued to the capitalised marker after it.
# Not before a month: in "03/12/2025March 12, 2025" the spelled date after the glue is the one to read.
_YEAR_END = r"(?:\b|(?=[01]?\d:[0-5]\d)|(?=[0-3]?\d\s+(?:{months})\b)|(?-i:(?=[A-Z][a-z]))(?!(?i:{months})))"
# "GMT+700" is +07:00: the hour takes one digit when two would leave a lone minute digit behind.
_OFFSET = r"(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?(?!\d)|[+\-−]\d{2}:?\d{2}"
# A month glued to the digits before it ("03/12/2025March 12, 2025") or to a credit's last word ("By Jane
# RoeNovember 3, 2025", a lower-case letter before a capital) still starts a date.
_MONTH_START = r"(?:\b|(?<=\d)|(?-i:(?<=[a-z])(?=[A-Z])))"
# A day glued to a credit's last word ("CNBC Indonesia03 November 2025"): two lower-case letters and a
# two-digit day, so a code ("B2", "COVID19") or a list item's "Other story2 March" stays one word.
_DAY_START = r"(?:\b|(?-i:(?<=[a-z]{2}))(?=\d\d))"
# A zone glued to the marker after it ("11:42 AM PKTUpdated 3 hours ago"): an upper-case abbreviation
# ending right before a capitalised word.
_ZONE_GLUED = r"(?-i:(?<=[A-Z])(?=[A-Z][a-z]))"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Date, time and zone regexes, compiled once from the lexicons."""
    months = alternation(all_months())
    weekdays = alternation(all_weekdays())
    zone = _zone_group()
    year_end = _YEAR_END.format(months=months)
    hijri_date = _hijri_date()
    # "/ 12 Ramadan 1446 H": a Hijri date printed between the Gregorian date and its clock; "3 November
    # 2025 M, 14:05": the Gregorian era's letter (Masehi) after a date printed beside a Hijri one
    hijri = rf"{hijri_date}|\b(?:M|CE|AD)\b\.?"
    return {
        "iso": re.compile(
            r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})"
            r"(?::(?P<s>\d{2})(?:\.\d+)?)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
        ),
        "dmy": re.compile(
            rf"{_DAY_START}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?[\s\-]+(?:of\s+)?(?P<mon>{months})\.?,?[\s\-]+(?P<y>\d{{4}}){year_end}",
            re.I,
        ),
        "mdy": re.compile(
            rf"{_MONTH_START}(?P<mon>{months})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){year_end}",
            re.I,
        ),
        # '2025/1/2', and '2025.01.02' only with two-digit fields so a version number is not a date
        "ymd": re.compile(
            r"(?<![\d.])(?P<y>\d{4})(?:/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b|\.(?P<m2>0[1-9]|1[0-2])\.(?P<d2>[0-3]\d)(?![.\d]))"
        ),
        "num": re.compile(rf"(?<![\d/.])(?P<a>[0-3]?\d)[/.-](?P<b>[0-3]?\d)[/.-](?P<y>\d{{4}}){year_end}"),
        # "03/12/25 5:05 PM ET": a two-digit year only with slashes and a clock right after it
        "num2": re.compile(
            r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{2})"
            r"(?=,?\s+(?:at\s+)?[012]?\d[:.][0-5]\d)"
        ),
        "time_after": re.compile(
            # 'February 6, 2025, Thursday at 1:04 PM': a weekday may stand between the date and its clock
            rf"^(?:\s|[,|/\-–—@•·●▪)]|\bat\b|\bpukul\b|\bpkl\b\.?|\bjam\b|\b(?:{weekdays})\b\.?|{hijri})*{_TIME}"
            rf"(?:\s*\(?{zone}\)?)?",
            re.I,
        ),
        "time_before": re.compile(
            # '9:14 am on 22 January 2025', '1:22 PM ET, Tue'
            rf"{_TIME}(?:\s*\(?{zone}\)?)?\s*(?:[,|/\-–—]|\bon\b|\bpada\b)?\s*(?:(?:{weekdays})\.?,?\s*)?$",
            re.I,
        ),
        "weekday_before": re.compile(rf"\b(?:{weekdays})\b\.?,?\s*\(?$", re.I),
        "zone_after": re.compile(rf"^\s*\(?{zone}", re.I),
    }


@cache
def _hijri_date() -> str:
    """A Hijri date ("12 Jumadil Awal 1447 H"), which the stage skips: only Gregorian dates are read."""
    return rf"\b[0-3]?\d\s+(?:{alternation(hijri_months())})\s+1[34]\d\d(?:\s*(?:H|AH)\b\.?)?"


@cache
def _hijri_date_regex() -> re.Pattern[str]:
    return re.compile(_hijri_date(), re.I)


@cache
def _zone_group() -> str:
    """A printed zone: an offset, an abbreviation or a zone spelled out ("Waktu Indonesia Timur")."""
    fixed, iana, _ = timezones()
    names = alternation([*fixed, *iana, *spelled_zones()])
    return rf"(?P<zone>{_OFFSET}|\b(?:{names})(?:\b|{_ZONE_GLUED}))"


def _month_number(word: str) -> int:
    return all_months()[word.lower().rstrip(".")]


@dataclass(frozen=True)
class _Hit:
    """A printed date's reading and span, with the order of a numeric date and its other reading."""

    day: date
    start: int
    end: int
    order: str | None = None
    alternative: date | None = None


def _find_date(text: str, lang: str, day_first: bool | None) -> _Hit | None:
    """The earliest absolute date in `text` with its span, trying every printed form."""
    found: list[_Hit] = []
    for name, matches in _scans(text):
        for m in matches:
            hit = _numeric(m, text, lang, day_first) if name.startswith("num") else _named(name, m)
            if hit is not None:
                found.append(hit)
                break
    return min(found, key=lambda h: (h.start, -h.end), default=None)


# Necessary conditions, tested before the costly scans: every printed form but "num2" ends in a
# four-digit year, "num2" holds "d/d", and each numeric form needs its own separator.
_YEAR_DIGITS = re.compile(r"\d{4}")
_SLASHED_DIGITS = re.compile(r"\d/\d")


def _scans(text: str) -> list[tuple[str, Iterator[re.Match[str]]]]:
    """Each form's matches, in _find_date's order (ties keep the first form), for the forms that can
    match `text`: a form left out is one whose scan could not have matched."""
    pats = _patterns()
    scans: list[tuple[str, Iterator[re.Match[str]]]] = []
    if _YEAR_DIGITS.search(text) is not None:
        dotted, slashed = "." in text, "/" in text
        if "-" in text:
            scans.append(("iso", pats["iso"].finditer(text)))
        gate = _month_gate()
        folded = _ascii_folded(text) if gate is not None else ""
        if gate is None or gate.search(folded) is not None:
            scans.append(("dmy", pats["dmy"].finditer(text)))
            mdy = pats["mdy"]  # a match starts at its month
            scans.append(("mdy", mdy.finditer(text) if gate is None else _gated(mdy, text, gate, folded)))
        if slashed or dotted:
            scans.append(("ymd", pats["ymd"].finditer(text)))
        if slashed or dotted or "-" in text:
            scans.append(("num", pats["num"].finditer(text)))
    if "/" in text and _SLASHED_DIGITS.search(text) is not None:
        scans.append(("num2", pats["num2"].finditer(text)))
    return scans


# re.I lets exactly these non-ASCII letters match ASCII ones, and \s these non-ASCII spaces (the test
# checks every code point): mapped so, then every other non-ASCII character to "?", a text keeps its
# length and a case-sensitive search of lower-cased words finds them where the re.I search would.
_FOLDED_LETTERS = {"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"}
_UNICODE_SPACES = (
    "\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
)
_ASCII_FOLD = str.maketrans({**_FOLDED_LETTERS, **dict.fromkeys(_UNICODE_SPACES, " ")})


def _ascii_folded(text: str) -> str:
    """`text` lower-cased in ASCII, position for position, for the case-sensitive gates below."""
    if not text.isascii():
        text = text.translate(_ASCII_FOLD).encode("ascii", "replace").decode()
    return text.lower()


def _gate(words: list[str]) -> re.Pattern[str] | None:
    """Words for a case-sensitive search of ascii-folded text; None when one is not ASCII (no gate then)."""
    lowered = [w.lower() for w in words]
    return re.compile(alternation(lowered)) if all(w.isascii() for w in lowered) else None


@cache
def _month_gate() -> re.Pattern[str] | None:
    return _gate(list(all_months()))


def _gated(
    pattern: re.Pattern[str], text: str, gate: re.Pattern[str], folded: str
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a re.I pattern whose matches start with a gate word: tried only where
    the gate finds one, without the case folding at every position that makes the full scan slow."""
    pos = 0
    while (word := gate.search(folded, pos)) is not None:
        m = pattern.match(text, word.start())
        if m is None:
            pos = word.start() + 1
        else:
            yield m
            pos = m.end()


def _named(name: str, m: re.Match[str]) -> _Hit | None:
    g = m.groupdict()
    if name in ("dmy", "mdy"):
        month, day = _month_number(g["mon"]), int(g["d"])
    else:
        month, day = int(g["m"] or g.get("m2") or 0), int(g["d"] or g.get("d2") or 0)
    found = _calendar_date(int(g["y"]), month, day)
    return _Hit(found, m.start(), m.end()) if found else None


def _numeric(m: re.Match[str], text: str, lang: str, day_first: bool | None) -> _Hit | None:
    """A numeric date ("06/12/2024") in the order its numbers allow; when both do, the one a weekday
    printed before it fits, else `day_first`, else the language's habit (English month-first, the rest
    of the world day-first)."""
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    year += TWO_DIGIT_CENTURY if year < 100 else 0
    pairs = (("dmy", _calendar_date(year, b, a)), ("mdy", _calendar_date(year, a, b)))
    readings = {k: v for k, v in pairs if v}
    if not readings:
        return None
    if len(readings) == 1 or a == b:
        order, day = next(iter(readings.items()))
        return _Hit(day, m.start(), m.end(), order if a != b else None)
    weekday = _weekday_before(text, m.start())
    fits = [k for k, v in readings.items() if v.weekday() == weekday]
    if len(fits) == 1:
        return _Hit(readings[fits[0]], m.start(), m.end(), fits[0])
    first = day_first if day_first is not None else lang != "en"
    order, other = ("dmy", "mdy") if first else ("mdy", "dmy")
    return _Hit(readings[order], m.start(), m.end(), order, readings[other])


def _weekday_before(text: str, start: int) -> int | None:
    found = _patterns()["weekday_before"].search(text[max(0, start - 16) : start])
    if found is None:
        return None
    word = re.match(r"[^\W\d_]+", found.group(0))
    return all_weekdays().get(word.group(0).lower()) if word else None


def _calendar_date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _clock(m: re.Match[str]) -> time | None:
    if m.group("h12") is not None:
        hour, minute, meridiem = int(m.group("h12")), 0, m.group("ampm12")
    else:
        hour, minute, meridiem = int(m.group("h")), int(m.group("mi")), m.group("ampm")
    ampm = (meridiem or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return time(hour, minute, int(m.group("s") or 0))


def zone_offset(zone: str, day: date, clock: time | None) -> int | None:
    """Minutes east of UTC for a printed zone on a given local date ("ET" is EDT in summer)."""
    fixed, iana, _ = timezones()
    zone = spelled_zones().get(" ".join(zone.lower().split()), zone)
    token = re.sub(r"\s+", "", zone).upper().replace("−", "-")
    if token in fixed:
        return int(fixed[token])
    if token in iana or "/" in zone:  # "ET", or a full IANA name from a site's zone ("Asia/Singapore")
        name = iana.get(token, zone.strip())
        try:
            local = datetime.combine(day, clock or time(12, 0), ZoneInfo(name))
        except (KeyError, ValueError):
            return None
        offset = local.utcoffset()
        return int(offset.total_seconds() // 60) if offset is not None else None
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", token)
    if m:
        sign = -1 if m.group(1) == "-" else 1
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return sign * minutes if minutes <= MAX_OFFSET_MINUTES else None
    return None


def parse_datetime(
    text: str, lang: str = "id", default_zone: str | None = None, day_first: bool | None = None
) -> ParsedDateTime | None:
    """The first absolute date (with its time and zone when printed next to it) in a printed string.

    A time printed without a zone is read in `default_zone` (the page's home zone: "WIB",
    "Asia/Singapore", "+08:00"), else in the language's default zone (WIB for Indonesian). A numeric
    date both orders can read ("06/12/2024") is read day-first when `day_first`, month-first when False,
    by the language's habit when None."""
    hit = _find_date(text, lang, day_first)
    if hit is None:
        return None
    start, end = hit.start, hit.end
    clock, zone = None, None
    iso = _patterns()["iso"].match(text, start)
    if iso is not None and iso.end() == end and iso.group("h"):
        clock = time(int(iso.group("h")), int(iso.group("mi")), int(iso.group("s") or 0))
        zone = iso.group("zone")
        if zone is None and (after := _patterns()["zone_after"].match(text[end : end + 12])) is not None:
            zone, end = after.group("zone"), end + after.end()  # "2025-11-03 14:05:37 (GMT+8)"
    else:
        clock, zone, start, end = _attach_time(text, start, end)
    parsed = _with_zone(hit.day, clock, zone, start, end, default_zone or timezones()[2].get(lang))
    return replace(parsed, order=hit.order, alternative=hit.alternative) if hit.order else parsed


def _attach_time(text: str, start: int, end: int) -> tuple[time | None, str | None, int, int]:
    """The clock time printed right after (or, "1:22 PM ET, Tue", right before) a date, and the new span."""
    pats = _patterns()
    weekday = pats["weekday_before"].search(text[max(0, start - 16) : start])
    if weekday is not None:
        start = max(0, start - 16) + weekday.start()
    after = pats["time_after"].match(text[end : end + 40])
    if after is not None and _clock(after) is not None:
        return _clock(after), after.group("zone"), start, end + after.end()
    before = pats["time_before"].search(text[max(0, start - 40) : start])
    if before is not None and _clock(before) is not None:
        return _clock(before), before.group("zone"), max(0, start - 40) + before.start(), end
    zone = pats["zone_after"].match(text[end : end + 12])
    if zone is not None:
        return None, zone.group("zone"), start, end + zone.end()
    return None, None, start, end


def update_clock(text: str) -> tuple[time, str | None, int, int] | None:
    """A clock time printed without a date right after an update marker ("• Updated 16:02", "Diperbarui
    pukul 16.02 WIB"): the update of the date printed before it. (clock, printed zone, start, end)."""
    m = _update_clock().search(text)
    if m is None or (clock := _clock(m)) is None:
        return None
    return clock, m.group("zone"), m.start(), m.end()


@cache
def _update_clock() -> re.Pattern[str]:
    zone = _zone_group()
    updated = alternation([w for lang in ("id", "en") for w in calendar(lang).updated_markers])
    return re.compile(
        rf"(?<!\w)(?:{updated})\s*(?:on|at|pada)?\s*:?\s*(?:(?:at|pukul|pkl\.?|jam)\s+)?{_TIME}"
        rf"(?:\s*\(?{zone}\)?)?(?![\d/.:])",
        re.I,
    )


def _with_zone(
    day: date, clock: time | None, zone: str | None, start: int, end: int, default: str | None
) -> ParsedDateTime:
    offset = zone_offset(zone, day, clock) if zone else None
    assumed = False
    if offset is None:
        # No zone printed: Indonesian pages print Jakarta time (WIB). English pages come from every
        # zone, so without a home zone their offset stays unknown and only the date is trusted.
        if default is not None:
            zone, offset, assumed = default, zone_offset(default, day, clock), True
        else:
            zone = None
    return ParsedDateTime(day, clock, offset, start, end, zone, assumed)


_RELATIVE_STAMP = re.compile(
    r"\b\d+\s+(?:detik|menit|jam|hari|seconds?|minutes?|mins?|hours?|hrs?|days?)\s+(?:yang\s+)?(?:lalu|ago)\b",
    re.I,
)


def looks_like_date(text: str) -> bool:
    """True for a short line that mainly carries a printed date: a dateline, byline stamp or date widget.

    A body sentence or caption that merely mentions a date is not a date line: after removing the
    date, weekday, time, zone and publication markers, at most a few words may remain, unless the
    line carries a publication/update marker (a byline such as "oleh X diperbarui 05 Nov 2024"). A
    line holding only a clock time with its zone ("6:05 PM MYT") is the second half of a split byline.
    """
    if len(text) > 200:
        return False
    if _RELATIVE_STAMP.search(text) and len(text.split()) <= 8:
        return True
    parsed = parse_datetime(text)
    if parsed is None:
        return is_time_line(text)
    rest = _hijri_date_regex().sub(" ", text[: parsed.start] + " " + text[parsed.end :])
    if _has_marker(rest):
        return True
    return _few_words(rest) or _date_field(text, parsed) or _glued_credit(text, parsed)


def _glued_credit(text: str, parsed: ParsedDateTime) -> bool:
    """A date glued to the word before it ("Nikkei staff writerNovember 3, 2025"): a text dump joining a
    credit's element to the stamp's, which no sentence does; the credit may be a few words longer."""
    before, after = text[: parsed.start], text[parsed.end :]
    return _glued_to_word(text, parsed) and _few_words(before, _GLUED_CREDIT_WORDS) and _few_words(after, 1)


def glued_date(text: str) -> ParsedDateTime | None:
    """The text's first date when a letter runs straight into it ('Jane RoeMarch 12, 2025'): a text dump
    glues a credit's span to the stamp's, which no sentence does."""
    parsed = parse_datetime(text)
    return parsed if parsed is not None and _glued_to_word(text, parsed) else None


def _glued_to_word(text: str, parsed: ParsedDateTime) -> bool:
    return parsed.start > 0 and text[parsed.start - 1].isalpha()


def _few_words(text: str, most: int = 4) -> bool:
    return len([w for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in _weekday_words()]) <= most


def _date_field(text: str, parsed: ParsedDateTime) -> bool:
    """A byline of short fields ('Penulis: X | Editor: Y | Senin, 24 Maret 2025 - 19:35 WIB') counts by
    the field holding the date: that field is a date and every other field is a short credit."""
    fields = [(m.start(), m.end()) for m in _FIELD.finditer(text)]
    if not 2 <= len(fields) <= _MAX_FIELDS:
        return False
    own = [f for f in fields if f[0] <= parsed.start < f[1]]
    if len(own) != 1:
        return False
    rest = text[own[0][0] : parsed.start] + " " + text[parsed.end : own[0][1]]
    others = [text[a:b] for a, b in fields if (a, b) != own[0]]
    return _few_words(rest) and all(_few_words(f, _FIELD_WORDS if ":" in f else _NAME_WORDS) for f in others)


_FIELD = re.compile(r"[^|•·]+")
_MAX_FIELDS = 4
_FIELD_WORDS = 5  # a labelled credit ('Editor: Y')
_GLUED_CREDIT_WORDS = 6  # 'By Jane Doe and John Roe'; a related headline glued to its date is longer
_NAME_WORDS = 3  # an unlabelled one, a name ('Ika Yuniati'), so a headline ending '| 24 Maret 2025' is not


def is_time_line(text: str) -> bool:
    """A line printing only a clock time that a zone, "AM/PM" or a marker shows is a byline's
    ("6:05 PM MYT", "| 14.20 WIB", "Updated 16:02"), not a score or a figure."""
    if len(text) > 60:
        return False
    m = _time_line().match(text)
    return m is not None and bool(m.group("zone") or m.group("ampm") or m.group("ampm12") or m.group("mark"))


@cache
def _time_line() -> re.Pattern[str]:
    zone = _zone_group()
    return re.compile(
        rf"^[\s|•·,(\-–—]*(?:(?P<mark>{_MARKER.pattern})\s*(?:on|pada)?\s*:?\s*)?"
        rf"(?:(?:at|pukul|pkl\.?|jam)\s+)?{_TIME}(?:\s*\(?{zone}\)?)?[\s|•·,.)]*$",
        re.I,
    )


@cache
def _weekday_words() -> frozenset[str]:
    return frozenset(all_weekdays())


def _marker_words() -> list[str]:
    return [
        w for lang in ("id", "en") for w in calendar(lang).published_markers + calendar(lang).updated_markers
    ]


_MARKER = re.compile(rf"\b(?:{alternation(_marker_words())})\b", re.I)


@cache
def _marker_gate() -> re.Pattern[str] | None:
    return _gate(_marker_words())


def _has_marker(text: str) -> bool:
    """_MARKER.search(text), tried only where a marker's word starts."""
    gate = _marker_gate()
    if gate is None:
        return _MARKER.search(text) is not None
    return next(_gated(_MARKER, text, gate, _ascii_folded(text)), None) is not None
