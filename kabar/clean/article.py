"""One page's lines to a CleanArticle: labels, body region, then metadata found by role."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kabar.clean import byline, captions, classify, metadata, related, sources
from kabar.clean.bios import mark_author_boxes
from kabar.clean.body import body_paragraphs, refine_start
from kabar.clean.candidates import line_candidates, url_candidates
from kabar.clean.classify import BLANK, BOILER, BYLINE
from kabar.clean.language import detect_language
from kabar.clean.lines import Line, word_count
from kabar.clean.region import body_region
from kabar.clean.site import domain_of_url, outlet_domain, site_from_lines
from kabar.model import CleanArticle, DateCandidate, Rejection

MIN_BODY_WORDS = 40
SHORT_BODY_WORDS = 150


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


def clean_lines(
    source: str, lines: Sequence[Line], url: str | None, template: frozenset[str], hints: Hints
) -> CleanArticle | Rejection:
    kinds = classify.classify_lines(lines, template)
    related_titles = related.mark_related(lines, kinds)
    caption_texts = captions.mark_captions(lines, kinds)
    authors, editors = byline.collect(lines[i].text for i in range(len(lines)) if kinds[i] == BYLINE)
    authors = [a for a in authors if sources.agency_of(a) is None] or hints.authors
    first_byline = next((i for i, kind in enumerate(kinds) if kind == BYLINE), len(lines))
    mark_author_boxes(lines, kinds, authors, first_byline + 1)
    start, end = body_region(lines, kinds)
    if end <= start:
        return Rejection(
            source, "not_article", f"{source}: no run of prose lines found; the page is not an article."
        )
    start, dateline = refine_start(lines, kinds, start, end)
    if dateline and dateline.place and hints.publisher and dateline.place.lower() == hints.publisher.lower():
        dateline = replace(dateline, place=None)  # 'PIKIRAN RAKYAT -': the outlet's name, not a place
    if dateline and dateline.own_line is not None:
        kinds[dateline.own_line] = BOILER
    paragraphs = body_paragraphs(lines, kinds, start, end, dateline)
    body = "\n\n".join(paragraphs)
    words = word_count(body)
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
    subtitle_i = metadata.find_subtitle(lines, kinds, title_i, start)
    outside = [line.text for i, line in enumerate(lines) if (i < start or i >= end) and kinds[i] != BLANK]
    site, publisher = _site(lines, url, dateline, hints, range(start, end))
    return CleanArticle(
        source=source,
        title=lines[title_i].text if title_i is not None else (hints.title or ""),
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
        cited_sources=sources.cited_sources(body, outside, dateline.agency if dateline else None),
        captions=caption_texts,
        related_titles=related_titles,
        date_candidates=hints.date_candidates
        + line_candidates(lines, kinds, title_i, (start, end), subtitle_i)
        + url_candidates(url),
        flags=["short_body"] if words < SHORT_BODY_WORDS else [],
    )


def _site(
    lines: Sequence[Line], url: str | None, dateline, hints: Hints, body: range
) -> tuple[str | None, str | None]:
    """Registered domain and outlet name: URL and meta first, then the dateline, then the page's own text."""
    printed_site, printed_name = site_from_lines(lines, skip=body)
    if dateline is not None and dateline.outlet and (domain := outlet_domain(dateline.outlet)):
        printed_site, printed_name = domain, dateline.outlet
    site = hints.site or domain_of_url(url) or printed_site
    publisher = printed_name if printed_site == site else hints.publisher or printed_name
    return site, publisher
