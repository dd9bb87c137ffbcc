"""The batch entry point: template lines per site across the batch, then each page on its own."""

from __future__ import annotations

from collections.abc import Sequence

from kabar.clean.article import Hints, clean_lines
from kabar.clean.lines import Line, split_lines
from kabar.clean.site import domain_of_url, link_site, site_from_lines
from kabar.clean.template import template_keys
from kabar.model import CleanArticle, Page, Rejection

MAX_FALLBACK_CHARS = 2_000_000  # trafilatura is slow on huge pages; those keep their first verdict
MAX_TEXT_CHARS = 2_000_000  # innerText beyond this is not one article; the rest is cut, not parsed


def _prepare(page: Page) -> tuple[list[Line], Hints] | Rejection:
    if not page.text or not page.text.strip():
        return Rejection(page.source, "empty", f"{page.source}: the page has no text.")
    if page.kind == "html":
        from kabar.clean.html import html_to_lines

        return html_to_lines(page)
    text = page.text[:MAX_TEXT_CHARS]
    return split_lines(text), Hints(site=link_site(text))


def clean_pages(pages: Sequence[Page]) -> list[CleanArticle | Rejection]:
    """Same length and order as `pages`."""
    prepared = [_prepare(page) for page in pages]
    sites: list[str | None] = []
    for page, item in zip(pages, prepared, strict=True):
        if isinstance(item, Rejection):
            sites.append(None)
            continue
        lines, hints = item
        sites.append(hints.site or domain_of_url(page.url) or site_from_lines(lines)[0])
    templates = template_keys(
        [
            (site, item[0])
            for site, item in zip(sites, prepared, strict=True)
            if not isinstance(item, Rejection)
        ]
    )
    results: list[CleanArticle | Rejection] = []
    for page, item, site in zip(pages, prepared, sites, strict=True):
        if isinstance(item, Rejection):
            results.append(item)
            continue
        lines, hints = item
        results.append(_clean_one(page, lines, hints, templates.get(site, frozenset())))
    return results


def _clean_one(
    page: Page, lines: list[Line], hints: Hints, template: frozenset[str]
) -> CleanArticle | Rejection:
    try:
        result = clean_lines(page.source, lines, page.url, template, hints)
        second_opinion = page.kind == "html" and len(page.text) <= MAX_FALLBACK_CHARS
        if isinstance(result, Rejection) and result.reason == "not_article" and second_opinion:
            from kabar.clean.html import trafilatura_lines

            fallback = trafilatura_lines(page)
            if fallback:
                second = clean_lines(page.source, fallback, page.url, template, hints)
                return second if isinstance(second, CleanArticle) else result
        return result
    except RecursionError:
        return Rejection(page.source, "unparseable", f"{page.source}: the page is nested too deeply to read.")
