"""The clean stage on reviewed pages that are not the seeds: other layouts, English, markdown, HTML."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kabar.clean import clean_pages
from kabar.model import CleanArticle, Page

PAGES = Path(__file__).parent / "pages"
SEEDS = Path(__file__).parent.parent / "seeds"
GOLDS = sorted((PAGES / "gold").glob("*.json")) + sorted(
    p for p in (SEEDS / "gold").glob("*.json") if p.name != "clusters.json"
)


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def contains(needles: list[str], haystack: list[str]) -> bool:
    return all(any(norm(n) in norm(h) or norm(h) in norm(n) for h in haystack if norm(h)) for n in needles)


def _page(gold: dict, folder: Path) -> Page:
    path = folder / gold["file"]
    kind = "html" if path.suffix in (".html", ".htm") else "text"
    return Page(
        source=str(path),
        kind=kind,
        text=path.read_text(encoding="utf-8"),
        encoding="utf-8",
        url=gold.get("url"),
    )


@pytest.fixture(scope="module")
def cleaned() -> dict[str, tuple[dict, CleanArticle]]:
    golds = [(json.loads(p.read_text(encoding="utf-8")), p.parent.parent) for p in GOLDS]
    results = clean_pages([_page(gold, folder) for gold, folder in golds])
    out = {}
    for (gold, _), result in zip(golds, results, strict=True):
        assert isinstance(result, CleanArticle), result
        out[gold["file"]] = (gold, result)
    return out


NAMES = [json.loads(p.read_text(encoding="utf-8"))["file"] for p in GOLDS]


@pytest.mark.parametrize("name", NAMES)
def test_body_keeps_article_lines_and_drops_the_rest(cleaned, name):
    gold, article = cleaned[name]
    body = norm(article.body)
    for line in gold["body_required"]:
        assert norm(line) in body, f"missing: {line[:80]}"
    masked = body
    for line in sorted(gold["body_required"] + gold.get("body_neutral", []), key=len, reverse=True):
        masked = masked.replace(norm(line), " | ")
    paragraphs = [norm(p) for p in article.body.split("\n\n")]
    for line in gold["body_excluded"]:
        leaked = norm(line) in masked if len(line.split()) >= 5 else norm(line) in paragraphs
        assert not leaked, f"boilerplate kept: {line[:80]}"


@pytest.mark.parametrize("name", NAMES)
def test_metadata_matches_gold(cleaned, name):
    gold, article = cleaned[name]
    assert norm(article.title) == norm(gold["title"])
    assert norm(article.site) == norm(gold["site"])
    assert sorted(map(norm, article.authors)) == sorted(map(norm, gold["authors"]))
    if gold.get("subtitle"):
        assert norm(article.subtitle) == norm(gold["subtitle"])
    if gold.get("dateline"):
        assert norm(article.dateline) == norm(gold["dateline"])
    if "editors" in gold:
        assert sorted(map(norm, article.editors)) == sorted(map(norm, gold["editors"]))
    assert contains(gold["cited_sources"], article.cited_sources), article.cited_sources
    assert contains(gold["captions_required"], article.captions), article.captions
    assert contains(gold["related_titles"], article.related_titles), article.related_titles
    assert len(article.related_titles) == len(gold["related_titles"]), article.related_titles


@pytest.mark.parametrize("name", NAMES)
def test_body_paragraphs_are_separated_by_one_blank_line(cleaned, name):
    _, article = cleaned[name]
    assert "\n\n\n" not in article.body
    assert all(p.strip() == p and p for p in article.body.split("\n\n"))


@pytest.mark.parametrize("name", NAMES)
def test_a_date_candidate_is_offered(cleaned, name):
    gold, article = cleaned[name]
    if gold["published_at"].get("accept_null"):
        return
    assert article.date_candidates, "no date candidate although the page prints its date"
