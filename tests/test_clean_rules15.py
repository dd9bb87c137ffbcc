"""Cleaner rules from blind sets 43 and 44, on pages and bylines written here: a caption closed by a
bracketed handout credit, a second writer after `with` (AFP's `By X with Y in City`), a pager line that
asks to read the next page, an agency's abbreviation that is also a police rank or a party only counts
after a citation cue, and BelTA as a cited agency."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline import parse_byline
from kabar.clean.sources import cited_sources

PROSE = [
    "The regional water authority said on Tuesday that supplies to the northern districts would resume "
    "next week after engineers finished repairs to the main pumping station's damaged intake.",
    "About 40,000 households depend on the station, and the outage had forced families to buy water from "
    "tankers at several times the usual price, residents said.",
    "Officials said a second intake would be built before the dry season, and that a review of the "
    "station's maintenance contracts had been ordered by the governor.",
]
HEADLINE = "Water supplies to northern districts to resume after pump repairs"
PROSA = [
    "Pemerintah kota menyatakan pasokan air ke wilayah utara akan kembali normal pekan depan setelah "
    "perbaikan pompa utama di instalasi pengolahan air selesai dikerjakan oleh para teknisi.",
    "Sekitar 40.000 rumah tangga bergantung pada instalasi itu, dan gangguan tersebut memaksa warga "
    "membeli air dari truk tangki dengan harga berlipat, kata sejumlah warga.",
    "Pejabat setempat menyebut instalasi kedua akan dibangun sebelum musim kemarau, sementara kontrak "
    "perawatan instalasi akan ditinjau ulang atas perintah wali kota.",
]


@pytest.mark.parametrize(
    "credit",
    ["[Handout: Ministry of Water Resources]", "[Handout: Reuters]", "[File: Office of the President]"],
)
def test_a_caption_closed_by_a_bracketed_handout_credit(credit: str) -> None:
    caption = f"The minister inspects the repaired pumping station in Lilongwe on July 3, 2025 {credit}"
    article = clean(page(HEADLINE, caption, *PROSE))
    assert article.captions == [caption]
    assert caption not in article.body


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Anne CHAON with Marc JOURDIER in Nairobi", ["Anne CHAON", "Marc JOURDIER"]),
        ("By Jane Wanjiru with Peter Otieno", ["Jane Wanjiru", "Peter Otieno"]),
        ("By Jane Wanjiru with additional reporting from the wires", ["Jane Wanjiru"]),
        ("By Jane Wanjiru with Agence France-Presse", ["Jane Wanjiru"]),
    ],
)
def test_a_second_writer_after_with(line: str, authors: list[str]) -> None:
    assert parse_byline(line)[0] == authors


def test_a_pager_line_asking_to_read_the_next_page_is_no_body() -> None:
    article = clean(
        page("Pasokan air ke wilayah utara kembali normal", PROSA[0], "Baca halaman selanjutnya", *PROSA[1:])
    )
    assert "Baca halaman selanjutnya" not in article.body
    assert PROSA[1] in article.body


def test_an_abbreviation_that_is_also_a_rank_is_no_agency_without_a_cue() -> None:
    body = "Kapolsek Slawi, AKP Bambang Sutrisno, mengatakan insiden terjadi sekitar pukul 21.30 WIB."
    assert cited_sources(body, [], None) == []


def test_belta_is_a_cited_agency() -> None:
    body = "Kantor berita Belarus, BelTA, menyebut kedua pihak membahas perang di Ukraina."
    assert cited_sources(body, [], None) == ["BelTA"]
