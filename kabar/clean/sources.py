"""News agencies and outlets a story cites: known agencies by name, others by citation cues."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from itertools import chain

from kabar.clean import lexicon
from kabar.clean.classify import BLANK
from kabar.clean.language import body_words, distinct_words
from kabar.clean.language import lowered as lowered_text
from kabar.clean.lines import Line
from kabar.clean.phrases import matches_at
from kabar.clean.signing_place import signed_place

SIGN_OFF = re.compile(r"^\W*(?:sumber|source|sources)\s*:\s*(?P<names>[^|]{2,80})", re.I)
# Desk credits closing a story: 'ae/hp (AFP, Reuters)', '(FRANCE 24 with AFP)', 'By X with AP'; the second
# initials may be missing ('ae/ (AFP)')
DESK_CREDIT = re.compile(r"^\W*(?:[a-z]{1,5}/)*[a-z]{1,5}/?\s*\((?P<names>[A-Za-z][^()]{1,60})\)\W*$")
# the names after the first may be printed in lower case ('with AP, Kyodo, dpa'): only known agencies count
WITH_AGENCIES = re.compile(
    r"\bwith\s+(?P<names>[A-Z][\w.-]*(?:\s*(?:,|and|&)\s*[A-Za-z][\w.-]*){0,3})\s*\)?\W*$"
)
# The credit field closing a byline line: 'Name | with AP, Kyodo'.
WITH_AGENCIES_FIELD = re.compile(rf"\s*[|•·]?\s*{WITH_AGENCIES.pattern}")
# A story's closing credit in parentheses: agencies, then the writers' initials ('(AFP/Reuters/ab)') or a
# desk's code ('(AFP/Z-2)').
SLASHED_CREDIT = re.compile(
    r"^\(\s*(?P<names>[A-Z][\w .-]{0,30}?(?:\s*/\s*[A-Z][\w .-]{0,30}?)*)"
    r"(?:\s*/\s*(?:[a-z]{1,5}|[A-Z]{1,2}-\d{1,3}))+\s*\)\W*$"
)
# The same credit closing the story's last paragraph ('... pada Maret 2026. (AFP/Z-2)').
CLOSING_CREDIT = re.compile(r"(?<=[.!?\"”])\s+(\([^()]{2,60}\))\s*$")
MAX_CREDIT_WORDS = 12
SPLIT = re.compile(r"\s*(?:,|/|&|;|\band\b|\bdan\b)\s*")
# Words that make a captured name an outlet rather than a person ('Hindustan Times', 'Kyiv Post').
SENTENCE_END = re.compile(r"(?<=[a-z])\.\s")  # `Akipress. Menurut`: a name ends with its sentence
OUTLET_WORD = re.compile(
    r"\b(?:Times|Post|News|Journal|Herald|Daily|Tribune|Press|Media|TV|Telegraph|Gazette|Radio|Today|Monitor|Insider|Review|Reuters|Wire)\b|\.com\b|\.co\b"
)


def agency_of(text: str) -> str | None:
    """Canonical agency name when `text` is (or starts with) a known agency alias."""
    found = _alias_at_start(text.strip())
    return found[1] if found else None


def agency_as_printed(text: str) -> str | None:
    """The known agency alias `text` starts with, spelled as printed ('Associated Press', 'AP')."""
    found = _alias_at_start(text.strip())
    return found[0] if found else None


def _alias_at_start(text: str) -> tuple[str, str] | None:
    """(alias, canonical name) of `lexicon.sources().alias.match(text)`: the first alias in file order
    that opens the text as a whole word. A regex of a hundred alternatives tries each in turn; here
    only the aliases opening with the text's first character are compared."""
    by_first = _aliases_by_first()
    if by_first is None:
        match = lexicon.sources().alias.match(text)
        return (
            (match.group(0), lexicon.sources().alias_names[match.lastgroup])
            if match and match.lastgroup
            else None
        )
    for alias, name in by_first.get(text[:1], ()):
        if text.startswith(alias):
            after = text[len(alias) : len(alias) + 1]  # '' at the end: not a word character either
            if not (after.isalnum() or after == "_"):  # re's \w is exactly str.isalnum() or '_'
                return alias, name
    return None


@cache
def _aliases_by_first() -> dict[str, tuple[tuple[str, str], ...]] | None:
    """The aliases by their first character, file order kept; None when an alias is empty (it
    matches anywhere: the regex decides)."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for alias, name in lexicon.sources().aliases:
        if not alias:
            return None
        by_first.setdefault(alias[0], []).append((alias, name))
    return {first: tuple(found) for first, found in by_first.items()}


def agencies_in(text: str, words: Collection[str] | None = None) -> list[str]:
    """Known agencies named anywhere in the text, spelled as printed (the gold convention); `words`
    are the text's distinct lower-cased words when the caller has them."""
    lex = lexicon.sources()
    starts = lex.bare_gate.starts(text, distinct_words(text) if words is None else words)
    return _unique(match.group(0) for match in matches_at(lex.bare, text, starts))


def cued_outlets(text: str, words: Collection[str] | None = None) -> list[str]:
    """Names after 'dilansir', 'dikutip dari laman', 'according to' that are agencies or outlets: known
    ones, names with an outlet's word (`Times`), and any name a skipped outlet noun leads
    (`dikutip kantor berita Kabar`) or follows (`told the Kabar newspaper`)."""
    names = []
    lex = lexicon.sources()
    lowered = lowered_text(text)
    if len(lowered) == len(text):  # the phrases are lower case; a text changing length when lowered is rare
        words = distinct_words(text) if words is None else words
        matches = matches_at(lex.cue, text, lex.cue_gate.starts(text, words, lowered))
    else:
        matches = lex.cue.finditer(text)
    for match in matches:
        name = SENTENCE_END.split(match.group("name"), maxsplit=1)[0].strip(" .,")
        known = _known_from_lead(match, text) or agency_as_printed(name)
        if known:
            names.append(known)
        elif _named_as_outlet(match, name) and len(name.split()) <= 5:
            names.append(name)
    return names


def _named_as_outlet(match: re.Match[str], name: str) -> bool:
    """An outlet's word in the name (`Times`), or an outlet noun before it or after it."""
    return bool(OUTLET_WORD.search(name) or _led_as_outlet(match) or match.group("tail"))


def _known_from_lead(match: re.Match[str], text: str) -> str | None:
    """A known name that opens with a skipped outlet noun ('Kantor Berita ...' names an agency itself)."""
    lead = match.start("lead")
    return agency_as_printed(text[lead : match.end("name")]) if lead >= 0 else None


def _led_as_outlet(match: re.Match[str]) -> bool:
    lead = match.group("lead")
    return lead is not None and lead.lower() in lexicon.sources().outlet_nouns


def desk_credit_sources(line: str) -> list[str]:
    """Agencies a desk credit names: 'ae/hp (AFP, Reuters)', '(AFP/Reuters/ab)' (any capitalised name),
    '(FRANCE 24 with AFP)' or 'By X with AP' (known agencies only: 'with' also joins people)."""
    if "(" in line and (match := DESK_CREDIT.match(line) or SLASHED_CREDIT.match(line)):
        return _names(match.group("names"))
    if story_credit(line):
        return [name for part in line.strip()[1:-1].split("/") if (name := agency_as_printed(part))]
    if "with" in line and len(line.split()) <= MAX_CREDIT_WORDS and (match := WITH_AGENCIES.search(line)):
        return [name for part in SPLIT.split(match.group("names")) if (name := agency_as_printed(part))]
    return []


def without_agency_field(text: str) -> str:
    """A byline line without its closing 'with' credit when that credit names known agencies only
    ('Name | with AP, Kyodo' -> 'Name'): the agencies supplied copy, they are no writers."""
    match = WITH_AGENCIES_FIELD.search(text) if "with" in text else None
    if match is None:
        return text
    parts = [p for p in SPLIT.split(match.group("names")) if p]
    whole = bool(parts) and all(agency_as_printed(p) == p.strip(" .") for p in parts)
    return text[: match.start()] if whole else text


def closes_with_credit(text: str) -> bool:
    """A paragraph that ends with the story's closing credit, not a photo's."""
    m = CLOSING_CREDIT.search(text)
    return m is not None and SLASHED_CREDIT.match(m.group(1)) is not None


def is_sign_off_code(text: str) -> bool:
    """A line holding only the desk's bracketed code ('(AB/C-2)'), printed under the story's last
    paragraph: the story's own credit, no photo's."""
    return SLASHED_CREDIT.match(text.strip()) is not None


def story_credit(text: str) -> bool:
    """A bracketed credit of parts ending with a news agency ('(Outlet/Writer/AFP)'): who supplied the
    story."""
    text = text.strip()
    if not (text.startswith("(") and text.endswith(")") and "/" in text):
        return False  # '(Reuters)' alone is a bracket, no credit line
    return agency_of(text[1:-1].split("/")[-1]) is not None


def sign_off_sources(line: str) -> list[str]:
    """'Sumber: Reuters' / 'Source: AP, AFP' footers and header credits, and desk credits."""
    match = SIGN_OFF.match(line) if ":" in line else None  # the colon is required: most lines skip the regex
    if not match:
        return desk_credit_sources(line) if "(" in line or "with" in line else []
    return _names(match.group("names"))


def _names(text: str) -> list[str]:
    names = []
    for part in SPLIT.split(text):
        part = part.strip(" .()")
        known = agency_as_printed(part) if part else None  # a known agency may be printed in lower case
        if part and len(part.split()) <= 4 and (part[:1].isupper() or known):
            names.append(known or part)
    return names


# The credit that closes a photo caption: `Foto: X/Pool via REUTERS`, `(Photo: Reuters/X)`, `ANTARA/AFP/ab.`,
# `© X / AFP`.
CAPTION_CREDIT = re.compile(
    r"(?:(?:foto|photo|image|gambar)\s*:|©|\b[A-Z][\w.-]*(?=\s*/))[^()©:]{2,80}?\)?\.?\s*$", re.I
)
BRACKETED_END = re.compile(r"\([^()]{2,40}\)\.?\s*$")  # 'Ilustrasi pengungsi di Sudan. (AFP)'
PIPED_END = re.compile(r"\s\|\s*[^|()]{2,40}$")  # '... on Tuesday. | AGENCY': the credit after a bar
DASHED_END = re.compile(r"[.)]\s+[–—-]\s*(?=[A-Z])[^–—()]{2,40}$")  # '... (Oct 4). - Agency': after a dash
CREDIT_PARTS = re.compile(r"\s*(?:/|,|;|:|©|\(|\)|\||\bvia\b|(?<![\w-])[–—-](?![\w-]))\s*", re.I)


def caption_credits(captions: Iterable[str]) -> list[str]:
    """The known agencies whose photos the captions credit (a photographer's name is no agency)."""
    names = []
    for caption in captions:
        tail = caption[-120:]
        if (
            match := CAPTION_CREDIT.search(tail)
            or BRACKETED_END.search(tail)
            or PIPED_END.search(tail)
            or DASHED_END.search(tail)
        ) is not None:
            parts = CREDIT_PARTS.split(tail[match.start() :])
            names += [name for part in parts if (name := agency_as_printed(part))]
    return names


def cited_sources(body: str, extra_lines: Iterable[str], dateline_agency: str | None) -> list[str]:
    """`cited_in` with the credit lines given as texts (the cleaner passes `outside_credits` instead)."""
    bare = lexicon.sources().bare_names
    return cited_in(
        body, [name for line in extra_lines for name in _line_credits(line, bare)], dateline_agency
    )


def cited_in(body: str, credited: list[str], dateline_agency: str | None) -> list[str]:
    """The agencies of the dateline, of the credit lines (`credited`, see `outside_credits`) and of
    the body, each once."""
    names: list[str] = []
    if dateline_agency:
        names.append(agency_as_printed(dateline_agency) or dateline_agency)
    names += credited
    words = _gate_words().intersection(body_words(body))  # all the phrase gates ask of the body's words
    names += cued_outlets(body, words)
    names += agencies_in(body, words)
    return _unique(names)


@cache
def _gate_words() -> frozenset[str]:
    """The words the cue and agency phrases open with: a body's other words rule no phrase in or out."""
    lex = lexicon.sources()
    return lex.cue_gate.words | lex.bare_gate.words


def outside_credits(lines: Sequence[Line], kinds: Sequence[str], body: range, max_words: int) -> list[str]:
    """The names the shown lines of at most `max_words` words outside the body print as credits (see
    `_line_credits`), in page order; each line's credits are kept on its shared record (menus and
    footers recur on every page), so a line asked before costs an attribute read. A note that the story
    first ran at another outlet names it, however long the headline it quotes."""
    names: list[str] = []
    before = zip(lines[: body.start], kinds[: body.start], strict=True)
    for line, kind in chain(before, zip(lines[body.stop :], kinds[body.stop :], strict=True)):
        if kind == BLANK:
            continue
        if line.words <= max_words:
            found = line.credits if line.credits is not None else line_credits(line)
            if found:
                names += found
        elif outlet := first_ran_at(line.text):
            names.append(outlet)
    return names


@cache
def _copy_note() -> re.Pattern[str]:
    """'Artikel ini telah tayang di X dengan judul ...', 'This article first appeared on X': the outlet the
    story was first published by."""
    notes = sorted(lexicon.per_language("sources.toml", "copy_notes"), key=len, reverse=True)
    phrases = "|".join(re.escape(n) for n in notes) or "(?!)"
    return re.compile(rf"^\W*(?i:{phrases})\s+(?P<name>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){{0,3}})")


def first_ran_at(text: str) -> str | None:
    """The outlet a copy note at the start of the line names as where the story first ran."""
    match = _copy_note().match(text)
    return match.group("name").rstrip(".") if match else None


def line_credits(line: Line) -> tuple[str, ...]:
    """`_line_credits` of the line's text, kept on its record."""
    if line.credits is None:
        line.credits = tuple(_line_credits(line.text, lexicon.sources().bare_names))
    return line.credits


def _line_credits(line: str, bare: dict[str, str]) -> list[str]:
    """'Sumber: Reuters', a desk credit, a note naming where the story first ran, or a known agency alone
    ('Bernama' under the headline)."""
    if outlet := first_ran_at(line):
        return [outlet]
    if ":" in line or "(" in line or "with" in line:  # most lines can hold no credit: skip the call
        return sign_off_sources(line)
    if line.strip() in bare:  # a dict lookup: every short line outside the body is asked
        return [line.strip()]
    if "/" in line and (agency := byline_agency(line, bare)):
        return [agency]
    if wire := wire_signed_from(line):
        return [wire]
    return agency_list(line, bare)


def byline_agency(line: str, bare: dict[str, str]) -> str | None:
    """'By Name Surname / Agency': the known agency a byline credits after its last slash supplied the
    story (the writer works for it)."""
    if lexicon.bylines().author.match(line) is None:
        return None
    return _bare_alias(line.rsplit("/", 1)[1].strip(" ."), bare)


def wire_signed_from(line: str) -> str | None:
    """The known agency a line signs the story with from a known place ('Agency in Oslo'), as printed."""
    # the gate spares the regex on the many short lines outside the body this is asked about
    found = signed_place(line.strip()) if " in " in line or " di " in line else None
    return found[0] if found is not None and agency_as_printed(found[0]) == found[0] else None


def agency_list(line: str, bare: dict[str, str]) -> list[str]:
    """A line listing known agencies alone ('AP, AFP', 'Agency One and Agency Two'): the story's
    suppliers, signed under the text or in the byline's place."""
    if SPLIT.search(line) is None:
        return []
    parts = [_bare_alias(p.strip(" ."), bare) for p in SPLIT.split(line.strip())]
    return [p for p in parts if p] if len(parts) >= 2 and all(parts) else []


def _bare_alias(part: str, bare: dict[str, str]) -> str | None:
    """The known alias the part prints, also when a credit line sets it in capitals: its usual spelling."""
    if part in bare:
        return part
    usual = part.title() if part.isupper() and len(part) > 4 else None  # 'AP' and 'AFP' stay acronyms
    return usual if usual in bare else None


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return list(seen.values())
