"""Temporal expressions in Indonesian and English text, resolved against an anchor date."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from kabar.dates import periods as P
from kabar.dates.calendar import all_months, hijri_observances
from kabar.dates.grammar import ORDINAL, RULES, Grammar, grammar
from kabar.model import Precision, TimeExpression

Resolved = tuple[date, date, Precision]
PRINTED = frozenset({"iso", "dmy", "mdy", "num"})
CONTEXT_REACH = 400  # characters: how far back a printed date still anchors "dua hari sebelumnya"


@dataclass(frozen=True)
class Tagged:
    """A TimeExpression plus what the publication check needs to know about it."""

    expr: TimeExpression
    rule: str
    year_printed: bool  # a calendar date printed with its year
    future: bool  # its clause speaks of the future ("akan", "will")
    day_offset: int | None  # for "hari ini"/"kemarin"/"besok": days from the anchor
    weekday_fits: bool = False  # a printed date with a weekday that its resolved day falls on


@dataclass
class _Context:
    """What resolution needs beyond the match: the anchor and the last printed date seen."""

    text: str
    anchor: date
    g: Grammar
    last_printed: date | None = None
    last_printed_at: int = -1  # where it ended in the text
    last_printed_sure: bool = False  # printed with its year or a weekday it falls on, not a guessed year
    last_year: int | None = None  # the year of the last date printed with one (`in March 2024`)
    last_year_at: int = -1
    day_first: bool | None = None  # the page's order of numeric dates; None: the language's habit

    def reference(self, pos: int) -> date:
        """What "sebelumnya"/"keesokan harinya" count from: a printed date close before, else the anchor."""
        if self.last_printed is not None and pos - self.last_printed_at <= CONTEXT_REACH:
            return self.last_printed
        return self.anchor


def _as_date(anchor: date | datetime | str) -> date:
    if isinstance(anchor, str):
        anchor = datetime.fromisoformat(anchor)
    return anchor.date() if isinstance(anchor, datetime) else anchor


def tag(text: str, anchor: date | datetime, lang: str = "id") -> list[TimeExpression]:
    """Temporal expressions in `text`, in order, each resolved to a date interval."""
    return [t.expr for t in tag_detailed(text, anchor, lang)]


def tag_detailed(
    text: str, anchor: date | datetime, lang: str = "id", day_first: bool | None = None
) -> list[Tagged]:
    """As `tag`, keeping tense and day-offset facts for the publication consistency check; numeric
    dates both orders can read follow `day_first` (the page's order) when given."""
    g = grammar(lang)
    ctx = _Context(text, _as_date(anchor), g, day_first=day_first)
    out: list[Tagged] = []
    for rule, m in _select(text, g):
        try:
            tagged = _resolve_match(rule, m, ctx)
        except (OverflowError, ValueError):  # "1 Januari 0001 … sepekan sebelumnya": off the calendar
            continue
        if tagged is not None:
            out.append(tagged)
            if rule in PRINTED and tagged.expr.precision == "day":
                ctx.last_printed, ctx.last_printed_at = tagged.expr.start, tagged.expr.char_end
                ctx.last_printed_sure = tagged.year_printed or tagged.weekday_fits
            if tagged.year_printed or rule == "year":
                ctx.last_year, ctx.last_year_at = tagged.expr.start.year, tagged.expr.char_end
    return out


_WORD = re.compile(r"[\w'’]+")
_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")
_WORD_AFTER = re.compile(r" [A-Za-z]")
_DIGIT_RULES: tuple[str, ...] = ("iso", "num", "year")
# Characters before/after a trigger word that its rules search: enough for the longest cue or prefix
# ("menjelang pertengahan bulan " before a month, "Jum'at, (" before a number, "yang akan datang" after).
WINDOW_BEFORE = {
    "month": 32,
    "year": 32,
    "month_year": 20,
    "weekday": 12,
    "relday": 0,
    "ctxday": 0,
    "weekend": 0,
    "holiday": 40,  # "in the run-up to the end of Ramadan", "menjelang Hari Raya Idul Fitri"
}
DEFAULT_BEFORE, WINDOW_AFTER = 18, 20
LONG_AFTER = {"holiday": 40}  # "Hari Kemerdekaan ke-79 Republik Indonesia 2024"
HOLIDAY_LEAD_DAYS = 7  # "menjelang Natal", "ahead of Eid": the week before the day


def _trigger_hits(text: str, g: Grammar) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where trigger words and numbers stand. Set intersection first, then str.find: both run in C."""
    lower = text.lower()
    hits: list[tuple[int, int, tuple[str, ...]]] = [
        (m.start(), m.end(), _DIGIT_RULES) for m in _NUMBER.finditer(text)
    ]
    for word in g.triggers.keys() & set(_WORD.findall(lower)):
        i = lower.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not lower[i - 1].isalnum()) and (j == len(lower) or not lower[j].isalnum()):
                hits.append((i, j, g.triggers[word]))
            i = lower.find(word, j)
    hits.sort(key=lambda h: h[0])
    return hits


def _windows(text: str, g: Grammar) -> dict[str, list[tuple[int, int]]]:
    """Per rule, merged text windows around its trigger words: rules run only there, which is what
    makes tagging a body far cheaper than running every pattern over all of it."""
    out: dict[str, list[tuple[int, int]]] = {}
    for hit_start, hit_end, rules in _trigger_hits(text, g):
        for rule in rules:
            end = hit_end + LONG_AFTER.get(rule, WINDOW_AFTER)
            start = max(0, hit_start - WINDOW_BEFORE.get(rule, DEFAULT_BEFORE))
            spans = out.setdefault(rule, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (min(start, spans[-1][0]), max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return out


def _find(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for start, end in spans:
        while end < len(text) and text[end].isalnum():  # never cut a word: lookaheads see the cut
            end += 1
        found.extend(pattern.finditer(text, start, end))
    return found


def _select(text: str, g: Grammar) -> list[tuple[str, re.Match[str]]]:
    """Leftmost-longest non-overlapping matches over all rules (rule order breaks ties)."""
    found = []
    windows = _windows(text, g)
    for order, (rule, pattern) in enumerate(g.rules):
        for m in _find(pattern, text, windows.get(rule, [])):
            if _acceptable(rule, m, g):
                found.append((m.start("x"), -m.end("x"), order, rule, m))
    found.sort(key=lambda f: f[:3])
    chosen, last_end = [], -1
    for start, neg_end, _, rule, m in found:
        if start >= last_end:
            chosen.append((rule, m))
            last_end = -neg_end
    return chosen


def _acceptable(rule: str, m: re.Match[str], g: Grammar) -> bool:
    """Filters a regex cannot say cheaply: capitalised names, cues that make a bare word a date."""
    if rule == "holiday":
        return _holiday_reading(m, g)
    if rule == "weekday":
        wd = m.group("wd")
        if not wd[0].isupper():
            return False
        return wd.lower() != "minggu" or _minggu_is_sunday(m)
    if rule == "unit_deixis" and m.group("unit") == "Minggu":
        return not _mid_sentence(m.string, m.start("x")) or m.group("dx").lower() == "ini"
    if rule == "month":
        if not m.group("mon")[0].isupper():
            return False
        return any(m.group(k) for k in ("cue", "part", "pre", "mw", "ydx", "post"))
    if rule == "year":
        if g.numbered.search(m.string, max(0, m.start() - 30), m.start()):
            return False  # `Undang-Undang Nomor 8 Tahun 2010`, `Law No. 8 of 2010`: a citation
        if m.group("co") is not None:
            return True
        # "the 2017 NotPetya attack", "the 2024 election": English news prints counts as "2,000".
        the_year = bool(m.group("dec")) or _WORD_AFTER.match(m.string, m.end("x")) is not None
        return any(m.group(k) for k in ("cue", "part", "yw", "dec")) and (m.group("cue") != "the" or the_year)
    if rule in ("mdy", "month_year"):
        return m.group("mon")[0].isupper() or m.group("mon").isupper()
    return True


_NEXT_WORD = re.compile(r"\s+([\w'’]+)")
_ORDINAL = re.compile(rf"\s+{ORDINAL}", re.I)


def _holiday_name(m: re.Match[str]) -> str:
    return _norm(_ORDINAL.sub("", m.group("h")))


def _holiday_reading(m: re.Match[str], g: Grammar) -> bool:
    """Whether a holiday name is the holiday: written as a name (a capital, or three words such as
    "malam tahun baru"), not the start of another one ("Tahun Baru Imlek"), and, for names that are
    also ordinary words or places ("Natal, Brasil", "Christmas tree"), read with a cue or a year."""
    name, words = _holiday_name(m), g.cal.holiday_words
    if not any(c.isupper() for c in m.group("h")) and len(name.split()) < 3:
        return False
    after = _NEXT_WORD.match(m.string, m.end("x"))
    follower = after.group(1).lower() if after else ""
    if follower in words.get("not_before", ()):
        return False
    if name not in words.get("needs_cue", ()):
        return True
    if follower in words.get("modified_by", ()) and not m.group("tod"):
        return False
    anchored = any(m.groupdict().get(k) for k in ("cue", "part", "pre", "y", "ydx", "tod"))
    return anchored or g.after_holiday.search(m.string, max(0, m.start("x") - 40), m.start("x")) is not None


def _mid_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'“”‘’(")
    return bool(before) and before[-1] not in ".!?:\n"


def _minggu_is_sunday(m: re.Match[str]) -> bool:
    """Whether "Minggu" (Sunday or "week") is Sunday: next to a week ("Minggu pekan lalu"), capitalised
    inside a sentence ("terjadi Minggu kemarin"; "Minggu ini" stays the week headlines mean), after a cue
    or "hari", or with a time of day. At a sentence's start "Minggu lalu" is last week."""
    dx = m.group("dx")
    if m.group("wdx") or (_mid_sentence(m.string, m.start("x")) and not (dx and dx.lower() == "ini")):
        return True
    if dx or not (m.group("cue") or m.groupdict().get("hw")):
        return bool(m.group("tod")) and not dx
    return True


def _resolve_match(rule: str, m: re.Match[str], ctx: _Context) -> Tagged | None:
    future = _is_future(ctx, m.start("x"))
    resolved = _RESOLVERS[rule](m, ctx, future)
    if resolved is None:
        return None
    start, end, precision = resolved
    # A citation dates a report to the day; "reported a loss last month" dates the loss, not a citation.
    cited = precision == "day" and _is_citation(ctx, m.start("x"))
    kind: Literal["event", "report"] = "report" if cited else "event"
    expr = TimeExpression(m.group("x"), m.start("x"), m.end("x"), start, end, precision, kind)
    year_printed = rule in PRINTED and bool(
        m.groupdict().get("y") or m.groupdict().get("y2") or rule == "iso"
    )
    offset = ctx.g.cal.relative_days.get(_norm(m.group("x"))) if rule == "relday" else None
    weekday = m.groupdict().get("wd") if rule in PRINTED and precision == "day" else None
    fits = weekday is not None and ctx.g.cal.weekdays.get(weekday.lower()) == start.weekday()
    return Tagged(expr, rule, year_printed or rule == "month_year", future, offset, fits)


def _norm(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower().strip())


def _clause_before(ctx: _Context, pos: int) -> str:
    return clause_before(ctx.text, pos)


def clause_before(text: str, pos: int) -> str:
    """The sentence text before `pos` (at most 200 characters): where tense words are looked for."""
    start = max(text.rfind(c, 0, pos) for c in ".!?\n")
    return text[max(start + 1, pos - 200) : pos]


def speaks_of_past(text: str, pos: int, lang: str) -> bool:
    """Whether the clause before `pos` carries a past-tense word ("telah", "sudah", "was", "-ed")."""
    return grammar(lang).past.search(clause_before(text, pos)) is not None


def ends_span(text: str, pos: int, lang: str) -> bool:
    """Whether the date at `pos` ends a period ("hingga 17 Desember 2024", "until March 2025")."""
    return grammar(lang).span_end.search(text[max(0, pos - 30) : pos]) is not None


def _is_future(ctx: _Context, pos: int) -> bool:
    """A future word before the date, unless a saying verb or a clause told in the past stands between them:
    in `X will give aid, the ministry said on Monday` the date is the saying's, in `would host talks, after
    both sides signed a truce in August` the signing's, both in the past."""
    clause = _clause_before(ctx, pos)
    future = [m.start() for m in ctx.g.future.finditer(clause)]
    later = [*ctx.g.reported.finditer(clause), *ctx.g.past_clause.finditer(clause)]
    return bool(future) and not any(m.start() > future[-1] for m in later)


def _side(ctx: _Context, pos: int, future: bool) -> str:
    """Which side of the anchor a yearless date or bare month lies on: tense words decide, else the
    language's default (calendar.toml [tense] untensed)."""
    if future:
        return "future"
    return "past" if ctx.g.past.search(_clause_before(ctx, pos)) else ctx.g.cal.untensed


def _is_citation(ctx: _Context, pos: int) -> bool:
    """A date right after a citation marker ("Dilansir CNA, Selasa (5/11/2024)") dates the report."""
    window = ctx.text[max(0, pos - 60) : pos]
    hits = list(ctx.g.citation.finditer(window))
    if not hits:
        return False
    gap = window[hits[-1].end() :]
    # A comma inside the gap opens a new clause ("Seperti diberitakan sebelumnya, kasus ini terungkap
    # pada Selasa"); one closing it introduces the date ("Dilansir CNA, Selasa").
    new_clause = "," in gap.rstrip(" ,")
    return len(gap) <= 45 and not new_clause and ctx.g.citation_stop.search(gap) is None


# --- resolvers: (match, context, future) -> (start, end, precision) or None -------------------------


def _day(d: date) -> Resolved:
    return d, d, "day"


def _printed(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    g = m.groupdict()
    day, month, year = g.get("d") or g.get("d2"), g.get("m") or g.get("m2"), g.get("y") or g.get("y2")
    weekday = ctx.g.cal.weekdays.get(g["wd"].lower()) if g.get("wd") else None
    if g.get("mon"):
        month = str(all_months()[g["mon"].lower()])
    elif "d2" in g and _month_first(ctx, int(day), int(month), year, weekday):  # type: ignore[arg-type]
        day, month = month, day  # a "num" match (ISO dates have no order to guess)
    way = ctx.g.words.get(_norm(g["post"])) if g.get("post") else None
    try:
        if way == "this":  # "17 Agustus ini"
            return _day(date(ctx.anchor.year, int(month), int(day)))  # type: ignore[arg-type]
        if year is None:
            side = {"prev": "past", "next": "future"}.get(way or "", _side(ctx, m.start("x"), future))
            found = P.infer_year(ctx.anchor, int(month), int(day), weekday, side)  # type: ignore[arg-type]
            return _day(found) if found else None
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        return _day(date(full_year, int(month), int(day)))  # type: ignore[arg-type]
    except ValueError:
        return None


def _month_first(ctx: _Context, a: int, b: int, year: str | None, weekday: int | None) -> bool:
    """Whether "a/b" reads month-first: Indonesian never unless the page says so; else when only that
    order gives a date, when a printed weekday fits only it, else by the page's order (English habit)."""
    if a > 12 or (ctx.g.cal.lang != "en" and ctx.day_first is not False):
        return False
    if b > 12:
        return True
    if weekday is not None and year is not None:
        full_year = int(year) + (2000 if len(year) == 2 else 0)
        fits = [
            mdy
            for mdy, (mo, d) in ((True, (a, b)), (False, (b, a)))
            if _weekday_of(full_year, mo, d) == weekday
        ]
        if len(fits) == 1:
            return fits[0]
    return ctx.day_first is not True


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _month_year(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    month, year = all_months()[m.group("mon").lower()], int(m.group("y"))
    part = _part(m, ctx)
    if part in ("early", "mid", "late"):
        return (*P.month_part(year, month, part), "range")
    return (*P.month_of(year, month), "month")


def _part(m: re.Match[str], ctx: _Context) -> str | None:
    word = m.groupdict().get("part")
    return ctx.g.words.get(f"part:{_norm(word)}") if word else None


def _unit(m: re.Match[str], ctx: _Context) -> str:
    return ctx.g.cal.units[m.group("unit").lower()]


def _unit_deixis(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    unit, step = _unit(m, ctx), {"prev": -1, "this": 0, "next": 1}[ctx.g.words[_norm(m.group("dx"))]]
    part, a = _part(m, ctx), ctx.anchor
    if unit in ("week", "weekend"):
        base = a + timedelta(days=7 * step)
        if unit == "weekend" or part == "late":
            return (*P.week_part(base, "late"), "range")
        period = P.week_of(base)
        precision: Precision = "week"
    elif unit == "month":
        y, mo = P.shift_months(a, step)
        if part in ("early", "mid", "late"):
            return (*P.month_part(y, mo, part), "range")
        period, precision = P.month_of(y, mo), "month"
    elif unit == "year":
        if part in ("early", "mid", "late"):
            return (*P.year_part(a.year + step, part), "range")
        period, precision = P.year_of(a.year + step), "year"
    else:  # decade: the ten years before/after the anchor, or the decade containing it
        if step == 0:
            return date(a.year // 10 * 10, 1, 1), date(a.year // 10 * 10 + 9, 12, 31), "range"
        other = P.shift_years(a, 10 * step)
        return min(a, other), max(a, other), "range"
    if part in ("early", "mid") and unit == "week":
        return (*P.week_part(base, part), "range")
    if part == "earlier":
        return period[0], max(period[0], a - timedelta(days=1)) if step == 0 else period[1], "range"
    if part == "later":
        return min(a + timedelta(days=1), period[1]) if step == 0 else period[0], period[1], "range"
    return (*period, precision)


def _count(m: re.Match[str], ctx: _Context) -> int | None:
    """The N of "N hari lalu"; None for vague counts ("beberapa", "several")."""
    if m.group("se"):
        return 1
    word = _norm(m.group("n"))
    if word.isdigit():
        return int(word)
    return ctx.g.cal.numbers.get(word)


def _ago(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    kind = ctx.g.words[f"offset:{_norm(m.group('off'))}"]
    ref = ctx.reference(m.start("x")) if kind in ("earlier", "later") else ctx.anchor
    sign = 1 if kind in ("later", "ahead") else -1
    n, unit = _count(m, ctx), _unit(m, ctx)
    if n is None:  # "beberapa hari sebelumnya": one to five units away, as a range
        near, far = _shift(ref, unit, sign), _shift(ref, unit, 5 * sign)
        return min(near, far), max(near, far), "range"
    point = _shift(ref, unit, sign * n)
    if unit == "day":
        return _day(point)
    if unit == "week":
        return (*P.week_of(point), "week")
    if unit == "month":
        return (*P.month_of(point.year, point.month), "month")
    return (*P.year_of(point.year), "year")


def _shift(ref: date, unit: str, n: int) -> date:
    if unit == "day":
        return ref + timedelta(days=n)
    if unit == "week":
        return ref + timedelta(weeks=n)
    if unit == "month":
        y, mo = P.shift_months(ref, n)
        return date(y, mo, min(ref.day, P.month_of(y, mo)[1].day))
    return P.shift_years(ref, n * (10 if unit == "decade" else 1))


def _month(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    month, a = ctx.g.cal.months[m.group("mon").lower()], ctx.anchor
    ydx, deixis = m.group("ydx"), m.group("pre") or m.group("post")
    same = _same_year(ctx, m.end())  # `in August that year`: the year of the date told just before
    if same is not None:
        year = same
    elif ydx:
        year = a.year + {"prev": -1, "this": 0, "next": 1}[ctx.g.words[_norm(ydx)]]
    elif deixis:
        way = {"prev": "prev", "this": "past", "next": "next"}[ctx.g.words[_norm(deixis)]]
        year = a.year if way == "past" else P.month_nearest(a, month, way)
    else:
        year = P.month_nearest(a, month, _side(ctx, m.start("x"), future))
    part = _part(m, ctx)
    if part in ("early", "mid", "late"):
        return (*P.month_part(year, month, part), "range")
    return (*P.month_of(year, month), "month")


def _same_year(ctx: _Context, pos: int) -> int | None:
    """The year a `that year`/`tahun itu` after `pos` points back at, when a date printed with its year
    stands close before."""
    near = ctx.last_year is not None and pos - ctx.last_year_at <= CONTEXT_REACH
    return ctx.last_year if near and ctx.g.same_year.match(ctx.text, pos) else None


def _year(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    year = int(m.group("y"))
    if m.group("dec"):
        if year % 10:
            return None
        return date(year, 1, 1), date(year + 9, 12, 31), "range"
    part = _part(m, ctx)
    if part in ("early", "mid", "late"):
        return (*P.year_part(year, part), "range")
    return (*P.year_of(year), "year")


def _weekday(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    wd, a = ctx.g.cal.weekdays[m.group("wd").lower()], ctx.anchor
    if m.group("wdx"):
        step = {"prev": -1, "this": 0, "next": 1}[ctx.g.words[_norm(m.group("wdx"))]]
        return _day(P.week_of(a + timedelta(days=7 * step))[0] + timedelta(days=wd))
    way = ctx.g.words.get(_norm(m.group("dx"))) if m.group("dx") else None
    if way == "prev":
        return _day(P.weekday_before(a, wd, strict=True))
    if way == "next":
        return _day(P.weekday_after(a, wd, strict=True))
    if way == "this":
        return _day(P.week_of(a)[0] + timedelta(days=wd))
    # A bare weekday shortly after a printed date of that weekday repeats it ("Selasa, 16 Januari 2024 …
    # pada Selasa"); paragraphs later it is the week's ('on June 18, 2023' ... 'on Sunday' in a 2024 story).
    # Else the anchor's own weekday is the anchor; else the tense picks the side. A yearless date's
    # year is a guess, so its weekday fitting is chance when the page's own day is that weekday.
    repeats = ctx.last_printed_sure or a.weekday() != wd
    if repeats and ctx.reference(m.start()) == ctx.last_printed and ctx.last_printed.weekday() == wd:
        return _day(ctx.last_printed)
    if a.weekday() == wd:
        return _day(a)
    return _day(P.weekday_after(a, wd) if future else P.weekday_before(a, wd))


def _weekend(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    a = ctx.anchor
    if a.weekday() >= 5:
        return (*P.week_part(a, "late"), "range")
    base = a if future else a - timedelta(days=7)
    return (*P.week_part(base, "late"), "range")


def _relday(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    return _day(ctx.anchor + timedelta(days=ctx.g.cal.relative_days[_norm(m.group("x"))]))


def _ctxday(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    ref = ctx.reference(m.start("x"))
    return _day(ref + timedelta(days=ctx.g.cal.context_days[_norm(m.group("x"))]))


def _holiday(m: re.Match[str], ctx: _Context, future: bool) -> Resolved | None:
    """A holiday on the occurrence the printed year, year deixis or tense points to; the week before it
    after "menjelang"/"ahead of"; Islamic ones only in the years hijri.toml lists."""
    cal, a, name = ctx.g.cal, ctx.anchor, _holiday_name(m)
    lead = _norm(m.group("cue") or "") in cal.holiday_words.get("before", ())
    if name in cal.holidays:
        month, day, shift = cal.holidays[name]
        years = {a.year - 1, a.year, a.year + 1, int(m.group("y") or a.year)}
        periods = {y: (date(y, month, day) + timedelta(days=shift),) * 2 for y in years}
    else:
        periods = hijri_observances().get(cal.hijri_holidays[name], {})
    found = _holiday_period(m, ctx, future, periods, "nearest" if lead else None)
    if found is None:
        return None
    first, last = found
    if lead:
        return first - timedelta(days=HOLIDAY_LEAD_DAYS), first - timedelta(days=1), "range"
    if first == last:
        return _day(first)
    part = _part(m, ctx)
    if part in ("early", "mid", "late"):  # tenths of the month, as month_part: "awal Ramadan"
        start = first + timedelta(days={"early": 0, "mid": 10, "late": 20}[part])
        return start, last if part == "late" else start + timedelta(days=9), "range"
    return first, last, "range"


def _holiday_period(
    m: re.Match[str], ctx: _Context, future: bool, periods: dict[int, tuple[date, date]], side: str | None
) -> tuple[date, date] | None:
    """Which year's occurrence: a printed year, "tahun lalu"/"last year", "last Christmas", else the
    one containing the anchor or nearest it on the tense's side."""
    a, words, groups = ctx.anchor, ctx.g.words, m.groupdict()
    if groups.get("y"):
        return periods.get(int(groups["y"]))
    if groups.get("ydx"):
        return periods.get(a.year + {"prev": -1, "this": 0, "next": 1}[words[_norm(groups["ydx"])]])
    way = words.get(_norm(groups["pre"])) if groups.get("pre") else None
    if way == "this":
        return periods.get(a.year)
    if way in ("prev", "next"):
        pool = [p for p in periods.values() if (p[1] < a if way == "prev" else p[0] > a)]
        return (max if way == "prev" else min)(pool, default=None)
    near = [p for y, p in periods.items() if abs(y - a.year) <= 1]
    inside = [p for p in near if p[0] <= a <= p[1]]
    if inside:
        return inside[0]
    # Untensed, the occurrence at hand wins in both languages: "libur Natal" in a 20 December article.
    tense = _side(ctx, m.start("x"), future)
    side = side or ("nearest" if tense == ctx.g.cal.untensed else tense)
    first = P.nearest_day(a, [p[0] for p in near], side)
    return next((p for p in near if p[0] == first), None)


_RESOLVERS = {
    "iso": _printed,
    "dmy": _printed,
    "mdy": _printed,
    "num": _printed,
    "month_year": _month_year,
    "unit_deixis": _unit_deixis,
    "ago": _ago,
    "holiday": _holiday,
    "month": _month,
    "year": _year,
    "weekday": _weekday,
    "weekend": _weekend,
    "relday": _relday,
    "ctxday": _ctxday,
}
assert set(_RESOLVERS) == set(RULES)


def tag_json(text: str, anchor: str, lang: str = "id") -> str:
    """JSON for the CLI: one object per expression (text, start, end, precision, kind, char offsets)."""
    rows = [
        {
            "text": e.text,
            "start": e.start.isoformat(),
            "end": e.end.isoformat(),
            "precision": e.precision,
            "kind": e.kind,
            "char_start": e.char_start,
            "char_end": e.char_end,
        }
        for e in tag(text, _as_date(anchor), lang)
    ]
    return json.dumps(rows, ensure_ascii=False)
