"""Round 48 of the cleaner: 'Related content', and 'Read more' under the story, head its own links; a
link prefix run on into lower-case words ('Read more on ...') labels the list below it; a writer may sign
from a place whose name holds a particle; a place printed after the header's date, or a known place closed
by a full stop at the story's start, is the dateline; a caption credited to an outlet's two initials is a
caption; a desk's code alone under the last paragraph is no photo credit; a credit after a bar in a caption
is cited; a newspaper named after its noun or after 'menurut' is cited, and a skipped noun that opens a
known name stays in it."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, K4, P1, P2, P3, TITLE, clean, page

from kabar.clean.byline_names import names_in_line
from kabar.clean.captions import has_credit
from kabar.clean.dateline import parse_dateline
from kabar.clean.sources import caption_credits, cited_sources

LINK_A = "Ferry operators count the cost of a week of idle boats"
LINK_B = "Port authority names mediator in long-running wage dispute"


def test_related_content_heads_the_story_links() -> None:
    footer = ("Related content", LINK_A, LINK_B, "Top stories", "© 2025 Example Media | Privacy policy")
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, *footer))
    assert article.related_titles == [LINK_A, LINK_B]


def test_a_link_prefix_run_on_into_lower_case_words_labels_the_list_below() -> None:
    footer = ("Read more on this theme", LINK_A, LINK_B, "Newsletter")
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, *footer))
    assert article.related_titles == [LINK_A, LINK_B]
    assert LINK_A not in article.body


def test_read_more_under_the_story_heads_its_links() -> None:
    footer = ("Read More", LINK_A, LINK_B, "Join the conversation", "Most popular")
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, *footer))
    assert article.related_titles == [LINK_A, LINK_B]


def test_a_writer_signs_from_a_place_whose_name_holds_a_particle() -> None:
    assert names_in_line("Lena Sorvik in Dar es Salaam") == ["Lena Sorvik"]
    article = clean(page("World", TITLE, "Lena Sorvik in Dar es Salaam", "Thu 6 Mar 2025 10.15 GMT", P1, P2))
    assert article.authors == ["Lena Sorvik"]


def test_a_place_printed_after_the_header_date_is_the_dateline() -> None:
    header = (
        "World",
        TITLE,
        "Updated - March 6, 2025 11:52 am",
        "Published - March 6, 2025 10:15 am - BERGEN",
    )
    article = clean(page(*header, P1, P2, P3))
    assert article.dateline == "Bergen"
    assert "Published" not in article.body


def test_a_known_place_closed_by_a_full_stop_opens_the_story() -> None:
    assert parse_dateline("Bergen. " + P1) is not None
    assert parse_dateline("Mr. Haddad said the talks would resume on Monday at the harbour office.") is None
    article = clean(page("World", TITLE, "March 6, 2025", "Bergen. " + P1, P2, P3))
    assert article.dateline == "Bergen"


def test_a_caption_credited_to_an_outlets_two_initials_is_a_caption() -> None:
    caption = "Buruh pelabuhan berunjuk rasa di dermaga Teluk Selatan, Kamis (6/3/2025). HB/Lena Sorvik"
    assert has_credit(caption)
    assert not has_credit("Ketua serikat buruh menyebut tuntutan itu wajar. HB/Lena Sorvik menolak.")
    article = clean(page("Nusantara", JUDUL, "06/03/2025 10:15", "Editor: Omar Haddad", caption, K1, K2, K3))
    assert article.captions == [caption]
    assert "Lena Sorvik" not in article.body


LAST = (
    "Di Teluk Selatan, ketua serikat buruh mendesak pengelola pelabuhan segera kembali ke meja perundingan."
)


def test_a_desk_code_alone_under_the_last_paragraph_is_no_photo_credit() -> None:
    header = ("Nusantara", JUDUL, "Lena Sorvik", "06/03/2025 10:15", "Editor: Omar Haddad")
    article = clean("\n".join((*header, K1, K2, K3, K4, LAST, "(LS/I-3)", "Topik")))  # no blank lines
    assert LAST in article.body
    assert article.captions == []


def test_a_credit_after_a_bar_in_a_caption_is_cited() -> None:
    assert caption_credits(["Ferries lie idle at the harbour on Thursday morning. | KYODO"]) == ["KYODO"]
    assert caption_credits(["Ferries lie idle at the harbour on Thursday morning. | Lena Sorvik"]) == []


def test_a_newspaper_named_after_its_noun_or_menurut_is_cited() -> None:
    assert "Granma" in cited_sources(
        "The strike spread to two more ports, the newspaper Granma reported.", [], None
    )
    assert "Granma" in cited_sources(
        "Pemogokan meluas ke dua pelabuhan lain, menurut harian Granma.", [], None
    )
    assert cited_sources("Floods cut roads in Granma province on Thursday.", [], None) == []
    found = cited_sources("Pemogokan berlanjut, menurut Kantor Berita Pusat Korea.", [], None)
    assert found == ["Kantor Berita Pusat Korea"]
