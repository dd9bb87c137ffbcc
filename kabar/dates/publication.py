"""Choosing an article's publication and update dates, and checking them against its own text."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kabar.dates.calendar import alternation, calendar, timezones
from kabar.dates.parse import ParsedDateTime, parse_datetime, zone_offset
from kabar.dates.tagger import Tagged, tag_detailed
from kabar.model import CleanArticle, DateCandidate, PublicationDates

# Evidence ranks: a marked byline stamp or a meta value beats a bare date at the top of the page,
# which may be the site's today-widget.
SOURCE_RANK = {"meta": 5, "byline": 4, "header": 2, "url": 2, "body": 1}
FUTURE_SLACK_DAYS = 60  # an "akan …" event this far after the page's date contradicts it
PAST_SLACK_DAYS = 1  # a reported (past) event dated after the page's date contradicts it
NO_ANCHOR = date(2000, 1, 1)  # without a page date only printed dates (year included) are used


@dataclass(frozen=True)
class Stamp:
    """One parsed date on the page with the role its markers give it."""

    parsed: ParsedDateTime
    source: str
    role: str  # published, updated, unknown
    marked: bool  # a publication/update marker stood next to it

    @property
    def score(self) -> tuple[int, int]:
        return int(self.marked) * 3 + SOURCE_RANK.get(self.source, 0), int(self.parsed.time is not None)


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(published, updated) marker regexes over both languages: bylines mix them."""
    pub = [w for lang in ("id", "en") for w in calendar(lang).published_markers]
    upd = [w for lang in ("id", "en") for w in calendar(lang).updated_markers]
    return (
        re.compile(rf"(?<!\w)(?:{alternation(pub)})(?!\w)", re.I),
        re.compile(rf"(?<!\w)(?:{alternation(upd)})(?!\w)", re.I),
    )


def stamps(candidate: DateCandidate, lang: str) -> list[Stamp]:
    """Every date in a candidate line, each with the role of the nearest marker before it."""
    out: list[Stamp] = []
    pos = 0
    while (parsed := parse_datetime(candidate.text[pos:], lang)) is not None:
        parsed = _shifted(parsed, pos)
        role, marked = _role(candidate.text[pos : parsed.start], candidate.role)
        out.append(Stamp(parsed, candidate.source, role, marked))
        pos = parsed.end
    return out


def _shifted(p: ParsedDateTime, offset: int) -> ParsedDateTime:
    return ParsedDateTime(
        p.date, p.time, p.utc_offset, p.start + offset, p.end + offset, p.zone, p.zone_assumed
    )


def _role(before: str, hint: str) -> tuple[str, bool]:
    """The role of the last marker in the text before a date; the cleaner's hint otherwise."""
    pub, upd = _markers()
    last_pub = max((m.end() for m in pub.finditer(before)), default=-1)
    last_upd = max((m.end() for m in upd.finditer(before)), default=-1)
    if last_pub < 0 and last_upd < 0:
        return hint, False
    return ("updated" if last_upd > last_pub else "published"), True


def resolve_publication(article: CleanArticle) -> PublicationDates:
    """Published/updated dates from the page's candidates, distrusted when the text contradicts them."""
    lang = article.language or "id"
    found = [s for c in article.date_candidates for s in stamps(c, lang)]
    published = [s for s in found if s.role != "updated"]
    updated = [s for s in found if s.role == "updated"]
    best = max(published, key=lambda s: s.score, default=None)
    if best is None and updated:  # only "Diperbarui …" printed: the first version is no later
        best = min(updated, key=lambda s: s.parsed.utc())
    text = "\n\n".join(t for t in (article.subtitle, article.body) if t)
    flags: list[str] = []
    page_date = _widget_date(published, best)
    if page_date is not None:
        flags.append("page_date_ignored")
    verdict = _check_against_text(best, text, lang)
    if verdict is not None:  # the page's date contradicts the text
        page_date = best.parsed.date if best else page_date
        flags += ["date_conflict", "page_date_ignored"]
        best = verdict if verdict.source == "inferred" else None
        result = _dates(best, "inferred") if best else PublicationDates()
    else:
        result = _dates(best, best.source) if best else PublicationDates()
    upd = _updated(updated, best, page_date)
    return PublicationDates(
        published_at=result.published_at,
        published_at_local=result.published_at_local,
        published_source=result.published_source,
        updated_at=upd.published_at if upd else None,
        updated_at_local=upd.published_at_local if upd else None,
        page_date=page_date,
        flags=tuple(dict.fromkeys(flags)),
    )


def _dates(stamp: Stamp, source: str) -> PublicationDates:
    return PublicationDates(
        published_at=stamp.parsed.utc(), published_at_local=stamp.parsed.local_iso(), published_source=source
    )


def _updated(updated: list[Stamp], best: Stamp | None, page_date: date | None) -> PublicationDates | None:
    """The latest update stamp, kept only when it is not before the publication and not the page's date."""
    keep = [s for s in updated if s.parsed.date != page_date]
    if best is not None:
        keep = [s for s in keep if s.parsed.utc() >= best.parsed.utc()]
    elif page_date is not None:
        return None
    latest = max(keep, key=lambda s: s.parsed.utc(), default=None)
    return _dates(latest, latest.source) if latest else None


def _widget_date(published: list[Stamp], best: Stamp | None) -> date | None:
    """A bare, unmarked header date that disagrees with the chosen stamp: a today-widget, not a byline."""
    if best is None:
        return None
    for s in published:
        bare = s.parsed.time is None and not s.marked and s.source == "header"
        if bare and s is not best and s.parsed.date != best.parsed.date:
            return s.parsed.date
    return None


def _check_against_text(best: Stamp | None, text: str, lang: str) -> Stamp | None:
    """None when the text agrees with `best`; else the date the text implies (source "inferred") or a
    sentinel stamp with source "none" when it only says `best` is wrong."""
    if not text:
        return None
    anchor = best.parsed.date if best else NO_ANCHOR
    tagged = tag_detailed(text, anchor, lang)
    implied = _implied_by_deixis(tagged)
    if best is None:
        return _inferred(implied, lang) if implied else None
    if implied is not None and abs((implied - best.parsed.date).days) > 1:
        return _inferred(implied, lang)
    if _contradicted(best.parsed.date, tagged):
        return _inferred(implied, lang) if implied else Stamp(best.parsed, "none", "published", False)
    return None


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


def _contradicted(day: date, tagged: list[Tagged]) -> bool:
    """Printed events the page's date cannot have seen: past ones after it, announced ones long after it."""
    for t in tagged:
        if not t.year_printed or t.expr.kind == "report":
            continue
        ahead = (t.expr.start - day).days
        if ahead > (FUTURE_SLACK_DAYS if t.future else PAST_SLACK_DAYS):
            return True
    return False


def _inferred(day: date, lang: str) -> Stamp:
    """A date-only stamp in the language's default zone (WIB for Indonesian), marked as inferred."""
    zone = timezones()[2].get(lang)
    offset = zone_offset(zone, day, None) if zone else None
    parsed = ParsedDateTime(day, None, offset, -1, -1, zone, True)
    return Stamp(parsed, "inferred", "published", False)
