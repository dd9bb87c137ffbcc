"""Calendar lexicons (month, weekday, number and marker words) loaded once per process from TOML."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, TypeVar

LANGUAGES = ("id", "en")
V = TypeVar("V")


@dataclass(frozen=True)
class Calendar:
    """One language's calendar words, lower case, ready to be turned into regexes."""

    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague_numbers: tuple[str, ...]
    units: dict[str, str]
    clock_units: dict[str, str]  # "jam" → "hour": only relative bylines use them
    relative_days: dict[str, int]
    context_days: dict[str, int]
    deixis_after: bool  # True: "pekan lalu" (Indonesian); False: "last week" (English)
    deixis: dict[str, tuple[str, ...]]  # prev, this, next
    offsets: dict[str, tuple[str, ...]]  # ago, earlier, later, since_anchor, ahead
    weekend: tuple[str, ...]
    times_of_day: tuple[str, ...]
    parts: dict[str, tuple[str, ...]]
    month_cues: tuple[str, ...]
    year_cues: tuple[str, ...]
    weekday_cues: tuple[str, ...]
    year_conjunctions: tuple[str, ...]
    year_numbered: tuple[str, ...]  # `Nomor 8 Tahun 2010`: a citation's year
    citation: tuple[str, ...]
    future: tuple[str, ...]
    past: tuple[str, ...]
    past_suffixes: tuple[str, ...]
    untensed: str  # "past" or "nearest": which side an untensed yearless date or month lies on
    reported: tuple[str, ...]  # saying verbs: after a future word, the date they govern is the saying's
    past_openers: tuple[str, ...]  # `after`, `setelah`: with a past verb after a future word, a past clause
    same_year: tuple[str, ...]  # `that year`, `tahun itu` after a month: the year of the date told before
    published_markers: tuple[str, ...]
    updated_markers: tuple[str, ...]
    span_end: tuple[str, ...] = ()  # "hingga", "until": the date after them ends a period
    copy_notes: tuple[str, ...] = ()  # "telah tayang di": the dates after them are another copy's
    first_version: tuple[str, ...] = ()  # "first published": the page's other stamp is its latest version
    holidays: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # name → (month, day, shift)
    hijri_holidays: dict[str, str] = field(default_factory=dict)  # name → observance in hijri.toml
    holiday_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # cues, before, needs_cue, …


def _read_toml(*parts: str) -> dict[str, Any]:
    path = resources.files("kabar").joinpath("lexicon", *parts)
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def calendar(lang: str) -> Calendar:
    """The calendar lexicon of `lang`; unknown languages fall back to Indonesian, the main corpus."""
    raw = _read_toml(lang if lang in LANGUAGES else "id", "calendar.toml")
    return Calendar(
        lang=lang if lang in LANGUAGES else "id",
        months=raw["months"],
        weekdays=raw["weekdays"],
        numbers=raw["numbers"],
        vague_numbers=tuple(raw["vague_numbers"]["words"]),
        units=raw["units"],
        clock_units=raw.get("clock_units", {}),
        relative_days=raw["relative_days"],
        context_days=raw["context_days"],
        deixis_after=raw["deixis"]["position"] == "after",
        deixis={k: tuple(raw["deixis"][k]) for k in ("prev", "this", "next")},
        offsets={k: tuple(v) for k, v in raw["offsets"].items()},
        weekend=tuple(raw["weekend"]["words"]),
        times_of_day=tuple(raw["times_of_day"]["words"]),
        parts={k: tuple(v) for k, v in raw["parts"].items()},
        month_cues=tuple(raw["month_cues"]["words"]),
        year_cues=tuple(raw["year_cues"]["words"]),
        weekday_cues=tuple(raw["weekday_cues"]["words"]),
        year_conjunctions=tuple(raw["year_cues"]["conjunctions"]),
        year_numbered=tuple(raw["year_cues"].get("numbered", ())),
        citation=tuple(raw["citation"]["markers"]),
        future=tuple(raw["tense"]["future"]),
        past=tuple(raw["tense"]["past"]),
        past_suffixes=tuple(raw["tense"]["past_suffixes"]),
        untensed=raw["tense"]["untensed"],
        reported=tuple(raw["tense"].get("reported", ())),
        past_openers=tuple(raw["tense"].get("past_openers", ())),
        same_year=tuple(raw["year_cues"].get("same_year", ())),
        published_markers=tuple(raw["markers"]["published"]),
        updated_markers=tuple(raw["markers"]["updated"]),
        span_end=tuple(raw["tense"].get("span_end", ())),
        copy_notes=tuple(raw["markers"].get("copy_notes", ())),
        first_version=tuple(raw["markers"].get("first_version", ())),
        holidays=_curly({k: _month_day(v) for k, v in raw.get("holidays", {}).items()}),
        hijri_holidays=_curly(raw.get("hijri_holidays", {})),
        holiday_words={k: tuple(_curly(dict.fromkeys(v))) for k, v in raw.get("holiday_words", {}).items()},
    )


def _month_day(value: str | list[Any]) -> tuple[int, int, int]:
    """ "12-25" or ["01-01", -1] (the eve of New Year's Day) as (month, day, shift in days)."""
    text, shift = (value, 0) if isinstance(value, str) else (value[0], int(value[1]))
    month, day = text.split("-")
    return int(month), int(day), shift


def _curly(table: dict[str, V]) -> dict[str, V]:
    """Names with a straight apostrophe also under the curly one pages print ("New Year’s Eve")."""
    return table | {k.replace("'", "’"): v for k, v in table.items() if "'" in k}


@cache
def all_months() -> dict[str, int]:
    """Month words of every language: pages mix them ("DECEMBER 9, 2022" on an Indonesian site)."""
    merged: dict[str, int] = {}
    for lang in LANGUAGES:
        merged.update(calendar(lang).months)
    return merged


@cache
def all_weekdays() -> dict[str, int]:
    """Weekday words of every language, for printed bylines and headers."""
    merged: dict[str, int] = {}
    for lang in LANGUAGES:
        merged.update(calendar(lang).weekdays)
    return merged


@cache
def timezones() -> tuple[dict[str, int], dict[str, str], dict[str, str]]:
    """(fixed offsets in minutes, IANA names for DST zones, default zone by language)."""
    raw = _read_toml("common", "timezones.toml")
    return raw["fixed"], raw["iana"], raw["default_by_language"]


@cache
def hijri_months() -> tuple[str, ...]:
    """Hijri month names, skipped between a Gregorian date and its clock."""
    return tuple(_read_toml("common", "hijri.toml")["months"])


@cache
def hijri_observances() -> dict[str, dict[int, tuple[date, date]]]:
    """Islamic holidays by Gregorian year: observance → year → (first, last day); see hijri.toml."""
    out: dict[str, dict[int, tuple[date, date]]] = {}
    for name, years in _read_toml("common", "hijri.toml").get("observances", {}).items():
        out[name] = {}
        for year, value in years.items():
            first, last = (value, value) if isinstance(value, str) else value
            out[name][int(year)] = date.fromisoformat(first), date.fromisoformat(last)
    return out


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first so "sept" wins over "sep"."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@cache
def site_zones() -> dict[str, str]:
    """Outlets' home zones by registered domain or country-code suffix (".sg"), for zone-less times."""
    return dict(_read_toml("common", "timezones.toml")["site_zones"])


@cache
def dateline_zones() -> dict[str, str]:
    """IANA zones of dateline cities, lower case, for zone-less times on pages of unknown outlets."""
    return dict(_read_toml("common", "timezones.toml")["dateline_zones"])


@cache
def fallback_zones() -> dict[str, str]:
    """The zone assumed by page language when nothing on or about the page gives one (English: UTC)."""
    return dict(_read_toml("common", "timezones.toml")["fallback_by_language"])


@cache
def month_first_zones() -> tuple[frozenset[str], tuple[int, int]]:
    """(zones whose pages print numeric dates month-first, the printed-offset range that does too)."""
    raw = _read_toml("common", "timezones.toml")["numeric_order"]
    low, high = raw["month_first_offsets"]
    return frozenset(z.upper() for z in raw["month_first_zones"]), (int(low), int(high))


@cache
def spelled_zones() -> dict[str, str]:
    """Zones printed in words ("waktu indonesia timur"), lower case, to the abbreviation they mean."""
    return dict(_read_toml("common", "timezones.toml").get("spelled", {}))


@cache
def ambiguous_zones() -> dict[str, tuple[str, ...]]:
    """Abbreviations several zones share ("IST": India, Israel, Ireland): the IANA zones they may mean."""
    raw = _read_toml("common", "timezones.toml").get("ambiguous", {})
    return {k.upper(): tuple(v) for k, v in raw.items()}


@cache
def local_time_words() -> tuple[str, ...]:
    """Words saying a printed clock is the filing place's local time ("waktu setempat")."""
    return tuple(_read_toml("common", "timezones.toml").get("local_time", {}).get("words", ()))
