"""General rules added after the third held-out set: role tails, name-and-date bylines, dotted and
field-separated dates, caption classes, colon link labels, reaction widgets and breadcrumbs.

Inputs are invented, not the held-out pages: they check the rule, not a site."""

from __future__ import annotations

import pytest

from kabar.clean import clean_pages, lexicon
from kabar.clean.byline import parse_byline
from kabar.clean.byline_names import names_beside_date, names_in_line, without_role_tail
from kabar.clean.captions import has_credit
from kabar.dates import looks_like_date, parse_datetime
from kabar.model import CleanArticle, Page

BODY = (
    "Pemerintah daerah menyiapkan tiga posko kesehatan di sepanjang jalur utama untuk melayani warga "
    "yang melintas selama libur panjang pekan ini, kata kepala dinas kepada wartawan di kantornya.\n"
    "Petugas juga akan memantau arus kendaraan dari pagi hingga malam dan menutup sementara jalan yang "
    "rawan macet bila antrean kendaraan sudah melebihi batas yang ditetapkan oleh kepolisian setempat.\n"
    "Warga diminta mengikuti arahan petugas dan memeriksa kondisi kendaraan sebelum berangkat agar "
    "perjalanan tetap aman serta tidak mengganggu pengguna jalan lain di sepanjang rute tersebut.\n"
)


def _clean(text: str, kind: str = "text") -> CleanArticle:
    (article,) = clean_pages([Page("x.html" if kind == "html" else "x.txt", kind, text, "utf-8")])  # type: ignore[arg-type]
    assert isinstance(article, CleanArticle)
    return article


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane Doe Political Correspondent", "Jane Doe"),
        ("Jane Doe Senior Economics Editor", "Jane Doe"),
        ("Jane Doe", "Jane Doe"),
        ("Editor", "Editor"),  # nothing would be left of the name
    ],
)
def test_role_tail_is_not_part_of_the_name(name: str, expected: str) -> None:
    assert without_role_tail(name) == expected


def test_bylines_drop_the_role_tail() -> None:
    assert names_in_line("Jane Doe Foreign Correspondent") == ["Jane Doe"]
    assert parse_byline("By Jane Doe Chief Political Reporter")[0] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Budi Santoso • 3 April 2025 09:10", ["Budi Santoso"]),
        ("Budi Santoso | 3 April 2025", ["Budi Santoso"]),
        ("Jakarta • 3 April 2025", []),  # one word: a place, not a writer
        ("3 April 2025 | 09:10 WIB", []),
        ("Budi Santoso | Ani Wijaya | 3 April 2025", []),
    ],
)
def test_name_beside_a_date(line: str, names: list[str]) -> None:
    assert names_beside_date(line) == names


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("Penulis: Budi Santoso | Editor: Ani | Kamis, 3 April 2025 - 09:10 WIB", True),
        ("Budi Santoso | 3 April 2025", True),
        ("Gubernur meresmikan jembatan baru di kota itu | Kamis, 3 April 2025", False),
        ("2025.04.03", True),
        ("versi 2024.10.15.3", False),
    ],
)
def test_date_lines(line: str, is_date: bool) -> None:
    assert looks_like_date(line) is is_date


def test_dotted_iso_date_parses() -> None:
    parsed = parse_datetime("2025.04.03", "en")
    assert parsed is not None and parsed.date.isoformat() == "2025-04-03"


def test_colon_read_label_is_a_related_link_but_a_sentence_is_not() -> None:
    prefix = lexicon.boilerplate().related_prefix
    assert prefix.match("READ: How the vote works")
    assert prefix.match("ALSO READ: How the vote works")
    assert not prefix.match("Read the full statement on the ministry's website.")


@pytest.mark.parametrize(
    "line", ["How does this make you feel?", "Bagaimana perasaan Anda setelah membaca berita ini?"]
)
def test_reaction_widget_prompts_are_boilerplate(line: str) -> None:
    assert lexicon.boilerplate().anchored.search(line.lower())


def test_outlet_slash_photographer_after_a_dash_is_a_credit() -> None:
    assert has_credit("Warga antre di stasiun kota, Kamis (3/4/2025). - Kabar Kota/Budi Santoso")


def test_breadcrumb_is_no_photo_credit_and_the_headline_below_it_wins() -> None:
    text = (
        "Home  /  Daerah  /  Kota\n"
        "Pemkot Siapkan Tiga Posko Kesehatan Selama Libur Panjang\n"
        "Kamis, 03 April 2025 - 09:10 WIB\n" + BODY
    )
    article = _clean(text)
    assert article.title == "Pemkot Siapkan Tiga Posko Kesehatan Selama Libur Panjang"
    assert article.title not in article.captions


def test_html_element_with_a_caption_class_is_a_caption() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.splitlines())
    html = (
        "<html><body><article><h1>Pemkot Siapkan Tiga Posko Kesehatan Selama Libur Panjang</h1>"
        '<div class="pic"><img src="a.jpg"><p class="photo_caption_text">Petugas berjaga di posko '
        "kesehatan di jalur utama kota. (Antara)</p></div>" + paragraphs + "</article></body></html>"
    )
    article = _clean(html, "html")
    assert "Petugas berjaga di posko kesehatan di jalur utama kota. (Antara)" in article.captions
