"""Round 17: an asserted report the text does not date is taken as recent (the publication bound) before the
reports of one article are folded together, so it never folds into a report of the same act dated months
earlier, while it still folds into a report dated within the bound; and a protest or a coercive act whose
patient is unnamed is aimed at the agent's own country, GDELT-style. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_rows import coded as coded_on


def coded(body: str, lang: str, published: str = "2025-06-13") -> list[dict]:
    return coded_on(body, lang, published)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Israel has launched a wave of strikes on Iran, targeting its nuclear facilities. "
            "Israel has struck Iran directly before, most recently in October last year.",
        ),
        (
            "id",
            "Israel melancarkan gelombang serangan udara ke Iran dan menargetkan fasilitas nuklirnya. "
            "Israel pernah menyerang Iran secara langsung pada Oktober tahun lalu.",
        ),
    ],
)
def test_an_undated_report_does_not_fold_into_one_dated_months_before(lang: str, body: str) -> None:
    rows = coded(body, lang)
    spans = sorted((str(r["date_start"]), str(r["date_end"]), r["date_precision"]) for r in rows)
    assert spans == [("2024-10-01", "2024-10-31", "month"), ("2025-06-12", "2025-06-13", "unknown")], rows


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Israel struck Iran on Friday, the military said. "
            "Israel has launched a wave of strikes on Iran, targeting its nuclear facilities.",
        ),
        (
            "id",
            "Israel menyerang Iran pada Jumat (13/6/2025), kata militer. "
            "Israel melancarkan gelombang serangan udara ke Iran dan menargetkan fasilitas nuklirnya.",
        ),
    ],
)
def test_an_undated_report_still_folds_into_one_dated_within_the_bound(lang: str, body: str) -> None:
    rows = coded(body, lang)
    assert [(str(r["date_start"]), r["date_precision"]) for r in rows] == [("2025-06-13", "day")], rows


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        # a curfew and a dispersal with no one named: aimed at the agent's own country
        ("id", "Polisi Malaysia memberlakukan jam malam di Johor Bahru.", ("MYS", "MYS")),
        ("en", "Kenyan police imposed a curfew in Nairobi.", ("KEN", "KEN")),
        # a protest with no target named: against its own country
        ("id", "Ribuan mahasiswa Serbia berunjuk rasa di Beograd.", ("SRB", "SRB")),
        ("en", "Thousands of Serbian students marched through Belgrade on Sunday.", ("SRB", "SRB")),
    ],
)
def test_an_unnamed_patient_of_a_protest_or_coercion_is_the_agents_own_country(
    lang: str, body: str, want: tuple[str, str]
) -> None:
    (row,) = coded(body, lang)
    assert (row["actor1_country"], row["actor2_country"]) == want, row
    assert "+domestic_patient" in row["rule"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # a named patient is kept
        (
            "en",
            "Kenyan police arrested opposition leader Raila Odinga in Nairobi.",
        ),
        # an attack is no domestic act: its target stays unnamed
        ("en", "Israeli forces launched an air strike overnight, the military said."),
    ],
)
def test_named_patients_and_other_roots_are_left_alone(lang: str, body: str) -> None:
    rows = coded(body, lang)
    assert rows and all("+domestic_patient" not in r["rule"] for r in rows), rows
