"""Table-driven check of the temporal tagger against tests/data/temporal_cases.csv (reviewed by hand)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from kabar.dates import tag, tag_json
from kabar.model import TimeExpression

CASES = Path(__file__).parent / "data" / "temporal_cases.csv"
MIN_ACCURACY = 0.97


def load_cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def case_passes(case: dict[str, str]) -> bool:
    """A row passes when its span is found with the expected interval, precision and kind;
    a row without expect_text passes when nothing is tagged."""
    found = tag(case["text"], date.fromisoformat(case["anchor"]), case["lang"])
    if not case["expect_text"]:
        return not found
    return any(_matches(e, case) for e in found)


def _matches(e: TimeExpression, case: dict[str, str]) -> bool:
    return (
        e.text == case["expect_text"]
        and e.start.isoformat() == case["start"]
        and e.end.isoformat() == case["end"]
        and e.precision == case["precision"]
        and e.kind == case["kind"]
    )


def test_table_is_big_and_bilingual() -> None:
    cases = load_cases()
    assert len(cases) >= 250
    assert {c["lang"] for c in cases} == {"id", "en"}
    assert sum(c["text"].startswith("[seed]") for c in cases) >= 42


def test_accuracy_over_table() -> None:
    cases = load_cases()
    failed = [c for c in cases if not case_passes(c)]
    accuracy = 1 - len(failed) / len(cases)
    shown = "\n".join(f"{c['anchor']} {c['text']!r} → {c['expect_text']!r}" for c in failed[:20])
    assert accuracy >= MIN_ACCURACY, f"accuracy {accuracy:.3f} ({len(failed)} failed):\n{shown}"


SEED_CASES = [c for c in load_cases() if c["text"].startswith("[seed]")]


@pytest.mark.parametrize("case", SEED_CASES, ids=[f"{c['expect_text'] or 'none'}" for c in SEED_CASES])
def test_every_seed_expression_exactly(case: dict[str, str]) -> None:
    found = tag(case["text"], date.fromisoformat(case["anchor"]), case["lang"])
    assert case_passes(case), [(e.text, e.start, e.end, e.precision, e.kind) for e in found]


def test_offsets_point_at_the_span() -> None:
    text = "Pada Senin (4/11/2024), ia tiba. Pekan lalu ia di Seoul."
    for e in tag(text, date(2024, 11, 5)):
        assert text[e.char_start : e.char_end] == e.text


def test_tag_json_for_the_cli() -> None:
    out = tag_json("Menteri tiba kemarin.", "2024-11-05T11:25+07:00")
    assert '"start": "2024-11-04"' in out and '"kind": "event"' in out


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # shortly after a printed date of that weekday, a bare weekday repeats it
        ("id", "Rapat digelar Selasa, 16 Januari 2024. Pada Selasa, para menteri juga hadir.", "2024-01-16"),
        # paragraphs later it names the week's day, not an old date that fell on it
        (
            "en",
            "Nijjar was shot dead on June 18, 2023. " + "India has denied any role in the killing. " * 12
            + "Trudeau said he had spoken with Starmer on Sunday.",
            "2024-10-13",
        ),
    ],
)  # fmt: skip
def test_a_bare_weekday_repeats_only_a_nearby_printed_date(lang: str, text: str, day: str) -> None:
    weekdays = [e for e in tag(text, date(2024, 10, 14), lang) if len(e.text) <= 12]
    assert weekdays and str(weekdays[-1].start) == day, weekdays
