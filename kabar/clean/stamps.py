"""Date stamps printed after a linked headline ('Title — January 7, 2025'): no part of the title."""

from __future__ import annotations

import re

_MONTH = r"[A-Z][a-z]{2,8}\.?"
_WORDED = rf"(?:[A-Z][a-z]{{2,8}},?\s+)?(?:{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}})"
_NUMERIC = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/-]\d{1,2}[/-]\d{4})"
_TIME = r"(?:[ ,T]+\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?)?"
# '— January 7, 2025', '| 7 Jan 2025' after a dash or bar; '2025-04-01 09:40', '12/03/2025' bare. A worded
# date with no dash may end the headline itself ('... Mulai 1 Januari 2025').
TRAILING_STAMP = re.compile(rf"\s+(?:[—–|-]\s+(?:{_WORDED}|{_NUMERIC})|{_NUMERIC}){_TIME}\s*$")


def without_stamp(title: str) -> str:
    """The linked headline without the date printed after it; the title itself when nothing follows."""
    stripped = TRAILING_STAMP.sub("", title)
    return stripped if len(stripped.split()) >= 3 else title
