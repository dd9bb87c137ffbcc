"""Loading of the events lexicons (CSV and TOML under kabar/lexicon), once per process."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


def _text(*parts: str) -> str | None:
    node = resources.files("kabar").joinpath("lexicon", *parts)
    return node.read_text(encoding="utf-8") if node.is_file() else None


@cache
def csv_rows(*parts: str) -> tuple[dict[str, str], ...]:
    """Rows of a lexicon CSV; lines starting with '#' are comments. A missing file is empty."""
    text = _text(*parts)
    if text is None:
        return ()
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(
        {k: (v or "").strip() for k, v in row.items()}
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
    )


@cache
def toml_table(*parts: str) -> dict[str, Any]:
    """A lexicon TOML file as a dict; a missing file is empty."""
    text = _text(*parts)
    return tomllib.loads(text) if text else {}


# The clause patterns run on every page whatever its language, so they hold every language's words.
CLAUSE_LANGUAGES = ("en", "id")


@cache
def clause_word_list(key: str) -> tuple[str, ...]:
    """The words under `key` in every language's clauses.toml."""
    return tuple(w for lang in CLAUSE_LANGUAGES for w in toml_table(lang, "clauses.toml").get(key, []))


def clause_words(key: str) -> str:
    """Those words as one regex alternation; matches nothing if there are none (an empty alternation would
    match everywhere)."""
    words = clause_word_list(key)
    return "|".join(re.escape(w) for w in words) if words else "(?!)"


def split_list(value: str) -> list[str]:
    """Semicolon-separated cell values, stripped, empties dropped."""
    return [v.strip() for v in value.split(";") if v.strip()]
