"""Article ids, content hashes and near-duplicate marking."""

from __future__ import annotations

import polars as pl

from kabar.articles import article_id, content_hash, mark_near_duplicates, word_count


def test_article_id_depends_on_page_text_only() -> None:
    text = "Judul\n\nIsi berita pertama.\n"
    assert article_id(text) == article_id("Judul \n\n Isi berita pertama.")
    assert article_id(text) != article_id("Judul\n\nIsi berita kedua.")
    # Pinned: the id must not change across machines, runs or Python versions.
    assert article_id("x") == "7d7b567317793164a33e"


def test_content_hash_ignores_case_and_spacing() -> None:
    assert content_hash("Putin  bertemu\nKim.") == content_hash("putin bertemu kim.")
    assert word_count("Putin bertemu Kim di Pyongyang, Rabu (19/6/2024).") == 9


def frame(ids: list[str], hashes: list[str]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": ids,
            "content_hash": hashes,
            "duplicate_of": [None] * len(ids),
            "flags": [[] for _ in ids],
        },
        schema_overrides={"duplicate_of": pl.String, "flags": pl.List(pl.String)},
    )


def test_near_duplicates_point_at_the_first_article() -> None:
    run = frame(["a", "b", "c"], ["h1", "h2", "h1"])
    marked = mark_near_duplicates(run, frame([], []).select("article_id", "content_hash"))
    assert marked["duplicate_of"].to_list() == [None, None, "a"]
    assert marked["flags"].to_list() == [[], [], ["near_duplicate"]]


def test_earlier_runs_win_over_this_run() -> None:
    run = frame(["b"], ["h1"])
    earlier = pl.DataFrame({"article_id": ["a"], "content_hash": ["h1"]})
    marked = mark_near_duplicates(run, earlier)
    assert marked["duplicate_of"].to_list() == ["a"]
