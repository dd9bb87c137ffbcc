"""`kabar run` over hostile inputs: exit 0, no traceback, every input accounted for with its reason."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from tests.faults.corpus import kabar, make_hostile_corpus


def test_hostile_corpus_is_survived_and_accounted_for(tmp_path: Path) -> None:
    expected = make_hostile_corpus(tmp_path / "in")
    result = kabar("run", str(tmp_path / "in"), "--output", str(tmp_path / "out"))
    assert result.code == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stdout + result.stderr

    out = tmp_path / "out"
    report = json.loads((out / "reports" / "latest.json").read_text(encoding="utf-8"))
    saved = json.loads((Path(report["path"]) / "validation.json").read_text(encoding="utf-8"))
    assert saved["inputs"] == len(expected)
    assert saved["reconciled"] is True

    rejected = pl.read_parquet(out / "rejected" / "*.parquet")
    articles = pl.read_parquet(out / "articles" / "*.parquet")
    fates = dict(zip(rejected["source"], rejected["reason"], strict=True))
    fates |= dict.fromkeys(articles["source"], "article")
    assert fates == expected
    assert all(
        detail.startswith(source)
        for source, detail in zip(rejected["source"], rejected["detail"], strict=True)
    )
    assert {s["source"] for s in saved["skipped"]} == {"loop/"}

    shown = kabar("report", "--output", str(out))
    assert shown.code == 0
    assert str(len(expected)) in shown.stdout
