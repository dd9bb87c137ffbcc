"""The zone a page prints its zone-less times in: learned from the page itself, else its language's or
its outlet's home zone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timezone
from urllib.parse import urlsplit

from kabar.dates.calendar import (
    ambiguous_zones,
    dateline_zones,
    fallback_zones,
    local_time_words,
    site_zones,
    timezones,
)
from kabar.dates.parse import zone_offset
from kabar.dates.stamps import Stamp
from kabar.outlets import find_outlet

CREDIT_WORDS = 8  # a byline or photo credit, not a sentence that mentions an outlet
LEAD_PLACE = re.compile(r"(?P<place>[^\W\d_]+(?: [^\W\d_]+){0,2})(?:\.|\s*(?:--|[-–—]))\s")
MAX_OFFSET_MINUTES = 14 * 60
OFFSET_STEP_MINUTES = 15  # every zone in use is a whole quarter hour off UTC


def home_zone(
    found: Sequence[Stamp],
    site: str | None,
    url: str | None,
    lang: str,
    dateline: str | None = None,
    credits: Sequence[str] = (),
) -> str | None:
    """A zone for times printed without one, strongest evidence first: a zone the page prints elsewhere,
    the offset that turns a byline's clock into a meta value's instant, the language's default, the
    outlet's (or its country-code domain's), the dateline city's, an outlet named in the page's
    `credits` ("Rina Lestari (The Jakarta Post)"), else the language's last resort."""
    return (
        _printed_zone(found)
        or _matched_offset(found)
        or timezones()[2].get(lang)
        or site_zone(site)
        or site_zone(_host(url))
        or dateline_zone(dateline)
        or credited_zone(credits)
        or fallback_zones().get(lang)
    )


def credited_zone(credits: Sequence[str]) -> str | None:
    """The home zone of the first outlet a short credit names: a text dump with no domain still prints
    whose staff wrote it."""
    outlets = (find_outlet(text) for text in credits if len(text.split()) <= CREDIT_WORDS)
    return next((zone for found in outlets if found and (zone := site_zone(found[1]))), None)


def lead_place(body: str) -> str | None:
    """The city opening the body as its own sentence or before a dash ("Jakarta. The ...", "TOKYO --"),
    when the dateline table knows it: the cleaner reads only datelines with an outlet or a dash."""
    found = LEAD_PLACE.match(body)
    return found["place"] if found and dateline_zone(found["place"]) else None


def place_zone(site: str | None, url: str | None, dateline: str | None) -> str | None:
    """The zone of where the story was filed (its dateline city), else of the outlet's home."""
    return dateline_zone(dateline) or site_zone(site) or site_zone(_host(url))


def settle_ambiguous(found: Sequence[Stamp], place: str | None) -> list[Stamp]:
    """Stamps whose printed abbreviation several zones share ("IST") read in the one the page's place
    lies in; the abbreviation's usual zone otherwise."""
    table = ambiguous_zones()
    out: list[Stamp] = []
    for s in found:
        p = s.parsed
        if place and s.zone_printed and place in table.get((p.zone or "").upper(), ())[1:]:
            offset = zone_offset(place, p.date, p.time)
            s = replace(s, parsed=replace(p, utc_offset=offset)) if offset is not None else s
        out.append(s)
    return out


def local_zone(text: str, dateline: str | None) -> str | None:
    """For a line whose clock is "waktu setempat" (local time): the zone of the city opening the line
    ("Makassar, Senin ... waktu setempat"), else of the story's dateline."""
    lowered = " ".join(text.lower().split())
    if not any(w in lowered for w in local_time_words()):
        return None
    return dateline_zone(text.split(",")[0].strip()) or dateline_zone(dateline)


def dateline_zone(dateline: str | None) -> str | None:
    """The zone of a dateline's city ("KUALA LUMPUR", "Nusa Dua, Bali"), its first or last part; of a
    story filed from several cities ("Washington/Moscow"), the first one's."""
    if not dateline:
        return None
    table = dateline_zones()
    parts = [p.strip().lower() for p in dateline.split("/")[0].split(",")]
    return table.get(" ".join(dateline.lower().split())) or table.get(parts[0]) or table.get(parts[-1])


def site_zone(domain: str | None) -> str | None:
    """The outlet's home zone by its domain or the longest country-code suffix that names one."""
    if not domain:
        return None
    table = site_zones()
    labels = domain.lower().removeprefix("www.").split(".")
    for i in range(len(labels) - 1):
        if (zone := table.get(".".join(labels[i:]))) is not None:
            return zone
    return table.get("." + labels[-1])


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def _printed_zone(found: Sequence[Stamp]) -> str | None:
    """A zone printed on a visible line, else a meta value's non-zero offset: UTC in meta is machine
    format, not the page's zone."""
    visible = [s for s in found if s.zone_printed and s.source != "meta" and s.parsed.time is not None]
    if visible:
        return visible[0].parsed.zone
    meta = [s for s in found if s.source == "meta" and s.zone_printed and s.parsed.utc_offset]
    return _as_offset(meta[0].parsed.utc_offset) if meta else None


def _matched_offset(found: Sequence[Stamp]) -> str | None:
    """The offset between a zone-less visible time and a meta instant of the same role that share their
    minute ("Jul 01, 2025, 04:32 PM" beside "2025-07-01T08:32:00Z": +08:00)."""
    anchors = [s for s in found if s.zone_printed and s.parsed.time is not None]
    for s in found:
        p = s.parsed
        if s.zone_printed or p.time is None or s.source == "meta":
            continue
        clock = datetime.combine(p.date, p.time, timezone.utc)  # noqa: UP017
        for anchor in anchors:
            if _is_update(anchor) != _is_update(s):
                continue
            minutes = int((clock - anchor.parsed.utc()).total_seconds() // 60)
            # Zero is no evidence: a CMS that labels local time as UTC matches the byline's clock too.
            if 0 < abs(minutes) <= MAX_OFFSET_MINUTES and minutes % OFFSET_STEP_MINUTES == 0:
                return _as_offset(minutes)
    return None


def _is_update(stamp: Stamp) -> bool:
    return stamp.role == "updated"


def _as_offset(minutes: int | None) -> str | None:
    if minutes is None:
        return None
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"
