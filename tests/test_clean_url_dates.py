"""Dates printed in a page's own URL: a weak, date-only publication candidate."""

from __future__ import annotations

import pytest

from kabar.clean.candidates import url_candidates


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/news/2025/03/12/flood-in-jakarta", "2025-03-12"),
        ("https://example.com/2024/11/29/story.html", "2024-11-29"),
        ("https://example.com/2025/3/7/story", "2025-03-07"),
        ("https://example.com/2025/12/31/story", "2025-12-31"),
        ("https://example.com/read/20250312/123456/story", "2025-03-12"),
        ("https://example.com/2024-10-20/story", "2024-10-20"),
        ("https://example.com/berita/2025/02/05_slug", "2025-02-05"),
    ],
)
def test_the_day_in_a_dated_url_is_read_whole(url: str, expected: str) -> None:
    found = url_candidates(url)
    assert [c.text for c in found] == [expected]
    assert found[0].source == "url"


@pytest.mark.parametrize(
    "url", [None, "https://example.com/news/123456/story", "https://example.com/2025/13/40/x"]
)
def test_no_date_where_the_url_has_none(url: str | None) -> None:
    assert url_candidates(url) == []
