"""Date hints the <head> and markup give a saved HTML page: the story's JSON-LD item over the site's,
machine-readable itemprop values over their printed text, and a dated URL path as a last resort."""

from __future__ import annotations

import pytest
from lxml import html

from kabar.clean.html import _hints
from kabar.model import DateCandidate

SITE = '{"@type":"WebSite","name":"Coast Daily","datePublished":"2009-01-01"}'
ORG = '{"@type":"Organization","name":"Coast Daily","dateModified":"2011-02-02"}'


def hints_of(head: str, body: str = "<p>Text.</p>", url: str | None = None) -> list[DateCandidate]:
    root = html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    blocks = [s.text or "" for s in root.iter("script") if s.get("type") == "application/ld+json"]
    return _hints(root, blocks, url).date_candidates


def ld(block: str) -> str:
    return f'<script type="application/ld+json">{block}</script>'


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (ld(SITE) + ld('{"@type":"NewsArticle","datePublished":"2024-06-01T08:00:00+07:00"}'), "2024-06-01"),
        (ld(f'[{ORG}, {{"@type":["Article","NewsArticle"],"datePublished":"2024-06-02"}}]'), "2024-06-02"),
        (ld(f'{{"@graph":[{SITE},{{"@type":"BlogPosting","datePublished":"2024-06-03"}}]}}'), "2024-06-03"),
        (ld('{"@type":"LiveBlogPosting","datePublished":"2024-06-04"}') + ld(SITE), "2024-06-04"),
        (ld('{"@type":"WebPage","datePublished":"2024-06-05"}'), "2024-06-05"),  # no story item: fallback
    ],
    ids=["two_blocks", "type_list_in_array", "graph", "article_block_first", "only_webpage"],
)
def test_json_ld_prefers_the_story_item(head: str, published: str) -> None:
    texts = [c.text for c in hints_of(head) if c.role == "published"]
    assert texts and texts[0].startswith(published), texts


def test_json_ld_story_modified_date_is_the_update() -> None:
    head = ld(ORG) + ld('{"@type":"ReportageNewsArticle","dateModified":"2024-06-06T09:00:00Z"}')
    assert [(c.text, c.role) for c in hints_of(head)] == [("2024-06-06T09:00:00Z", "updated")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<span itemprop="datePublished" content="2024-06-07T10:00:00Z">7 Jun 2024</span>', "published"),
        ('<div itemprop="dateModified" datetime="2024-06-07T11:00:00Z">7 Jun 2024</div>', "updated"),
    ],
)
def test_itemprop_attribute_comes_before_its_text(body: str, expected: str) -> None:
    found = hints_of("", body)
    assert found[0].source == "meta" and found[0].role == expected and "T" in found[0].text, found


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        ('<meta property="og:url" content="https://x.test/2024/06/18/story/">', None, ["2024-06-18"]),
        ('<link rel="canonical" href="https://x.test/news/2024/6/9/story">', None, ["2024-06-09"]),
        ('<meta property="og:url" content="https://x.test/2024/13/40/story/">', None, []),  # no such day
        ('<meta property="og:url" content="https://x.test/item/20240618123/">', None, []),  # an id, no path
        ('<meta property="og:url" content="https://x.test/2024/06/18/s/">', "https://x.test/a", []),
        (
            '<meta property="og:url" content="https://x.test/2024/06/18/s/">'
            '<meta property="article:published_time" content="2024-06-17T08:00:00Z">',
            None,
            ["2024-06-17T08:00:00Z"],
        ),
    ],
    ids=["og_url", "canonical", "impossible_date", "numeric_id", "page_url_known", "meta_wins"],
)
def test_dated_url_path_is_the_last_resort(head: str, url: str | None, expected: list[str]) -> None:
    assert [c.text for c in hints_of(head, url=url)] == expected
