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


# The date closing a credit ('oleh X dan Y di 22 May 2024', 'By X on March 3, 2025', 'Oleh X, 3 Maret 2025')
CREDIT_DATE_TAILS = (
    re.compile(r"\s(?:di|on|pada|at)\s(?P<date>[^|•·]{6,40})$"),
    re.compile(r"(?:,\s*|\s[|•·–—-]\s*)(?P<date>[^,|•·]{6,40})$"),
)


def credit_date(text: str) -> str | None:
    """The date a byline ends in, for a line too wordy for looks_like_date to take whole."""
    for tail in CREDIT_DATE_TAILS:
        match = tail.search(text)
        if match and any(c.isdigit() for c in match.group("date")) and looks_like_date(match.group("date")):
            return match.group("date")
    return None


def line_dated(line: Line) -> bool:
    """looks_like_date of the line's text, kept on its shared record (menus and footers recur)."""
    if line.dated is None:
        line.dated = looks_like_date(line.text)
    return line.dated
