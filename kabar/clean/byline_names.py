"""Bylines printed without a marker: a writer's name on its own line beside the header date.

Many sites print 'Jonathan Head' above 'South East Asia correspondent', 'Rahman Asmardika, Jurnalis',
'Nama Penulis - detikNews' or 'X and Y in Baku' next to the date, with no 'By'/'Oleh'. A line counts
only by its shape (two to five capitalised name words per person, an optional role, desk, place or
outlet tail) and its place (within a few lines of the header's date or byline).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kabar.clean import lexicon
from kabar.clean.classify import ALT, BLANK, BOILER, BYLINE, CAPTION, CREDIT, DATE, HEADING, SENTENCE, SHORT
from kabar.clean.lines import Line
from kabar.clean.signing_place import place_tail, without_place
from kabar.clean.sources import without_agency_field
from kabar.dates.parse import glued_date
from kabar.outlets import outlet_named

# Latin letters with diacritics count as letters of a name ('Müller', 'Åsa', 'Ñusta'): ASCII classes alone
# would turn such a writer's line into no byline at all.
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
NAME_WORD = re.compile(
    rf"^(?:[{_UPPER}][{_LOWER}][\w'’.-]{{0,18}}|[{_UPPER}]\.?|[{_UPPER}][{_LOWER}]?'[{_UPPER}][\w'’-]*)$"
)
GLUED = re.compile(r"[a-z][A-Z].*[a-z][A-Z]")  # 'FacebookTwitterWhatsApp': share buttons run together
PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "da", "di", "al", "el", "la", "le", "der", "dos"})
PARTICLE_JOINED = re.compile(rf"^(?:{'|'.join(sorted(PARTICLES))})-[A-Z][\w'’-]+$")  # 'Nidal al-Mughrabi'
JOINERS = re.compile(r"\s*(?:,|&|\||\band\b|\bdan\b)\s*")
DESK_TAIL = re.compile(r"\s+[-–—|·•]+\s+(?P<desk>\S+(?:\s+\S+){0,2})$")  # 'Nama - detikNews'
OUTLET_TAIL = re.compile(r"\s*\((?P<outlet>[^()]{2,40})\)$")  # 'X and Y (The Jakarta Post)'
# 'Market - Mae Lestari, CNBC Indonesia': the rubric printed before the writer; dropped only when an
# outlet's name closes the line, so 'Name - Role' lines keep their shape.
RUBRIC_HEAD = re.compile(r"^[A-Z][\w&]*(?:\s[A-Z][\w&]*)?\s+[-–—]\s+(?=[A-Z])")
INITIALS_TAIL = re.compile(r"\s*/\s*[A-Z]{1,4}$")  # 'Faisal Maliki Baskoro / HE': the editor's initials
JOINER_LINE = frozenset({"and", "dan", "&", ","})  # 'Amy Chew' / 'and' / 'Dewey Sim' on three lines
STACK = 3  # name lines stacked one under another ('Patsy Widakuswara' / 'Indra Yoga')
SHORT_NAME_WORDS = 3
NEAR = 3  # non-blank lines between a name line and the header's date or byline
CANDIDATE_KINDS = frozenset({HEADING, SHORT, SENTENCE})
OUTLET_CREDIT = re.compile(r"[^()]+?\s*\((?P<outlet>[^()]+)\)")  # 'Name (Outlet)', beside the header's date
ANCHOR_KINDS = frozenset({DATE, BYLINE})
PASSABLE_KINDS = frozenset({BOILER, ALT, CAPTION, DATE})
MAX_WORDS = 16
UNDER_TITLE_WORDS = 10  # 'A, B dan C': two or three writers' names at most
STATE_CODE = re.compile(r"(?:[A-Z]\.?){2,3}")  # 'DC', 'N.Y.': a state's postal code after a city
PLACE_LINE_WORDS = 3
FIELD_SPLIT = re.compile(r"\s+[|•·]\s+")


@dataclass(frozen=True)
class NameWords:
    roles: re.Pattern[str]
    not_names: frozenset[str]
    affiliations: re.Pattern[str]  # 'The University of Queensland' after a name
    role_tail: re.Pattern[str]  # 'Political Correspondent' printed after a name


@cache
def name_words() -> NameWords:
    roles = sorted({r.lower() for r in lexicon.per_language("bylines.toml", "roles")}, key=len, reverse=True)
    pattern = "|".join(re.escape(r) for r in roles) or "(?!)"
    stops = {w.lower() for w in lexicon.per_language("bylines.toml", "not_names")} | lexicon.place_words()
    stops |= {w for words in lexicon.stopwords().values() for w in words}
    places = lexicon.per_language("bylines.toml", "affiliations")
    affiliations = "|".join(re.escape(w) for w in places) or "(?!)"
    modifiers = (
        "|".join(re.escape(w) for w in lexicon.per_language("bylines.toml", "role_modifiers")) or "(?!)"
    )
    joins = "|".join(re.escape(w) for w in lexicon.per_language("bylines.toml", "joiners") if w != ",")
    # two beats joined make one post ('Arts and culture editor'): the joiner binds modifiers, not names
    modified = rf"(?:{modifiers})(?:\s+(?:{joins or '(?!)'})\s+(?:{modifiers}))?"
    return NameWords(
        re.compile(rf"(?i)\b(?:{pattern})\b"),
        frozenset(stops - PARTICLES),
        re.compile(rf"\b(?:{affiliations})\b"),
        re.compile(rf"(?i)(?:\s+{modified})*\s+(?:{pattern})s?$"),
    )


def without_role_tail(name: str) -> str:
    """A name without the job title printed after it ('Thomas Hale Political Correspondent'); a
    lower-case role after a capitalised beat ('Rowena Mason Whitehall editor') takes the beat along."""
    match = name_words().role_tail.search(name)
    if not match or len(name[: match.start()].split()) < 2:
        return name
    head, role = name[: match.start()].split(), match.group(0).split()
    if role[0][:1].islower() and len(head) >= 3 and head[-1][:1].isupper():
        head = head[:-1]
    return " ".join(head)


@cache
def _role_field() -> re.Pattern[str]:
    roles = "|".join(
        re.escape(r) for r in sorted(lexicon.per_language("bylines.toml", "roles"), key=len)[::-1]
    )
    # up to three capitalised beat words before the role ('Policy Editor', 'Breaking News Reporter')
    return re.compile(
        rf"\s*,\s*(?:[A-Z][\w&'’-]*\s+){{0,3}}(?i:{roles or '(?!)'})s?(?=\s*(?:,|\||&|\band\b|\bdan\b|$))"
    )


def without_role_fields(text: str) -> str:
    """A byline without the job title set off by commas after each name ('A, Political Editor, and B'),
    which would otherwise stop or split the names around it."""
    return _role_field().sub("", text) if "," in text else text


def has_role_tail(text: str) -> bool:
    return name_words().role_tail.search(text) is not None


def _is_name(part: str) -> bool:
    words = part.split()
    stops = name_words().not_names
    return (
        2 <= len(words) <= 5
        and words[0][:1].isupper()
        and all(
            (NAME_WORD.match(w) and not GLUED.search(w)) or w in PARTICLES or PARTICLE_JOINED.match(w)
            for w in (words[:-1] if _closing_initials(words) else words)
        )
        and not any(w.lower().strip(".") in stops for w in _past_given_name(_without_initials(words)))
        and not name_words().roles.fullmatch(words[-1])  # 'Court Correspondent': a job title, no name
    )


CLOSING_INITIALS = re.compile(r"^[A-Z]{2,3}$")  # 'Rina Dewi AS': initials in capitals closing a name


def _closing_initials(words: list[str]) -> bool:
    """Two name words or more, then their bearer's initials in capitals ('Rina Dewi AS'): the initials
    belong to the name; after one word they may be an outlet's or a unit's ('Kodim AB')."""
    return len(words) >= 3 and CLOSING_INITIALS.match(words[-1]) is not None


def _without_initials(words: list[str]) -> list[str]:
    """The words without a middle initial printed bare ('Jane A Roe'): a capital letter alone between two
    name words is an initial, not the stopword it spells."""
    if len(words) < 3:
        return words
    return [words[0], *(w for w in words[1:-1] if not (len(w) == 1 and w.isupper())), words[-1]]


@cache
def _given_names() -> frozenset[str]:
    return frozenset(lexicon.per_language("bylines.toml", "given_names"))


@cache
def _family_names() -> frozenset[str]:
    return frozenset(lexicon.per_language("bylines.toml", "family_names"))


def _past_given_name(words: list[str]) -> list[str]:
    """The words a stopword may not be: all but a leading given name or a closing family name some
    stopword list holds (`Dan`, `Yang`)."""
    words = words[1:] if words[0] in _given_names() else words
    return words[:-1] if len(words) > 1 and words[-1] in _family_names() else words


def _is_tail(text: str) -> bool:
    """A role ('Jurnalis'), a desk or outlet ('detikNews', 'CNBC Indonesia') after a name."""
    text = text.strip(" .,")
    words = name_words()
    return bool(
        words.roles.fullmatch(text)
        or words.role_tail.fullmatch(" " + text)  # 'Political Reporter': a modified role
        or outlet_named(text)
        or (len(text.split()) == 1 and text[:1].islower())
        or words.affiliations.search(text)
    )


def _without_badges(text: str) -> str:
    """Words printed before a name that are no part of it ('Photo Verified Writer Trio Hamdani')."""
    words = text.split()
    known = name_words()
    k = 0
    while k < len(words) - 2 and (words[k].lower() in known.not_names or known.roles.fullmatch(words[k])):
        k += 1
    return " ".join(words[k:]) if k else text


def names_in_line(text: str) -> list[str]:
    """The people a marker-less byline line names, or [] when the line is not one."""
    text = without_agency_field(text)  # 'Name | with AP, Kyodo'
    if len(text.split()) > MAX_WORDS or any(c.isdigit() for c in text):
        return []
    head = RUBRIC_HEAD.match(text)
    if head and "," in text and outlet_named(text.rsplit(",", 1)[1]):
        text = text[head.end() :]
    for tail in (DESK_TAIL, OUTLET_TAIL):
        match = tail.search(text)
        if match and _is_tail(match.group(1)):
            text = text[: match.start()]
    unroled = without_role_fields(text).strip()
    roled = unroled != text.strip()
    signed = INITIALS_TAIL.sub("", unroled)
    text = _without_badges(without_place(signed))
    text = without_role_tail(text)  # before the split: a post may hold a joiner ('Police and crime editor')
    parts = [without_role_tail(p.strip(" .")) for p in JOINERS.split(text) if p.strip(" .")]
    parts = _without_own_places(text, parts, last_placed=place_tail(signed) is not None)
    if roled:  # 'NAME SURNAME, Outlet staff writer': a name in capitals, the role field vouching for it
        parts = [_capitals_cased(p) for p in parts]
    affiliation = name_words().affiliations
    while parts and (affiliation.search(parts[-1]) or (not _is_name(parts[-1]) and _is_tail(parts[-1]))):
        parts.pop()  # 'Susi Setiawati, CNBC Indonesia' / 'Rahman Asmardika, Jurnalis'
    if roled and len(parts) == 1 and _single_name(parts[0]) and not GLUED.search(parts[0]):
        return parts  # 'Sutrisno, Jurnalis': the role field vouches for a one-word name
    if not parts or not all(_is_name(p) for p in parts):
        return []
    return [without_place(p) for p in parts]


def _without_own_places(text: str, parts: list[str], last_placed: bool = False) -> list[str]:
    """'X in Oslo and agencies', 'X in Oslo and Y in Bergen': each writer may sign from a place of their own,
    but only when every writer does, joined by words alone ('Floods Hit Homes in Leeds and Residents Flee',
    'Minister Visits Camps in Leeds, Orders Bridges' are headlines, not writers). The line's closing place
    is already cut from `text`, so `last_placed` says whether the last writer signed from one."""
    placed = [bool(place_tail(p)) or _is_tail(p) for p in parts]
    if parts and last_placed:
        placed[-1] = True
    if "," in text or not all(placed):
        return parts
    return [without_place(p) for p in parts]


def names_beside_date(text: str) -> list[str]:
    """The writer a date line prints in a field of its own ('Name • 18 Maret 2025 14:05'), else []."""
    fields = [f.strip() for f in FIELD_SPLIT.split(text) if f.strip()]
    if len(fields) == 1:
        return _glued_names(text)
    if not 2 <= len(fields) <= 3:
        return []
    # the outlet's own name is a field of its own too ('Name | Outlet | 5 March 2025')
    undated = [f for f in fields if not any(c.isdigit() for c in f) and outlet_named(f) is None]
    return names_in_line(undated[0]) if len(undated) == 1 else []


def _glued_names(text: str) -> list[str]:
    """'Jane RoeMarch 12, 2025 11:42 AM': a text dump glues the writer's span to the date's, a letter
    right before the date's first character, which no sentence prints."""
    parsed = glued_date(text)
    return [] if parsed is None else names_in_line(text[: parsed.start])


def _capitals_cased(part: str) -> str:
    """A name printed in capitals as it is written ('NAME SURNAME' -> 'Name Surname'); other text as is."""
    letters = [c for c in part if c.isalpha()]
    return part.title() if len(letters) > 3 and all(c.isupper() for c in letters) else part


def _anchors(kinds: Sequence[str], body_start: int) -> list[int]:
    """Date and byline lines of the header: above the body, or just inside its first lines."""
    window = [
        *reversed(_shown_from(kinds, body_start - 1, -1, 15)),
        *_shown_from(kinds, body_start, 1, NEAR + 1),
    ]
    return [i for i in window if kinds[i] in ANCHOR_KINDS]


def _shown_from(kinds: Sequence[str], start: int, step: int, limit: int) -> list[int]:
    """Up to `limit` non-blank lines from `start` in direction `step`: the header is near the body's
    start, so the walk stops there instead of listing the page's every shown line."""
    found: list[int] = []
    i = start
    while 0 <= i < len(kinds) and len(found) < limit:
        if kinds[i] != BLANK:
            found.append(i)
        i += step
    return found


def mark_name_bylines(lines: Sequence[Line], kinds: list[str], body_start: int) -> list[str]:
    """Relabel marker-less byline lines next to the header's date as BYLINE; return the names in order."""
    found: list[str] = []
    anchors = _anchors(kinds, body_start)
    if any(kinds[i] == BYLINE and not _editor_only(lines[i].text) for i in anchors):
        return found  # the header has a marked byline ('Oleh X', 'By X'): it names the writers
    above = _shown_index(kinds, body_start, -1)
    role_line = above is not None and kinds[above] in CANDIDATE_KINDS and has_role_tail(lines[above].text)
    if role_line and above is not None and (names := names_in_line(lines[above].text)):
        kinds[above] = BYLINE  # 'Name Whitehall editor' right above the story
        found += names
    found += _lone_name_over_editor(lines, kinds, anchors)
    for anchor in anchors:
        inline = names_beside_date(lines[anchor].text) if kinds[anchor] == DATE else []
        if inline:  # 'Rizky Dwi Pratama • 18 Maret 2025 14:05'
            kinds[anchor] = BYLINE
            found += [n for n in inline if n not in found]
            continue
        for step in (-1, 1):  # above the date first; one block of name lines per date
            i = _beside(lines, kinds, anchor, step)
            names = names_in_line(lines[i].text) if i is not None and _candidate(lines, kinds, i) else []
            if names and i is not None:
                rows = [(i, names), *_stacked(lines, kinds, i, step)]
                for row, row_names in sorted(rows):
                    kinds[row] = BYLINE
                    found += [n for n in row_names if n not in found]
                    _mark_role_line(lines, kinds, row)
                break
    return found


def _lone_name_over_editor(lines: Sequence[Line], kinds: list[str], anchors: Sequence[int]) -> list[str]:
    """A one-word name alone between the header's date and its 'Editor: X' line: the writer, who may sign
    with a single name; elsewhere a one-word line is a label, so only this slot vouches for it."""
    for anchor in anchors:
        if kinds[anchor] != BYLINE or not _editor_only(lines[anchor].text):
            continue
        i = _lone_name_slot(kinds, anchor)
        if i is None:
            continue
        word = lines[i].text.strip()
        if _single_name(word):
            kinds[i] = BYLINE
            return [word]
    return []


def _lone_name_slot(kinds: Sequence[str], editor: int) -> int | None:
    """The one-word line beside the date right above an editor line: date / name / 'Editor: X', or
    name / date / 'Editor: X'."""
    i = _shown_index(kinds, editor, -1)
    above = _shown_index(kinds, i, -1) if i is not None else None
    if i is None or above is None:
        return None
    if kinds[i] in (HEADING, SHORT) and kinds[above] == DATE:
        return i
    if kinds[i] == DATE and kinds[above] in (HEADING, SHORT):
        return above
    return None


def _single_name(word: str) -> bool:
    """'Name'-shaped: one capitalised word, no stopword, place, outlet or role."""
    return (
        len(word.split()) == 1
        and len(word) >= 3
        and NAME_WORD.match(word) is not None
        and word.lower() not in name_words().not_names
        and not name_words().roles.fullmatch(word)
        and outlet_named(word) is None
    )


def name_under_title(lines: Sequence[Line], kinds: list[str], title: int, body_start: int) -> list[str]:
    """A bare name line right under the headline ('Rahmat Hidayat') with no date beside it: the writer.
    Relabelled BYLINE; [] when the line is not name-shaped or already holds the story."""
    i = _shown_index(kinds, title, 1)
    if i is None or i >= body_start or lines[i].words > UNDER_TITLE_WORDS:
        return []
    # a short text line over a caption was read as the photo's alt text: a real alt comes from markup
    if kinds[i] not in (HEADING, SHORT) and not (kinds[i] == ALT and lines[i].image_alt is None):
        return []
    names = names_in_line(lines[i].text)
    if names:
        kinds[i] = BYLINE
    return names


def _editor_only(text: str) -> bool:
    """'Editor: X' alone names who edited the story, not who wrote it: the writers may stand unmarked."""
    by = lexicon.bylines()
    return by.editor.match(text) is not None and by.author.match(text) is None


def _candidate(lines: Sequence[Line], kinds: Sequence[str], i: int) -> bool:
    """A line that may be a byline: text, a 'Name / XY' line read as a photo credit although no
    photo or caption stands beside it (there the slash closes the editor's initials), or a writer
    credited to a known outlet ('Yvette Tanamal (The Jakarta Post)') read as a caption."""
    if kinds[i] in CANDIDATE_KINDS:
        return True
    if kinds[i] == CAPTION:
        return _outlet_credit(lines[i])
    if kinds[i] != CREDIT:
        return False
    return not any(_shown(kinds, i, step) in (CAPTION, ALT) for step in (-1, 1))


def _shown_index(kinds: Sequence[str], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(kinds) and kinds[j] == BLANK:
        j += step
    return j if 0 <= j < len(kinds) else None


def _shown(kinds: Sequence[str], i: int, step: int) -> str | None:
    j = i + step
    while 0 <= j < len(kinds) and kinds[j] == BLANK:
        j += step
    return kinds[j] if 0 <= j < len(kinds) else None


def _stacked(lines: Sequence[Line], kinds: list[str], i: int, step: int) -> list[tuple[int, list[str]]]:
    """Further name lines printed one under another beyond line `i` (a writer per line, or 'and' alone
    on the line between two names)."""
    rows: list[tuple[int, list[str]]] = []
    j, joined = i + step, None
    while 0 <= j < len(lines) and len(rows) < STACK:
        if kinds[j] == BLANK or (kinds[j] in CANDIDATE_KINDS and lines[j].key in JOINER_LINE):
            joined = j if kinds[j] != BLANK else joined
            j += step
            continue
        if step > 0 and _post_line(lines[j], kinds[j]):
            j += step  # 'Maria Lindqvist' / 'Africa correspondent' / 'and' / ...: the first writer's post
            continue
        names = names_in_line(lines[j].text) if kinds[j] in CANDIDATE_KINDS else []
        # without an 'and' line between, only a lone short name: a headline may look like a name list
        if not names or (joined is None and (len(names) > 1 or len(names[0].split()) > SHORT_NAME_WORDS)):
            break
        if joined is not None:
            kinds[joined] = BOILER
        rows.append((j, names))
        j, joined = j + step, None
    return rows


def _outlet_credit(line: Line) -> bool:
    """'Yvette Tanamal (The Jakarta Post)': a name credited to a known outlet."""
    return credited_outlet(line.text) is not None


def credited_outlet(text: str) -> tuple[str, str] | None:
    """The (domain, name) of the known outlet a 'Name (Outlet)' line credits its writer to."""
    credit = OUTLET_CREDIT.fullmatch(text)
    if credit is None:
        return None
    domain = outlet_named(credit["outlet"])
    return (domain, credit["outlet"]) if domain is not None else None


def _beside(lines: Sequence[Line], kinds: Sequence[str], i: int, step: int) -> int | None:
    """The first line next to `i` that says something: share buttons, photos, one-word labels ('Save',
    'Bookmark') and the outlet's name ('BBC News') between a date and its byline are stepped over."""
    j, seen = i + step, 0
    while 0 <= j < len(kinds) and seen <= NEAR:
        if kinds[j] != BLANK:
            passable = (
                kinds[j] in PASSABLE_KINDS
                or lines[j].words <= 1
                or _role_label(lines[j])
                or place_line(lines[j].text) is not None  # 'Name' / 'City' / date: the place it signs from
            )
            if passable and kinds[j] == CAPTION and _outlet_credit(lines[j]):
                return j  # 'Name (The Jakarta Post)' beside the date: the writer, not a photo credit
            if not passable and not (lines[j].words <= 4 and _outlet_line(lines[j].text)):
                return j
            seen += 1
        j += step
    return None


def place_line(text: str) -> str | None:
    """A known place printed alone on a header line ('Port Louis'): where the byline above signs from."""
    place = text.strip(" .,")
    key = place.lower()
    if not place[:1].isupper() or len(key.split()) > PLACE_LINE_WORDS:
        return None
    return place if lexicon.known_place(key) or _qualified_place(place) else None


def _qualified_place(place: str) -> bool:
    """A known place with its state or country after a comma ('Austin, TX', 'Lyon, France')."""
    head, comma, tail = place.partition(",")
    tail = tail.strip()
    return (
        bool(comma)
        and lexicon.known_place(head.strip().lower())
        and bool(tail)
        and (STATE_CODE.fullmatch(tail) is not None or lexicon.known_place(tail.lower()))
    )


def _outlet_line(text: str) -> bool:
    """The outlet's name alone, or with a desk word after it ('Outlet Community', 'Outlet Desk')."""
    if outlet_named(text):
        return True
    head, _, last = text.rpartition(" ")
    return bool(head) and last.lower() in lexicon.desk_words() and outlet_named(head) is not None


def _role_label(line: Line) -> bool:
    """'Court Correspondent' alone: the job title printed under the writer's name."""
    return (
        line.words <= 4
        and name_words().role_tail.search(line.text) is not None
        and not names_in_line(line.text)
    )


def _post_line(line: Line, kind: str) -> bool:
    """'BBC News Africa correspondent': a short line naming a writer's post, no name in it."""
    return (
        kind in (HEADING, SHORT)
        and line.words <= 6
        and name_words().roles.search(line.text) is not None
        and not names_in_line(line.text)
    )


def _mark_role_line(lines: Sequence[Line], kinds: list[str], i: int) -> None:
    """'South East Asia correspondent' under the name is part of the byline, never body or title."""
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK:
        j += 1
    if j < len(kinds) and _post_line(lines[j], kinds[j]):
        kinds[j] = BOILER
