"""Armed groups the gazetteer lacks, read from how they are named: capitalised words before an army word
(`the White Army`, `Kachin Independence Army`) or after one (`Tentara Arakan`). A name holding a country
or person the article already knows (`Israel Defense Forces`, `Russian Army`) is that state's force, not
a new group, and stays as the gazetteer reads it."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import alternation, toml_table
from kabar.events.gazetteer import Actor, Found
from kabar.events.spans import ByStart

WORD = r"[A-Z][\w'’-]+"
REACH = 60  # characters before an army word that its name may take


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The army words after and before a name (found first, cheaply), the name's words, and the words
    that never open such a name, from kabar/lexicon/common/events.toml."""
    table = toml_table("common", "events.toml").get("armed_names", {})
    after = alternation(tuple(table.get("heads_after", ())))
    before = alternation(tuple(table.get("heads_before", ())))
    return (
        re.compile(rf"(?<![\w'’-])(?:{after})(?![\w'’-])"),
        re.compile(rf"(?<![\w'’-])(?:{before})(?:\s{WORD}){{1,3}}(?![\w'’-])"),
        re.compile(rf"(?<![\w'’-])(?:{WORD}\s){{1,3}}$"),
        frozenset(table.get("not_first", ())),
    )


def armed_group_hits(text: str, known: list[Found]) -> list[Found]:
    """Armed groups named in `text` outside the `known` actor expressions."""
    head_after, head_before, words_before, not_first = _patterns()
    spans = [(m.start(), m.end()) for m in head_before.finditer(text)]
    for m in head_after.finditer(text):
        name = words_before.search(text, max(0, m.start() - REACH), m.start())
        if name is None:
            continue
        start = name.start()
        for word in name.group().split():  # `The White Army`: the article opens no name
            if word not in not_first:
                break
            start = text.index(word, start) + len(word) + 1
        if start < m.start():
            spans.append((start, m.end()))
    covered = ByStart(sorted(known, key=lambda f: f.start))
    return [
        Found(s, e, text[s:e], Actor(text[s:e], None, "REB", "org"))
        for s, e in sorted(spans)
        if not covered.overlaps(s, e)
    ]
