"""`Kabupaten Sleman`, `Kecamatan Cibeber`, `Bantul regency`: a unit of a country's own administration
before a capitalised name is a place of that country, whether or not a gazetteer lists it.

The unit words and their country come from the language's `roles.toml` (`admin_units`, `admin_country`):
only words no other country's administration uses, so the country is certain.
"""

from __future__ import annotations

import re
from functools import cache

from kabar.events.data import alternation, toml_table
from kabar.events.gazetteer import Actor, Found
from kabar.events.spans import ByStart

NAME_WORD = r"[A-Z][\w'’-]*"
NAME_WORDS = 3  # at most: `Kabupaten Tapanuli Tengah`, `Desa Sumber Mujur`


@cache
def admin_unit_names(lang: str) -> tuple[re.Pattern[str], str] | None:
    """A unit word before the name (`Kabupaten Sleman`) or, where the language says so, after it (`Bantul
    regency`)."""
    table = toml_table(lang, "roles.toml")
    units, country = tuple(table.get("admin_units", ())), table.get("admin_country")
    after = tuple(table.get("admin_units_after", ()))
    if not units or not country:
        return None
    unit = alternation(units)
    name = rf"(?!(?:{unit})\b){NAME_WORD}"
    forms = [rf"(?:{unit})\s+{name}(?:[ \t]+{name}){{0,{NAME_WORDS - 1}}}"]
    if after:
        forms.append(rf"{name}(?:[ \t]+{name}){{0,{NAME_WORDS - 1}}}[ \t]+(?:{alternation(after)})\b")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})"), country


def admin_place_hits(text: str, lang: str, known: list[Found]) -> list[Found]:
    """The administrative places named in `text` outside the `known` actor expressions."""
    units = admin_unit_names(lang)
    if units is None:
        return []
    pattern, country = units
    covered = ByStart(sorted(known, key=lambda f: f.start))
    return [
        Found(m.start(), m.end(), m.group(), Actor(m.group(), country, None, "place"))
        for m in pattern.finditer(text)
        if not covered.overlaps(m.start(), m.end())
    ]
