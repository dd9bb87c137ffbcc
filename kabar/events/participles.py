"""Event nouns completed by a participle or relative clause: `a truce agreed on Wednesday`, `talks mediated
by Qatar`, `kesepakatan yang dicapai pada ...`. The noun is the event; the clause dates it and says whether
its by-phrase names the parties or third parties (mediators, hosts), who are never parties."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import toml_table
from kabar.events.roles import Context, Slots, objects_after
from kabar.events.triggers import Trigger, TriggerRule

KIND = "participle"


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], TriggerRule], ...]:
    """One pattern per lexicon entry: `(noun)(relative clause opener)(participle)`."""
    table = toml_table(lang, "participles.toml")
    relative = table.get("relative", "")
    out = []
    for i, entry in enumerate(table.get("participle", [])):
        nouns = "|".join(re.escape(n) for n in entry["nouns"])
        words = "|".join(re.escape(w) for w in entry["words"])
        pattern = re.compile(rf"(?i)(?<!\w)(?:{nouns}){relative} ?(?:{words})(?!\w)")
        how = "parties_after" if entry.get("parties_after") else None
        rule = TriggerRule(
            f"{lang}:participle:{i + 1}", entry["cameo"], entry["event_type"], KIND, True, None, how
        )
        out.append((pattern, rule))
    return tuple(out)


def participle_triggers(text: str, lang: str) -> list[Trigger]:
    """Every event noun with a participle clause in `text`."""
    return [
        Trigger(m.start(), m.end(), m.group(), rule)
        for pattern, rule in _patterns(lang)
        for m in pattern.finditer(text)
    ]


def merged(verbs: list[Trigger], nouns: list[Trigger]) -> list[Trigger]:
    """A participle trigger replaces lexicon triggers inside it (`truce [agreed]`) and yields to any other it
    overlaps (`accord, which was signed` as a lexicon passive). Returned in text order."""
    kept: list[Trigger] = []
    inside: set[Trigger] = set()
    for n in nouns:
        overlapping = [v for v in verbs if v.start < n.end and n.start < v.end]
        if all(
            n.start <= v.start and v.end <= n.end and v.end - v.start < n.end - n.start for v in overlapping
        ):
            kept.append(n)
            inside.update(overlapping)
    if not kept:
        return verbs
    return sorted([v for v in verbs if v not in inside] + kept, key=lambda t: t.start)


def participle_slots(ctx: Context, sent: tuple[int, int], trig: Trigger) -> Slots:
    """`led by X and Y`: the parties follow; otherwise the article's main pair (mediators are no parties)."""
    if trig.rule.requires == "parties_after":
        after = objects_after(ctx, sent, trig)
        if len(after) >= 2:
            return Slots(after[0], after[1], "+participle+parties_after")
    pair = ctx.pair
    if pair is None:
        return Slots(None, None)
    return Slots(pair[0], pair[1], "+participle+context_pair")
