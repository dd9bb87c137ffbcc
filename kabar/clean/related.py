"""Titles of linked stories: inline 'Baca Juga: X' lines and the headline run under a related marker
('Berita Terkait', 'Related Stories', 'More on this Topic'), wherever on the page it stands.

Lists of the site's popular or latest stories ('Terpopuler', 'Most read') are site-wide, not related:
their labels are section markers only, and a list label met inside a run ends it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from heapq import heappop, heappush

from kabar.clean import lexicon
from kabar.clean.classify import (
    BLANK,
    BOILER,
    BYLINE,
    CAPTION,
    DATE,
    HEADING,
    RELATED,
    RELATED_MARKER,
    SECTION,
    SENTENCE,
    indices_of,
    is_headline_like,
)
from kabar.clean.gate import GatedPatterns, gated_patterns
from kabar.clean.lines import LINE_CACHE, Line, norm_key
from kabar.clean.stamps import without_stamp

WIDGET_LABELS = frozenset({HEADING, SECTION, RELATED_MARKER})
SKIPPED_KINDS = frozenset({BLANK, DATE, BOILER})  # between a list's items
QUEUED_KINDS = frozenset({RELATED, RELATED_MARKER, SECTION})  # lines mark_related asks about

MAX_LIST = 12
MAX_SKIPPED = 3  # stamps and rubric labels between items ('2 July 2025', 'Asia'); more is a menu
SPACED_LAST_ITEM_WORDS = 7  # a headline closing a spaced box inside the story; subheadings are shorter
MIN_ITEM_WORDS = 4  # 'Terms of Use', 'Contact the BBC': footer links are shorter than headlines
MAX_WIDGET_LINES = 40
LIST_LABEL_KINDS = frozenset({SECTION, BOILER, HEADING})
# What may follow a list of the story's own links: more of the story, or the page's furniture right under
# its last paragraph (a newsletter prompt, a site-wide list's label, the footer)
LIST_END_KINDS = frozenset({SENTENCE, BOILER, SECTION})
_LIST_LABELS: dict[str, bool] = {}  # a key's answer, kept per process: footers recur on every page
LINK_STRIP_SEP = re.compile(r"\s+[·|•]\s+")
LINK_STRIP_WORDS = 3
# the story's closing credit and the furniture under it (a standards link, a photo's caption)
SIGN_OFF_KINDS = frozenset({BYLINE, BOILER, CAPTION})
MAX_SIGN_OFF = 3  # lines of them between the story's last paragraph and a 'Read next' list
WIDGET_LABEL_WORDS = 6  # 'list of 3 items': widget labels are short
REPEAT_LABEL_WORDS = 4  # a label over a list, not a headline
LABEL_REST_WORDS = 5  # 'on the same theme': the words after a link prefix that make it a list's label


@cache
def _list_label() -> GatedPatterns:
    """Labels of site-wide lists and tag strips ('Berita detikcom Lainnya', 'More from the BBC'), asked
    of lower-cased text: each pattern runs only where a literal it needs is printed."""
    return gated_patterns(lexicon.per_language("boilerplate.toml", "list_labels"))


def names_a_list(key: str) -> bool:
    """A lower-cased text holding a site-wide list's label ('terkini', 'most read')."""
    return _list_label().search(key, key)


def is_list_label(line: Line) -> bool:
    """A short line naming another list: it ends a related run and is no title."""
    return line.words <= 8 and (_list_label().search(line.key, line.key) or _all_caps(line.text))


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def is_title(text: str) -> bool:
    """A related title reads like a headline: a capital or digit first, no dangling label colon."""
    return (
        bool(text)
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘")
        and not text.endswith(":")
    )


@cache
def _widget_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def union(key: str) -> re.Pattern[str]:
        found = lexicon.per_language("boilerplate.toml", key)
        return re.compile("|".join(f"(?:{p})" for p in found) or "(?!)")

    return union("widget_open"), union("widget_close")


def opens_widget(line: Line) -> bool:
    """A short line opening a list widget, kept on its shared record: every page asks every line."""
    if line.opens_widget is None:
        short = line.words <= WIDGET_LABEL_WORDS
        line.opens_widget = short and _widget_marks()[0].match(line.key) is not None
    return line.opens_widget


def blank_inline_widgets(lines: Sequence[Line], kinds: list[str]) -> None:
    """Relabel a labelled list widget inside the story ('Recommended Stories / list of 3 items / ...
    / end of list') as blank, so the story around it stays one region and its items are no titles."""
    closer = _widget_marks()[1]
    opening = [
        i
        for i, line in enumerate(lines)
        if (line.opens_widget if line.opens_widget is not None else opens_widget(line))
    ]
    for i in opening:
        stop = next(
            (j for j in range(i + 1, min(len(lines), i + MAX_WIDGET_LINES)) if closer.match(lines[j].key)),
            None,
        )
        if stop is None:
            continue
        label = i - 1
        while label >= 0 and kinds[label] == BLANK:
            label -= 1
        first = label if label >= 0 and kinds[label] in WIDGET_LABELS and lines[label].words <= 4 else i
        for j in range(first, stop + 1):
            kinds[j] = BLANK


def _list_after(lines: Sequence[Line], kinds: Sequence[str], i: int) -> tuple[list[int], int]:
    """Indices of the headline-like lines following a marker, and the index where the run stopped."""
    items: list[int] = []
    j, skipped = i + 1, 0
    while j < len(lines) and len(items) < MAX_LIST and skipped <= MAX_SKIPPED:
        if (
            kinds[j] in (SECTION, RELATED_MARKER)
            or (kinds[j] == BLANK and items and not _spaced_item(lines, kinds, i, j))
            or (kinds[j] != DATE and is_list_label(lines[j]))  # 'SELASA, 24 DESEMBER 2024': a stamp
        ):
            break  # a blank line after the first item closes the list (innerText puts none inside one)
        if kinds[j] in SKIPPED_KINDS or lines[j].words <= 2:
            if kinds[j] != BLANK and _tight(items):
                break  # items printed back to back: a label after them opens another block ('Espos Premium')
            j, skipped = j + 1, skipped + (kinds[j] != BLANK)  # stamps between items ('5 jam yang lalu')
            continue
        if (
            kinds[j] in (HEADING, SENTENCE)
            and is_headline_like(lines[j])
            and lines[j].words >= MIN_ITEM_WORDS
            and not _over_byline(lines, kinds, j)
            and not is_link_strip(lines[j].text)
        ):
            items.append(j)
            j, skipped = j + 1, 0
            continue
        break
    return items, j


def is_link_strip(text: str) -> bool:
    """'About Us · Privacy policy · Terms of use': a footer's short links in one line, no headline."""
    if "·" not in text and "|" not in text and "•" not in text:
        return False
    parts = LINK_STRIP_SEP.split(text)
    return len(parts) >= 3 and all(len(p.split()) <= LINK_STRIP_WORDS for p in parts)


def _spaced_item(lines: Sequence[Line], kinds: Sequence[str], marker: int, j: int) -> bool:
    """Saved pages set each link in its own paragraph: past a blank line the list goes on when the
    marker stood a blank line above its first item and the next headline is no subheading over prose."""
    if marker + 1 >= len(kinds) or kinds[marker + 1] != BLANK:
        return False
    k = _next_shown(kinds, j)
    if k is None or kinds[k] not in (HEADING, SENTENCE) or lines[k].words < MIN_ITEM_WORDS:
        return False
    after = _next_shown(kinds, k + 1)
    if not is_headline_like(lines[k]):
        return False
    if after is None or kinds[after] != SENTENCE:
        return True
    # prose follows: a subheading, unless the box stands between two paragraphs and the line is as long
    # as a headline (a subheading names a part of the story in a few words)
    return lines[k].words >= SPACED_LAST_ITEM_WORDS and _shown_before(kinds, marker) == SENTENCE


def _shown_before(kinds: Sequence[str], i: int) -> str | None:
    """The kind of the nearest non-blank line above line `i`."""
    j = i - 1
    while j >= 0 and kinds[j] == BLANK:
        j -= 1
    return kinds[j] if j >= 0 else None


def _next_shown(kinds: Sequence[str], j: int) -> int | None:
    while j < len(kinds) and kinds[j] == BLANK:
        j += 1
    return j if j < len(kinds) else None


def _over_byline(lines: Sequence[Line], kinds: Sequence[str], j: int) -> bool:
    """A headline straight above a writer's byline is the page's own title closing the box, never one
    more item (an 'Editor: X' sign-off under the story's last links is no such byline)."""
    k = j + 1
    while k < len(kinds) and kinds[k] == BLANK:
        k += 1
    return k < len(kinds) and kinds[k] == BYLINE and not lexicon.bylines().editor.match(lines[k].text)


def _tight(items: list[int]) -> bool:
    """The run's first two items stand on adjacent lines."""
    return len(items) >= 2 and items[1] == items[0] + 1


def mark_related(lines: Sequence[Line], kinds: list[str]) -> list[tuple[int, str]]:
    """Relabel related-story lines in place and return (line index, title) in page order."""
    titles: list[tuple[int, str]] = []
    prefix = lexicon.boilerplate().related_prefix
    # only related lines, markers and section labels ('Read more') are asked, in page order; a marker's
    # items become related lines further down, so they join the queue
    queue = [i for i, kind in enumerate(kinds) if kind in QUEUED_KINDS or _boiler_marker(lines[i], kind)]
    last = -1
    own_labels: set[str] = set()  # labels that headed the story's own links between its paragraphs
    while queue:
        i = heappop(queue)
        if i <= last:
            continue
        last, line = i, lines[i]
        labelled = False
        if kinds[i] == RELATED:
            match = prefix.match(line.text)
            title = line.text[match.end() :].strip() if match else ""
            if is_title(title) and not _list_label().search(low := title.lower(), low):
                titles.append((i, title))
                continue
            labelled = _prefixed_label(title)
        boiler = kinds[i] == BOILER
        if (
            kinds[i] != RELATED_MARKER
            and not (labelled or boiler)
            and not _own_label(lines, kinds, i, own_labels)
        ):
            continue
        items, stop = _list_after(lines, kinds, i)
        if boiler and not items:
            continue  # the label of an ad slot inside the story, no list under it
        while stop < len(kinds) and kinds[stop] == BLANK:
            stop += 1
        inline = 1 <= len(items) <= 2 and stop < len(kinds) and kinds[stop] == SENTENCE
        if inline:
            kinds[i] = RELATED  # a 'Baca juga' label inside the body, its title on the next line
        for j in items:
            kinds[j] = RELATED
            titles.append((j, lines[j].text))
            heappush(queue, j)
    return titles + _repeating_lists(lines, kinds, titles)


def _boiler_marker(line: Line, kind: str) -> bool:
    """A furniture line that is also a related marker ('Related content'): asked only for a list under it."""
    return kind == BOILER and line.key.rstrip(" :»>›↓") in lexicon.boilerplate().related_markers


def _prefixed_label(rest: str) -> bool:
    """A link prefix run on into lower-case words ('Read more on this theme') labels the list below
    it: no title of its own follows the prefix."""
    return (
        bool(rest) and rest[:1].islower() and len(rest.split()) <= LABEL_REST_WORDS and not rest.endswith(".")
    )


def _repeating_lists(
    lines: Sequence[Line], kinds: list[str], found: Sequence[tuple[int, str]]
) -> list[tuple[int, str]]:
    """A list under a label the lexicon does not know is the story's own related list when it repeats a
    link already found (a footer listing the story's inline links again, with more); relabelled RELATED."""
    keys = {norm_key(title) for _, title in found}
    if not keys:
        return []
    titles: list[tuple[int, str]] = []
    for i in range(min(j for j, _ in found) + 1, len(kinds)):  # the repeat stands below the first link
        kind, line = kinds[i], lines[i]
        if kind not in (HEADING, SECTION) or line.words > REPEAT_LABEL_WORDS or line.key in keys:
            continue
        if names_a_list(line.key):
            continue  # 'Most read': the site's list, whatever it holds
        items, _ = _list_after(lines, kinds, i)
        if len(items) >= 2 and any(lines[j].key in keys for j in items):
            for j in items:
                kinds[j] = RELATED
                titles.append((j, lines[j].text))
    return titles


def _own_label(lines: Sequence[Line], kinds: Sequence[str], i: int, own_labels: set[str]) -> bool:
    """'Read more' heads the story's own links when its list stands inside the story, and so does the
    same label printed again below the story on that page (remembered in `own_labels`)."""
    if kinds[i] == SECTION and lines[i].key in own_labels:
        return True
    if _inline_list_label(lines, kinds, i):
        own_labels.add(lines[i].key)
        return True
    return False


def _inline_list_label(lines: Sequence[Line], kinds: Sequence[str], i: int) -> bool:
    """'Read more' heads a site-wide strip, except when its list stands between two paragraphs of the story;
    'Read next' also when it stands right under the story's last paragraph, before the page's furniture."""
    label = lines[i].key.rstrip(" :»>›↓")
    if kinds[i] != SECTION or label not in lexicon.boilerplate().inline_related:
        return False
    items, stop = _list_after(lines, kinds, i)
    after = _next_shown(kinds, stop)
    if not items:
        return False
    if _prose_above(kinds, i) >= 0 and after is not None and kinds[after] == SENTENCE:
        return True
    # under the story's end, perhaps below its closing credit: two paragraphs of prose above it, not a lone
    # note (a writer's bio under a name)
    return (
        label in lexicon.boilerplate().trailing_related
        and (after is None or kinds[after] in LIST_END_KINDS)
        and _under_story_end(kinds, i)
    )


def _under_story_end(kinds: Sequence[str], i: int) -> bool:
    """Two paragraphs of prose above line i, over at most a few lines of the story's closing credit and the
    furniture under it ('Reporting by X; Editing by Y', the outlet's standards link, a photo's caption)."""
    prose = skipped = 0
    for kind in reversed(kinds[:i]):
        if kind == SENTENCE:
            prose += 1
            if prose == 2:
                return True
        elif kind in SIGN_OFF_KINDS and skipped < MAX_SIGN_OFF:
            skipped += 1
        elif kind != BLANK:
            return False
    return False


def _prose_above(kinds: Sequence[str], i: int) -> int:
    """The line shown just above line i when it is prose, else -1."""
    above = i - 1
    while above >= 0 and kinds[above] == BLANK:
        above -= 1
    return above if above >= 0 and kinds[above] == SENTENCE else -1


LIST_LABEL_WORDS = 5  # 'Most Read from Bloomberg', 'Terkini': a list's label is short


@cache
def _other_stories_label() -> re.Pattern[str]:
    found = lexicon.per_language("boilerplate.toml", "other_story_labels")
    return re.compile("|".join(f"(?:{p})" for p in found) or "(?!)")


def mark_list_items(lines: Sequence[Line], kinds: list[str]) -> None:
    """Headlines listed under a site-wide list label ('Terkini', 'Most Read from ...', "Editor's Pick")
    are other stories: furniture, never the page's title or byline. Two items at least, so a rubric
    label just above the page's own headline leaves it alone."""
    # the lines of a label's kind, in page order; an item relabelled below joins them (it may label a list)
    queue = sorted(indices_of(kinds, SECTION) + indices_of(kinds, BOILER) + indices_of(kinds, HEADING))
    last = -1
    while queue:
        i = heappop(queue)
        if i <= last:
            continue
        last, line = i, lines[i]
        if kinds[i] not in LIST_LABEL_KINDS or line.words > LIST_LABEL_WORDS or not _lists_label(line.key):
            continue
        items = _listed_items(lines, kinds, i)
        if len(items) >= 2:
            for j in (i, *items):
                kinds[j] = BOILER
                heappush(queue, j)


def _lists_label(key: str) -> bool:
    """The other-stories label test of a short line ('Terkini', 'Most Read from ...')."""
    found = _LIST_LABELS.get(key)
    if found is None:
        if len(_LIST_LABELS) > LINE_CACHE:
            _LIST_LABELS.clear()
        found = _LIST_LABELS[key] = _other_stories_label().search(key) is not None
    return found


def _listed_items(lines: Sequence[Line], kinds: Sequence[str], label: int) -> list[int]:
    """The headline lines (and byline-shaped headlines) after a list label, over the stamps between."""
    items: list[int] = []
    j = label + 1
    header_above = BYLINE in kinds[:label]  # the page's own header is done: a story under the list is none
    while j < len(lines) and len(items) < MAX_LIST:
        if kinds[j] in (BLANK, DATE):
            j += 1
            continue
        line = lines[j]
        unmarked_byline = kinds[j] == BYLINE and not _marked_byline(line.text)
        headline = kinds[j] in (HEADING, SENTENCE) and is_headline_like(line) and line.words >= MIN_ITEM_WORDS
        if not (unmarked_byline or headline):
            break
        if _heads_story(lines, kinds, j) and not (header_above and _stamped_alike(lines, kinds, items, j)):
            break
        items.append(j)
        j += 1
    return items


STAMP_DIGITS = re.compile(r"\d")


def _stamp_after(lines: Sequence[Line], kinds: Sequence[str], j: int) -> str | None:
    """The shape of the date line right under a listed headline ('00 Feb 0000 00:00'), if one is."""
    k = j + 1
    while k < len(kinds) and kinds[k] == BLANK:
        k += 1
    return STAMP_DIGITS.sub("0", lines[k].text) if k < len(kinds) and kinds[k] == DATE else None


def _stamped_alike(lines: Sequence[Line], kinds: Sequence[str], items: list[int], j: int) -> bool:
    """A headline over prose is the page's own, unless its stamp is printed exactly like the list item's
    above it: then it is the list's last item, set just above the story ('Terkini' between byline and text;
    asked only when a byline stands above the list)."""
    if not items:
        return False
    shape = _stamp_after(lines, kinds, j)
    return shape is not None and shape == _stamp_after(lines, kinds, items[-1])


def _marked_byline(text: str) -> bool:
    by = lexicon.bylines()
    return by.author.match(text) is not None or by.editor.search(text) is not None


def _heads_story(lines: Sequence[Line], kinds: Sequence[str], j: int) -> bool:
    """The page's own headline: a writer's byline or a paragraph (standfirst, text) follows it, past any
    date lines."""
    k = j + 1
    while k < len(kinds) and kinds[k] in (BLANK, DATE):
        k += 1
    if k >= len(kinds):
        return False
    return kinds[k] == SENTENCE or (kinds[k] == BYLINE and _marked_byline(lines[k].text))


def unique_titles(found: Sequence[tuple[int, str]], own_title: str = "") -> list[str]:
    """The related titles in page order, each once: an inline 'Baca juga' link is often listed again
    under the story's 'Berita Terkait'. The page's own headline, listed in its box, is none of them."""
    seen: dict[str, str] = {norm_key(own_title): ""} if own_title else {}
    for _, title in found:
        title = without_stamp(title)
        seen.setdefault(norm_key(title), title)
    return [title for title in seen.values() if title]


def mark_known(lines: Sequence[Line], kinds: list[str], known: Sequence[str]) -> list[tuple[int, str]]:
    """Lines the page's markup sets as links in a box inside the story (an <aside> between paragraphs)
    are related titles; returns (line index, title)."""
    if not known:
        return []
    keys = {norm_key(text) for text in known}
    found = []
    for i, line in enumerate(lines):
        if kinds[i] in (HEADING, SENTENCE) and line.key in keys and not _repeats_text(lines, i):
            kinds[i] = RELATED
            found.append((i, line.text))
    return found


def _repeats_text(lines: Sequence[Line], i: int) -> bool:
    """The line's words stand in a longer line of the page: a pull quote set in an aside, not a link."""
    key = lines[i].key.strip(' ".,')
    return any(key in other.key for other in lines if other.words > lines[i].words)
