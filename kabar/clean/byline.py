"""Authors and editors from byline lines ('oleh X diperbarui ...', 'Penulis: X | Editor: Y', 'By X and Y')."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kabar.clean import lexicon
from kabar.clean.byline_names import without_role_fields, without_role_tail
from kabar.clean.signing_place import signed_place, without_place
from kabar.clean.site import DOMAIN
from kabar.clean.sources import agency_as_printed
from kabar.dates.parse import glued_date
from kabar.outlets import outlet_named

# '|', bullets, wide gaps, ';' and a '/' that opens another labelled credit ('Rep: X/ Red: Y')
SEGMENT = re.compile(r"\s*[|•·;]\s*|\s{3,}|\s*/\s*(?=[A-Za-z]{2,12}\s*:)")
PLAIN_SEGMENT = re.compile(r"\s*[|•·;]\s*|\s{3,}")
CITY_TAIL = re.compile(r",\s*([A-Z][\w'’-]+)\s*$")  # 'By Frank Phiri, Blantyre': the city signed from
# Between two writers: a comma, `&`, `and`/`dan`, or `with` before a capital ('X with Y in Kyiv', AFP)
JOINERS = re.compile(r"\s*(?:,|&|\b(?:and|dan|AND|DAN)\b|\bwith\b(?=\s+[A-Z]))\s*")
BRACKETED = re.compile(r"\s*\[[^\[\]]{1,40}\]")  # 'X [Demak] dan Y': the writer's place, no name
ROLE_SPLIT = re.compile(r"\s*(?:&|/|,|\bdan\b|\band\b)\s*", re.I)
GLUED_MONTH = re.compile(r"[a-z][A-Z][a-z]")  # cheap gate before the date parse
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w.'’-]*|[a-z]{1,3}(?:-[A-Z][\w'’-]*)?|[A-Z]\.)$")  # 'Nidal al-Mughrabi'


def _name_tokens(text: str) -> list[str]:
    """Leading tokens that can be part of names, stopping at a date, a time or a stop word."""
    stops = lexicon.bylines().name_stops
    kept: list[str] = []
    tokens = text.split()
    for i, token in enumerate(tokens):
        bare = token.strip(",;:()")
        second = bare == "with" and _writer_follows(tokens[i + 1 :])  # 'X with Y', not 'X with Reuters'
        if (bare.lower() in stops and bare.lower() not in ("dan", "and") and not second) or any(
            c.isdigit() for c in bare
        ):
            break
        kept.append(token)
    return kept


def _writer_follows(tokens: list[str]) -> bool:
    """Whether the tokens open a writer's name: capitalised and no agency (`with Reuters`)."""
    words = [t.strip(",;:()") for t in tokens[:3]]
    named = (" ".join(words[:k]) for k in range(1, len(words) + 1))
    return bool(words) and words[0][:1].isupper() and all(outlet_named(n) is None for n in named)


def _names(text: str) -> list[str]:
    text = DOMAIN.sub("", text, count=1) if DOMAIN.match(text.strip()) else text
    text = text.strip(" ,:-–—")
    if outlet_named(text) or _outlets_only(text):  # 'By: Outlet 24': cut at its digits it reads as a name
        return []
    names = []
    joined = " ".join(_name_tokens(BRACKETED.sub("", text)))
    joined = CITY_TAIL.sub(lambda m: "" if m.group(1).lower() in lexicon.city_names() else m.group(), joined)
    for part in JOINERS.split(joined):
        part = _with_suffix_period(without_place(part).strip(" ,;:-–—()"))  # 'Ananda Teresia in Jakarta'
        tokens = without_role_tail(part).split()
        while tokens and tokens[-1].islower():  # 'Y di 22 May 2024': the date's connector is no name
            tokens.pop()
        part = " ".join(tokens)
        if 1 <= len(tokens) <= 6 and tokens[0][:1].isupper() and all(NAME_TOKEN.match(t) for t in tokens):
            names.append(_cased(part))
    return names


def _outlets_only(text: str) -> bool:
    """'By: Outlet 24 with Agency': outlets and agencies sign together, no writer among them."""
    parts = [p.strip(" ,:-–—()") for p in JOINERS.split(text)]
    return len(parts) > 1 and all(p and outlet_named(p) is not None for p in parts)


def _with_suffix_period(part: str) -> str:
    """Trailing periods dropped, except a generational suffix's (`Olsen Jr.`)."""
    bare = part.rstrip(" .")
    last = bare.rsplit(" ", 1)[-1]
    return f"{bare}." if part != bare and last.lower() in _name_suffixes() else bare


@lru_cache(maxsize=1)
def _name_suffixes() -> frozenset[str]:
    return frozenset(s.lower() for s in lexicon.per_language("bylines.toml", "name_suffixes"))


def _cased(name: str) -> str:
    """A byline printed in capitals as the name is written (`ANDRÉS PEÑA` -> `Andrés Peña`)."""
    return name.title() if name.isupper() and len(name) > 3 else name  # not an agency's `AFP`


def parse_byline(text: str) -> tuple[list[str], list[str]]:
    """(authors, editors) named in one byline line."""
    authors, editors = _parsed(text)
    return list(authors), list(editors)


@lru_cache(maxsize=1 << 12)
def _parsed(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """parse_byline, remembered: a site prints the same byline lines on many pages."""
    by = lexicon.bylines()
    authors: list[str] = []
    editors: list[str] = []
    # 'Reporter/Editor: X' is one credit under two roles, not two credits split at the slash
    split = PLAIN_SEGMENT if ":" in text and by.joint.match(text) else SEGMENT
    text = _unglued(without_role_fields(text))
    for segment in (part for piece in split.split(text) for part in by.next_credit.split(piece)):
        joint = by.joint.match(segment) if ":" in segment else None
        if joint:  # 'Redaktur & Reporter : Ragil'
            names = _names(segment[joint.end() :])
            roles = {r.lower() for r in ROLE_SPLIT.split(joint.group("roles")) if r}
            authors += names if roles & by.author_roles else []
            editors += names if roles - by.author_roles else []
            continue
        editor = by.editor.match(segment)
        if editor:
            editors += _names(segment[editor.end() :])
            continue
        author = by.author.match(segment)
        if author:
            rest = segment[author.end() :]
            rest = by.role_lead.sub("", rest)
            authors += _names(rest)
    return tuple(authors), tuple(editors)


def _unglued(text: str) -> str:
    """'By Jane RoeFebruary 19, 2025': a text dump glues the name to the date; a field break parts them."""
    if not GLUED_MONTH.search(text):
        return text
    parsed = glued_date(text)
    return text if parsed is None else f"{text[: parsed.start]} | {text[parsed.start :]}"


def collect(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """(authors, editors) of the byline lines; a foot credit's reporters count when no byline names one."""
    authors: list[str] = []
    credited: list[str] = []
    editors: list[str] = []
    foot = lexicon.bylines().foot_credit
    for line in lines:
        a, e = _parsed(line)
        named = credited if foot.match(line) else authors
        named += [n for n in a if n not in named]
        editors += [n for n in e if n not in editors]
    return authors or credited, editors


def is_person(name: str) -> bool:
    """'By The Irrawaddy' names the outlet and 'By X, New Delhi' the place written from: no writers."""
    return outlet_named(name) is None and name.lower() not in lexicon.place_names() and not _desk(name)


def _desk(name: str) -> bool:
    """'Redaksi Akurat', 'Metro Desk': a newsroom signs, not a person."""
    words = name.lower().split()
    desks = lexicon.desk_words()
    return len(words) > 1 and (words[0] in desks or words[-1] in desks)


def prefer_known(printed: list[str], known: list[str]) -> list[str]:
    """Byline names, with a name the page's metadata spells out in full replacing the printed one it
    begins ('Alma Fikhasari Selasa' -> 'Alma Fikhasari'); the metadata's names when none is printed."""
    printed = [name for name in printed if outlet_named(name) is None]  # 'Tribun Jogja': a desk, no writer
    if not printed:
        return list(known)
    fixed = []
    for name in printed:
        lowered = name.lower()
        full = next((k for k in known if lowered != k.lower() and lowered.startswith(k.lower() + " ")), None)
        fixed.append(full or name)
    return list(dict.fromkeys(fixed))


def signed_from(text: str, is_byline: bool) -> str | None:
    """The known place a header byline signs from ('X and Y in Oslo'), or a wire's name alone signed
    so ('Agency in Oslo', a line no name reader takes for a byline): where the story was filed."""
    found = signed_place(text)
    if found is None or (not is_byline and agency_as_printed(found[0]) != found[0]):
        return None
    return found[1]
