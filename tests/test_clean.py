"""Clean stage units: line labels, bylines, datelines, sources, sites, rejections and batch behaviour."""

from __future__ import annotations

import pytest

from kabar.clean import clean_pages
from kabar.clean.byline import parse_byline
from kabar.clean.captions import has_credit, strip_trailer
from kabar.clean.classify import BOILER, BYLINE, RELATED, SECTION, SENTENCE, classify_line
from kabar.clean.dateline import parse_dateline
from kabar.clean.language import detect_language
from kabar.clean.lines import Line, split_lines, word_count
from kabar.clean.site import registered_domain
from kabar.clean.sources import cited_sources
from kabar.model import CleanArticle, Page, Rejection

PARAGRAPH = (
    "Pemerintah provinsi menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat banjir, "
    "kata kepala dinas pekerjaan umum kepada wartawan di kantornya pada Senin pagi."
)


def line(text: str) -> Line:
    return Line(text, word_count(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Baca Juga: Korea Utara Tembakkan Rudal, Ketegangan Kembali Meningkat", RELATED),
        ("Read more: Why Indonesia is moving its capital to Borneo", RELATED),
        ("Berita Terkait", "related_marker"),
        ("Rekomendasi untuk Anda", SECTION),
        ("Lanjutkan Membaca ↓", SECTION),
        ("• USD/IDR 15.930   -61,00   -0,38%", BOILER),
        ("© 2025 TribunNews.com, a subsidiary of KG Media. All Right Reserved", BOILER),
        ("Dibaca 3.412 kali", BOILER),
        ("Sumber: Antara", BOILER),
        ("Advertisement · Scroll to continue", BOILER),
        ("Ikuti kami di Google News", BOILER),
        (
            "We use cookies to personalise content and ads. By continuing you accept our cookie policy.",
            BOILER,
        ),
        ("Penulis: Hasanudin Aco", BYLINE),
        ("oleh Benedikta Miranti T.V diperbarui 05 Nov 2024, 11:25 WIB", BYLINE),
        ("By Guy Faulconbridge and Lidia Kelly", BYLINE),
        (PARAGRAPH, SENTENCE),
    ],
)
def test_line_kinds(text, kind):
    assert classify_line(line(text), frozenset()) == kind


@pytest.mark.parametrize(
    ("text", "authors", "editors"),
    [
        ("oleh Benedikta Miranti T.V diperbarui 05 Nov 2024, 11:25 WIB", ["Benedikta Miranti T.V"], []),
        ("Sumber: Reuters | Editor: Noverius Laoli", [], ["Noverius Laoli"]),
        (
            "Penulis Aditya Jaya Iswara | Editor Ardi Priyatno Utomo",
            ["Aditya Jaya Iswara"],
            ["Ardi Priyatno Utomo"],
        ),
        ("By John Smith and Jane Doe", ["John Smith", "Jane Doe"], []),
        ("Laporan Wartawan Tribunnews.com, Ilham Rian Pratama", ["Ilham Rian Pratama"], []),
    ],
)
def test_bylines(text, authors, editors):
    assert parse_byline(text) == (authors, editors)


@pytest.mark.parametrize(
    ("text", "place", "outlet", "agency"),
    [
        (
            "Liputan6.com, Moskow - Presiden Rusia Vladimir Putin menerima kunjungan menteri",
            "Moskow",
            "Liputan6.com",
            None,
        ),
        (
            "KONTAN.CO.ID -  SEOUL. Menteri Luar Negeri Korea Utara telah kembali",
            "Seoul",
            "KONTAN.CO.ID",
            None,
        ),
        (
            "ORBITINDONESIA.COM - Hubungan Rusia - Korea Utara tampak makin akrab.",
            None,
            "ORBITINDONESIA.COM",
            None,
        ),
        ("WASHINGTON, Nov 5 (Reuters) - The United States said on Tuesday", "Washington", None, "Reuters"),
        ("Kuala Lumpur (ANTARA) - Menteri Luar Negeri RI Sugiono membahas", "Kuala Lumpur", None, "ANTARA"),
    ],
)
def test_datelines(text, place, outlet, agency):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.outlet, found.agency) == (place, outlet, agency)


def test_a_sentence_with_a_dash_is_no_dateline():
    assert parse_dateline("Pemerintah - dan rakyat - bersatu, kata dia dalam pernyataan itu kemarin.") is None


@pytest.mark.parametrize(
    ("host", "domain"),
    [("www.news.kontan.co.id", "kontan.co.id"), ("TribunNews.com", "tribunnews.com"), ("localhost", None)],
)
def test_registered_domain(host, domain):
    assert registered_domain(host) == domain


def test_cited_sources_by_name_cue_and_sign_off():
    body = (
        "Dilansir CNA, Selasa. Hal itu dikutip dari laman Hindustan Times. Menurut dia, antara kedua negara."
    )
    assert cited_sources(body, ["Sumber: Reuters"], None) == ["Reuters", "CNA", "Hindustan Times"]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Warga melintas di Bandung. (ANTARA FOTO/Raisan Al Farisi)", True),
        ("Putin di Moskow. (Dok. AP Photo/Gavriil Grigorov)", True),
        ("Hasil Utama KTT (Liputan6.com/Abdillah)... Selengkapnya", True),
        ("Putin bertemu Kim pada Rabu (19/6/2024).", False),
    ],
)
def test_caption_credits(text, credited):
    assert has_credit(text) is credited


def test_caption_trailer_is_stripped():
    assert (
        strip_trailer("Kim Jong Un. (KRT via AP Video)... Selengkapnya") == "Kim Jong Un. (KRT via AP Video)"
    )


def test_language_of_indonesian_and_english():
    assert detect_language(PARAGRAPH)[0] == "id"
    assert (
        detect_language("The minister said that the talks would resume after the holiday in the capital.")[0]
        == "en"
    )


def test_markdown_dump_is_reduced_to_visible_text():
    lines = split_lines(
        "# Judul\n\n**Tebal** dan [tautan](https://x.id/a)\n\n![Foto Putin](https://x.id/p.jpg)"
    )
    assert [ln.text for ln in lines] == ["Judul", "", "Tebal dan tautan", "", ""]
    assert lines[0].heading and lines[4].image_alt == "Foto Putin"


def _text_page(name: str, text: str) -> Page:
    return Page(source=name, kind="text", text=text, encoding="utf-8")


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (_text_page("empty.txt", "  \n \n"), "empty"),
        (
            _text_page("menu.txt", "\n".join(["Beranda", "Berita", "Olahraga", "Indeks", "Kontak"] * 30)),
            "not_article",
        ),
        (
            _text_page(
                "de.txt",
                "Die Regierung hat am Montag beschlossen, dass die neuen Regeln ab nächster Woche gelten. "
                * 6,
            ),
            "unsupported_language",
        ),
        (
            Page("deep.html", "html", "<html><body>" + "<div>" * 10000 + "x" + "</div>" * 10000, "utf-8"),
            "not_article",
        ),
        (Page("scripts.html", "html", "<script>" + "var a = 1;" * 5000 + "</script>", "utf-8"), "empty"),
    ],
)
def test_non_articles_are_rejected_with_a_reason(page, reason):
    [result] = clean_pages([page])
    assert isinstance(result, Rejection)
    assert result.reason == reason and result.detail


def test_batch_keeps_order_and_length():
    pages = [
        _text_page("a.txt", ""),
        _text_page("b.txt", f"Judul Berita Hari Ini di Kota\n\n{PARAGRAPH}\n\n{PARAGRAPH[::-1]}"),
    ]
    results = clean_pages(pages)
    assert [r.source for r in results] == ["a.txt", "b.txt"]


def test_lines_repeated_across_a_sites_pages_are_template():
    promo = "Dapatkan diskon langganan spesial hanya hari ini untuk pembaca setia kami di seluruh Indonesia."
    pages = []
    for n in range(4):
        body = "\n\n".join(f"{PARAGRAPH} Kalimat pembeda nomor {n}-{k}." for k in range(4))
        text = f"Judul Berita Nomor {n} Tentang Jalan Rusak\n\n{body}\n\n{promo}\n\n© 2024 contoh.co.id"
        pages.append(_text_page(f"p{n}.txt", text))
    for result in clean_pages(pages):
        assert isinstance(result, CleanArticle)
        assert result.site == "contoh.co.id"
        assert promo not in result.body


def test_pull_quote_repeating_a_paragraph_is_dropped():
    quote = "Kami akan memperbaiki semua jalan sebelum musim hujan tiba."
    second = f'"{quote[:-1]}," kata Budi Santoso, kepala dinas pekerjaan umum, kepada wartawan di kantornya.'
    parts = ["Judul Berita Tentang Jalan Rusak di Kota", PARAGRAPH, quote, second, f"{PARAGRAPH[:-1]} lagi."]
    text = "\n\n".join(parts)
    [result] = clean_pages([_text_page("one.txt", text)])
    assert isinstance(result, CleanArticle)
    assert quote not in result.body.split("\n\n")
    assert second in result.body.split("\n\n")


# --- Second round: furniture inside the story, lists, live blogs ---

STORY = [
    "The regional council approved a new flood defence plan on Tuesday after months of debate, officials "
    "said, committing funds to raise river walls along the most exposed districts of the city.",
    "Engineers will begin work on the first section in the spring, and residents have been asked to report "
    "damaged drains so that crews can clear them before the next storm season arrives.",
    "Opposition members said the plan came too late for families who lost their homes last winter, but "
    "they voted for it after the council agreed to publish a timetable for every district.",
    "The council will review progress every three months and has promised to hold public meetings in each "
    "district before construction starts on the riverside roads.",
]


def story(*middle: str, before: tuple[str, ...] = (), after: tuple[str, ...] = ()) -> str:
    """A page whose story is STORY with `middle` lines set after its second paragraph."""
    head = ["Home", "World", "Council Backs Flood Plan", "By Clara Jensen", "12 May 2025", *before]
    return "\n".join([*head, *STORY[:2], *middle, *STORY[2:], *after, "Most read", "Terms of use"])


def body_of(text: str) -> str:
    result = clean_pages([Page("page.txt", "text", text, "utf-8")])[0]
    assert isinstance(result, CleanArticle), result
    return result.body


@pytest.mark.parametrize(
    "text",
    [
        "Artikel ini khusus untuk pelanggan.",
        "Berlangganan Kompas.id untuk membaca artikel ini dan ribuan artikel premium lainnya.",
        "Catatan Redaksi: Artikel ini telah diperbarui untuk menambahkan pernyataan menteri.",
        "A version of this article appears in print on Dec. 9, 2024, Section A, Page 1.",
        "Editor's note: This story has been updated with comments from the ministry.",
        "Ad Feedback",
        "SKIP ADVERTISEMENT",
        "Dibaca 12,4 rb kali",
        "1.2k",
        "Maria Lopez does not work for, consult, own shares in or receive funding from any company.",
        "The University of Leeds provides funding as a member of The Conversation UK.",
        "Reporting from Istanbul and Beirut",
        "Share full article",
    ],
)
def test_paywalls_notes_counters_and_disclosures_are_furniture(text):
    assert classify_line(line(text), frozenset()) == BOILER


def test_list_items_announced_by_a_sentence_are_body():
    items = [
        "the first section of the river wall",
        "new pumps for the harbour district",
        "1. PT Bank Mandiri",
    ]
    body = body_of(story("The plan pays for three things:", *items))
    for item in items:
        assert item in body


def test_a_numbered_markdown_list_keeps_its_numbers():
    assert split_lines("1. PT Bank Mandiri\n*   [Harga Emas](https://x.id/a)")[0].text == "1. PT Bank Mandiri"
    assert split_lines("1. PT Bank Mandiri\n*   [Harga Emas](https://x.id/a)")[1].text == "Harga Emas"


def test_a_pull_quote_without_its_stop_is_dropped_and_subheads_stay():
    quote = "committing funds to raise river walls along the most exposed districts"
    assert quote not in body_of(story(quote)).split("\n\n")
    assert "What happens next" in body_of(story("What happens next")).split("\n\n")


def test_a_desk_code_with_digits_closes_the_story_without_being_kept():
    body = body_of(
        story(after=("(mcr16/jpnn)",)).replace("riverside roads.", "riverside roads. (mcr16/jpnn)")
    )
    assert body.endswith("riverside roads.")


def test_a_next_page_teaser_is_dropped():
    teaser = "The council will next publish the timetable for the eastern districts and ask…"
    body = body_of(story(after=("Next page", teaser)))
    assert teaser not in body and body.endswith("riverside roads.")


def test_ad_slots_and_a_podcast_embed_do_not_cut_the_story():
    middle = ("Advertisement", "SKIP ADVERTISEMENT", "Related Content", "Why cities flood", "Dec. 8, 2024")
    assert body_of(story(*middle)).count("\n\n") == 3
    embed = (
        "Skip podcast promotion and continue reading",
        "Podcast",
        "The world in five minutes, every day.",
    )
    body = body_of(story(*embed, "End of podcast promotion"))
    assert "five minutes" not in body and body.count("\n\n") == 3


def test_a_sentence_about_the_writer_is_no_body():
    bio = "Clara Jensen is a Rotterdam-based journalist covering European politics and climate policy."
    body = body_of(story(after=(bio,)))
    assert bio not in body and body.endswith("riverside roads.")


def test_live_blog_posts_parted_by_byline_share_heading_and_time_are_one_story():
    posts = [
        ["### Good evening", "9:30pm", STORY[0], STORY[1]],
        ["### The vote", "6:40pm", STORY[2]],
        ["### Good morning", "8:02am", STORY[3]],
    ]
    lines = [
        "# Live: Council backs flood plan",
        "By reporters Clara Jensen and Tom Becker",
        "Posted 12 May 2025",
    ]
    for post in posts:
        lines += [*post, "By Clara Jensen", "Share"]
    text = "\n\n".join([*lines, "### Related stories", "* [Why cities flood](https://x.com/a)"])
    article = clean_pages([Page("live.txt", "text", text, "utf-8")])[0]
    assert isinstance(article, CleanArticle)
    assert article.body.split("\n\n") == STORY
    assert article.title == "Live: Council backs flood plan"
