"""Round-2 generalisation checks: reciprocal pairs, linked and forward dates, new triggers, actor fixes and
events that must not be coded (tests/events/cases_round2.psv), plus sentence and merge rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kabar.events.coder import Mention, code_text
from kabar.events.gazetteer import Actor
from kabar.events.sentences import split_sentences

CASES = Path(__file__).parent / "events" / "cases_round2.psv"
ANCHOR = date(2025, 3, 14)  # a Friday


def _cases() -> list[tuple[str, ...]]:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("|")) for line in lines if line.strip() and not line.startswith("#")]


def _fits(want: str, actor: Actor | None) -> bool:
    if want == "-":
        return True
    if actor is None:
        return False
    if len(want) == 3 and want.isupper():
        return actor.country == want or actor.role == want
    return want.lower() in actor.name.lower()


def _pair_fits(m: Mention, actor1: str, actor2: str) -> bool:
    straight = _fits(actor1, m.actor1) and _fits(actor2, m.actor2)
    return straight or (_fits(actor1, m.actor2) and _fits(actor2, m.actor1))


def _dated(want: str, m: Mention) -> bool:
    if want == "-":
        return True
    if want == "none":
        return m.dating.start is None
    day = date.fromisoformat(want)
    return m.dating.start is not None and m.dating.end is not None and m.dating.start <= day <= m.dating.end


def _shown(mentions: list[Mention]) -> list[tuple]:
    return [
        (m.cameo, m.actor1 and m.actor1.name, m.actor2 and m.actor2.name, m.modality, m.dating.start,
         m.dating.end, m.location and m.location.name)
        for m in mentions
    ]  # fmt: skip


def test_enough_round2_cases() -> None:
    cases = _cases()
    assert len(cases) >= 60
    assert {c[0] for c in cases} == {"id", "en"}
    assert sum(c[2].startswith("!") for c in cases) >= 10


@pytest.mark.parametrize(("lang", "text", "cameo", "actor1", "actor2", "modality", "when", "where"), _cases())
def test_round2_case(
    lang: str, text: str, cameo: str, actor1: str, actor2: str, modality: str, when: str, where: str
) -> None:
    mentions = code_text(text, lang, ANCHOR, None, False)
    if cameo.startswith("!"):
        wrong = [m for m in mentions if m.cameo.startswith(cameo[1:]) and _pair_fits(m, actor1, actor2)]
        assert not wrong, f"unexpected {_shown(wrong)}"
        return
    fitting = [m for m in mentions if m.cameo.startswith(cameo) and _pair_fits(m, actor1, actor2)]
    assert fitting, f"no {cameo} {actor1}/{actor2} in {_shown(mentions)}"
    right = [
        m
        for m in fitting
        if (modality == "-" or m.modality == modality)
        and _dated(when, m)
        and (where == "-" or (m.location is not None and where.lower() in m.location.name.lower()))
    ]
    assert right, f"wrong modality, date or place: {_shown(fitting)}"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mulai pukul 17.00.\n\nNamun, India menuduh Pakistan.", 2),
        ("Harga naik 2.5.\nPemerintah membantah.", 2),
        ("Dr. Tedros tiba di Kairo. Ia bertemu Sisi.", 2),
    ],
)
def test_sentences_never_run_across_line_breaks(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


def test_a_denial_and_the_event_it_denies_are_one_mention() -> None:
    text = "Kementerian Luar Negeri Jepang membantah bahwa Jepang telah menyetujui tuntutan Amerika Serikat."
    mentions = code_text(text, "id", ANCHOR, None, False)
    assert len(mentions) == 1 and mentions[0].cameo == "016" and mentions[0].modality == "denied"


def test_a_relative_week_without_an_earlier_event_stays_undated() -> None:
    text = "Sepekan setelah itu, Kenya memanggil duta besar Somalia."
    assert all(m.dating.start is None for m in code_text(text, "id", ANCHOR, None, False))
