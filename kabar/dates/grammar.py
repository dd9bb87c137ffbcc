"""The tagger's regexes, built once per language from the calendar lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kabar.dates.calendar import Calendar, all_months, alternation, calendar

NEVER = "(?!x)x"  # a pattern that matches nothing, for an empty word list
ORDINAL = r"ke-?\s?\d{1,3}"  # "HUT ke-79 RI", "Hari Kemerdekaan ke-80"

# Rule order breaks ties between matches of the same span: printed dates first.
RULES = (
    "iso", "dmy", "mdy", "num", "month_year", "unit_deixis", "ago", "holiday", "month",
    "year", "weekday", "weekend", "relday", "ctxday",
)  # fmt: skip


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns plus the word → meaning maps the resolvers need."""

    cal: Calendar
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    future: re.Pattern[str]
    past: re.Pattern[str]
    reported: re.Pattern[str]
    past_clause: re.Pattern[str]  # `after both sides signed`: a clause told in the past
    same_year: re.Pattern[str]  # after a month, `that year`: the year of the date told before
    citation: re.Pattern[str]
    citation_stop: re.Pattern[str]
    span_end: re.Pattern[str]  # matches at the end of the text before a date that ends a period
    words: dict[str, str]  # lower-case word → meaning (deixis, offset kind, part, unit)
    triggers: dict[str, tuple[str, ...]]  # lower-case word → rules that can match around it
    numbered: re.Pattern[str]  # matches at the end of the text before a law citation's year
    after_holiday: re.Pattern[str]  # "Natal dan " before a name: the coordinated name shares its reading


def _first_words(phrases: object) -> set[str]:
    return {str(p).split()[0].lower() for p in phrases}  # type: ignore[attr-defined]


def _triggers(cal: Calendar) -> dict[str, tuple[str, ...]]:
    """Words whose presence makes a rule worth running nearby: a rule never matches without one."""
    table: dict[str, set[str]] = {}

    def add(words: set[str], *rules: str) -> None:
        for w in words:
            table.setdefault(w, set()).update(rules)

    add(set(all_months()), "dmy", "mdy", "month_year")
    add(set(cal.months), "month")
    add(set(cal.weekdays), "weekday")
    add(set(cal.units), "unit_deixis", "ago")
    add({"se" + u for u in cal.units}, "ago")
    add(_first_words(cal.weekend), "weekend")
    add(_first_words(cal.relative_days), "relday")
    add(_first_words(cal.context_days), "ctxday")
    add(set(cal.holiday_words.get("triggers", ())), "holiday")
    return {w: tuple(r) for w, r in table.items()}


def holiday_names(cal: Calendar) -> list[str]:
    """Every holiday name of the language, fixed-date and Islamic."""
    return [*cal.holidays, *cal.hijri_holidays]


def _holiday_pattern(cal: Calendar, part: str, year_deixis: str) -> str:
    """A holiday name with its cue, part, deixis, ordinal, tail and year: "pada malam Natal 2024",
    "HUT ke-79 RI", "last Christmas", "awal Ramadan tahun ini", "Christmas morning"."""
    w = cal.holiday_words
    gap = rf"\s+(?:{ORDINAL}\s+)?"
    names = sorted(holiday_names(cal), key=len, reverse=True)
    name = "|".join(re.escape(n).replace(r"\ ", gap) for n in names) or NEVER
    deixis = cal.deixis["prev"] + cal.deixis["this"] + cal.deixis["next"]
    pre = "" if cal.deixis_after else rf"(?:(?P<pre>{alternation(deixis)})\s+)?"
    tails = rf"(?:\s+(?:{alternation(w['tails'])}))?" if w.get("tails") else ""
    tod = "" if cal.deixis_after else rf"|(?P<tod>{alternation(cal.times_of_day)})"
    return (
        rf"(?<!\w)(?:(?P<cue>{alternation(w.get('cues', ())) or NEVER})\s+)?(?P<x>{part}{pre}(?P<h>{name})"
        rf"(?:\s+{ORDINAL})?{tails}(?:\s+(?:(?P<y>(?:19|20)\d\d)(?!\d)|{year_deixis}{tod}))?)(?!\w)"
    )


def _full_names(table: dict[str, int], shortest: int = 5) -> list[str]:
    """Names safe to match on their own: the longest word per number and any word of `shortest`+ letters (a
    weekday of four letters, `Ahad` beside `Minggu`, is no common word)."""
    longest: dict[int, str] = {}
    for word, number in table.items():
        if len(word) > len(longest.get(number, "")):
            longest[number] = word
    return sorted(set(longest.values()) | {w for w in table if len(w) >= shortest})


def _meanings(cal: Calendar) -> dict[str, str]:
    words: dict[str, str] = {}
    for kind, items in cal.deixis.items():
        words.update({w: kind for w in items})
    for kind, items in cal.offsets.items():
        words.update({f"offset:{w}": kind for w in items})
    for kind, items in cal.parts.items():
        words.update({f"part:{w}": kind for w in items})
    return words


def _unit_words(cal: Calendar, *units: str) -> str:
    return alternation([w for w, u in cal.units.items() if u in units])


def _deictic(cal: Calendar, noun: str, name: str = "dx") -> str:
    """`noun` with a deictic word on the language's side: "pekan lalu" / "last week"."""
    dx = rf"(?P<{name}>{alternation(cal.deixis['prev'] + cal.deixis['this'] + cal.deixis['next'])})"
    return rf"{noun}\s+{dx}" if cal.deixis_after else rf"{dx}\s+{noun}"


def _patterns(cal: Calendar) -> dict[str, str]:
    # Printed dates accept month names of every language: pages mix them ("DECEMBER 9, 2022").
    months, full_months = alternation(all_months()), alternation(_full_names(cal.months))
    weekdays, full_weekdays = alternation(cal.weekdays), alternation(_full_names(cal.weekdays, 4))
    parts = alternation([w for items in cal.parts.values() for w in items])
    part = rf"(?:(?P<part>{parts})(?:\s+|-))?"
    numbers = rf"\d+|{alternation(cal.numbers)}|{alternation(cal.vague_numbers)}"
    month_word, year_word = _unit_words(cal, "month"), _unit_words(cal, "year")
    day_word = _unit_words(cal, "day") if cal.deixis_after else NEVER
    wd_prefix = rf"(?:(?P<wd>{weekdays})\.?\s*,?\s*)?"
    year_deixis = _deictic(cal, rf"(?:{year_word})", "ydx")
    offsets = alternation([w for items in cal.offsets.values() for w in items])
    deixis_words = cal.deixis["prev"] + cal.deixis["this"] + cal.deixis["next"]
    ordinal = r"(?:st|nd|rd|th)?"
    # "in 2018 and 2019": a year right after a year and a conjunction needs no cue of its own.
    coordinated = "|".join(rf"(?<=(?:1[89]|20)\d\d {re.escape(w)} )" for w in cal.year_conjunctions)
    # "Selasa pekan lalu", "Monday next week": a weekday inside a neighbouring week.
    week_deixis = _deictic(cal, rf"(?:{_unit_words(cal, 'week')})", "wdx")
    dmy_year = rf",?\s+(?:{year_word}\s+)?(?P<y>\d{{4}})"
    # "20 Maret mendatang", "1 Juni lalu": a deictic word after a yearless date picks its year.
    dmy_deixis = rf"(?:\s+(?P<post>{alternation(deixis_words)}))?" if cal.deixis_after else ""
    mdy_year = r"(?:,?\s+(?P<y>\d{4}))?" if not cal.deixis_after else r",?\s+(?P<y>\d{4})"
    return {
        "iso": r"\b(?P<x>(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d))\b",
        # An abbreviation's dot belongs to the date only before a year: "4 Februari." ends a sentence.
        "dmy": rf"(?<![\w/])(?P<x>{wd_prefix}(?:(?P<paren>\()\s*)?(?P<d>[0-3]?\d){ordinal}\s+(?:of\s+)?"
        rf"(?P<mon>{months})(?:\.(?=,?\s+(?:{year_word}\s+)?\d{{4}}))?(?:{dmy_year})?(?(paren)\s*\))"
        rf"(?(y)|{dmy_deixis}))(?!\w)",
        "mdy": rf"(?<![\w/])(?P<x>{wd_prefix}(?P<mon>{months})\.?\s+(?P<d>[0-3]?\d){ordinal}\b{mdy_year})"
        r"(?![\w/])",
        "num": rf"(?<![\w/])(?P<x>{wd_prefix}"
        rf"(?:\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>\d{{4}}|\d{{2}}))?\)"
        rf"|(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d)/(?P<y2>\d{{4}})))(?![\d/])",
        "month_year": rf"(?<!\w)(?P<x>{part}(?:(?:{month_word})\s+(?:of\s+)?)?(?P<mon>{months})\.?,?\s+"
        rf"(?:{year_word}\s+)?(?P<y>\d{{4}}))\b",
        "unit_deixis": rf"(?<!\w)(?P<x>{part}"
        + _deictic(cal, rf"(?P<unit>{_unit_words(cal, 'week', 'month', 'year', 'decade', 'weekend')})")
        + r")(?!\w)",
        "ago": rf"(?<!\w)(?P<x>(?:(?P<n>{numbers})\s+|(?P<se>se))"
        rf"(?P<unit>{_unit_words(cal, 'day', 'week', 'month', 'year', 'decade')})"
        rf"\s+(?P<off>{offsets}))(?!\w)",
        "month": rf"(?<!\w)(?:(?P<cue>{alternation(cal.month_cues)})\s+)?(?P<x>{part}"
        rf"(?:(?P<pre>{alternation(cal.deixis['prev'] + cal.deixis['this'] + cal.deixis['next'])})\s+)?"
        rf"(?:(?P<mw>{month_word})\s+(?:of\s+)?)?(?P<mon>{full_months})"
        rf"(?:\s+(?:of\s+)?(?:{year_deixis}|(?P<post>{alternation(deixis_words)})))?)(?!\w)",
        "year": rf"(?<!\w)(?:(?P<cue>{alternation(cal.year_cues)})\s+|(?P<co>{coordinated}))?"
        rf"(?P<x>{part}(?:(?P<yw>{year_word})\s+)?"
        r"(?P<y>1[89]\d\d|20\d\d)(?P<dec>-?an\b|'?s\b)?)(?![\w.,]\d)",
        "weekday": rf"(?<!\w)(?:(?P<cue>{alternation(cal.weekday_cues)})\s+)?(?P<x>"
        + (
            rf"(?:(?P<hw>{day_word})\s+)?(?P<wd>{full_weekdays})(?:\s+(?:{week_deixis}"
            rf"|(?P<dx>{alternation(deixis_words)})|(?P<tod>{alternation(cal.times_of_day)})))?"
            if cal.deixis_after
            else rf"(?:(?P<dx>{alternation(deixis_words)})\s+)?(?P<wd>{full_weekdays})"
            rf"(?:\s+(?:(?:of\s+)?{week_deixis}|(?P<tod>{alternation(cal.times_of_day)})))?"
        )
        + r")(?!\w)(?!\s*,?\s*\(?\s*\d)",
        "holiday": _holiday_pattern(cal, part, year_deixis),
        "weekend": rf"(?<!\w)(?P<x>{alternation(cal.weekend)})(?!\w)",
        "relday": rf"(?<!\w)(?P<x>{alternation(cal.relative_days)})(?!\w)",
        "ctxday": rf"(?<!\w)(?P<x>{alternation(cal.context_days)})(?!\w)",
    }


def _past_words(cal: Calendar) -> str:
    suffixed = [rf"[a-z]{{2,}}(?<!e){re.escape(s)}" for s in cal.past_suffixes]  # not "need", "exceed"
    return "|".join([alternation(cal.past), *suffixed])


@cache
def grammar(lang: str) -> Grammar:
    """All patterns of `lang`, compiled once per process."""
    cal = calendar(lang)
    pats = _patterns(cal)
    rules = tuple((name, re.compile(pats[name], re.I)) for name in RULES)
    return Grammar(
        cal=cal,
        rules=rules,
        future=re.compile(rf"(?<!\w)(?:{alternation(cal.future)})(?!\w)", re.I),
        past=re.compile(rf"(?<!\w)(?:{_past_words(cal)})(?!\w)", re.I),
        reported=re.compile(rf"(?<!\w)(?:{alternation(cal.reported) or NEVER})(?!\w)", re.I),
        same_year=re.compile(rf"\s*,?\s*(?:{alternation(cal.same_year) or NEVER})(?!\w)", re.I),
        past_clause=re.compile(
            rf"(?<!\w)(?:{alternation(cal.past_openers) or NEVER})\s+(?:[\w'’-]+\s+){{0,4}}?"
            rf"(?:{_past_words(cal)})(?!\w)",
            re.I,
        ),
        citation=re.compile(rf"(?<!\w)(?:{alternation(cal.citation)})(?!\w)", re.I),
        citation_stop=re.compile(r"[.!?;\n]|\b(?:bahwa|that)\b", re.I),
        span_end=re.compile(
            rf"(?<!\w)(?:{alternation(cal.span_end) or NEVER})\s+(?:(?:tanggal|the)\s+)?$", re.I
        ),
        words=_meanings(cal),
        triggers=_triggers(cal),
        numbered=re.compile(
            rf"(?<![\w.])(?:{alternation(cal.year_numbered) or NEVER})\s*\d+[A-Za-z]?\s+(?:\w+\s+)?$", re.I
        ),
        after_holiday=re.compile(
            rf"(?<!\w)(?:{alternation(holiday_names(cal)) or NEVER})\s+"
            rf"(?:{alternation(cal.year_conjunctions)})\s+$",
            re.I,
        ),
    )
