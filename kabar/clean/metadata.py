"""Title, subtitle and section, found by their role around the byline/date block, not by line number."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from kabar.clean import lexicon
from kabar.clean.classify import ALT, BLANK, BYLINE, CAPTION, CREDIT, DATE, HEADING, SENTENCE, SHORT
from kabar.clean.lines import Line, norm_key
from kabar.clean.region import headline_runs
from kabar.outlets import outlet_named

TITLE_KINDS = frozenset({HEADING, SENTENCE, ALT, SHORT})
MARK_KINDS = frozenset({BYLINE, DATE})  # (sets: a tuple's `in` compares each member, a set hashes once)
STANDFIRST_WORDS = 12
SHORT_STANDFIRST_WORDS = 6
PROSE_STANDFIRST_WORDS = 4  # shorter still when written as a sentence, not in a headline's capitals
PHOTO_KINDS = frozenset({CAPTION, CREDIT, ALT})  # the lead photo's lines
CRUMB_SEP = re.compile(r"\s*(?:/|›|»|>|\|)\s+")
CRUMB_MARKS = ("/", "›", "»", ">", "|")
CRUMB_WORDS = 4  # each step of a breadcrumb trail is a section name
# '... di Handlova, Rabu (15/5). Pelaku ditangkap di lokasi.': a full stop inside the line after a word or
# a bracket (not an initial or 'U.S.') ends a sentence; a headline is one phrase, a caption or lede is not.
INNER_SENTENCE_END = re.compile(r"(?:[a-z]{3}|\))[.!?][\"”’]?\s+[A-Z]")


@cache
def _ticker() -> re.Pattern[str]:
    """Ticker labels ('Breaking:', 'LIVE', 'Terkini:') open a news ticker line, never the headline."""
    words = lexicon.per_language("boilerplate.toml", "ticker_labels")
    alternatives = "|".join(sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(?:{alternatives})\s*[:|\-–—]", re.I)  # with its mark: 'Live music ...' is news


def title_text(text: str) -> str:
    """The headline without a breadcrumb trail printed before it ('News / City News / Headline')."""
    if not any(map(text.__contains__, CRUMB_MARKS)):  # every separator holds one: most titles skip the split
        return text
    parts = CRUMB_SEP.split(text)
    if len(parts) < 3 or len(parts[-1].split()) < 3:
        return text
    return parts[-1] if all(len(p.split()) <= CRUMB_WORDS for p in parts[:-1]) else text


def _is_furniture(line: Line) -> bool:
    """A ticker item, a breadcrumb trail or the outlet's slogan: header furniture, no headline."""
    return (
        _ticker().match(line.text) is not None or title_text(line.text) != line.text or _is_slogan(line.text)
    )


def _is_slogan(text: str) -> bool:
    """'VOI - Waktunya Merevolusi Pemberitaan': the outlet's name and its tagline."""
    head, dash, _ = text.partition(" - ")
    if not dash:
        head, dash, _ = text.partition(" | ")
    return bool(dash) and outlet_named(head.strip()) is not None


def _strong(line: Line, hint: str | None) -> bool:
    """The markup named this line the headline: a markdown H1 or the page's own title."""
    return line.top_heading or _hint_match(line.text, hint)


def _next(kinds: Sequence[str], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(kinds) and kinds[j] == BLANK:
        j += step
    return j if 0 <= j < len(kinds) else None


def _ranks(kinds: Sequence[str]) -> list[int]:
    """Position of each line counted in non-blank lines, so blank-line styles do not change distances."""
    ranks, n = [], 0
    for kind in kinds:
        n += kind != BLANK
        ranks.append(n)
    return ranks


def _hint_match(text: str, hint: str | None) -> bool:
    if not hint:
        return False
    a, b = norm_key(text), norm_key(hint)
    return a == b or (len(a) >= 15 and (a in b or b in a))


def _ends_list(lines: Sequence[Line], kinds: Sequence[str], i: int, in_list: Sequence[bool]) -> bool:
    """A headline-sized line closing a run of menu items (the next line is no item) is the
    page's own headline printed under its navigation, not one more item."""
    j = _next(kinds, i, 1)
    return lines[i].words >= 6 and (j is None or not in_list[j] or kinds[j] not in (HEADING, SHORT))


def _title_score(lines: Sequence[Line], kinds: Sequence[str], i: int, ctx: dict) -> float:
    line = lines[i]
    score = 1.0 if 5 <= line.words <= 22 else 0.0
    score += 3.0 if ctx["counts"][line.key] > 1 and line.words >= 4 else 0.0  # headline repeated as image alt
    score += 6.0 if _hint_match(line.text, ctx["hint"]) else 0.0
    score += 6.0 if line.top_heading else 0.0  # '# Headline': the dump kept the page's <h1>
    score -= 3.0 if ctx["in_list"][i] and not _ends_list(lines, kinds, i, ctx["in_list"]) else 0.0
    score -= 1.0 if kinds[i] == ALT else 0.0
    score -= 1.5 if line.text.endswith(".") else 0.0
    score -= 1.5 if INNER_SENTENCE_END.search(line.text) else 0.0
    score -= 4.0 if _is_furniture(line) else 0.0
    score += _near_marks(ctx["rank"], ctx["marks"], i)
    nxt = _next(kinds, i, 1)
    score += 1.0 if nxt is not None and kinds[nxt] == SENTENCE else 0.0
    return score - 0.01 * (ctx["start"] - i)


def _near_marks(rank: Sequence[int], marks: Sequence[int], i: int) -> float:
    """A byline or date block just under the line (or, less telling, just over it)."""
    over = False
    for j in marks:
        if 0 < rank[j] - rank[i] <= 3:
            return 3.0
        over = over or 0 < rank[i] - rank[j] <= 2
    return 1.0 if over else 0.0


def find_title(lines: Sequence[Line], kinds: Sequence[str], body_start: int, hint: str | None) -> int | None:
    """Index of the headline among the lines above the body."""
    candidates = [
        i
        for i in range(body_start)
        if kinds[i] in TITLE_KINDS and 3 <= lines[i].words <= 30 and len(lines[i].text) >= 10
    ]
    if not candidates:
        return None
    in_list = headline_runs(lines, kinds)
    ctx = {
        "counts": Counter([lines[i].key for i in range(body_start) if kinds[i] != BLANK]),
        "hint": hint,
        "in_list": in_list,
        "marks": [i for i in range(body_start) if kinds[i] in MARK_KINDS],
        "start": body_start,
        "rank": _ranks(kinds),
    }
    best = max(candidates, key=lambda i: _title_score(lines, kinds, i, ctx))
    if _strong(lines[best], hint):
        return best
    return _above_standfirst(lines, kinds, best, candidates, in_list)


def _above_standfirst(
    lines: Sequence[Line], kinds: Sequence[str], best: int, candidates: list[int], in_list: list[bool]
) -> int:
    """The line picked may be the standfirst printed right under the headline: a headline-sized line
    straight above it (a blank between at most, not a rubric or menu item) is then the title."""
    above = _next(kinds, best, -1)
    if above is None or above not in candidates or lines[above].words < 6:
        return best
    if lines[above].text.endswith(".") or lines[above].key == lines[best].key or _is_furniture(lines[above]):
        return best
    rubric = _next(kinds, above, -1)  # the standfirst pair opens the header: a rubric, menu or date above
    if (
        rubric is not None
        and kinds[rubric] in TITLE_KINDS
        and lines[rubric].words >= 4
        and not in_list[rubric]
        and not CRUMB_SEP.search(lines[rubric].text + " ")
    ):
        return best
    return above


def find_subtitle(
    lines: Sequence[Line], kinds: Sequence[str], title: int | None, body_start: int
) -> int | None:
    """The standfirst: the prose line right under the headline, above the body."""
    if title is None:
        return None
    j = _next(kinds, title, 1)
    while j is not None and j < body_start and lines[j].key == lines[title].key:
        j = _next(kinds, j, 1)
    if j is None or j >= body_start:
        return None
    # a standfirst may lack a final stop; a headline-sized run-on line under the title still is one, and
    # so is a shorter one between the title and the byline block
    if kinds[j] == SENTENCE or (kinds[j] == HEADING and lines[j].words >= STANDFIRST_WORDS):
        return j
    after = _next(kinds, j, 1)
    while after is not None and after < body_start and kinds[after] in PHOTO_KINDS:
        after = _next(kinds, after, 1)  # the lead photo may stand between the standfirst and the byline
    # a number is a word of the standfirst ('Crash kills 14 people'), though no word of the line count
    if kinds[j] == HEADING and _standfirst_sized(lines[j].text) and after is not None:
        return j if kinds[after] in (BYLINE, DATE) else None
    return None


def _standfirst_sized(text: str) -> bool:
    """Long enough for a standfirst: six words, or four in sentence case, which a rubric, a menu item or
    a name (each capitalised word by word) is not."""
    words = text.split()
    if len(words) >= SHORT_STANDFIRST_WORDS:
        return True
    lower = sum(1 for w in words[1:] if w.isalpha() and w.islower())  # no 'outletName' or '-' counts
    return len(words) >= PROSE_STANDFIRST_WORDS and lower * 2 >= len(words)


def marked_subtitle(lines: Sequence[Line], title: int | None, marked: str, end: int) -> int | None:
    """The line holding the standfirst the page's markup names, below the headline and above the
    body's end."""
    key = norm_key(marked)
    return next((i for i in range((title or -1) + 1, end) if lines[i].key == key), None)


def find_section(lines: Sequence[Line], kinds: Sequence[str], title: int | None) -> str | None:
    """The rubric printed just above the headline ('Internasional'), or the last breadcrumb."""
    if title is None:
        return None
    j = _next(kinds, title, -1)
    while j is not None and kinds[j] == DATE:
        j = _next(kinds, j, -1)
    if j is None or kinds[j] not in (HEADING, SHORT) or lines[j].words > 6:
        return None
    text = lines[j].text
    for sep in (" > ", " » ", " / ", " › "):
        text = text.rsplit(sep, 1)[-1]
    return text.strip() if not text.endswith((".", "?", "!")) else None
