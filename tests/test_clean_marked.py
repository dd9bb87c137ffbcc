"""Dates and writers in HTML elements marked by class, id, itemprop or rel, on invented pages."""

from __future__ import annotations

import pytest

from kabar.clean.pages import clean_pages
from kabar.dates import resolve_publication
from kabar.model import CleanArticle, Page

BODY = "".join(
    f"<p>Paragraph {i} of the story says the harbour council met again on the matter of the new pier "
    f"and agreed to fund repairs before the rainy season, officials said on the record.</p>"
    for i in range(6)
)


def article(header: str, extra: str = "") -> CleanArticle:
    text = (
        "<html lang='en'><head><title>Harbour council agrees to fund pier repairs</title></head><body>"
        f"<div class='wrap'><h1>Harbour council agrees to fund pier repairs</h1>{header}"
        f"<div class='text'>{BODY}</div></div>{extra}</body></html>"
    )
    result = clean_pages([Page("p.html", "html", text, "utf-8")])[0]
    assert isinstance(result, CleanArticle)
    return result


@pytest.mark.parametrize(
    ("header", "authors", "local"),
    [
        (
            "<div id='writerbox'><span>Sari Wulandari</span><br><span>Kupang, Indonesia</span></div>"
            "<div id='news_date'>2023.07.14</div>",
            ["Sari Wulandari"],
            "2023-07-14",
        ),
        (
            "<span class='news-reporter'><a href='/r/1'>Tomas Lindqvist</a> |</span>"
            "<span class='pubdate'>14 July 2023</span>",
            ["Tomas Lindqvist"],
            "2023-07-14",
        ),
        (
            "<p class='meta'>By <a rel='author' href='/a/2'>Ana Cruz</a></p>"
            "<time datetime='2023-07-14T09:30:00+08:00'>Friday</time>",
            ["Ana Cruz"],
            "2023-07-14T09:30:00+08:00",
        ),
    ],
)
def test_marked_elements_give_date_and_writer(header: str, authors: list[str], local: str) -> None:
    found = article(header)
    assert found.authors == authors
    assert resolve_publication(found).published_at_local == local


def test_dates_and_names_in_other_stories_and_comments_are_ignored() -> None:
    extra = (
        "<ul class='list'><li><a href='/o'>Other story</a><span class='date'>2 March 2021</span></li></ul>"
        "<div class='comment-author'>Angry Reader</div>"
    )
    found = article("", extra)
    assert found.authors == []
    assert resolve_publication(found).published_at is None
