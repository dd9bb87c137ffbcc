"""Round 43 of the cleaner: an archive banner (`This article is more than 1 month old`) is furniture; a
byline's given name may be another language's stopword (`Dan`); a photo caption that opens like the
paragraph under it is a caption though it ends with a stop; a last paragraph closed by the story's credit
(`(AFP/Z-2)`, `(Outlet/Writer/AFP)` below it) stays the story's and cites the agency; a breadcrumb
(`Internasional / Eropa`) is no photo credit; a `Name, Jurnalis` line over a photo is the byline; a marked
`Kontributor :` credit under the story names the writer, the bare name atop it the editor."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean import captions
from kabar.clean.lines import split_lines
from kabar.clean.sources import sign_off_sources

P1 = (
    "Officials from both countries met for six hours in Lisbon on Sunday to discuss the draft accord, which "
    "covers fishing rights, port access and the return of seized boats."
)
P2 = (
    "Both delegations said the remaining differences were narrow and that a signing could follow within "
    "weeks, though neither side gave a date for the next round of talks."
)
P3 = (
    "The dispute began two years ago when coastguard vessels from both sides confronted each other near "
    "the islands, and fishermen have since been barred from the richest grounds."
)


def test_an_archive_banner_is_no_title() -> None:
    article = clean(
        page(
            "World",
            "This article is more than 2 months old",
            "Lisbon talks end with hopes of a fishing accord",
            "Negotiators say differences narrowed after six hours of talks",
            "Ana Ruiz and Dan Hollis in Lisbon",
            "Sun 23 Nov 2025 20.41 GMT",
            P1,
            P2,
            P3,
        )
    )
    assert article.title == "Lisbon talks end with hopes of a fishing accord"
    assert article.authors == ["Ana Ruiz", "Dan Hollis"]
    assert "more than 2 months old" not in article.body


def test_a_stopped_caption_that_opens_like_the_story_is_a_caption() -> None:
    lead = (
        "Portugal's Fisheries Minister Ana Castro says the talks with Spain made real progress on Sunday "
        "and that a draft accord could be ready within weeks."
    )
    caption = "Portugal's Fisheries Minister Ana Castro speaks to reporters in Lisbon on Sunday."
    article = clean(
        page(
            "Fishing talks make progress, minister says", "November 23, 2025 12:45 JST", caption, lead, P2, P3
        )
    )
    assert caption in article.captions
    assert caption not in article.body
    assert article.body.startswith("Portugal's Fisheries Minister Ana Castro says")


def test_a_last_paragraph_closed_by_the_story_credit_stays() -> None:
    last = (
        "Castro ditempatkan di ruang tahanan terpisah demi alasan keamanan. Ia tetap mengajukan banding atas "
        "putusan itu, dan sidang banding diperkirakan digelar pada Maret 2026. (AFP/Z-2)"
    )
    article = clean(
        page(
            "Internasional",
            "Mantan Menteri Ana Castro Mulai Jalani Hukuman Penjara",
            "Penulis: Budi Santoso",
            "Pada: Selasa, 21 Okt 2025, 19:05 WIB",
            "MANTAN Menteri Perikanan Portugal Ana Castro mulai menjalani hukuman penjara tiga tahun di "
            "Lisabon, "
            "Selasa, setelah pengadilan menolak permohonan penangguhan yang diajukan pengacaranya.",
            "Castro tiba di penjara sekitar pukul 09.40 waktu setempat dengan iring-iringan kendaraan "
            "polisi, "
            "disambut puluhan pendukung yang meneriakkan namanya di depan gerbang.",
            last,
            "Berita Terkait",
            "Pengadilan Lisabon Vonis Ana Castro Tiga Tahun Penjara",
        )
    )
    assert article.body.endswith("(AFP/Z-2)")
    assert "AFP" in article.cited_sources


@pytest.mark.parametrize(
    ("line", "names"),
    [("(Kabarmu.com/Budi Santoso/AFP)", ["AFP"]), ("(AFP/Z-2)", ["AFP"]), ("(Reuters)", [])],
)
def test_a_story_credit_names_its_agency(line: str, names: list[str]) -> None:
    assert sign_off_sources(line) == names


@pytest.mark.parametrize(
    ("line", "photo"),
    [("Internasional / Eropa", False), ("World / Europe", False), ("AP Photo/Martial Duarte", True)],
)
def test_a_breadcrumb_is_no_photo_credit(line: str, photo: bool) -> None:
    assert (captions.cue(split_lines(line)[0]) == captions.PHOTOGRAPHER) is photo


def test_a_writer_line_over_a_photo_they_took_is_the_byline() -> None:
    article = clean(
        page(
            "Polisi Gerebek Markas Judi Online di Apartemen Lisabon Raya, 18 Orang Ditangkap",
            "Rabu, 12 November 2025 - 14:05 WIB",
            "Budi Santoso, Jurnalis\n"
            "Polisi menunjukkan barang bukti dari penggerebekan di Jakarta Barat. "
            "(Foto: Kabarmu/Budi Santoso)",
            "JAKARTA - Polisi menggerebek sebuah unit apartemen di kawasan Kembangan, Jakarta Barat, dan "
            "menangkap "
            "18 orang yang diduga menjadi operator situs judi online.",
            "Kepala bidang humas mengatakan para tersangka bertugas sebagai admin, operator dan customer "
            "service "
            "yang melayani ribuan pemain setiap hari.",
            "Polisi menyita 40 unit komputer, 65 telepon genggam, dan puluhan buku tabungan dari lokasi itu.",
        )
    )
    assert article.authors == ["Budi Santoso"]


def test_a_contributor_credit_under_the_story_names_the_writer() -> None:
    article = clean(
        page(
            "News",
            "Polda Ungkap Jaringan Judi Online di Lisabon Raya, 11 Operator Diringkus",
            "Siti Aminah\nJum'at, 28 November 2025 | 16:47 WIB\n"
            "Sebelas tersangka dihadirkan dalam konferensi pers, Jumat (28/11/2025). "
            "[Kabarmu.com/Budi Santoso]\n"
            "Kabarmu.com - Polisi meringkus 11 orang yang diduga menjadi operator jaringan judi online di "
            "sebuah "
            "ruko di Kecamatan Medan Sunggal, Kota Medan, Selasa (25/11/2025).",
            "Polisi juga telah mengajukan pemblokiran 350 rekening yang terkait dengan jaringan tersebut ke "
            "Kementerian Komunikasi dan Digital.",
            "Kesebelas tersangka kini ditahan di rumah tahanan dan dijerat pasal perjudian.",
            "BACA JUGA: Kapolda Mutasi Puluhan Perwira",
            "Kontributor : Budi Santoso\nBerita Terkait\nWarga Keluhkan Banjir Rob di Pelabuhan",
        )
    )
    assert article.authors == ["Budi Santoso"]
    assert article.editors == ["Siti Aminah"]
