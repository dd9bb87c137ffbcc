"""Held-out check of the temporal tagger: tests/data/temporal_cases_heldout.csv was written from the spec,
independently of the tagger and of its author's table, so it measures generalisation, not agreement."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from kabar.dates import tag
from kabar.model import TimeExpression

CASES = Path(__file__).parent / "data" / "temporal_cases_heldout.csv"
MIN_ACCURACY = 0.97


def load_cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def found_for(case: dict[str, str]) -> list[TimeExpression]:
    return tag(case["text"], date.fromisoformat(case["anchor"]), case["lang"])


def case_passes(case: dict[str, str]) -> bool:
    """The expected span must come out with the expected interval, precision and kind;
    a row without expect_text passes only when nothing is tagged."""
    found = found_for(case)
    if not case["expect_text"]:
        return not found
    return any(
        (e.text, e.start.isoformat(), e.end.isoformat(), e.precision, e.kind)
        == (case["expect_text"], case["start"], case["end"], case["precision"], case["kind"])
        for e in found
    )


def describe_failure(case: dict[str, str]) -> str:
    got = [(e.text, str(e.start), str(e.end), e.precision, e.kind) for e in found_for(case)]
    want = (case["expect_text"], case["start"], case["end"], case["precision"], case["kind"])
    return f"[{case['lang']} {case['anchor']}] {case['text']!r}\n    want {want}\n    got  {got}"


def test_heldout_table_is_big_and_bilingual() -> None:
    cases = load_cases()
    langs = [c["lang"] for c in cases]
    assert len(cases) >= 150
    assert 0.5 <= langs.count("id") / len(cases) <= 0.7
    assert set(langs) == {"id", "en"}


def test_heldout_accuracy() -> None:
    cases = load_cases()
    failed = [c for c in cases if not case_passes(c)]
    by_lang = {
        lang: 1 - sum(c["lang"] == lang for c in failed) / sum(c["lang"] == lang for c in cases)
        for lang in ("id", "en")
    }
    accuracy = 1 - len(failed) / len(cases)
    shown = "\n".join(describe_failure(c) for c in failed)
    summary = (
        f"accuracy {accuracy:.3f} (id {by_lang['id']:.3f}, en {by_lang['en']:.3f}), {len(failed)} failed"
    )
    assert accuracy >= MIN_ACCURACY, f"{summary}:\n{shown}"


def test_heldout_sentences_are_new() -> None:
    """Independence: no held-out sentence is copied from the author's table."""
    with (CASES.parent / "temporal_cases.csv").open(encoding="utf-8", newline="") as f:
        authored = {row["text"] for row in csv.DictReader(f)}
    assert not authored & {c["text"] for c in load_cases()}
