"""Photo and video captions: found by credit patterns and by their place next to images and credits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import islice

from kabar.clean import lexicon
from kabar.clean.byline_names import has_role_tail, names_in_line
from kabar.clean.classify import (
    ALT,
    BLANK,
    BOILER,
    BYLINE,
    CAPTION,
    CREDIT,
    DATE,
    HEADING,
    SENTENCE,
    SHORT,
    indices_of,
)
from kabar.clean.lines import Line, norm_key
from kabar.clean.sources import agency_of, closes_with_credit, is_sign_off_code, story_credit
from kabar.dates.calendar import calendar

TOKEN = re.compile(r"\w+")
BARE_CREDIT_WORDS = 3
ALT_OVERLAP = 0.8  # share of the alt's words a caption under the image repeats
BODY_WORDS = 25  # a line this long under a credit is the story's first paragraph, not a caption
CUED_KINDS = frozenset({SENTENCE, HEADING, SHORT, BOILER})  # kinds a photo's caption or credit may get


def has_credit(text: str, literals: tuple[str, ...] | None = None) -> bool:
    """`literals`: the credit gate literals the text may hold (see `_cue_new_lines`)."""
    return lexicon.captions().credit.search(text, None, literals)


# What a line's text says about a photo (kept on its shared record, see `cue`)
PHOTOGRAPHER, LABELLED_CREDIT, CREDITED = "photographer", "labelled_credit", "credited"
CAPTION_LABEL, CREDIT_LABEL, DASH_CREDIT = "caption_label", "credit_label", "dash_credit"


def cue(line: Line) -> str:
    """What the line's text alone says about a photo ('' for nothing), computed once per distinct line:
    each test runs only when a cheap look at the text allows it."""
    if line.cue is None:
        line.cue = _cue(line)
    return line.cue


def _cue_new_lines(lines: Sequence[Line]) -> None:
    """Cues of a page's lines asked for the first time: one scan of them all for the credit gate
    literals, so each line tests only the few the page holds."""
    literals = lexicon.captions().credit.present_in("\n".join([line.text for line in lines]).lower())
    for line in lines:
        if line.cue is None:  # a line printed twice on the page is one record
            line.cue = _cue(line, literals)


def _cue(line: Line, literals: tuple[str, ...] | None = None) -> str:
    lex = lexicon.captions()
    text, key = line.text, line.key
    labelled = key.startswith(lex.label_starts)
    if "/" in text and line.words <= 8 and lex.photographer.match(text) and not _breadcrumb(text):
        return PHOTOGRAPHER
    if labelled and line.words <= 12 and lex.credit_line.match(text):
        return LABELLED_CREDIT
    if labelled and lex.caption_label.match(text):
        return CAPTION_LABEL
    if has_credit(text, literals):
        return CREDITED
    if labelled and line.words <= 3 and lex.credit_label.match(text):
        return CREDIT_LABEL
    tail = text[-50:]
    if line.words >= 5 and (tail[-1:].isalpha() or tail.endswith(")")) and lex.dash_credit.search(tail):
        return DASH_CREDIT
    return ""


# Section words between spaced slashes: 'Internasional / Eropa', 'World / Europe'.
BREADCRUMB = re.compile(r"^[^\W\d_][\w&-]*(?: / [^\W\d_][\w&-]*)+$")


def _breadcrumb(text: str) -> bool:
    """Single section words between spaced slashes, no agency among them: a breadcrumb, no credit."""
    return BREADCRUMB.match(text) is not None and not any(agency_of(part) for part in text.split(" / "))


MENU_LOOKBACK = 12  # lines above a slashed trail searched for its parts printed as menu entries


def _menu_trail(lines: Sequence[Line], i: int) -> bool:
    """'Asia Pacific / Politics' under the menu entries 'Asia Pacific' and 'Politics': a breadcrumb of
    the sections printed just above it, however many words a section has, never a photographer's credit."""
    parts = [norm_key(part) for part in lines[i].text.split("/")]
    shown = {line.key for line in lines[max(0, i - MENU_LOOKBACK) : i]}
    return len(parts) >= 2 and all(part and part in shown for part in parts)


def credits(line: Line) -> bool:
    """has_credit of the line's text, kept on its record."""
    found = cue(line)
    return found == CREDITED or (found in (PHOTOGRAPHER, LABELLED_CREDIT) and has_credit(line.text))


def strip_trailer(text: str) -> str:
    """Drop what sites append to captions ('... Selengkapnya', '...Credit...Name/Agency')."""
    lex = lexicon.captions()
    if "Credit" in text:
        text = lex.credit_tail.sub("", text)
    return lex.trailing.sub("", text).strip()


def _overlap(short: str, long: str) -> float:
    """Share of the short line's words that the long line also has."""
    words = TOKEN.findall(short.lower())
    pool = set(TOKEN.findall(long.lower()))
    return sum(w in pool for w in words) / max(1, len(words))


def _neighbour(kinds: Sequence[str], i: int, step: int) -> int | None:
    """The next line in direction `step` when it is adjacent (no blank line between)."""
    j = i + step
    return j if 0 <= j < len(kinds) and kinds[j] != BLANK else None


def mark_known(lines: Sequence[Line], kinds: list[str], known: Sequence[str]) -> None:
    """Lines the page's markup calls captions (<figcaption>) are captions, whatever their shape."""
    if not known:
        return
    keys = {norm_key(text) for text in known}
    for i, line in enumerate(lines):
        if line.key in keys:
            kinds[i] = CAPTION


def mark_captions(lines: list[Line], kinds: list[str]) -> list[str]:
    """Relabel caption, credit and alt-text lines in place; return the caption texts in page order."""
    found: list[str] = []
    asked = [i for i, kind in enumerate(kinds) if kind in CUED_KINDS]
    if new := [lines[i] for i in asked if lines[i].cue is None]:
        _cue_new_lines(new)
    cued = [(i, c) for i in asked if (c := lines[i].cue)]
    labels = {i for i, c in cued if c == CAPTION_LABEL and _mark_caption_label(lines, kinds, i)}
    for i, c in cued:
        if c in (PHOTOGRAPHER, LABELLED_CREDIT, CREDITED) and not _signed_off(lines[i].text, kinds, i):
            if c == PHOTOGRAPHER and _menu_trail(lines, i):
                continue
            _mark_credit(lines[i], kinds, i, c)
    for i, c in cued:
        if c == CREDIT_LABEL and kinds[i] in (HEADING, SHORT) and _credit_below(kinds, i):
            kinds[i] = CREDIT  # 'Sumber :' alone, the photographer's credit on the line below
        elif c == DASH_CREDIT and kinds[i] in (SENTENCE, HEADING) and _dash_credited_caption(kinds, i):
            kinds[i] = CAPTION
    # credits and images, in page order: no line becomes a credit below, nor stops showing an image
    credited = indices_of(kinds, CREDIT)
    images = [i for i, line in enumerate(lines) if line.image_alt is not None]
    for i in sorted({*credited, *images}) if images else credited:
        if kinds[i] == CREDIT:  # an image's credit line may have become its caption meanwhile
            _caption_beside_credit(lines, kinds, i, labels)
        elif lines[i].image_alt is not None:
            _caption_after_image(lines, kinds, i)
    for i in indices_of(kinds, CAPTION):  # alt text is marked above a caption, never as one
        _mark_alt_before(lines, kinds, i)
        text = strip_trailer(lines[i].text)
        if text and text not in found:
            found.append(text)
    return found


def _mark_credit(line: Line, kinds: list[str], i: int, found: str) -> None:
    """A photographer or labelled credit line ('Name/AFP/Getty Images', 'Sumber gambar, EPA') is a
    credit whatever its length; another credited line is a caption unless it is a bare credit."""
    kind = kinds[i]
    if (found == PHOTOGRAPHER and kind in (HEADING, SHORT)) or (found == LABELLED_CREDIT and kind != BOILER):
        kinds[i] = CREDIT
    elif found == CREDITED or has_credit(line.text):
        # a bare credit ('Getty Images', '(Foto: Reuters)') names who took the photo, not what it shows
        bare = line.words <= BARE_CREDIT_WORDS or lexicon.captions().bare_credit.match(line.text)
        kinds[i] = CREDIT if bare and kind != BOILER else CAPTION


def _mark_caption_label(lines: list[Line], kinds: list[str], i: int) -> bool:
    """'Keterangan gambar,' / 'Image caption,' announce the caption: the label alone is furniture and the
    next line the caption (True); a label with text after it is the caption itself (False)."""
    line = lines[i]
    match = lexicon.captions().caption_label.match(line.text)
    if match is None or kinds[i] not in (HEADING, SHORT, SENTENCE) or line.words > 60:
        return False
    rest = line.text[match.end() :].strip()
    if rest:
        lines[i] = line.with_text(rest)
        kinds[i] = CAPTION
        return False
    kinds[i] = BOILER
    j = _neighbour(kinds, i, 1)
    if j is not None and kinds[j] in (SENTENCE, HEADING, SHORT):
        kinds[j] = CAPTION
    return True


def _credit_below(kinds: Sequence[str], i: int) -> bool:
    j = _neighbour(kinds, i, 1)
    return j is not None and kinds[j] == CREDIT


def _signed_off(text: str, kinds: Sequence[str], i: int) -> bool:
    """The story's last paragraph closed by its credit ('... pada Maret 2026. (AFP/Z-2)'), after prose."""
    return (closes_with_credit(text) or is_sign_off_code(text)) and _closes_prose(kinds, i)


def _dash_credited_caption(kinds: Sequence[str], i: int) -> bool:
    """'... (Dec 20). – Bernama' is a caption, unless it closes a run of prose: then it is the story's
    own sign-off ('... the search area. – Bernama')."""
    return not _closes_prose(kinds, i)


def _closes_prose(kinds: Sequence[str], i: int) -> bool:
    """Line i follows prose and no prose follows it: where a story's own credit stands."""
    return _shown(kinds, i, -1) == SENTENCE and _shown(kinds, i, 1) != SENTENCE


def _shown(kinds: Sequence[str], i: int, step: int) -> str | None:
    """The kind of the nearest non-blank line in direction `step`."""
    j = i + step
    while 0 <= j < len(kinds) and kinds[j] == BLANK:
        j += step
    return kinds[j] if 0 <= j < len(kinds) else None


def _caption_beside_credit(lines: Sequence[Line], kinds: list[str], i: int, labels: set[int]) -> None:
    """The caption a credit belongs to: the line above it, else a short line below it (the story's
    first paragraph often follows a credit with no blank line between). A credit printed above its
    labelled caption ('Sumber gambar, EPA' / 'Keterangan gambar,') has its caption already."""
    below = _neighbour(kinds, i, 1)
    if below is not None and (below in labels or kinds[below] == CAPTION):
        return
    for step in (-1, 1):
        j = _neighbour(kinds, i, step)
        if j is None or kinds[j] not in (SENTENCE, HEADING, SHORT) or lines[j].words < 4:
            continue
        if step == -1 and story_credit(lines[i].text) and _closes_prose(kinds, i):
            return  # '(Outlet.com/Name/AFP)' under the last paragraph: the story's credit, not a photo's
        if (
            step == 1
            and kinds[j] == SENTENCE
            and lines[j].words >= BODY_WORDS
            and not _header_wedged(kinds, j)
        ):
            return
        kinds[j] = CAPTION
        return


def _header_wedged(kinds: Sequence[str], j: int) -> bool:
    """A long line between a credit and a byline or date line, no blank line around it, stands in the
    header: the photo's caption, not the story's first paragraph."""
    below = _neighbour(kinds, j, 1)
    return below is not None and kinds[below] in (BYLINE, DATE)


def _caption_after_image(lines: list[Line], kinds: list[str], i: int) -> None:
    """A markdown image: the next emphasised or credited line is its caption, else the alt is."""
    j = i + 1
    while j < len(lines) and kinds[j] == BLANK and j - i <= 2:
        j += 1
    alt = lines[i].image_alt or ""
    below = lines[j] if j < len(lines) and kinds[j] != BLANK else None
    if below is not None and (below.emphasised or credits(below) or _retold(alt, below)):
        kinds[j] = CAPTION
        return
    if len(alt.split()) >= 5:
        lines[i] = lines[i].with_text(alt)
        kinds[i] = CAPTION


def _retold(alt: str, line: Line) -> bool:
    """The line under an image that retells its alt text at caption length is the caption."""
    return 4 <= line.words < BODY_WORDS and len(alt.split()) >= 3 and _overlap(alt, line.text) >= ALT_OVERLAP


def _mark_alt_before(lines: Sequence[Line], kinds: list[str], i: int) -> None:
    """Image alt text printed just above its caption repeats the caption's words."""
    j = _neighbour(kinds, i, -1)
    # a date line above the photo ('Rabu, 04 Desember 2024 - 06:12 WIB') is the byline's, not alt text
    if j is None or kinds[j] not in (SENTENCE, HEADING, SHORT):
        return
    if _signed_name(lines[j].text):
        return  # 'Bramantyo Adi, Jurnalis' over a photo the writer took: the byline, not alt text
    if lines[j].words <= 4 or _overlap(lines[j].text, lines[i].text) >= 0.6:
        kinds[j] = ALT


def _signed_name(text: str) -> bool:
    """A writer's name with the role after it ('Rahman Asmardika, Jurnalis')."""
    return has_role_tail(text) and bool(names_in_line(text))


HEADER_CAPTION_WORDS = 6  # an unpunctuated header line this long is a sentence about a photo, not a label
HEADER_LOOKBACK = 6  # non-blank lines above it searched for the byline or date (two writers with posts)
SAME_OPENING_WORDS = 5  # opening words a photo caption shares with the paragraph under it
PHOTO_MOMENT_WORDS = 16  # a stopped caption naming its day is one short sentence
INNER_STOP = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]")  # a sentence ends inside the line
HEADER_LABEL_WORDS = 4  # a label under the byline ('BBC News, Nairobi', 'Political reporter')
STOPPED = re.compile(r"[.!?…][\"'”’)]*$")  # a paragraph's closing stop, quotes and brackets after it


def header_caption(lines: Sequence[Line], kinds: list[str], start: int, kept: set[int]) -> str | None:
    """`Kizza Besigye was brought before the court on Wednesday` between a byline or date and the story's
    first paragraph, with no closing stop: the lead photo's caption, its credit lost in a text dump. A line
    in `kept` (the title, the standfirst) is none; relabels the line and returns its text."""
    above = list(islice((j for j in range(start - 1, -1, -1) if kinds[j] != BLANK), HEADER_LOOKBACK + 1))
    if not above or above[0] in kept or kinds[above[0]] != HEADING:
        return None
    return _photo_line(lines, kinds, above[0], above[1:])


def lead_caption(lines: Sequence[Line], kinds: list[str], start: int, kept: set[int]) -> str | None:
    """`AfD co-leaders ... have called the decision "politically motivated"` taken for the story's first
    paragraph: with no closing stop, right under the byline or date and above a paragraph, it is the lead
    photo's caption. Relabels the line and returns its text."""
    above = list(islice((j for j in range(start - 1, -1, -1) if kinds[j] != BLANK), HEADER_LOOKBACK))
    after = next((j for j in range(start + 1, len(kinds)) if kinds[j] != BLANK), None)
    if (
        start in kept
        or after is None
        or kinds[after] != SENTENCE
        or not STOPPED.search(lines[after].text.strip())
    ):
        return None
    text, paragraph = lines[start].text, lines[after].text
    return _photo_line(
        lines,
        kinds,
        start,
        above,
        _same_opening(text, paragraph) or _photo_moment(text, paragraph) or _photo_place(text, paragraph),
    )


@cache
def _photo_tense() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the day a photo was taken, the lede's tense words), from the languages whose captions show them."""
    days = [p for p in lexicon.per_language("captions.toml", "photo_days") if p]
    if not days:
        return None
    calendars = [calendar(lang) for lang in lexicon.LANGUAGES]
    words = lexicon.per_language("captions.toml", "lede_words") + [w for c in calendars for w in c.past]
    suffixes = [s for c in calendars for s in c.past_suffixes]
    lede = "|".join(re.escape(w) for w in words) or "(?!)"
    ending = "|".join(re.escape(s) for s in suffixes) or "(?!)"
    day = re.compile("|".join(f"(?:{d})" for d in days), re.I)
    return day, re.compile(rf"(?i:\b(?:{lede})\b)|\b[a-z]{{3,}}(?:{ending})\b")


def _photo_moment(caption: str, paragraph: str) -> bool:
    """A short one-sentence line naming the day with none of the lede's tense words, over a paragraph at
    least twice its length: the lead photo's caption, even with its closing stop."""
    tense = _photo_tense()
    words = caption.split()
    if tense is None or len(words) > PHOTO_MOMENT_WORDS or len(paragraph.split()) < 2 * len(words):
        return False
    day, lede = tense
    one_sentence = INNER_STOP.search(caption.rstrip(' .!?"”’')) is None
    return one_sentence and day.search(caption) is not None and lede.search(_main_clause(caption)) is None


def _photo_place(caption: str, paragraph: str) -> bool:
    """'The old harbour crane at dusk in Bergen.': a short line with no tense of a lede's, closing
    with the known place the photo shows, over a paragraph at least twice its length, names what the
    lead photo shows; a lede tells what happened, with a verb."""
    tense = _photo_tense()
    words = caption.split()
    if tense is None or len(words) > PHOTO_MOMENT_WORDS or len(paragraph.split()) < 2 * len(words):
        return False
    place = _place_close().search(caption.rstrip(" ."))
    return (
        place is not None
        and lexicon.known_place(place.group("place").lower())
        and INNER_STOP.search(caption.rstrip(' .!?"”’')) is None
        and tense[1].search(caption) is None
    )


@cache
def _place_close() -> re.Pattern[str]:
    """', Oslo' or 'in Oslo' closing a line, from the languages' place prepositions."""
    words = "|".join(re.escape(w) for w in lexicon.per_language("captions.toml", "place_prepositions"))
    return re.compile(rf"(?:,|\s(?:{words or '(?!)'}))\s+(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,2}})$")


def _main_clause(caption: str) -> str:
    """The caption without the one relative clause closing it ('X, where Y began on Monday.'): the
    verbless name of what the photo shows, whose clause's verb is no lede's tense."""
    clause = _closing_clause()
    match = clause.search(caption) if clause is not None else None
    return caption[: match.start()] if match else caption


@cache
def _closing_clause() -> re.Pattern[str] | None:
    """', where ...' to the line's end with no comma after it, from the languages' relative words."""
    words = lexicon.per_language("captions.toml", "relative_words")
    if not words:
        return None
    return re.compile(rf",\s+(?i:{'|'.join(re.escape(w) for w in words)})\s[^,;]*$")


def _same_opening(caption: str, paragraph: str) -> bool:
    """`X speaks to reporters ...` over `X says ...`: a line opening with the paragraph's own first words
    names the story's subject in the photo, a caption even with its stop."""
    head = caption.split()[:SAME_OPENING_WORDS]
    return len(head) == SAME_OPENING_WORDS and paragraph.split()[:SAME_OPENING_WORDS] == head


def _photo_line(
    lines: Sequence[Line], kinds: list[str], i: int, above: list[int], stopped: bool = False
) -> str | None:
    """Line i is a photo's caption when it is long, mostly lower case and unstopped (or `stopped` is
    allowed), under the byline or date with nothing but a short label between."""
    header = [kinds[j] for j in above]
    text = lines[i].text.strip()
    words = text.split()
    lower = sum(w[:1].islower() for w in words)
    if (
        len(words) < HEADER_CAPTION_WORDS
        or lower < len(words) // 3
        or not (stopped or text.rstrip("\"”’'")[-1:].isalnum())
    ):
        return None
    if SENTENCE in header or not ({BYLINE, DATE} & set(header)) or not _header_label(lines, kinds, above):
        return None
    kinds[i] = CAPTION
    return text


def _header_label(lines: Sequence[Line], kinds: Sequence[str], above: list[int]) -> bool:
    """The line right above is the byline, the date or a short label under them ('BBC News, Nairobi',
    'Political reporter'), not a bullet or a promo of the header."""
    if not above:
        return False
    j = above[0]
    return kinds[j] in (BYLINE, DATE) or (
        kinds[j] in (HEADING, BOILER) and lines[j].words <= HEADER_LABEL_WORDS
    )
