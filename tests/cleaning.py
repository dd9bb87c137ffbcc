"""Helpers the cleaner's rule tests share: one page through the clean stage, and paragraphs joined."""

from __future__ import annotations

from kabar.clean import clean_pages
from kabar.model import CleanArticle, Page


def clean(text: str, kind: str = "text", name: str = "x.txt") -> CleanArticle:
    (article,) = clean_pages([Page(name, kind, text, "utf-8")])  # type: ignore[arg-type]
    assert isinstance(article, CleanArticle)
    return article


def page(*parts: str) -> str:
    return "\n\n".join(parts)


# An invented story, in English and Indonesian, that cleaner tests print under the headers they probe.
TITLE = "Harbour strike halts ferries as talks on pay collapse"
P1 = (
    "Dock workers walked out at the city's main harbour on Thursday after talks on a new pay deal broke "
    "down, leaving thousands of passengers stranded and ferries tied up at their berths."
)
P2 = (
    "The union said its members had been offered a rise well below inflation and that the strike would go on "
    "until the port authority returned to the table with a better offer."
)
P3 = (
    "The port authority said it regretted the walkout and had asked a mediator to help both sides find a "
    "settlement before the busy holiday season begins next month."
)

JUDUL = "Pemogokan Buruh Pelabuhan Hentikan Layanan Kapal Feri di Teluk Selatan"
K1 = (
    "Ratusan buruh pelabuhan menghentikan pekerjaan pada Kamis (6/3/2025) setelah perundingan upah dengan "
    "pengelola pelabuhan tidak mencapai kesepakatan, sehingga ribuan penumpang telantar."
)
K2 = (
    "Ketua serikat buruh mengatakan pemogokan akan berlanjut sampai pengelola pelabuhan kembali ke meja "
    "perundingan dengan tawaran yang lebih baik bagi para anggotanya."
)
K3 = (
    "Pengelola pelabuhan menyatakan menyesalkan pemogokan itu dan telah meminta seorang mediator membantu "
    "kedua pihak mencapai kesepakatan sebelum musim liburan dimulai bulan depan."
)
K4 = (
    "Dinas perhubungan setempat menyiapkan kapal tambahan untuk mengangkut penumpang yang tertahan di "
    "dermaga."
)
