"""The cleaner on blind held-out page sets 2-13, one table of expectations over the first set's machinery.

tests/heldout<N>/pages holds browser text dumps (some markdown-flavoured) and saved HTML of sites unused by
the seeds and earlier sets, tests/heldout<N>/gold their gold in the seeds' format (README.md beside them).
Each was written without reading the cleaner. Blind scores (body F1, leaked lines, metadata):
set 2 (23 pages) 0.966, 17, 0.858; set 3 (12) 0.993 / 0.80 (text / HTML), 4, about 0.84; set 4 (22)
0.998, 2, 0.898; set 5 (22) 0.994, 3, 0.931; set 6 (22) 0.994, 6, 0.935; sets 2-6 tuned on since; set 7
(22) 0.993, 3, 0.926, untuned. Targets are the issue's: body F1 >= 0.97, at most 5 boilerplate lines
leaked per set, metadata >= 0.9 of checks. Run with `-s` to see the per-page tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import scoring
from test_heldout_pages import KEY_CHECKS, pipeline_rows, score_page, summary


@dataclass(frozen=True)
class PageSet:
    name: str
    pages: int  # at least this many (exactly, when `exact`)
    min_text: int
    min_html: int
    min_sites: int
    exact: bool = False
    gaps: tuple[tuple[str, str], ...] = ()  # (check or 'leaks', reason): known shortfalls on this set

    @property
    def folder(self) -> Path:
        return Path(__file__).resolve().parent / f"heldout{self.name}"


SETS = [
    pytest.param(PageSet("2", pages=20, min_text=12, min_html=8, min_sites=12), id="set2"),
    pytest.param(PageSet("3", pages=12, min_text=7, min_html=5, min_sites=12, exact=True), id="set3"),
    pytest.param(PageSet("4", pages=22, min_text=13, min_html=9, min_sites=12, exact=True), id="set4"),
    pytest.param(PageSet("5", pages=22, min_text=13, min_html=9, min_sites=12, exact=True), id="set5"),
    pytest.param(PageSet("6", pages=22, min_text=13, min_html=9, min_sites=12, exact=True), id="set6"),
    pytest.param(
        PageSet(
            "7",
            pages=22,
            min_text=13,
            min_html=9,
            min_sites=12,
            exact=True,
        ),
        id="set7",
    ),
    # Set 8 (22 pages, blind: 0.998, 2, 0.880; published_at 17/22, now 22/22) has no known date gaps.
    # Its metadata, 205/233 blind, is 232/233 now with 0 leaked: related_titles 21/22, a 'Related Article'
    # box after the story's closing byline is not told apart from the site-wide boxes of sets 1-2.
    pytest.param(PageSet("8", pages=22, min_text=13, min_html=9, min_sites=12, exact=True), id="set8"),
    # Set 9 (22 pages, blind: body F1 0.985, 10 leaked, metadata 220/232, published_at 21/22) is 1.0, 0 leaked
    # and 232/232 now: no known gaps.
    pytest.param(PageSet("9", pages=22, min_text=13, min_html=9, min_sites=12, exact=True), id="set9"),
    # Set 10 (22 pages) is blind: body F1 0.989, 7 leaked, metadata 219/231, published_at 20/22 when written;
    # 0.990, 6 leaked, 219/231, 20/22 after the set-9 fix round, which never saw it.
    # After its own fix round: 0.999, 0 leaked, 221/231, 22/22.
    pytest.param(
        PageSet(
            "10",
            pages=22,
            min_text=13,
            min_html=9,
            min_sites=12,
            exact=True,
        ),
        id="set10",
    ),
    # Set 11 (22 pages) is blind: body F1 0.980, 6 leaked, metadata 217/230, published_at 21/22 when written
    # (the only miss: a today-widget taken as the date of a page that prints no other).
    # After the set 11-13 fix round: 0.986, 3 leaked (a teaser list under 'BACA JUGA BERITA LAINNYA'),
    # 218/230, authors 20/22.
    pytest.param(
        PageSet(
            "11",
            pages=22,
            min_text=13,
            min_html=9,
            min_sites=12,
            exact=True,
            gaps=(
                (
                    "site",
                    "blind set 11: site 15/18 (no canonical or og:url; gold infers the domain)",
                ),
                ("captions", "blind set 11: captions 19/22 (a caption above its credit line, two missed)"),
            ),
        ),
        id="set11",
    ),
    # Set 12 (22 pages) is blind: body F1 0.978, 4 leaked, metadata 214/229, published_at 21/22 when written
    # (the miss: a Singapore outlet's zone-less time, with no domain printed, read as UTC).
    # After the set 11-13 fix round: 0.982, 2 leaked, 216/229, authors 20/22, published_at still 21/22.
    pytest.param(
        PageSet(
            "12",
            pages=22,
            min_text=13,
            min_html=9,
            min_sites=12,
            exact=True,
            gaps=(
                ("site", "blind set 12: site 17/19 (text dumps that print no domain)"),
                ("captions", "blind set 12: captions 19/22"),
            ),
        ),
        id="set12",
    ),
    # Set 13 (22 pages) is blind: body F1 0.994, 4 leaked, metadata 212/228, published_at 21/22 when written
    # (the miss: a glued 'NameMarch 12, 202511:42 AM PKTUpdated 3 hours ago' read as a bare date).
    # After the set 11-13 fix round: 0.997, 2 leaked, 219/228, published_at 22/22, titles 21/22: no gaps.
    pytest.param(
        PageSet(
            "13",
            pages=22,
            min_text=13,
            min_html=9,
            min_sites=12,
            exact=True,
        ),
        id="set13",
    ),
]


def golds(held: PageSet) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((held.folder / "gold").glob("*.json"))]


@cache
def results(held: PageSet) -> dict[str, dict[str, Any]]:
    scorer = scoring.shared_scorer() or scoring
    rows = pipeline_rows(held.folder / "pages")
    missing = {"rejected": "no article row"}
    return {g["file"]: score_page(rows.get(g["file"], missing), g, scorer) for g in golds(held)}


def is_html(name: str) -> bool:
    return name.endswith((".html", ".htm"))


def kind(found: dict[str, dict[str, Any]], suffix: str) -> dict[str, dict[str, Any]]:
    """The text pages (.txt and markdown .md) or the HTML pages."""
    return {k: v for k, v in found.items() if is_html(k) == (suffix == ".html")}


@pytest.mark.parametrize("held", SETS)
def test_set_is_complete(held: PageSet) -> None:
    pages = {p.name for p in (held.folder / "pages").iterdir()}
    gold = golds(held)
    assert {g["file"] for g in gold} == pages
    assert sum(not is_html(p) for p in pages) >= held.min_text
    assert sum(is_html(p) for p in pages) >= held.min_html
    sites = {g.get("site") or g["file"] for g in gold}  # set 4 leaves `site` out where no domain is printed
    assert len(sites) >= held.min_sites
    for g in gold:
        assert g["body_required"] and g["body_excluded"] and g["title"], g["file"]


@pytest.mark.parametrize("held", SETS)
def test_report(held: PageSet) -> None:
    found = results(held)
    for name, r in sorted(found.items()):
        b, bad = r["body"], [k for k, ok in r["checks"].items() if not ok]
        print(f"{name}: P={b['precision']:.3f} R={b['recall']:.3f} leaked {len(b['leaked'])} "
              f"| published {r['published']} | failed: {','.join(bad) or '-'}")  # fmt: skip
        for line in b["missing"]:
            print(f"    missing: {line[:100]}")
        for line in b["leaked"]:
            print(f"    leaked:  {line[:100]}")
    for suffix in (".txt", ".html"):
        part = summary(kind(found, suffix))
        print(suffix, {k: round(v, 4) if isinstance(v, float) else v for k, v in part.items()})
    assert len(found) == held.pages if held.exact else len(found) >= held.pages


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@pytest.mark.parametrize("held", SETS)
def test_body_f1(held: PageSet, suffix: str) -> None:
    assert summary(kind(results(held), suffix))["f1"] >= 0.97


@pytest.mark.parametrize("held", SETS)
def test_boilerplate_leaks(held: PageSet) -> None:
    gap = dict(held.gaps).get("leaks")
    if gap and summary(results(held))["leaked"] > 5:
        pytest.xfail(gap)
    assert summary(results(held))["leaked"] <= 5


@pytest.mark.parametrize("held", SETS)
def test_metadata(held: PageSet) -> None:
    assert summary(results(held))["metadata"] >= 0.9


@pytest.mark.parametrize("check", KEY_CHECKS)
@pytest.mark.parametrize("held", SETS)
def test_key_metadata(held: PageSet, check: str) -> None:
    gap = dict(held.gaps).get(check)
    if gap and summary(results(held))["per_check"][check] < 0.9:
        pytest.xfail(gap)
    assert summary(results(held))["per_check"][check] >= 0.9
