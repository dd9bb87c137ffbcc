"""One page's lines to a CleanArticle: labels, body region, then metadata found by role."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kabar.clean import byline, captions, classify, lexicon, metadata, related, sources
from kabar.clean.bios import mark_author_boxes
from kabar.clean.body import body_paragraphs, refine_start
from kabar.clean.byline_names import credited_outlet, mark_name_bylines, name_under_title, place_line
from kabar.clean.candidates import line_candidates, url_candidates
from kabar.clean.classify import BOILER, BYLINE, CAPTION, DATE, HEADING
from kabar.clean.dateline import Dateline, date_line_place, own_line_dateline
from kabar.clean.language import detect_language
from kabar.clean.lines import Line, norm_key, word_count, words_in
from kabar.clean.liveblog import extend_over_repeats
from kabar.clean.region import body_region
from kabar.clean.site import domain_of_url, masthead_domain, outlet_domain, printed_own_url, site_from_lines
from kabar.clean.summary import mark_summary_boxes
from kabar.model import CleanArticle, DateCandidate, Rejection

MIN_BODY_WORDS = 40
SHORT_BODY_WORDS = 150
HEADER_LINES = 12  # how far above the body a header date line may stand
CREDIT_LINE_WORDS = 25  # credit lines ('Sumber: Reuters', 'ae/hp (AFP, Reuters)') are short


@dataclass
class Hints:
    """What the page said about itself outside its visible text (HTML meta, the URL)."""

    title: str | None = None
    site: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    subtitle: str | None = None
    date_candidates: list[DateCandidate] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # <figcaption> texts
    related: list[str] = field(default_factory=list)  # link titles in a box set inside the story
    main_text: str | None = None  # an extractor's main-text guess (norm_key form), a second opinion


def clean_lines(
    source: str, lines: list[Line], url: str | None, template: frozenset[str], hints: Hints
) -> CleanArticle | Rejection:
    kinds = classify.classify_lines(lines, template)
    captions.mark_known(lines, kinds, hints.captions)
    related.blank_inline_widgets(lines, kinds)
    boxed_links = related.mark_known(lines, kinds, hints.related)
    related_found = sorted(boxed_links + related.mark_related(lines, kinds))
    caption_texts = _headline_kept(lines, kinds, captions.mark_captions(lines, kinds), hints.title)
    related.mark_list_items(lines, kinds)
    mark_summary_boxes(lines, kinds)
    region = body_region(lines, kinds)
    unmarked = mark_name_bylines(lines, kinds, region[0])
    if unmarked:  # a writer's line read as a photo credit ('Name (Outlet)') is no caption once relabelled
        bylines = {lines[i].text for i in classify.indices_of(kinds, BYLINE)}
        caption_texts = [text for text in caption_texts if text not in bylines]
    authors, editors = byline.collect(lines[i].text for i in classify.indices_of(kinds, BYLINE))
    known = [a for a in hints.authors if byline.is_person(a)]  # meta 'Redaksi X' names the desk
    if known:  # the page's metadata names its writers: a bare name must be one of them
        known_keys = {a.lower() for a in known}
        unmarked = [n for n in unmarked if n.lower() in known_keys]
    if authors and unmarked and _signed_below(lines, kinds, region[0]):
        # 'Kontributor : X' under the story names its writer: the bare name atop it is the desk's editor
        editors += [name for name in unmarked if name not in authors and name not in editors]
        unmarked = []
    authors += [name for name in unmarked if name not in authors]
    authors = byline.prefer_known([a for a in authors if sources.agency_of(a) is None], known)
    authors = [a for a in authors if byline.is_person(a)]
    first_byline = kinds.index(BYLINE) if BYLINE in kinds else len(lines)
    boxed = mark_author_boxes(lines, kinds, authors, first_byline + 1)
    start, end = body_region(lines, kinds) if boxed or unmarked else region  # relabelled lines move it
    start, end = extend_over_repeats(kinds, start, end)
    if end <= start:
        return Rejection(
            source, "not_article", f"{source}: no run of prose lines found; the page is not an article."
        )
    start, dateline = refine_start(lines, kinds, start, end)
    dateline = dateline or header_dateline(lines, kinds, start)
    if dateline and dateline.place and hints.publisher and dateline.place.lower() == hints.publisher.lower():
        dateline = replace(dateline, place=None)  # 'PIKIRAN RAKYAT -': the outlet's name, not a place
    if dateline and dateline.own_line is not None and kinds[dateline.own_line] != DATE:
        kinds[dateline.own_line] = BOILER  # a date line ('Jakarta ● Tue, March 11, 2025') stays one
    paragraphs = confirmed(body_paragraphs(lines, kinds, start, end, dateline), hints.main_text)
    body = "\n\n".join(paragraphs)
    words = words_in(paragraphs, lines[start:end])
    if words < MIN_BODY_WORDS:
        return Rejection(
            source,
            "not_article",
            f"{source}: only {words} words of article text found (needs {MIN_BODY_WORDS}).",
        )
    language, share = detect_language(body)
    if language is None:
        return Rejection(
            source,
            "unsupported_language",
            f"{source}: no supported language fits the text (best stopword share {share:.2f}).",
        )

    title_i = metadata.find_title(lines, kinds, start, hints.title)
    dateline = dateline or byline_dateline(lines, kinds, title_i, start)
    if not authors and title_i is not None:
        authors = [a for a in name_under_title(lines, kinds, title_i, start) if byline.is_person(a)]
    if title_i is not None and paragraphs and norm_key(paragraphs[0]) == lines[title_i].key:
        paragraphs = paragraphs[1:]  # the headline printed again atop the text is no paragraph of it
        body = "\n\n".join(paragraphs)
    subtitle_i = metadata.find_subtitle(lines, kinds, title_i, start)
    if subtitle_i is None and hints.subtitle:
        subtitle_i = metadata.marked_subtitle(lines, title_i, hints.subtitle, end)
        if subtitle_i is not None:  # the markup's standfirst, printed atop the text, is no paragraph of it
            paragraphs = [p for p in paragraphs if norm_key(p) != lines[subtitle_i].key]
            body = "\n\n".join(paragraphs)
    kept = {i for i in (title_i, subtitle_i) if i is not None}
    if photo := captions.header_caption(lines, kinds, start, kept):
        caption_texts.append(photo)
    elif paragraphs and (photo := captions.lead_caption(lines, kinds, start, kept)):
        caption_texts.append(photo)  # the lead photo's caption, taken for the first paragraph
        paragraphs = [p for p in paragraphs if norm_key(p) != lines[start].key]
        body = "\n\n".join(paragraphs)
    credited = sources.outside_credits(lines, kinds, range(start, end), CREDIT_LINE_WORDS)
    title = metadata.title_text(lines[title_i].text) if title_i is not None else (hints.title or "")
    url = url or printed_own_url(lines, title)
    site, publisher = _site(lines, url, dateline, hints, range(start, end), language)
    if site is None and (staff := _byline_outlet(lines, kinds)):
        site, publisher = staff[0], publisher or staff[1]
    shown_captions = _unique([*hints.captions, *caption_texts])
    return CleanArticle(
        source=source,
        title=title,
        body=body,
        language=language,
        url=url,
        site=site,
        publisher=publisher,
        subtitle=lines[subtitle_i].text if subtitle_i is not None else hints.subtitle,
        section=metadata.find_section(lines, kinds, title_i) or hints.section,
        authors=authors,
        editors=editors,
        dateline=dateline.place if dateline else None,
        cited_sources=sources.cited_in(
            body, credited + sources.caption_credits(shown_captions), dateline.agency if dateline else None
        ),
        captions=shown_captions,
        related_titles=related.unique_titles(related_found, title),
        date_candidates=hints.date_candidates
        + line_candidates(lines, kinds, title_i, (start, end), subtitle_i)
        + url_candidates(url),
        flags=["short_body"] if words < SHORT_BODY_WORDS else [],
    )


def header_dateline(lines: Sequence[Line], kinds: Sequence[str], start: int) -> Dateline | None:
    """A place printed with the header's date ('Jakarta ● Tue, April 8, 2025'): the story's dateline.
    The date line stays a date line (own_line unset), so the dates stage still sees it."""
    for i in range(max(0, start - HEADER_LINES), start):
        if kinds[i] == DATE and (
            found := own_line_dateline(lines[i].text, i) or date_line_place(lines[i].text, i)
        ):
            return replace(found, own_line=None)
    return None


def byline_dateline(
    lines: Sequence[Line], kinds: Sequence[str], title: int | None, start: int
) -> Dateline | None:
    """The place the byline under the headline signs from ('X in Oslo'), for a story that prints no
    dateline: where it was filed. Only lines between the headline and the story are asked."""
    if title is None:
        return None
    above: str | None = None  # the kind of the shown line above line i
    for i in range(max(title + 1, start - HEADER_LINES), start):
        if kinds[i] == classify.BLANK:
            continue
        if place := byline.signed_from(lines[i].text, kinds[i] == BYLINE):
            return Dateline(0, place, None, None)
        if above == BYLINE and kinds[i] != BYLINE and (place := place_line(lines[i].text)):
            return Dateline(0, place, None, None)  # 'Name' over 'City' alone: signed from there
        above = kinds[i]
    return None


def confirmed(paragraphs: list[str], main_text: str | None) -> list[str]:
    """Paragraphs the extractor's main text also holds, when it gave one and enough of them remain:
    two independent views of where the story is agree on everything they keep."""
    if not main_text:
        return paragraphs
    kept = [p for p in paragraphs if norm_key(p) in main_text]
    return kept if word_count(" ".join(kept)) >= MIN_BODY_WORDS else paragraphs


def _headline_kept(lines: Sequence[Line], kinds: list[str], found: list[str], title: str | None) -> list[str]:
    """The page's own headline (its <title> or og:title) is never a caption, though a breadcrumb with a
    slash above it reads like a photo credit ('Ekonomi / Kebijakan')."""
    key = norm_key(title) if title else ""
    if not key:
        return found
    for i, line in enumerate(lines):
        if kinds[i] == CAPTION and line.key == key:
            kinds[i] = HEADING
    return [text for text in found if norm_key(text) != key]


def _unique(texts: list[str]) -> list[str]:
    seen = {norm_key(t): t for t in reversed(texts)}
    return list(reversed(seen.values()))


def _signed_below(lines: Sequence[Line], kinds: Sequence[str], body_start: int) -> bool:
    """A marked writer's credit ('Kontributor : X') below the story's start."""
    marked = lexicon.bylines().author
    return any(
        i > body_start and marked.match(lines[i].text) is not None for i in classify.indices_of(kinds, BYLINE)
    )


def _byline_outlet(lines: Sequence[Line], kinds: Sequence[str]) -> tuple[str, str] | None:
    """'Rina Lestari (The Jakarta Post)': the outlet a byline credits its writer to, the page's own when
    the page prints no domain, copyright or masthead."""
    found = (credited_outlet(lines[i].text) for i in classify.indices_of(kinds, BYLINE))
    return next((outlet for outlet in found if outlet is not None), None)


def _site(
    lines: Sequence[Line], url: str | None, dateline, hints: Hints, body: range, language: str
) -> tuple[str | None, str | None]:
    """Registered domain and outlet name: URL and meta first, then the dateline, then the page's own text."""
    printed_site, printed_name = site_from_lines(lines, skip=body, language=language)
    domain = outlet_domain(dateline.outlet) if dateline is not None and dateline.outlet else None
    if (
        domain
        and dateline
        and not _republished(lines, printed_site, domain)
        and not (domain != printed_site and _own_masthead(lines, printed_site))
    ):
        printed_site, printed_name = domain, dateline.outlet
    site = hints.site or domain_of_url(url) or printed_site
    # og:site_name is the outlet's name as it writes it; else the name printed with the page's own domain
    publisher = hints.publisher or printed_name
    return site, publisher


def _own_masthead(lines: Sequence[Line], printed_site: str | None) -> bool:
    """The masthead and the copyright line name the same outlet: the page is that outlet's, though its
    dateline names another (a network's regional edition signs its stories with its own brand)."""
    if printed_site is None or masthead_domain(lines) != printed_site:
        return False
    return any(
        line.sites is not None and any(named and named[0] == printed_site for named in line.sites[:2])
        for line in lines
    )


def _republished(lines: Sequence[Line], printed_site: str | None, dateline_site: str) -> bool:
    """The dateline names the outlet a copy note says the story first ran at ('This article first appeared
    on X'), under the masthead of the outlet the page's copyright names: the page is that republisher's.
    (An outlet's own page may carry the note and its group's copyright, under its own masthead.)"""
    if printed_site is None or printed_site == dateline_site or masthead_domain(lines) != printed_site:
        return False
    notes = (sources.first_ran_at(line.text) for line in lines if line.words >= 4)
    return any(name and outlet_domain(name) == dateline_site for name in notes)
