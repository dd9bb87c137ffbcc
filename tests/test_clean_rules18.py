"""Cleaner rules from blind sets 49 and 50, on sentences written here: a name an outlet noun leads
(`dikutip kantor berita Kabar`) is a cited outlet though no lexicon knows it, and a cited name ends with
its sentence."""

from __future__ import annotations

import pytest

from kabar.clean.sources import cited_sources


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        ("Perjanjian itu diteken di Astana, sebagaimana dikutip kantor berita Kazinform.", ["Kazinform"]),
        ("The treaty was signed in Astana, the minister told the news agency Kazinform.", ["Kazinform"]),
        ("Hal itu diberitakan surat kabar Lidove Noviny pada Senin.", ["Lidove Noviny"]),
    ],
)
def test_a_name_an_outlet_noun_leads_is_a_cited_outlet(body: str, cited: list[str]) -> None:
    assert cited_sources(body, [], None) == cited


def test_a_cited_name_ends_with_its_sentence() -> None:
    body = "Kabar itu dilansir harian Kazakh Times. Menurut polisi, tidak ada korban."
    assert cited_sources(body, [], None) == ["Kazakh Times"]


@pytest.mark.parametrize(
    "body",
    [
        "The road was closed because of flooding, according to the Northland Transport Agency.",
        "Perjanjian itu diteken di Astana, menurut laporan media Kazakhstan.",
    ],
)
def test_a_body_that_is_no_outlet_is_not_cited(body: str) -> None:
    assert cited_sources(body, [], None) == []
