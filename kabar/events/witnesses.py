"""Words that mark an actor as a witness, host or broker of an act (from events.toml), compiled once."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import alternation, longest_first, toml_table


@cache
def witness_before() -> re.Pattern[str]:
    """`disaksikan (oleh) [title words] X`, `in the presence of X`: X watched, hosted or brokered the act."""
    words = alternation(longest_first(toml_table("common", "events.toml")["witness"]["before"]), spaced=True)
    return re.compile(rf"(?i)(?<!\w)(?:{words})\s+(?:oleh\s+|by\s+)?(?:[\w'’.-]+\s+){{0,6}}$")
