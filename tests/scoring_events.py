"""The event half of the shared scorer (../shared/eval/score.py), copied so CI can score without shared/.

Keep `actor_fits`, `event_fits` and `match_events` identical to the scorer: held-out numbers are only
comparable to the maintainers' if a predicted event matches a gold event here exactly when it does there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

Event = dict[str, Any]


def norm(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def actor_fits(group: list[str], name: str | None, country: str | None) -> bool:
    """A three-letter upper-case alias is an ISO-3 country; any other alias matches the name by substring."""
    n = norm(name)
    for alias in group:
        if len(alias) == 3 and alias.isupper():
            if country and country.upper() == alias:
                return True
        elif n and (norm(alias) in n or (len(n) > 3 and n in norm(alias))):
            return True
    return False


def event_dates(ev: Event) -> tuple[date | None, date | None]:
    start = ev.get("date_start") or ev.get("event_date")
    end = ev.get("date_end") or ev.get("event_date")
    if isinstance(start, datetime):
        start = start.date()
    if isinstance(end, datetime):
        end = end.date()
    return start, end


def event_fits(gold: Event, ev: Event) -> bool:
    """CAMEO root prefix, actor slots (either order; the second slot may be the location), date overlap."""
    code = str(ev.get("cameo_code") or "")
    if not any(code.startswith(root) for root in gold["cameo_roots"]):
        return False
    slots = gold["actors"]
    a1 = (ev.get("actor1_name"), ev.get("actor1_country"))
    a2 = (ev.get("actor2_name"), ev.get("actor2_country"))
    loc = (ev.get("location_name"), ev.get("location_country"))
    if len(slots) == 1:
        if not (actor_fits(slots[0], *a1) or actor_fits(slots[0], *a2)):
            return False
    else:
        straight = actor_fits(slots[0], *a1) and (actor_fits(slots[1], *a2) or actor_fits(slots[1], *loc))
        crossed = actor_fits(slots[0], *a2) and (actor_fits(slots[1], *a1) or actor_fits(slots[1], *loc))
        if not (straight or crossed):
            return False
    if gold["date_from"]:
        start, end = event_dates(ev)
        if start is None:
            return False
        lo, hi = date.fromisoformat(gold["date_from"]), date.fromisoformat(gold["date_to"])
        if end is None:
            end = start
        if end < lo or start > hi:
            return False
    return True


def match_events(gold_events: list[Event], predicted: list[Event]) -> tuple[dict[str, Event], int]:
    """Greedy one-to-one matching, required gold events first. Returns gold id -> event, and
    how many predicted events matched no gold event at all."""
    taken: set[int] = set()
    matched: dict[str, Event] = {}
    for g in sorted(gold_events, key=lambda g: not g["required"]):
        for i, ev in enumerate(predicted):
            if i not in taken and event_fits(g, ev):
                taken.add(i)
                matched[g["id"]] = ev
                break
    return matched, len(predicted) - len(taken)


def events_by_article(events: Iterable[Event], mentions: Iterable[Event]) -> dict[str, list[Event]]:
    """What each article says of each event: the merged event overlaid with the mention's own non-null
    values (its date, modality), as the scorer reads the tables."""
    by_id = {e["event_id"]: e for e in events}
    out: dict[str, list[Event]] = {}
    for m in mentions:
        merged = {**by_id[m["event_id"]], **{k: v for k, v in m.items() if v is not None}}
        out.setdefault(m["article_id"], []).append(merged)
    return out


@dataclass
class PageScore:
    file: str
    predicted: int
    required: int
    required_found: int
    matched_any: int
    modality_ok: int
    matched: dict[str, Event] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    unmatched: list[Event] = field(default_factory=list)

    @property
    def unmatched_count(self) -> int:
        return self.predicted - self.matched_any


def score_page(gold: Event, predicted: list[Event]) -> PageScore:
    """One page's numbers, as score.py counts them."""
    gold_events = gold.get("events") or []
    matched, _ = match_events(gold_events, predicted)
    required = [g for g in gold_events if g["required"]]
    found = [g for g in required if g["id"] in matched]
    taken = {id(ev) for ev in matched.values()}
    return PageScore(
        file=gold["file"],
        predicted=len(predicted),
        required=len(required),
        required_found=len(found),
        matched_any=len(matched),
        modality_ok=sum(matched[g["id"]].get("modality") == g["modality"] for g in found),
        matched=matched,
        missed=[g["id"] for g in required if g["id"] not in matched],
        unmatched=[ev for ev in predicted if id(ev) not in taken],
    )


def cluster_pairs(
    clusters: list[list[list[str]]], matched_ids: dict[tuple[str, str], str]
) -> tuple[int, int]:
    """(right, total) pairs: members of a group share one event id; members of different groups do not."""
    ids = [[matched_ids.get((m[0], m[1])) for m in group] for group in clusters]
    right = total = 0
    for group in ids:
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                total += 1
                right += bool(group[i]) and group[i] == group[j]
    for gi in range(len(ids)):
        for gj in range(gi + 1, len(ids)):
            for x in ids[gi]:
                for y in ids[gj]:
                    total += 1
                    right += bool(x) and bool(y) and x != y
    return right, total
