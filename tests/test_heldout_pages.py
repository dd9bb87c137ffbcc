"""The cleaner on a blind held-out set: pages of other sites than the seeds', scored with the scorer's rules.

tests/heldout/pages holds browser text dumps and saved HTML of Indonesian and English news sites, and
tests/heldout/gold their human gold in the seeds' format (tests/heldout/README.md). The targets are the
issue's: body F1 >= 0.97, at most 5 boilerplate lines leaked over the set, metadata >= 0.9 of checks.
Run with `-s` to see the per-page table.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import scoring

from kabar import __version__, io, steps

HELDOUT = Path(__file__).resolve().parent / "heldout"
PAGES, GOLD = HELDOUT / "pages", HELDOUT / "gold"
KEY_CHECKS = ("title", "site", "authors", "published_at", "captions")


def pipeline_rows(folder: Path) -> dict[str, dict[str, Any]]:
    """Article rows by file name, from the same stage functions the flow runs (no Prefect)."""
    now = datetime.now(UTC)
    run = steps.RunInfo("heldout", now, __version__)
    items = io.discover_inputs([folder]).files
    cleaned, rejected = steps.clean_batch(steps.read_batch(items, 16_000_000, {}))
    rows = steps.date_batch(cleaned, run, now).to_dicts()
    found = {Path(row["source"]).name: row for row in rows}
    found.update({Path(r.source).name: {"rejected": r.reason} for r in rejected})
    return found


def score_page(article: dict[str, Any], gold: dict[str, Any], scorer: Any) -> dict[str, Any]:
    if "rejected" in article:
        empty = {"precision": 0.0, "recall": 0.0, "f1": 0.0, "missing": gold["body_required"], "leaked": []}
        return {"body": empty, "checks": {k: False for k in KEY_CHECKS}, "published": article["rejected"]}
    return {
        "body": scorer.body_scores(article.get("body") or "", gold),
        "checks": scoring.page_checks(article, gold, scorer),
        "published": article.get("published_at_local"),
    }


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    scorer = scoring.shared_scorer() or scoring
    rows = pipeline_rows(PAGES)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    missing = {"rejected": "no article row"}
    return {g["file"]: score_page(rows.get(g["file"], missing), g, scorer) for g in golds}


def summary(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The scorer's summary numbers: mean page precision and recall, F1 of the means, leaks, checks."""
    n = max(1, len(results))
    precision = sum(r["body"]["precision"] for r in results.values()) / n
    recall = sum(r["body"]["recall"] for r in results.values()) / n
    checks = [c for r in results.values() for c in r["checks"].items()]
    by_kind: Counter[str] = Counter()
    ok_by_kind: Counter[str] = Counter()
    for name, ok in checks:
        by_kind[name] += 1
        ok_by_kind[name] += ok
    return {
        "pages": len(results),
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "leaked": sum(len(r["body"]["leaked"]) for r in results.values()),
        "metadata": sum(ok for _, ok in checks) / max(1, len(checks)),
        "per_check": {k: ok_by_kind[k] / by_kind[k] for k in by_kind},
    }


def test_heldout_set_is_complete() -> None:
    pages = {p.name for p in PAGES.iterdir()}
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD.glob("*.json")]
    assert {g["file"] for g in golds} == pages
    assert sum(p.endswith(".txt") for p in pages) >= 14 and sum(p.endswith(".html") for p in pages) >= 10
    assert len({g["site"] for g in golds}) >= 12


def test_heldout_report(results: dict[str, dict[str, Any]]) -> None:
    for name, r in sorted(results.items()):
        b, bad = r["body"], [k for k, ok in r["checks"].items() if not ok]
        print(f"{name}: P={b['precision']:.3f} R={b['recall']:.3f} leaked {len(b['leaked'])} "
              f"| published {r['published']} | failed: {','.join(bad) or '-'}")  # fmt: skip
        for line in b["missing"]:
            print(f"    missing: {line[:100]}")
        for line in b["leaked"]:
            print(f"    leaked:  {line[:100]}")
    for kind in ("txt", "html"):
        part = {k: v for k, v in results.items() if k.endswith(f".{kind}")}
        print(kind, {k: round(v, 4) if isinstance(v, float) else v for k, v in summary(part).items()})
    assert len(results) >= 24


def test_heldout_body_f1(results: dict[str, dict[str, Any]]) -> None:
    assert summary(results)["f1"] >= 0.97


def test_heldout_boilerplate_leaks(results: dict[str, dict[str, Any]]) -> None:
    assert summary(results)["leaked"] <= 5


def test_heldout_metadata(results: dict[str, dict[str, Any]]) -> None:
    assert summary(results)["metadata"] >= 0.9


@pytest.mark.parametrize("check", KEY_CHECKS)
def test_heldout_key_metadata(results: dict[str, dict[str, Any]], check: str) -> None:
    assert summary(results)["per_check"][check] >= 0.9
