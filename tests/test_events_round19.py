"""Round 19, on sentences written for these tests: a launched attack with a named target is an attack, not
a show of force; and the subject of a verb stands before an appositive or relative clause that separates
them (`Fico, a critic of Western military aid to Kyiv, met Putin`), never inside it."""

from __future__ import annotations

import pytest
from event_rows import coded as coded_on


def coded(body: str, lang: str) -> list[dict]:
    return coded_on(body, lang, "2025-06-15")


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("Russia launched a massive missile and drone attack on Ukraine's power grid on Friday.", "19"),
        ("Israel launched an air strike on a building in southern Lebanon on Friday.", "19"),
        # no target: a missile launch is a show of force
        ("North Korea launched a ballistic missile into the sea on Friday.", "15"),
    ],
)
def test_a_launched_attack_on_a_target_is_fighting(body: str, root: str) -> None:
    rows = coded(body, "en")
    assert [r["cameo_code"][:2] for r in rows] == [root], rows


def test_a_launched_general_strike_is_no_attack() -> None:
    rows = coded("French unions launched a general strike on Friday.", "en")
    assert all(r["cameo_code"][:2] not in ("18", "19", "20") for r in rows), rows


@pytest.mark.parametrize(
    ("lang", "body", "agent"),
    [
        (
            "en",
            "Slovak Prime Minister Robert Fico, a critic of Western military aid to Kyiv, met Russian "
            "President Vladimir Putin in Moscow on Sunday.",
            "Robert Fico",
        ),
        (
            "en",
            "Indonesian President Prabowo Subianto, who took office in October, met Chinese President Xi "
            "Jinping in Beijing on Saturday.",
            "Prabowo Subianto",
        ),
        (
            "id",
            "Perdana Menteri Malaysia Anwar Ibrahim, yang juga menjabat Ketua ASEAN, bertemu Presiden "
            "Indonesia Prabowo Subianto di Bogor pada Senin (9/6/2025).",
            "Anwar Ibrahim",
        ),
    ],
)
def test_the_agent_stands_before_an_appositive(lang: str, body: str, agent: str) -> None:
    rows = coded(body, lang)
    assert rows and rows[0]["actor1_name"] == agent, rows
