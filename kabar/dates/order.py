"""Day-first or month-first: the order a page prints numeric dates in ("06/12/2024"), read from evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from urllib.parse import urlsplit

from kabar.dates.calendar import month_first_zones
from kabar.dates.parse import zone_offset
from kabar.dates.stamps import Stamp
from kabar.dates.zones import site_zone

# A meta instant and a byline may sit on either side of midnight; the two readings of a numeric date
# lie at least a month apart, so a day's slack never confirms the wrong one.
AGREEMENT_SLACK_DAYS = 1


def page_day_first(found: Sequence[Stamp], site: str | None, url: str | None, lang: str) -> bool:
    """The page's order, strongest evidence first: its visible numeric dates only one order reads
    (13/12/2024, or a weekday that fits one reading); then a language other than English (day-first);
    the outlet's home zone; a zone printed beside a date (browsers localise it, the outlet's habit
    stays); else English's month-first habit."""
    visible = [s for s in found if s.source != "meta"]
    votes = Counter(s.parsed.order for s in visible if s.parsed.order and s.parsed.alternative is None)
    if votes["dmy"] != votes["mdy"]:
        return votes["dmy"] > votes["mdy"]
    if lang != "en":
        return True
    home = site_zone(site) or site_zone(urlsplit(url).hostname if url else None)
    if home is not None:
        return not month_first_zone(home, None)
    printed = next((s.parsed for s in visible if s.zone_printed and s.parsed.zone), None)
    if printed is not None and printed.zone is not None:
        return not month_first_zone(printed.zone, printed.date)
    return False


def month_first_zone(zone: str, day: date | None) -> bool:
    """Whether pages printing times in `zone` print numeric dates month-first (North America, Manila)."""
    names, (low, high) = month_first_zones()
    if zone.strip().upper() in names:
        return True
    offset = zone_offset(zone, day or date(2000, 1, 15), None)
    return offset is not None and low <= offset <= high


def meta_reading(own: Sequence[Stamp], metas: Sequence[Stamp]) -> bool | None:
    """Day-first (True) or month-first (False) when a numeric date of a line shows a meta value's date
    under exactly one order; None when no meta value decides."""
    for s in own:
        p = s.parsed
        if p.alternative is None:
            continue
        days = _meta_days(metas, p.utc_offset)
        if (p.date in days) != (p.alternative in days):
            return (p.order == "dmy") == (p.date in days)
    return None


def agrees_with_meta(stamp: Stamp, metas: Sequence[Stamp]) -> bool:
    """Whether a stamp's date is a meta value's date, seen in the stamp's offset or the meta's own."""
    return stamp.parsed.date in _meta_days(metas, stamp.parsed.utc_offset)


def _meta_days(metas: Sequence[Stamp], offset: int | None) -> set[date]:
    days: set[date] = set()
    for m in metas:
        shown = [m.parsed.date]
        if offset is not None and m.parsed.time is not None and m.parsed.utc_offset is not None:
            shown.append((m.parsed.utc() + timedelta(minutes=offset)).date())
        slack = range(-AGREEMENT_SLACK_DAYS, AGREEMENT_SLACK_DAYS + 1)
        days.update(day + timedelta(days=k) for day in shown for k in slack)
    return days
