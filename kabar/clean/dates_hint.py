"""Whether a line may hold a date: delegated to kabar.dates when that stage provides it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kabar.clean.lines import LINE_CACHE, Line

# Language-neutral fallback (digits only): month names belong to the dates stage's calendar.toml.
_NUMERIC_DATE = re.compile(
    r"\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC|[AaPp]\.?[Mm]\.?)|\b\d{1,2}:\d{2}\b"
)


def _fallback(text: str) -> bool:
    return len(text) <= 120 and bool(_NUMERIC_DATE.search(text))


def _resolve() -> Callable[[str], bool]:
    try:
        from kabar.dates import looks_like_date  # type: ignore[attr-defined]
    except ImportError:
        return _fallback
    return looks_like_date  # type: ignore[no-any-return]


_looks_like_date: Callable[[str], bool] | None = None


@lru_cache(maxsize=LINE_CACHE)
def looks_like_date(text: str) -> bool:
    """True when `text` may carry a date; resolved lazily so import order does not matter."""
    global _looks_like_date
    if _looks_like_date is None:
        _looks_like_date = _resolve()
    try:
        return bool(_looks_like_date(text))
    except Exception:  # a bug in another stage must not stop cleaning
        return _fallback(text)


def line_dated(line: Line) -> bool:
    """looks_like_date of the line's text, kept on its shared record (menus and footers recur)."""
    if line.dated is None:
        line.dated = looks_like_date(line.text)
    return line.dated
