"""Round 51: talks broken off by a sports body; witnesses and helmsmen questioned; the scene examined;
suspects charged under an article of law, whose citation year is no date; factories visited and companies
named by `PT`; readiness to help; counted men and youths arrested; police units and patrols as agents; brawls
between youth groups; mediation facilitated; a speaker's aside (`X, speaking at Y, said`); a person called
something in quotes; an arrest dated by its raid told two sentences later; a flight to somewhere that names no
place."""

from __future__ import annotations

import event_rows

from kabar.dates import tag

PUBLISHED = "2025-10-16"  # a Thursday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, None)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_sports_body_breaking_off_talks_with_a_country() -> None:
    rows = rows_of(
        "Komite Olimpiade Internasional (IOC) pada Rabu (15/10/2025) memutuskan menghentikan perundingan "
        "dengan Malaysia mengenai Asian Youth Games."
    )
    (halt,) = coded(rows, "16")
    assert halt["cameo_code"] == "164"
    assert halt["actor1_name"] == "International Olympic Committee" and halt["actor2_country"] == "MYS"


def test_counted_witnesses_and_a_helmsman_are_questioned() -> None:
    rows = rows_of(
        "Polisi juga memeriksa lima saksi yang melihat kejadian itu. Polres Banggai lalu memeriksa motoris "
        "perahu berinisial KL (41) pada Rabu pagi."
    )
    questioned = coded(rows, "09")
    assert len(questioned) == 2
    assert questioned[1]["actor2_name"] == "KL"


def test_examining_the_scene_is_an_investigation() -> None:
    rows = rows_of("Tim Labfor Polda Jateng akan melakukan olah TKP di gudang yang terbakar itu pada Jumat.")
    (probe,) = coded(rows, "09")
    assert probe["actor1_role"] == "COP" and probe["modality"] == "planned"


def test_a_law_citations_year_is_no_date() -> None:
    cited = "Keduanya dijerat Pasal 2 Undang-Undang Nomor 8 Tahun 2010 tentang Pencucian Uang."
    assert [e.text for e in tag(cited, PUBLISHED, "id")] == []
    assert [e.text for e in tag("under Law No. 8 of 2010 on money laundering", PUBLISHED, "en")] == []
    assert [e.text for e in tag("Ia ditahan pada tahun 2010.", PUBLISHED, "id")] == ["tahun 2010"]


def test_a_minister_visits_a_factory_of_a_named_company() -> None:
    rows = rows_of(
        "Pada Rabu (15/10/2025), Menteri Ketenagakerjaan Yassierli mendatangi kantor PT Sinar Tekstil Abadi "
        "untuk menanyakan nasib ratusan buruh yang dirumahkan."
    )
    (visit,) = coded(rows, "04")
    assert visit["cameo_code"] == "042" and visit["actor2_name"] == "PT Sinar Tekstil Abadi"


def test_readiness_to_help_a_country() -> None:
    rows = rows_of(
        "Menteri Luar Negeri Jepang mengatakan Tokyo siap membantu Filipina memulihkan wilayah yang dilanda "
        "topan."
    )
    (offer,) = coded(rows, "03")
    assert offer["actor1_country"] == "JPN" and offer["actor2_country"] == "PHL"


def test_counted_men_arrested_by_a_police_unit() -> None:
    rows = rows_of(
        "Satreskrim Polres Kampar menangkap tiga pria yang diduga mencuri kabel milik PLN, Selasa "
        "(14/10/2025)."
    )
    (arrest,) = coded(rows, "17")
    assert arrest["actor1_role"] == "COP" and arrest["actor2_name"] == "pria"


def test_a_patrol_unit_breaks_up_two_groups() -> None:
    rows = rows_of(
        "Sat Samapta membubarkan dua kelompok pemuda yang hendak berkelahi di dekat stasiun, Rabu dini hari."
    )
    (dispersal,) = coded(rows, "17")
    assert dispersal["actor1_name"] == "Sat Samapta" and dispersal["actor1_role"] == "COP"


def test_a_brawl_between_youth_groups() -> None:
    rows = rows_of(
        "Polisi menyebut tawuran pada Rabu (15/10/2025) malam itu terjadi antara kelompok remaja Gang Melati "
        "dan remaja asal Kampung Baru."
    )
    (brawl,) = coded(rows, "19")
    assert {brawl["actor1_name"], brawl["actor2_name"]} == {"remaja", "kelompok remaja"}


def test_mediation_facilitated_by_a_ministry() -> None:
    rows = rows_of(
        "Kementerian Ketenagakerjaan dijadwalkan memfasilitasi mediasi antara manajemen PT Sinar Tekstil "
        "Abadi dan serikat pekerja pada Senin (20/10/2025)."
    )
    (mediation,) = coded(rows, "04")
    assert mediation["cameo_code"] == "045" and mediation["modality"] == "planned"


def test_the_subject_before_a_speakers_aside() -> None:
    rows = rows_of("Chancellor Olaf Scholz, speaking at the Bundestag on Wednesday, condemned Russia.", "en")
    (condemned,) = coded(rows, "11")
    assert condemned["actor1_name"] == "Olaf Scholz" and condemned["actor2_country"] == "RUS"
    rows = rows_of("Presiden Prabowo, saat berpidato di Gedung DPR pada Rabu, mengecam Israel.")
    (condemned,) = coded(rows, "11")
    assert condemned["actor1_country"] == "IDN" and condemned["actor1_role"] == "GOV"


def test_a_person_called_something_in_quotes() -> None:
    rows = rows_of(
        "Senator Maria Lopez was charged on Monday. Governor Tom Reyes, speaking in Austin on Wednesday, "
        "called "
        'Lopez "a disgrace" and said she should resign.',
        "en",
    )
    (called,) = coded(rows, "01")
    assert called["actor1_name"] == "Tom Reyes" and called["actor2_name"] == "Maria Lopez"


def test_an_arrest_dated_by_its_raid_two_sentences_later() -> None:
    rows = rows_of(
        "Polres Kampar menangkap seorang pedagang yang menjual pupuk bersubsidi di atas harga eceran.\n\n"
        "Pelaku berinisial AB (40) sudah lama diawasi polisi.\n\nKapolres Kampar AKBP Budi Santoso "
        "mengatakan penggerebekan dilakukan pada Senin (13/10/2025) malam."
    )
    (arrest,) = coded(rows, "17")
    assert str(arrest["date_start"]) == "2025-10-13"


def test_fleeing_into_a_neighbourhood_is_no_visit() -> None:
    """A guard: youths became actors this round, and a flight `ke` a common noun names no host."""
    rows = rows_of(
        "Polisi membubarkan tawuran pada Rabu dini hari. Beberapa pemuda kabur ke kebun warga saat polisi "
        "datang."
    )
    assert coded(rows, "04") == []
