"""Round 51 of the cleaner: a summary box set between a story's paragraphs (its label trailing off with an
ellipsis) no longer cuts the paragraphs above it from the body; a two-word link label with its colon
('Related news: <title>') prefixes a related title; a footer acknowledging the land's first peoples is
furniture, no related headline; a wire signing the story from a place under the headline is cited."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, K4, P1, P2, P3, TITLE, clean, page

from kabar.clean.sources import wire_signed_from

LINK_A = "Ferry operators count the cost of a week of idle boats"
LINK_B = "Port authority names mediator in long-running wage dispute"
K5 = "Sejumlah penumpang memilih menginap di ruang tunggu terminal sambil menunggu kepastian jadwal kapal."
K6 = "Polisi menyiagakan personel di sekitar dermaga untuk menjaga ketertiban selama aksi berlangsung."


def test_a_summary_box_between_paragraphs_keeps_the_paragraphs_above_it() -> None:
    box = "Intinya...\nBuruh pelabuhan mogok kerja\nRibuan penumpang telantar\nMediator diminta membantu"
    header = ("Nusantara", JUDUL, "Kamis, 06 Mar 2025 10:15 WIB", "Penulis: Lena Sorvik")
    article = clean(page(*header, f"Teluk Selatan, Kabarraya.com - {K1}", K2, box, K3, K4, K5, K6))
    body = article.body.split("\n\n")
    assert body[:2] == [K1, K2]
    assert body[2] == K3
    assert "Ribuan penumpang telantar" not in article.body
    assert article.dateline == "Teluk Selatan"


def test_a_two_word_link_label_with_its_colon_prefixes_a_related_title() -> None:
    article = clean(page("World", TITLE, "By Lena Sorvik", P1, P2, f"Related news: {LINK_A}", P3))
    assert article.related_titles == [LINK_A]
    assert LINK_A not in article.body


def test_an_acknowledgement_of_the_first_peoples_is_no_related_headline() -> None:
    footer = ("Related stories", LINK_A, "The Courier acknowledges the First Peoples of this land")
    article = clean(page("World", TITLE, "By Lena Sorvik", P1, P2, P3, *footer))
    assert article.related_titles == [LINK_A]


def test_a_wire_signing_from_a_place_under_the_headline_is_cited() -> None:
    assert wire_signed_from("Reuters in Nairobi") == "Reuters"
    assert wire_signed_from("Lena Sorvik in Nairobi") is None  # a writer, no wire
    assert wire_signed_from("Reuters in Talks") is None  # no place
    article = clean(page("World", TITLE, "Reuters in Nairobi", "Thu 6 Mar 2025 10.15 GMT", P1, P2, P3))
    assert "Reuters" in article.cited_sources
    assert article.authors == []
