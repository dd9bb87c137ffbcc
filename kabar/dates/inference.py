"""A publication date inferred from the body when the page prints none it can trust.

The body bounds the date: an event it announces ("akan bertemu … pada Selasa, 16 Januari 2024") lies at
or after publication, an event it reports (or a citation date) at or before. Only a tight window whose
every anchor-relative month or year ("September tahun lalu") reads the same is turned into a date;
anything looser stays null, because downstream every relative date is anchored to it.
"""

from __future__ import annotations

from datetime import date, timedelta

from kabar.dates.tagger import Tagged, tag_detailed

# News calls a day by its bare weekday ("akan bertemu terlebih dahulu pada Selasa") only within the
# week it is written in. An announced date that the text also calls so bounds the publication to the
# six days before it; a weekday printed beside a full date ("Rabu, 14 Februari 2024") proves nothing,
# elections are announced so months ahead.
WEEKDAY_NAMED_REACH_DAYS = 6
MAX_WINDOW_DAYS = 6  # a window between a reported and an announced date no wider than this is tight
ANCHOR_RELATIVE_PRECISIONS = ("month", "year")


def infer_publication_date(tagged: list[Tagged], text: str, lang: str) -> date | None:
    """The announced date that bounds the article from above, when the body pins it to a tight window."""
    printed = [t for t in tagged if t.year_printed and t.expr.precision == "day"]
    upcoming = [t for t in printed if t.future and t.expr.kind == "event"]
    if not upcoming:
        return None
    first = min(upcoming, key=lambda t: t.expr.start)
    upper = first.expr.start
    reported = [t.expr.start for t in printed if not t.future]
    lower = max(reported, default=None)
    if lower is not None and lower > upper:
        return None  # the body contradicts itself (or misreads a tense): no inference
    window_start = _window_start(upper, lower, _called_by_weekday(tagged, upper))
    if window_start is None or not _reads_alike(text, lang, window_start, upper):
        return None
    return upper


def _window_start(upper: date, lower: date | None, this_week: bool) -> date | None:
    """The earliest date the article can bear, or None when the bounds are too loose to say."""
    if this_week:
        reach = upper - timedelta(days=WEEKDAY_NAMED_REACH_DAYS)
        return max(reach, lower) if lower is not None else reach
    if lower is not None and (upper - lower).days <= MAX_WINDOW_DAYS:
        return lower
    return None


def _called_by_weekday(tagged: list[Tagged], day: date) -> bool:
    """Whether the text also names `day` by its bare weekday ("pada Selasa" after "Selasa, 16 Januari")."""
    return any(t.rule == "weekday" and t.expr.start == day for t in tagged)


def _reads_alike(text: str, lang: str, earliest: date, latest: date) -> bool:
    """Whether every month- or year-precision expression relative to the anchor ("tahun lalu", "bulan
    ini", "September") resolves to the same period from either end of the window."""
    if earliest.year == latest.year and earliest.month == latest.month:
        return True
    early = _relative_periods(tag_detailed(text, earliest, lang))
    late = _relative_periods(tag_detailed(text, latest, lang))
    return early == late


def _relative_periods(tagged: list[Tagged]) -> list[tuple[date, date]]:
    return [
        (t.expr.start, t.expr.end)
        for t in tagged
        if not t.year_printed and t.expr.precision in ANCHOR_RELATIVE_PRECISIONS
    ]
