"""Table-driven checks of actors, triggers, roles and modality on sentences that are not from the seeds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kabar.events.coder import code_text
from kabar.events.gazetteer import Actor

CASES = Path(__file__).parent / "events" / "cases.psv"
# Cases for the classes fixed when the coder was made to generalise (issue: events merged across articles).
GENERALISE = Path(__file__).parent / "events" / "cases_generalise.psv"


def _cases(path: Path = CASES) -> list[tuple[str, ...]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("|")) for line in lines if line.strip() and not line.startswith("#")]


def _fits(want: str, actor: Actor | None) -> bool:
    if want == "-":
        return True
    if actor is None:
        return False
    if len(want) == 3 and want.isupper():
        return actor.country == want
    return want.lower() in actor.name.lower()


def test_enough_cases() -> None:
    cases = _cases()
    assert len(cases) >= 100
    assert {c[0] for c in cases} == {"id", "en"}


def test_enough_generalisation_cases() -> None:
    cases = _cases(GENERALISE)
    assert len(cases) >= 60
    assert {c[0] for c in cases} == {"id", "en"}


@pytest.mark.parametrize(
    ("lang", "sentence", "cameo", "actor1", "actor2", "modality"), _cases() + _cases(GENERALISE)
)
def test_case(lang: str, sentence: str, cameo: str, actor1: str, actor2: str, modality: str) -> None:
    mentions = code_text(sentence, lang, date(2024, 5, 10), None, False)
    fitting = [
        m
        for m in mentions
        if m.cameo.startswith(cameo)
        and (
            (_fits(actor1, m.actor1) and _fits(actor2, m.actor2))
            or (_fits(actor1, m.actor2) and _fits(actor2, m.actor1) and actor2 != "-")
        )
    ]
    shown = [(m.cameo, m.actor1 and m.actor1.name, m.actor2 and m.actor2.name, m.modality) for m in mentions]
    assert fitting, f"no {cameo} {actor1}/{actor2} in {shown}"
    assert fitting[0].modality == modality, shown
