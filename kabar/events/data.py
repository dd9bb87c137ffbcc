"""Loading of the events lexicons (CSV and TOML under kabar/lexicon), once per process."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Iterable
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


# The events patterns run on every page whatever its language, so they hold every language's words.
LANGUAGES = ("en", "id")
# Most events patterns were written with the Indonesian words first; where one word is a prefix of another,
# the order decides which alternative wins, so those patterns keep it.
ID_FIRST = ("id", "en")


@cache
def word_list(file: str, key: str, langs: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """The words under `key` in each language's lexicon `file`, languages in `langs` order."""
    return tuple(w for lang in langs for w in toml_table(lang, file).get(key, []))


@cache
def city_unit_words() -> tuple[str, ...]:
    """Capitalised words that may stand right before a city's name (`Kota Tangerang`, `Kabupaten Pati`):
    common/events.toml, `names.before_city`."""
    return tuple(toml_table("common", "events.toml").get("names", {}).get("before_city", ()))


def alternation(words: tuple[str, ...], spaced: bool = False) -> str:
    """Words as one regex alternation, in their order; `spaced` lets a space match any whitespace run. Matches
    nothing if there are none (an empty alternation would match everywhere)."""
    escaped = [re.escape(w) for w in words]
    if spaced:
        escaped = [w.replace("\\ ", r"\s+") for w in escaped]
    return "|".join(escaped) if escaped else "(?!)"


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Longer phrases before their prefixes, so an alternation takes `serangan udara` before `serangan`."""
    return tuple(sorted(words, key=len, reverse=True))


def lexicon_words(file: str, key: str, langs: tuple[str, ...] = LANGUAGES, spaced: bool = False) -> str:
    """`key`'s words in `file` of each language as one regex alternation."""
    return alternation(word_list(file, key, langs), spaced)


def clause_word_list(key: str) -> tuple[str, ...]:
    """The words under `key` in every language's clauses.toml."""
    return word_list("clauses.toml", key)


def clause_words(key: str) -> str:
    """Those words as one regex alternation."""
    return alternation(clause_word_list(key))


def split_list(value: str) -> list[str]:
    """Semicolon-separated cell values, stripped, empties dropped."""
    return [v.strip() for v in value.split(";") if v.strip()]
