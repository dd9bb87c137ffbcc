"""Whether the page's strongest date can be trusted, and which other printed date stands in when not.

No source is infallible: a `<meta>` block may hold a template's stale default, a bare date above the
headline may be the site's today-widget. A date the page itself or its text contradicts yields to the
next candidate the text does not contradict; with none, the text's own date (or nothing) is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kabar.dates.consistency import Verdict, check_against_text
from kabar.dates.stamps import Stamp

# A visible "Updated …" more than this after every <meta> value, including the meta's own last
# modification, shows that block was never refreshed (a template default): its dates are not evidence.
STALE_META_DAYS = 365
VISIBLE_SOURCES = ("byline", "header")


@dataclass(frozen=True)
class Trusted:
    """The stamp kept (None: none trustworthy), the date of a first choice that was rejected, the date
    the text implies when no stamp stands, and whether the page's date contradicts its text."""

    stamp: Stamp | None
    rejected: date | None = None
    implied: date | None = None
    conflict: bool = False


def trusted_stamp(
    first: Stamp | None, found: Sequence[Stamp], text: str, lang: str, day_first: bool | None
) -> Trusted:
    """`first` unless its page or text contradicts it; then the next candidate the text accepts."""
    verdict = _verdict(first, text, lang, day_first)
    stale = first is not None and stale_meta(first, found)
    if first is None or not (verdict.distrusted or stale):
        return Trusted(first, implied=verdict.implied)
    for alt in alternatives(first, found, drop_meta=stale):
        if not _verdict(alt, text, lang, day_first).distrusted:
            return Trusted(alt, first.parsed.date, conflict=True)
    conflict = verdict.contradicts or stale or verdict.implied is not None
    return Trusted(None, first.parsed.date, verdict.implied, conflict)


def _verdict(stamp: Stamp | None, text: str, lang: str, day_first: bool | None) -> Verdict:
    day = stamp.parsed.date if stamp else None
    return check_against_text(day, text, lang, day_first, bare=stamp is not None and bare_header(stamp))


def bare_header(stamp: Stamp) -> bool:
    """A date above the headline with no time and no marker: a byline's date or the site's today-widget."""
    return stamp.source == "header" and stamp.parsed.time is None and not stamp.marked


def stale_meta(first: Stamp, found: Sequence[Stamp]) -> bool:
    """A meta choice whose block, last modification included, lies years before a visible update."""
    if first.source != "meta":
        return False
    metas = [s for s in found if s.source == "meta"]
    if not any(s.role == "updated" for s in metas):
        return False  # a page may show a genuine update years later; only the meta's own claim is denied
    newest = max(s.parsed.date for s in metas)
    # an "Updated" marker, or the cleaner's hint from the element it sat in (class="dateModified")
    shown = [s for s in found if s.source in VISIBLE_SOURCES and s.role == "updated"]
    return any((s.parsed.date - newest).days > STALE_META_DAYS for s in shown)


def alternatives(first: Stamp, found: Sequence[Stamp], drop_meta: bool = False) -> list[Stamp]:
    """Other printed dates, strongest publication stamps first, then updates from the earliest (the first
    version is no later). Body lines date other stories and never stand in."""
    others = [
        s
        for s in found
        if s.source != "body"
        and s.parsed.date != first.parsed.date
        and not (drop_meta and s.source == "meta")
    ]
    published = sorted((s for s in others if s.role != "updated"), key=lambda s: s.score, reverse=True)
    updated = sorted((s for s in others if s.role == "updated"), key=lambda s: s.parsed.utc())
    return published + updated
