"""Calendar arithmetic for resolving expressions: weeks (Monday–Sunday), months, years, weekdays."""

from __future__ import annotations

import calendar as _pycal
from datetime import date, timedelta

Period = tuple[date, date]


def week_of(day: date) -> Period:
    """The Monday–Sunday week containing `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_of(year: int, month: int) -> Period:
    return date(year, month, 1), date(year, month, _pycal.monthrange(year, month)[1])


def year_of(year: int) -> Period:
    return date(year, 1, 1), date(year, 12, 31)


def shift_months(day: date, months: int) -> tuple[int, int]:
    """(year, month) `months` months after `day`'s month (negative: before)."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def shift_years(day: date, years: int) -> date:
    """Same calendar day `years` later, 29 February falling back to the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def weekday_before(anchor: date, weekday: int, strict: bool = False) -> date:
    """The latest `weekday` at (or, strict, before) `anchor`."""
    back = (anchor.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def weekday_after(anchor: date, weekday: int, strict: bool = False) -> date:
    """The earliest `weekday` at (or, strict, after) `anchor`."""
    ahead = (weekday - anchor.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return anchor + timedelta(days=ahead)


def month_part(year: int, month: int, part: str) -> Period:
    """Early (1–10), mid (11–20) or late (21–end) part of a month."""
    first, last = month_of(year, month)
    if part == "early":
        return first, first.replace(day=10)
    if part == "mid":
        return first.replace(day=11), first.replace(day=20)
    return first.replace(day=21), last


def year_part(year: int, part: str) -> Period:
    """Early (Jan–Apr), mid (May–Aug) or late (Sep–Dec) part of a year."""
    if part == "early":
        return date(year, 1, 1), date(year, 4, 30)
    if part == "mid":
        return date(year, 5, 1), date(year, 8, 31)
    return date(year, 9, 1), date(year, 12, 31)


def week_part(day: date, part: str) -> Period:
    """Early (Monday–Wednesday) or late (the weekend, Saturday–Sunday) part of `day`'s week."""
    monday, sunday = week_of(day)
    if part == "early":
        return monday, monday + timedelta(days=2)
    if part == "mid":
        return monday + timedelta(days=2), monday + timedelta(days=3)
    return sunday - timedelta(days=1), sunday


FAR_PAST_DAYS = 300  # a past reading this far back loses to a day ahead within SOON_DAYS
SOON_DAYS = 31
NEAREST_PAST_BIAS = 3  # untensed: a future date wins only when 3× nearer than the past one


def infer_year(anchor: date, month: int, day: int, weekday: int | None, side: str) -> date | None:
    """A day-month printed without a year ("Kamis (27/2)"): the year that fits the weekday, if named,
    then the nearest date at/before the anchor ("past"), at/after it ("future"), or either ("nearest",
    news mostly reporting the past)."""
    options: list[date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(d.weekday() == weekday for d in options):
        options = [d for d in options if d.weekday() == weekday]
    return nearest_day(anchor, options, side)


def nearest_day(anchor: date, options: list[date], side: str) -> date | None:
    """The option nearest the anchor on `side` ("past": at/before, "future": at/after, "nearest": the
    past unless the future is 3× nearer); the nearest of all when none lies on that side."""
    if not options:
        return None
    if side == "nearest":
        return min(options, key=lambda d: max((d - anchor).days * NEAREST_PAST_BIAS, (anchor - d).days))
    pool = [d for d in options if (d >= anchor if side == "future" else d <= anchor)] or options
    best = min(pool, key=lambda d: abs((d - anchor).days))
    if side == "past" and (anchor - best).days > FAR_PAST_DAYS:
        # `have called a strike on September 18` a week before it: the past tense is the call's, the day ahead
        soon = [d for d in options if 0 < (d - anchor).days <= SOON_DAYS]
        return soon[0] if soon else best
    return best


def month_nearest(anchor: date, month: int, direction: str) -> int:
    """The year of the named month: "past" at/before the anchor's month, "future" at/after,
    "prev"/"next" strictly before/after, "nearest" either (the past unless the future is 3× nearer)."""
    if direction == "nearest":
        back = (anchor.month - month) % 12  # months since it last began; 0: the anchor's month
        if back == 0:
            return anchor.year
        past_year = anchor.year if month < anchor.month else anchor.year - 1
        return past_year if (12 - back) * NEAREST_PAST_BIAS >= back else past_year + 1
    if direction in ("past", "prev"):
        strict = direction == "prev"
        return (
            anchor.year
            if (month < anchor.month or (month == anchor.month and not strict))
            else anchor.year - 1
        )
    strict = direction == "next"
    return (
        anchor.year if (month > anchor.month or (month == anchor.month and not strict)) else anchor.year + 1
    )
