"""Dates for mentions: each temporal expression of a sentence goes to its nearest trigger.

A subordinate boundary (`sebelum`, `after`, a comma clause) between an expression and a trigger
makes it farther. Citation dates (kind "report") only bound the event from above.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from kabar.events.data import ID_FIRST, clause_words, lexicon_words, toml_table
from kabar.model import TimeExpression

Tagger = Callable[[str, date, str], list[TimeExpression]]
_tag: Tagger | None
try:  # the temporal tagger is another stage; without it every date stays unknown
    from kabar.dates import tag as _tag
except ImportError:  # pragma: no cover
    _tag = None

# `pada Minggu (24/8) untuk bertemu`: a date right before a purpose word is the main verb's
PURPOSE_GAP = re.compile(rf"(?i)(?<!\w)(?:{clause_words('purpose_words')})\s+$")
WHEN_CLAUSE = re.compile(  # `collapsed on Friday, when air raids hit`: the date is the `when` clause's
    rf"(?i)\s*,?\s*(?:{clause_words('when_words')})\s+(?:[\w'’-]+\s+){{0,4}}"
)
CASE_PERIOD = re.compile(
    rf"(?i)(?<!\w)(?:{clause_words('case_nouns')})\s[^.;:]{{0,160}}?"
    rf"(?<!\w)(?:{lexicon_words('clauses.toml', 'case_periods', spaced=True)})\s+$"
)
PERIOD_LEAD = re.compile(rf"(?i)(?:{lexicon_words('clauses.toml', 'case_periods', spaced=True)})\s+")


def _case_period(text: str, e: TimeExpression) -> bool:
    """The expression names the years a case covers (its period word may open the expression)."""
    lead = PERIOD_LEAD.match(e.text)
    upto = e.char_start + (lead.end() if lead else 0)
    return CASE_PERIOD.search(text[max(0, upto - 200) : upto]) is not None


BOUND_WORD = re.compile(
    rf"(?i)(?<!\w)(?:{clause_words('bound_words')})\s+"
    rf"(?:(?:{lexicon_words('clauses.toml', 'bound_end', spaced=True)})\s+)?$"
)
DURATION_WORD = re.compile(  # `selama 30 hari setelah ...`: a length
    rf"(?i)(?<!\w)(?:{lexicon_words('clauses.toml', 'duration_words', ID_FIRST)})\s+$"
)
SPAN_WORD = re.compile(  # `untuk dekade mendatang`: how long a plan holds
    rf"(?i)(?<!\w)(?:{lexicon_words('clauses.toml', 'span_words', ID_FIRST)})\s+(?:the\s+)?$"
)
LONG_SPAN = timedelta(days=366)  # a span ahead longer than a year is a plan's horizon, never an act's date
EFFECTIVE_WORD = re.compile(  # `mulai 1 Agustus`: the day a measure takes effect
    rf"(?i)(?<!\w)(?:{lexicon_words('clauses.toml', 'effective_words', ID_FIRST)})\s+$"
)
FARTHER = 80  # the extra cost of a date across a subordinate or coordinated clause boundary
REPORT_CLAUSE = re.compile(rf"(?i)(?<!\w)(?:{clause_words('report_clause')})\s+(?:[\w-]+\s+){{0,2}}$")
# `said on Wednesday (that) they had attacked`: the date is the saying's, the reported act came before it
REPORTED_COMPLEMENT = re.compile(
    rf"(?i)\s*,?\s*(?:(?:{clause_words('complementisers')})\s+)?"
    rf"(?:{clause_words('reported_subjects')})(?!\w)"
    rf"(?!\s+(?:{clause_words('reported_future')})\b)"
)
DATED_CLAUSE = re.compile(rf"(?i)^\w+\s+\w+\s+(?:{clause_words('dated_clause_openers')})$")
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
DAY_NUMBER = re.compile(r"\d")  # `Selasa (13/5)`, `13 Mei`: a printed day, not a bare weekday
PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4, "unknown": 5}


@cache
def _clauses() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Clause cues whose words are in kabar/lexicon/<lang>/clauses.toml: a subordinator (a date across it is
    farther); the next coordinated clause (`, and the two men last met in February 2022`: a date does not
    reach forward across it); a comma relative clause (`, yang dinilai menerima suap antara 2015 dan 2017.`)
    or a perfect one (`that have swept the coast since early March`); `first visit to China since 2018`
    (the date names the previous occurrence, never the event before it)."""
    first, since = clause_words("first_words"), clause_words("since_words")
    return (
        re.compile(rf"(?i)(?<!\w)(?:{clause_words('date_subordinators')})(?!\w)"),
        re.compile(rf"(?i)(?:,\s*(?:{clause_words('next_clause')})\s|;\s)"),
        re.compile(  # closed by a comma or by the sentence's end; a number's comma (`2,2 miliar`) is inside
            rf"(?i),\s*(?:{clause_words('date_relative')})\s(?:[^,;.]|(?<=\d)[,.](?=\d)){{3,160}}(?:,|(?=[.;](?:\s|$))|$)"
            # a perfect one runs past the commas of a list of names (`swept Leyte, Samar and ...`)
            rf"|(?<!\w)(?:{clause_words('date_relative_perfect')})\s(?:[^,;.]|(?<=\d)[,.](?=\d)|,(?=\s(?-i:[A-Z])))"
            rf"{{3,160}}(?:,|(?=[.;](?:\s|$))|$)"
        ),
        re.compile(
            rf"(?i)(?<!\w)(?:{first})(?!\w)[^.;]{{0,80}}?(?<!\w)(?P<since>{since})\s+"
            rf"(?:(?:{clause_words('since_articles')})\s+)?(?:[^.;,()]{{0,60}}?\s)?$"
        ),
    )


@dataclass(frozen=True)
class Dating:
    """The date a mention gets: expression text, best date, interval and precision."""

    text: str | None
    event_date: date | None
    start: date | None
    end: date | None
    precision: str
    how: str = ""


UNKNOWN = Dating(None, None, None, None, "unknown")


@cache
def settings() -> dict[str, int]:
    table = toml_table("common", "events.toml")
    return {
        "report_window_days": 7,
        "claim_window_days": 2,
        "planned_horizon_days": 30,
        "undated_window_days": -1,
        **table.get("dates", {}),
    }


def tag_text(text: str, anchor: date | None, lang: str) -> list[TimeExpression]:
    """Temporal expressions of `text`; without a trusted anchor only dates printed with a year count."""
    if _tag is None:
        return []
    if anchor is None:
        return _printed_only(_tag(text, date(1900, 1, 1), lang))
    return _tag(text, anchor, lang)


def _printed_only(exprs: list[TimeExpression]) -> list[TimeExpression]:
    """Without an anchor: dates printed with a year, and a bare weekday that repeats one of them.

    `pada Selasa` after `Selasa, 16 Januari 2024` names that day; it needs no publication date.
    """
    out: list[TimeExpression] = []
    for e in exprs:
        if YEAR.search(e.text):
            out.append(e)
            continue
        word = e.text.split()[-1].lower()
        printed = [p for p in out if p.precision == "day" and word in p.text.lower().split(", ")[0].split()]
        if e.precision == "day" and len(e.text.split()) <= 2 and printed:
            out.append(replace(e, start=printed[-1].start, end=printed[-1].end))
    return out


def bounds_a_state(text: str, e: TimeExpression) -> bool:
    """`until 2028`, `hingga 4 Januari`: the expression bounds a state, it dates no act."""
    return BOUND_WORD.search(text[max(0, e.char_start - 40) : e.char_start]) is not None


def _outside(e: TimeExpression, span: tuple[int, int], clauses: list[tuple[int, int]]) -> bool:
    """The expression sits in a relative clause (`, who was sworn in on Oct 20,`) the span is not in."""
    return any(lo <= e.char_start < hi and not lo <= span[0] < hi for lo, hi in clauses)


def _saying_kind(text: str, e: TimeExpression, spans: list[tuple[int, int]]) -> str | None:
    """`..., officials said last week` dates the saying, not the event: it only bounds the event ("report");
    `said on Wednesday they had attacked` is a claim of a recent act ("claim", a short window)."""
    if not REPORT_CLAUSE.search(text, max(0, e.char_start - 40), e.char_start):
        return None
    if all(s < e.char_start for s, _ in spans):
        return "report"
    return "claim" if REPORTED_COMPLEMENT.match(text, e.char_end) else None


def _claim_range(e: TimeExpression) -> TimeExpression:
    """The claimed act's dates: the few days up to the day of the claim."""
    start = e.end - timedelta(days=settings()["claim_window_days"])
    return replace(e, start=start, precision="range", kind="event")  # the tagger may call it a report


def _dates_next_clause(e: TimeExpression, spans: list[tuple[int, int]]) -> bool:
    """`Lawatan itu berlangsung enam bulan setelah Xi menjamu Prabowo`: a counted date ending in `setelah` is
    the date of the clause it opens (the tagger counts it back from the main event), so it never dates the
    main clause before it; kept for an earlier span when no event follows in the text."""
    return DATED_CLAUSE.match(e.text) is not None and any(s >= e.char_end for s, _ in spans)


def _horizon(text: str, e: TimeExpression) -> bool:
    """A span of more than a year after `for`/`untuk` (`untuk dekade mendatang`): how long, not when."""
    return (
        e.precision == "range"
        and e.start is not None
        and e.end is not None
        and e.end - e.start > LONG_SPAN
        and SPAN_WORD.search(text, max(0, e.char_start - 16), e.char_start) is not None
    )


def assign(
    text: str, exprs: list[TimeExpression], spans: list[tuple[int, int]]
) -> dict[int, list[TimeExpression]]:
    """Index of a span (trigger or anaphor) -> the expressions nearest to it."""
    out: dict[int, list[TimeExpression]] = {}
    costs: dict[int, int] = {}
    subordinate, next_clause, relative, first_since = _clauses()
    clauses = [(m.start(), m.end()) for m in relative.finditer(text)] if exprs else []
    for e in exprs:
        if bounds_a_state(text, e):
            continue
        if e.precision != "day" and _case_period(text, e):
            continue  # `kasus korupsi pengadaan laptop tahun 2019-2022`: the years the case covers
        if DURATION_WORD.search(text[max(0, e.char_start - 12) : e.char_start]) and e.text[:1].isdigit():
            continue  # `for 30 days after the call` is how long, not when
        if _horizon(text, e):
            continue  # `a roadmap for the next decade`
        saying = _saying_kind(text, e, spans)  # `A agreed ..., Qatar's prime minister said on Wednesday`
        if saying:
            bound = _claim_range(e) if saying == "claim" else replace(e, kind="report")
            for i, _span in enumerate(spans):  # the saying bounds every event it reports
                out.setdefault(i, []).append(bound)
            continue
        best, cost = None, None
        effective = EFFECTIVE_WORD.search(text, max(0, e.char_start - 24), e.char_start) is not None
        first = first_since.search(text, max(0, e.char_start - 160), e.char_start)
        since = first.start("since") if first is not None else None  # nothing before `since` takes it
        since = e.char_start if since is None and _dates_next_clause(e, spans) else since
        main = any(t <= e.char_start for _, t in spans)  # a verb before the date may take it
        for i, (s, t) in enumerate(spans):
            if _outside(e, (s, t), clauses) or (since is not None and s < since):
                continue
            a, b = (t, e.char_start) if e.char_start >= t else (e.char_end, s)
            cleft = e.char_end <= s and WHEN_CLAUSE.fullmatch(text, e.char_end, s) is not None
            c = max(0, b - a) + (FARTHER if subordinate.search(text, a, b) or effective else 0)
            c += FARTHER if next_clause.search(text, a, b) else 0  # `, and he did not commit on Monday`
            purpose = main and e.char_end <= s and PURPOSE_GAP.search(text, a, b) is not None
            c += FARTHER if purpose else 0
            c += 5 if e.char_start < s else 0  # news text dates after the verb
            if cleft:
                c = 0
            if cost is None or c < cost:
                best, cost = i, c
        if best is not None and cost is not None:
            out.setdefault(best, []).append(e)
            costs[id(e)] = cost
    for i, found in out.items():  # equally precise dates: the nearest one wins (`on Friday, when ... hit`)
        found.sort(key=lambda x: costs.get(id(x), 0))
        near = min((costs[id(x)] for x in found if id(x) in costs), default=None)
        if near is not None and near < FARTHER:  # a date in the trigger's clause beats one across a border
            out[i] = [x for x in found if costs.get(id(x), 0) < near + FARTHER]
    return out


@cache
def _relative_days() -> tuple[tuple[re.Pattern[str], int], ...]:
    table = toml_table("common", "events.toml").get("relative_days", {})
    return tuple((re.compile(rf"(?i)^(?:{k})$"), int(v)) for k, v in table.items())


def relative_offset(date_text: str | None) -> int | None:
    """Days a relative phrase (`sehari setelah`, `the day before`) counts from its anchor, if it is one."""
    if not date_text:
        return None
    for pattern, days in _relative_days():
        if pattern.match(date_text.strip()):
            return days
    return None


def _relative(e: TimeExpression) -> bool:
    return relative_offset(e.text) is not None


def dating(
    exprs: list[TimeExpression], modality: str, anchor: date | None, future_elsewhere: bool = False
) -> Dating:
    """The mention's date from its expressions; else the report bound; else a planned horizon.
    `future_elsewhere`: a future cue of another clause may have pushed a yearless date ahead."""
    events = [e for e in exprs if e.kind == "event"]
    if events:
        # a date the clause states beats an equally precise relative phrase (`sehari setelah Hamas
        # membebaskan X pada Senin (12/5/2025)`: the phrase dates the main clause from this event)
        e = events[0]
        if len(events) > 1:  # the phrase check only where there is a choice
            e = min(events, key=lambda x: (PRECISION_RANK.get(x.precision, 5), _relative(x)))
        if modality == "planned" and anchor is not None:
            e = _forward(e, anchor)
        elif modality == "asserted" and future_elsewhere and anchor is not None:
            e = _backward(e, anchor)
        best = e.start if e.precision == "day" else None
        return Dating(e.text, best, e.start, e.end, e.precision)
    reports = [e for e in exprs if e.kind == "report"]
    if reports:
        e = reports[0]
        window = timedelta(days=settings()["report_window_days"])
        return Dating(e.text, None, e.end - window, e.end, "range", "+report_bound")
    if modality == "planned" and anchor is not None:
        horizon = timedelta(days=settings()["planned_horizon_days"])
        return Dating(None, None, anchor, anchor + horizon, "range", "+planned_horizon")
    return UNKNOWN


def _forward(e: TimeExpression, anchor: date) -> TimeExpression:
    """A plan dated by a bare weekday or month that the tagger put in the past means the next one:
    `agreed to begin talks on Wednesday`, `expected in early June`. A printed day (`Selasa (13/5)`) is that
    day: the plan was announced on it."""
    if e.end >= anchor or YEAR.search(e.text):
        return e
    if e.precision == "day" and (anchor - e.end).days < 7 and not DAY_NUMBER.search(e.text):
        week = timedelta(days=7)
        return replace(e, start=e.start + week, end=e.end + week)
    if e.precision in ("month", "range", "week") and (anchor - e.end).days < 366:
        try:
            return replace(
                e, start=e.start.replace(year=e.start.year + 1), end=e.end.replace(year=e.end.year + 1)
            )
        except ValueError:  # 29 February
            return e
    return e


def _backward(e: TimeExpression, anchor: date) -> TimeExpression:
    """A yearless calendar date (`the Oct. 1 attack`) the tagger put weeks ahead because a future cue stood
    in another clause of the sentence: an asserted act on it happened in the year before."""
    if e.start <= anchor + timedelta(days=7) or YEAR.search(e.text) or not re.search(r"\d", e.text):
        return e
    if e.precision not in ("day", "month") or (e.start - anchor).days >= 366:
        return e
    try:
        return replace(
            e, start=e.start.replace(year=e.start.year - 1), end=e.end.replace(year=e.end.year - 1)
        )
    except ValueError:  # 29 February
        return e


def anchor_date(published_at_local: str | None, published_at: datetime | None) -> date | None:
    """The article's trusted publication date as printed on the page (its local offset)."""
    if published_at_local:
        try:
            return datetime.fromisoformat(str(published_at_local)).date()
        except ValueError:
            pass
    if isinstance(published_at, datetime):
        return published_at.date()
    return None
