"""Round 46 of the cleaner: a writer's family name that another language's stopword list holds closes a
bare-name byline ('Name Yang and agencies'); a line listing agencies alone ('AP, AFP', 'Agency and Agency')
cites them; a caption credited to the outlet's domain in capitals ('... OUTLET.COM/NAME') or to a name
with an apostrophe is a caption; a known place printed alone between the writer's name and the date lets
the name be read and gives the dateline; a list below the story that repeats the story's own inline links
is its related list, and so is one labelled 'Baca Berita Terkait'."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, K4, P1, P2, P3, TITLE, clean, page

from kabar.clean.byline_names import names_in_line, place_line
from kabar.clean.captions import has_credit
from kabar.clean.sources import agency_list, cited_sources


def test_a_family_name_held_by_a_stopword_list_closes_a_bare_name_byline() -> None:
    assert names_in_line("Lina Yang and agencies") == ["Lina Yang"]
    assert names_in_line("Korban Yang Selamat") == []  # a stopword inside a headline's words still stops it
    article = clean(page("World", TITLE, "Lina Yang and agencies", "Thu 6 Mar 2025 10.15 GMT", P1, P2, P3))
    assert article.title == TITLE
    assert article.authors == ["Lina Yang"]


def test_a_line_listing_agencies_alone_cites_them() -> None:
    bare = {"AP": "Associated Press", "AFP": "AFP", "Reuters": "Reuters"}
    assert agency_list("AP, AFP", bare) == ["AP", "AFP"]
    assert agency_list("Reuters and AFP", bare) == ["Reuters", "AFP"]
    assert agency_list("AP, Getty Images", bare) == []  # a part no agency: not a supplier list
    assert {"AP", "AFP"} <= set(cited_sources(P1, ["AP, AFP"], None))
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, "AP, AFP"))
    assert {"AP", "AFP"} <= set(article.cited_sources)


def test_a_caption_credited_to_the_outlets_domain_in_capitals_is_a_caption() -> None:
    photo = (
        "Ratusan buruh pelabuhan yang mogok berkumpul di depan kantor pengelola pelabuhan di kawasan dermaga "
        "utama, Teluk Selatan, Kamis (6/3/2025). WARTAKITA.COM/DEWI LARAS"
    )
    assert has_credit(photo)
    assert not has_credit("Data itu dirilis di laman resmi dinas.go.id pada Kamis.")
    lead = f"WARTAKITA.COM, TELUK SELATAN - {K1}"
    header = ("Ekonomi", JUDUL, "Kamis, 6 Maret 2025 10:15 WIB", "Penulis: Dewi Laras | Editor: Budi Santoso")
    article = clean(page(*header, photo, lead, K2, K3, K4))
    assert photo in article.captions
    assert "DEWI LARAS" not in article.body


def test_a_bracketed_photo_credit_may_hold_an_apostrophe() -> None:
    photo = (
        "Buruh pelabuhan berkumpul di depan kantor pengelola pelabuhan, Kamis (6/3/2025). "
        "(Warta Kita/Ma'ruf Amri)"
    )
    article = clean(page("Ekonomi", JUDUL, "Kamis, 6 Maret 2025 10:15 WIB", photo, K1, K2, K3, K4))
    assert article.title == JUDUL
    assert photo in article.captions


def test_a_place_alone_between_the_writers_name_and_the_date_is_the_dateline() -> None:
    assert place_line("Oslo") == "Oslo"
    assert place_line("Ferries") is None
    article = clean(page("World", TITLE, "Lena Sorvik", "Oslo", "Thu 6 Mar 2025 10.15 GMT", P1, P2, P3))
    assert article.authors == ["Lena Sorvik"]
    assert article.dateline == "Oslo"


RELATED_A = "Serikat Buruh Ancam Mogok Lebih Lama Jika Tuntutan Tak Dipenuhi"
RELATED_B = "Pengelola Pelabuhan Janjikan Perundingan Ulang Pekan Depan"
RELATED_C = "Daftar Rute Kapal Feri yang Terganggu Akibat Pemogokan"
POPULAR = [
    "Harga Cabai di Pasar Induk Naik Tajam Menjelang Akhir Pekan",
    "Jadwal Kereta Tambahan untuk Libur Panjang",
]


def test_a_list_repeating_the_storys_own_links_is_its_related_list() -> None:
    text = page(
        "Ekonomi",
        JUDUL,
        "Kamis, 6 Maret 2025 10:15 WIB",
        K1,
        f"Baca juga: {RELATED_A}",
        K2,
        K3,
        f"Baca juga: {RELATED_B}",
        K4,
        "\n".join(["Lanjut Membaca:", RELATED_A, RELATED_B, RELATED_C]),
        "\n".join(["Sorotan Hari Ini", *POPULAR]),
    )
    article = clean(text)
    assert article.related_titles == [RELATED_A, RELATED_B, RELATED_C]


def test_a_list_labelled_read_related_news_is_the_related_list() -> None:
    text = page(
        "Ekonomi",
        JUDUL,
        "Kamis, 6 Maret 2025 10:15 WIB",
        K1,
        K2,
        K3,
        K4,
        "\n".join(["Baca Berita Terkait", RELATED_A, RELATED_B]),
    )
    article = clean(text)
    assert article.related_titles == [RELATED_A, RELATED_B]
