"""Round 17: an asserted report the text does not date is taken as recent (the publication bound) before the
reports of one article are folded together, so it never folds into a report of the same act dated months
earlier, while it still folds into a report dated within the bound. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kabar.events.coder import code_article


def coded(body: str, lang: str, published: str = "2025-06-13") -> list[dict]:
    article = {
        "article_id": "a1",
        "language": lang,
        "body": body,
        "captions": [],
        "dateline": None,
        "published_at_local": published,
        "published_at": None,
    }
    return code_article(article)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Israel has launched a wave of strikes on Iran, targeting its nuclear facilities. "
            "Israel has struck Iran directly before, most recently in October last year.",
        ),
        (
            "id",
            "Israel melancarkan gelombang serangan udara ke Iran dan menargetkan fasilitas nuklirnya. "
            "Israel pernah menyerang Iran secara langsung pada Oktober tahun lalu.",
        ),
    ],
)
def test_an_undated_report_does_not_fold_into_one_dated_months_before(lang: str, body: str) -> None:
    rows = coded(body, lang)
    spans = sorted((str(r["date_start"]), str(r["date_end"]), r["date_precision"]) for r in rows)
    assert spans == [("2024-10-01", "2024-10-31", "month"), ("2025-06-12", "2025-06-13", "unknown")], rows


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Israel struck Iran on Friday, the military said. "
            "Israel has launched a wave of strikes on Iran, targeting its nuclear facilities.",
        ),
        (
            "id",
            "Israel menyerang Iran pada Jumat (13/6/2025), kata militer. "
            "Israel melancarkan gelombang serangan udara ke Iran dan menargetkan fasilitas nuklirnya.",
        ),
    ],
)
def test_an_undated_report_still_folds_into_one_dated_within_the_bound(lang: str, body: str) -> None:
    rows = coded(body, lang)
    assert [(str(r["date_start"]), r["date_precision"]) for r in rows] == [("2025-06-13", "day")], rows
