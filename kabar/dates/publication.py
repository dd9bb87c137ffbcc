"""Choosing an article's publication and update dates, and checking them against its own text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from kabar.dates.calendar import timezones
from kabar.dates.order import agrees_with_meta, meta_reading, page_day_first
from kabar.dates.parse import ParsedDateTime, zone_offset
from kabar.dates.relative import relative_stamps
from kabar.dates.split import join_split_bylines
from kabar.dates.stamps import Stamp, in_zone, later_versions, stamps
from kabar.dates.trust import VISIBLE_SOURCES, bare_header, trusted_stamp
from kabar.dates.zones import home_zone, lead_place, local_zone, place_zone, settle_ambiguous
from kabar.model import CleanArticle, PublicationDates

DATED_LIST_ITEMS = 2  # dated lines below the body: other stories' list, not a closing date line

__all__ = ["Stamp", "resolve_publication", "stamps"]


def resolve_publication(article: CleanArticle, fetched_at: datetime | None = None) -> PublicationDates:
    """Published/updated dates from the page's candidates; one its page or text (captions included)
    contradicts yields to another printed date, else to the date the text implies, else to none.

    `fetched_at` (when the page was saved) dates relative bylines such as "2 jam yang lalu"."""
    lang = article.language or "id"
    found = _all_stamps(article, lang, fetched_at)
    published = [s for s in found.stamps if s.role != "updated"]
    updated = [s for s in found.stamps if s.role == "updated"]
    text = "\n\n".join(t for t in (article.subtitle, article.body, *article.captions) if t)
    first, overruled = _visible_over_meta(_first_version(published, updated), published)
    trusted = trusted_stamp(first, found.stamps, text, lang, found.day_first)
    best, page_date = trusted.stamp, trusted.rejected
    if best is not None and _lone_widget(best, found.stamps):
        page_date, best = best.parsed.date, None
    if page_date is None and best is first and overruled is not None:
        page_date = overruled
    flags: list[str] = []
    if page_date is None:
        page_date = _widget_date(published, best)
    if page_date is not None:
        flags.append("page_date_ignored")
    if trusted.conflict or (overruled is not None and page_date == overruled):
        flags.insert(0, "date_conflict")
    if best is None and trusted.implied is not None:
        best = _inferred(trusted.implied, found.zone)
    if best is not None and _zone_assumed(best.parsed):
        flags.append("timezone_assumed")
    result = _dates(best, found.zone) if best else PublicationDates()
    upd = _updated(updated, best, page_date, found.zone, published)
    return PublicationDates(
        published_at=result.published_at,
        published_at_local=result.published_at_local,
        published_source=result.published_source,
        updated_at=upd.published_at if upd else None,
        updated_at_local=upd.published_at_local if upd else None,
        page_date=page_date,
        flags=tuple(dict.fromkeys(flags)),
    )


class _Found:
    """The page's stamps, zone-less times read in the page's home zone, and its numeric date order."""

    def __init__(self, stamps: list[Stamp], zone: str | None, day_first: bool) -> None:
        self.stamps, self.zone, self.day_first = stamps, zone, day_first


def _all_stamps(article: CleanArticle, lang: str, fetched_at: datetime | None) -> _Found:
    """Stamps parsed in the page's numeric order, then again when needed in the zone they reveal."""
    candidates = join_split_bylines(article.date_candidates, lang)
    own = [stamps(c, lang) for c in candidates]
    orders, day_first = _orders(own, article, lang)
    if any(o is not None for o in orders):
        own = [stamps(c, lang, None, o) for c, o in zip(candidates, orders, strict=True)]
    first = [s for group in own for s in group]
    dateline = article.dateline or lead_place(article.body)
    credits = [c for c in (article.publisher, *article.authors, *article.captions) if c]
    zone = home_zone(first, article.site, article.url, lang, dateline, credits)
    found = first
    local = [local_zone(c.text, dateline) for c in candidates]
    if zone != timezones()[2].get(lang) or any(local):
        found = [
            s
            for c, o, here in zip(candidates, orders, local, strict=True)
            for s in stamps(c, lang, here or zone, o)
        ]
    found = later_versions(settle_ambiguous(found, place_zone(article.site, article.url, dateline)))
    if fetched_at is not None:
        found += [s for c in candidates for s in relative_stamps(c, fetched_at, zone)]
    return _Found(found, zone, day_first)


def _orders(
    own: Sequence[Sequence[Stamp]], article: CleanArticle, lang: str
) -> tuple[list[bool | None], bool]:
    """Per candidate, day-first or not (None for all when no numeric date reads both ways): the reading
    a meta value confirms, else the page's order. Also the order the body's numeric dates follow."""
    flat = [s for group in own for s in group]
    page = page_day_first(flat, article.site, article.url, lang)
    if not any(s.parsed.alternative for s in flat):
        return [None] * len(own), page
    metas = [s for s in flat if s.source == "meta"]
    confirmed = [meta_reading(group, metas) for group in own]
    body = next((o for o in confirmed if o is not None), page)
    return [page if o is None else o for o in confirmed], body


def _best(published: Sequence[Stamp]) -> Stamp | None:
    """The strongest stamp; a visible byline beats a meta value showing the same wall-clock time under
    another offset (a CMS that labels local time as UTC), since the page shows the byline. A numeric
    date either order could read ("06/12/2024") yields to a meta value it does not agree with."""
    best = max(published, key=lambda s: s.score, default=None)
    if best is None:
        return None
    metas = [s for s in published if s.source == "meta"]
    if best.parsed.alternative is not None and metas and not agrees_with_meta(best, metas):
        return max(metas, key=lambda s: s.score)
    if best.source in VISIBLE_SOURCES and best.parsed.time is None:
        # a date-only byline and a meta instant on that day: the instant says more and contradicts nothing
        timed = [s for s in metas if s.parsed.time is not None and s.parsed.date == best.parsed.date]
        return max(timed, key=lambda s: s.score) if timed else best
    if best.source != "meta" or best.parsed.time is None:
        return best
    if (shown := _clock_over_midnight(best, published)) is not None:
        return shown
    for s in published:
        if s.source in VISIBLE_SOURCES and _mislabelled(best.parsed, s.parsed):
            return s
    return best


def _clock_over_midnight(meta: Stamp, published: Sequence[Stamp]) -> Stamp | None:
    """A meta instant of exactly midnight is a CMS's placeholder for a date-only field when the page
    prints a clock on that same day: the visible stamp says when it went out."""
    if meta.parsed.time != time(0, 0):
        return None
    shown = [
        s
        for s in published
        if s.source in VISIBLE_SOURCES and s.parsed.time is not None and s.parsed.date == meta.parsed.date
    ]
    return max(shown, key=lambda s: s.score, default=None)


def _first_version(published: Sequence[Stamp], updated: Sequence[Stamp]) -> Stamp | None:
    """The strongest publication stamp. When only an update is printed ("Updated 3:14 AM EDT, …"), the
    earliest update stands for it, the first version being no later; so it does when the only
    publication-like dates lie in the body (related items, a footer), which date other stories."""
    best = _best(published)
    own = [s for s in updated if s.source != "body"] if best is not None and best.source == "body" else []
    if own or (best is None and updated):
        return min(own or updated, key=lambda s: s.parsed.utc())
    return best


def _zone_assumed(parsed: ParsedDateTime) -> bool:
    """A clock time whose offset the page did not print: the site's or language's default, or none."""
    return parsed.time is not None and (parsed.zone_assumed or parsed.utc_offset is None)


def _visible_over_meta(first: Stamp | None, published: Sequence[Stamp]) -> tuple[Stamp | None, date | None]:
    """A meta instant days after a visible timed (or marked) stamp is a later edit's or a republication's;
    one whose day neither the byline nor the URL shows is stale: the page shows when it was published.
    Returns the stamp to trust and the overruled meta's date."""
    if first is None or first.source != "meta" or _shown_too(first, published):
        return first, None
    shown = [
        s
        for s in published
        if s.source in VISIBLE_SOURCES
        and (s.parsed.time is not None or s.marked)
        and s.parsed.alternative is None  # "04/05/2024" read either way is no evidence against the meta
        and (_earlier(s, first) or (s.parsed.date != first.parsed.date and _url_agrees(s, published)))
    ]
    best = max(shown, key=lambda s: s.score, default=None)
    return (best, first.parsed.date) if best is not None else (first, None)


def _earlier(shown: Stamp, meta: Stamp) -> bool:
    return shown.parsed.date < meta.parsed.date and shown.parsed.utc() < meta.parsed.utc()


def _url_agrees(shown: Stamp, published: Sequence[Stamp]) -> bool:
    """The page's URL carries the visible stamp's day: two independent sources against one meta value
    (a template's stale default, a year-old copy)."""
    return any(s.source == "url" and s.parsed.date == shown.parsed.date for s in published)


def _shown_too(meta: Stamp, published: Sequence[Stamp]) -> bool:
    """A visible timed stamp on the meta's day (or at its instant) confirms it: an earlier dated block
    under the headline (a video's, a related item's) dates something else."""
    return any(
        s.source in VISIBLE_SOURCES
        and s.parsed.time is not None
        and (s.parsed.date == meta.parsed.date or s.parsed.utc() == meta.parsed.utc())
        for s in published
    )


def _mislabelled(meta: ParsedDateTime, shown: ParsedDateTime) -> bool:
    # to the minute: a meta value carries seconds ("13:04:37") a byline never prints
    meta_clock = meta.time.replace(second=0, microsecond=0) if meta.time else None
    same_clock = (meta.date, meta_clock) == (shown.date, shown.time)
    return same_clock and shown.utc_offset is not None and meta.utc_offset != shown.utc_offset


def _dates(stamp: Stamp, zone: str | None) -> PublicationDates:
    shown = in_zone(stamp, zone) if zone and not _shown_as_printed(stamp) else stamp
    return PublicationDates(
        published_at=stamp.parsed.utc(),
        published_at_local=shown.parsed.local_iso(),
        published_source=stamp.source,
    )


def _shown_as_printed(stamp: Stamp) -> bool:
    """A visible stamp with its own zone keeps it ("07.12 GMT"); meta values take the page's zone."""
    return stamp.source != "meta" and stamp.zone_printed


def _updated(
    updated: list[Stamp],
    best: Stamp | None,
    page_date: date | None,
    zone: str | None,
    published: Sequence[Stamp],
) -> PublicationDates | None:
    """The latest update stamp, kept only when it is not before the publication and not the page's date."""
    keep = [s for s in updated if s.parsed.date != page_date and not _copied_meta(s, best, published)]
    if best is not None:
        keep = [s for s in keep if s.parsed.utc() >= best.parsed.utc()]
    elif page_date is not None:
        return None
    latest = max(keep, key=lambda s: (s.parsed.utc(), s.parsed.time is not None), default=None)
    return _dates(latest, zone) if latest else None


def _copied_meta(update: Stamp, best: Stamp | None, published: Sequence[Stamp]) -> bool:
    """A meta 'modified' equal to a meta 'published' the page's byline overruled: the CMS copied the
    same mislabelled instant into both fields, so it records no edit."""
    if update.source != "meta" or best is None or best.source == "meta":
        return False
    return any(s.source == "meta" and s.parsed.utc() == update.parsed.utc() for s in published)


def _widget_date(published: list[Stamp], best: Stamp | None) -> date | None:
    """A bare, unmarked header date that disagrees with the chosen stamp: a today-widget, not a byline."""
    if best is None:
        return None
    for s in published:
        bare = s.parsed.time is None and not s.marked and s.source == "header"
        if bare and s is not best and s.parsed.date != best.parsed.date:
            return s.parsed.date
    return None


def _inferred(day: date, zone: str | None) -> Stamp:
    """A date-only stamp in the page's zone (WIB for Indonesian), marked as inferred."""
    offset = zone_offset(zone, day, None) if zone else None
    parsed = ParsedDateTime(day, None, offset, -1, -1, zone, True)
    return Stamp(parsed, "inferred", "published", False)


def _lone_widget(best: Stamp, found: Sequence[Stamp]) -> bool:
    """A bare date above the headline beside a dated list of other stories ('Most read') and no stamp of
    the article's own: a site that dates its lists prints its article's date by the byline, so the bare
    one is the visit's today-widget. Alone on an undated page it stays the best guess."""
    if not bare_header(best) or any(s is not best and s.source != "body" for s in found):
        return False
    listed = {s.line_no for s in found if s.source == "body" and s.line_no > best.line_no}
    return len(listed) >= DATED_LIST_ITEMS
