"""Words that mark an actor as a witness, host or broker of an act (from events.toml), compiled once."""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import toml_table


@cache
def witness_before() -> re.Pattern[str]:
    """`disaksikan (oleh) [title words] X`, `in the presence of X`: X watched, hosted or brokered the act."""
    words = sorted(toml_table("common", "events.toml")["witness"]["before"], key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?i)(?<!\w)(?:{alternation})\s+(?:oleh\s+|by\s+)?(?:[\w'’.-]+\s+){{0,6}}$")
