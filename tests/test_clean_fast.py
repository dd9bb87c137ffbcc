"""The clean stage's shortcuts give the same answers as the plain way they replace, and the HTML path's
structured metadata (figcaption, JSON-LD) comes through."""

from __future__ import annotations

import pytest

from kabar.clean import clean_pages, lexicon
from kabar.clean.article import confirmed
from kabar.clean.byline import prefer_known
from kabar.clean.gate import find_all, gated_patterns, required_literals
from kabar.clean.language import TOKEN, _tokens
from kabar.model import CleanArticle, Page

LINES = [
    "Berlangganan newsletter gratis kami setiap pagi",
    "Kami menggunakan cookies untuk pengalaman terbaik, setuju?",
    "Warga melintas di Jakarta, Senin (2/12/2024). (ANTARA FOTO/Raisan Al Farisi)",
    "Presiden tiba di Istana. Photo by Jane Doe",
    "Foto: AP/Eugene Hoshiko",
    "Pemerintah menyiapkan paket stimulus baru untuk menekan harga energi.",
    "Ikuti saluran WhatsApp kami",
    "© 2025 contoh.co.id. All rights reserved.",
    "Gedung DPR (Dok. Liputan6.com)",
    "naïve café “kutipan” — ½ x² a_b",
]


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bnewsletter\b", ("newsletter",)),
        (r"\b(?:kuki|cookie)\b", ("cookie", "kuki")),
        (r"(?i)\b(?:photo|foto) (?:by|oleh)\b", ("foto", "photo")),
        (r"^\d+$", None),
        (r"(?:ab|x)yz", None),  # one branch has no literal of three characters: no gate
    ],
)
def test_required_literals(pattern, literals):
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("line", LINES)
def test_gated_patterns_agree_with_one_union(line):
    for patterns in (
        lexicon._merged("boilerplate.toml", "patterns"),
        lexicon._load("common", "captions.toml")["credits"],
    ):
        union = lexicon._union(patterns, 0)
        assert gated_patterns(patterns).search(line) == bool(union.search(line))


def test_find_all_agrees_with_finditer():
    lex = lexicon.sources()
    text = " ".join(LINES) + " Dilansir Reuters, menurut laporan Kantor Berita Yonhap. XReuters APx AP."
    assert [m.span() for m in find_all(lex.bare, lex.bare_finder, text)] == [
        m.span() for m in lex.bare.finditer(text)
    ]
    cued = [m.group("name") for m in find_all(lex.cue, lex.cue_finder, text, lowered=True)]
    assert cued == [m.group("name") for m in lex.cue.finditer(text)] and "Reuters" in cued


@pytest.mark.parametrize("line", LINES)
def test_fast_tokens_agree_with_the_regex(line):
    assert _tokens(line.lower()) == TOKEN.findall(line.lower())


def test_paragraphs_outside_the_extractors_text_are_dropped_unless_too_little_remains():
    story = "Warga kota itu berkumpul di alun-alun sejak pagi untuk menyaksikan upacara. " * 4
    promo = "Unduh aplikasi kami dan dapatkan berita terkini setiap hari."
    main = story.lower()
    assert confirmed([story, promo], main) == [story]
    assert confirmed([story, promo], "lain sama sekali") == [story, promo]
    assert confirmed([story, promo], None) == [story, promo]


@pytest.mark.parametrize(
    ("printed", "known", "expected"),
    [
        (["Alma Fikhasari Selasa"], ["Alma Fikhasari"], ["Alma Fikhasari"]),
        ([], ["Rina Marlina"], ["Rina Marlina"]),
        (["Budi Santoso"], ["Rina Marlina"], ["Budi Santoso"]),
    ],
)
def test_metadata_names_fix_byline_names(printed, known, expected):
    assert prefer_known(printed, known) == expected


PARAGRAPHS = [
    "Pemerintah kota mengumumkan rencana pembangunan jalur sepeda baru sepanjang dua puluh kilometer.",
    "Menurut kepala dinas perhubungan, proyek itu akan dimulai awal tahun depan dan selesai dalam setahun.",
    "Warga menyambut baik rencana tersebut, meski sebagian meminta agar trotoar juga diperbaiki segera.",
    "Anggaran proyek berasal dari dana daerah dan bantuan pemerintah pusat yang sudah disetujui dewan.",
]
HTML_PAGE = f"""<html><head><title>Kota Bangun Jalur Sepeda Baru - Contoh</title>
<meta property="og:site_name" content="Contoh.id"><link rel="canonical" href="https://www.contoh.id/a/1">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Kota Bangun Jalur Sepeda Baru",
"author": [{{"@type": "Organization", "name": "Redaksi Contoh"}}],
"datePublished": "2024-05-01T10:00:00+07:00"}}
</script></head><body><nav><a href="/">Beranda</a><a href="/n">Nasional</a></nav><article>
<h1>Kota Bangun Jalur Sepeda Baru</h1><figure><img src="a.jpg" alt="sepeda">
<figcaption>Pesepeda melintas di pusat kota pada Minggu pagi</figcaption></figure>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])}<p>Baca juga: Harga Tiket Kereta Naik Mulai Bulan Depan</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])}</article><footer>© 2024 contoh.id</footer></body></html>"""


def test_html_page_metadata_and_body():
    [article] = clean_pages([Page("a.html", "html", HTML_PAGE, "utf-8")])
    assert isinstance(article, CleanArticle)
    assert article.title == "Kota Bangun Jalur Sepeda Baru"
    assert (article.site, article.publisher) == ("contoh.id", "Contoh.id")
    assert article.authors == []  # an Organization author is the outlet, not a writer
    assert article.captions == ["Pesepeda melintas di pusat kota pada Minggu pagi"]
    assert article.body.split("\n\n") == PARAGRAPHS
    assert "Harga Tiket Kereta Naik Mulai Bulan Depan" in article.related_titles
    assert any(c.source == "meta" and c.text.startswith("2024-05-01") for c in article.date_candidates)
