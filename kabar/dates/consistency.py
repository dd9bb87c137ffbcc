"""Checking a page's date against its own text, and the date the text implies when they disagree."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

from kabar.dates.inference import infer_publication_date
from kabar.dates.tagger import Tagged, ends_span, speaks_of_past, tag_detailed

# An "akan …" event over a year after the page's date contradicts it; announced ones (inaugurations,
# summits) often lie months ahead.
FUTURE_SLACK_DAYS = 366
PAST_SLACK_DAYS = 1  # an event told in the past tense dated after the page's date contradicts it
# Indonesian verbs carry no tense: an untensed date shortly after the page's date is mostly a schedule
# ("PPN naik mulai 1 Januari 2025"), one years after it a contradiction.
UNTENSED_SLACK_DAYS = 92
NO_ANCHOR = date(2000, 1, 1)  # without a page date only printed dates (year included) are used
# "Jumat (6/12)" in the body of a page dated Friday 6 December 2024: a weekday that falls on the printed
# day in the page's year confirms that year; the news tells of the days just before its date.
AGREEMENT_DAYS_BEFORE, AGREEMENT_DAYS_AFTER = 7, 1
# A bare date above the headline (no time, no marker) may be the site's today-widget: when every date the
# body prints lies more than this before it, and the body never says "hari ini", it dates the visit.
OUTDATED_HEADER_DAYS = 14


@dataclass(frozen=True)
class Verdict:
    """What the text says about the page's date: whether it contradicts it, and the date it implies."""

    contradicts: bool
    implied: date | None = None
    outdated: bool = False  # a bare header date the body's own dates all lie weeks before

    @property
    def distrusted(self) -> bool:
        return self.contradicts or self.outdated


def check_against_text(
    day: date | None, text: str, lang: str, day_first: bool | None = None, bare: bool = False
) -> Verdict:
    """Whether the text contradicts the page's date `day` (None: no date printed), and the date the
    text itself gives: a printed date beside "hari ini", else the bounds its events set. Numeric dates
    follow the page's order `day_first` when known; a `bare` date (unmarked, no time, above the
    headline) is also distrusted when the body's dates are all weeks older."""
    if not text:
        return Verdict(False)
    tagged = tag_detailed(text, day or NO_ANCHOR, lang, day_first)
    if bare and day is not None and _unconfirmed_later(day, tagged):
        return Verdict(False, outdated=True)
    if day is not None and _confirmed(day, tagged):
        return Verdict(False)
    deictic = _implied_by_deixis(tagged)
    if deictic is not None and (day is None or abs((deictic - day).days) > 1):
        return Verdict(day is not None, deictic)
    if day is None or _contradicted(day, tagged, text, lang):
        return Verdict(day is not None, infer_publication_date(tagged, text, lang))
    if bare and _outdated(day, tagged):
        return Verdict(False, infer_publication_date(tagged, text, lang), outdated=True)
    return Verdict(False)


def _confirmed(day: date, tagged: list[Tagged]) -> bool:
    """Whether the text names a day near the page's date with the weekday it falls on that year."""
    return any(
        t.weekday_fits and -AGREEMENT_DAYS_BEFORE <= (t.expr.start - day).days <= AGREEMENT_DAYS_AFTER
        for t in tagged
    )


def _unconfirmed_later(day: date, tagged: list[Tagged]) -> bool:
    """A bare header date after every date the body prints, with no "hari ini"/"kemarin" to anchor it: a
    today-widget a few days after the events as likely as the article's date, so it is not trusted."""
    own = [t for t in tagged if t.expr.precision == "day" and (t.year_printed or t.weekday_fits)]
    if not own or any(t.day_offset is not None for t in tagged):
        return False
    return all(t.expr.start < day for t in own)


def _outdated(day: date, tagged: list[Tagged]) -> bool:
    """Whether the body prints dates, all of them weeks before `day`, and never speaks of "today"."""
    own = [t for t in tagged if t.expr.precision == "day" and (t.year_printed or t.weekday_fits)]
    if not own or any(t.day_offset == 0 for t in tagged):
        return False
    return all((day - t.expr.start).days > OUTDATED_HEADER_DAYS for t in own)


def _implied_by_deixis(tagged: list[Tagged]) -> date | None:
    """A printed date next to "hari ini"/"kemarin" dates the article: "Selasa (18/6/2024) hari ini"."""
    for left, right in itertools.pairwise(tagged):
        pair = (left, right) if left.year_printed else (right, left)
        printed, deictic = pair
        gap = right.expr.char_start - left.expr.char_end
        if (
            gap <= 3
            and printed.year_printed
            and printed.expr.precision == "day"
            and deictic.day_offset is not None
        ):
            return printed.expr.start - timedelta(days=deictic.day_offset)
    return None


def _contradicted(day: date, tagged: list[Tagged], text: str, lang: str) -> bool:
    """Printed events the page's date cannot have seen: past ones after it, announced ones long after it."""
    for t in tagged:
        if not t.year_printed or t.expr.kind == "report":
            continue
        ahead = (t.expr.start - day).days
        if ahead > PAST_SLACK_DAYS and ahead > _slack(t, text, lang):
            return True
    return False


def _slack(t: Tagged, text: str, lang: str) -> int:
    """How far after the page's date an event may lie, by the tense of its clause."""
    if t.future or ends_span(text, t.expr.char_start, lang):
        return FUTURE_SLACK_DAYS
    if speaks_of_past(text, t.expr.char_start, lang):
        return PAST_SLACK_DAYS
    return UNTENSED_SLACK_DAYS
