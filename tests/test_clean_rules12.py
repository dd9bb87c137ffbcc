"""Cleaner rules from blind event sets 19 and 20, on pages written here: a creditless two-sentence caption
between the date block and the story is not the headline, a bare agency name after a caption's closing
date is its credit, and a wire dateline may carry the city's country and the date before the agency."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.dateline import parse_dateline

OUTLET = "CNN Indonesia"  # a known outlet: its name printed as the masthead and again above the date
TEKS = [
    f"Jakarta, {OUTLET} -- Kepolisian kota menetapkan seorang pria berusia 52 tahun sebagai tersangka "
    "pembakaran gudang logistik di kawasan pelabuhan, yang terjadi pada Selasa (14/5) dini hari.",
    "Api menghanguskan dua gudang dan tiga truk sebelum dipadamkan sekitar empat jam kemudian, menurut "
    "keterangan dinas pemadam kebakaran setempat kepada wartawan.",
    "Kepala kepolisian kota mengatakan motif pelaku masih didalami, termasuk dugaan sengketa upah dengan "
    "pengelola gudang yang sudah berlangsung sejak awal tahun.",
]
JUDUL = "Polisi Tetapkan Tersangka Pembakaran Gudang Logistik di Pelabuhan"
KETERANGAN = "Petugas memadamkan api di gudang logistik pelabuhan, Selasa (14/5). Dua truk ikut terbakar."

PROSE = [
    "Flood waters in the river delta rose again overnight after two days of heavy rain, forcing the "
    "evacuation of several thousand residents from low-lying villages, officials said on Thursday.",
    "The provincial disaster agency said emergency shelters had been opened in schools and mosques, and "
    "that supplies of clean water were being trucked in from neighbouring districts.",
    "Forecasters expect more rain through the weekend, and engineers are checking the embankments along "
    "the lower stretch of the river, where two breaches were repaired last month.",
]
HEADLINE = "Thousands evacuated as delta floods rise again after heavy rain"


def test_two_sentence_caption_under_the_date_block_is_no_title() -> None:
    """Section, headline and outlet name form a short run of title-like lines; the caption under the date
    still loses, since a headline never closes one sentence and opens another."""
    header = "\n".join([OUTLET, "Nasional", "", JUDUL, "", OUTLET, "Rabu, 15 Mei 2024 20:35 WIB"])
    article = clean(page(header, KETERANGAN, *TEKS))
    assert article.title == JUDUL
    assert article.section == "Nasional"


def test_bare_agency_after_a_closing_date_credits_a_caption() -> None:
    header = "\n".join(["World", "", HEADLINE, "", "16 July 2025"])
    caption = "Residents wade through flood water in a village in the delta on 16 July 2025. Reuters"
    article = clean(page(header, caption, *PROSE))
    assert article.captions == [caption]
    assert caption not in article.body


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("PORTO ALEGRE, Brazil, May 6 (Reuters) - Rescuers searched flooded streets", "Porto Alegre"),
        ("BANSKA BYSTRICA, Slovakia, May 16 (Reuters) - The suspect was charged", "Banska Bystrica"),
    ],
)
def test_wire_dateline_with_country_and_date(text: str, place: str) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, "Reuters")


@pytest.mark.parametrize(
    "footer",
    [
        f"Baca berita lengkap dan berita menarik lainnya di {OUTLET}.",
        "Simak berita terbaru lainnya di Kabar Harian.",
        # the article's own title and address after it (`Baca artikel <site>, "<title>" selengkapnya <url>`)
        f'Baca artikel kabarharian, "{JUDUL}" selengkapnya https://kabarharian.example/berita/d-1234/judul.',
    ],
)
def test_a_read_more_at_the_site_footer_is_boilerplate(footer: str) -> None:
    """A closing line sending readers to the site for the full story is a footer, not the story's last line,
    and the site it names is no cited source."""
    header = "\n".join([OUTLET, "Nasional", "", JUDUL, "", "Rabu, 15 Mei 2024 20:35 WIB"])
    article = clean(page(header, *TEKS, footer))
    assert footer not in article.body
    assert TEKS[-1] in article.body
