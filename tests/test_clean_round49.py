"""Round 49 of the cleaner: two labelled credits parted by a single space on one byline line are two
credits; a short standfirst written as a sentence is one; a caption whose date closes with the year may be
credited in brackets after it; a credit line printing agencies in capitals names them; 'Explore more' alone
heads the story's own links, while 'Explore more on ...' still heads a topic strip; a place named with one
clause closing the line, over the lede, is the lead photo's caption."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, P1, P2, P3, TITLE, clean, page

from kabar.clean.byline import parse_byline
from kabar.clean.sources import cited_sources

LINK_A = "Ferry operators count the cost of a week of idle boats"
LINK_B = "Port authority names mediator in long-running wage dispute"


def test_two_labelled_credits_parted_by_one_space_are_two_credits() -> None:
    assert parse_byline("Rep: Wulan Prameswari Red: Dimas Haryo Saputro") == (
        ["Wulan Prameswari"],
        ["Dimas Haryo Saputro"],
    )
    # one name under two roles joined before the colon stays one credit
    assert parse_byline("Redaktur & Reporter : Wulan Prameswari")[0] == ["Wulan Prameswari"]
    header = ("Nusantara", JUDUL, "Kamis 06 Mar 2025 10:15 WIB", "Rep: Wulan Prameswari Red: Dimas Haryo")
    article = clean(page(*header, K1, K2, K3))
    assert article.authors == ["Wulan Prameswari"]
    assert article.editors == ["Dimas Haryo"]


def test_a_short_standfirst_written_as_a_sentence_is_the_subtitle() -> None:
    standfirst = "Serikat buruh menolak tawaran pengelola"
    header = ("Nusantara", JUDUL, standfirst, "Kamis, 6 Mar 2025, 10:15 WIB", "Penulis: Wulan Prameswari")
    article = clean(page(*header, K1, K2, K3))
    assert article.subtitle == standfirst
    assert standfirst not in article.body


def test_a_rubric_in_capitals_under_the_headline_is_no_subtitle() -> None:
    header = ("Nusantara", JUDUL, "Berita Pelabuhan Teluk Selatan", "Kamis, 6 Mar 2025, 10:15 WIB", K1)
    assert clean(page(*header, K2, K3)).subtitle is None


def test_a_caption_credited_in_brackets_after_its_year_is_a_caption() -> None:
    caption = "Ferries sit idle at their berths in the main harbour, Thursday, March 6, 2025 (Reuters)"
    article = clean(page("World", TITLE, "Thursday 6 March 2025 10:15 GMT", caption, P1, P2, P3))
    assert article.captions == [caption]
    assert "idle at their berths" not in article.body


def test_a_credit_line_in_capitals_names_its_agencies() -> None:
    assert "Yonhap" in cited_sources(P1, ["AFP, YONHAP"], None)
    assert "Xinhua" in cited_sources(P1, ["XINHUA, REUTERS"], None)


def test_explore_more_alone_heads_the_story_links() -> None:
    footer = ("Explore more", LINK_A, LINK_B, "© 2025 Example Media | Privacy policy")
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, *footer))
    assert article.related_titles == [LINK_A, LINK_B]


def test_explore_more_on_topics_still_heads_a_topic_strip() -> None:
    footer = ("Explore more on these topics", "Ferries", "Labour", "Harbours", "© 2025 Example Media")
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, *footer))
    assert article.related_titles == []


def test_a_place_named_with_a_closing_clause_over_the_lede_is_a_caption() -> None:
    caption = "The old customs house, where the harbour talks broke down on Thursday."
    article = clean(page("World", TITLE, "March 6, 2025 14:35 GMT", caption, P1, P2, P3))
    assert article.captions == [caption]
    assert "old customs house" not in article.body


def test_a_lede_whose_clause_is_followed_by_its_verb_stays_in_the_body() -> None:
    lede = "The union, which called the strike on Thursday, said it would stay out until pay rose."
    article = clean(page("World", TITLE, "March 6, 2025 14:35 GMT", lede, P1, P2, P3))
    assert article.captions == []
    assert lede in article.body


def test_a_desk_credit_in_camel_case_under_the_headline_is_no_subtitle() -> None:
    header = ("Nusantara", JUDUL, "Tim kabarKota - kabarNews", "Kamis, 6 Mar 2025, 10:15 WIB", K1)
    assert clean(page(*header, K2, K3)).subtitle is None
