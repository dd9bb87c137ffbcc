"""Round 53: a party named by its acronym after a party word; an act dated by the second sentence that tells
it again; an office's acronym that is no person's surname; persona non grata declared of a hyphenated name;
an agreement with a named side suspended; memoranda exchanged; a coordinated counterpart; a title whose
portfolio the lexicon lacks, closed by a country; a meeting named by its noun with both sides."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-11-07"  # a Friday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, None)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_party_named_by_its_acronym_after_a_party_word_is_the_agent() -> None:
    rows = rows_of("The main opposition party KPR accused the riot police of brutality on Thursday.", "en")
    (accusation,) = coded(rows, "11")
    assert accusation["actor1_name"] == "KPR" and accusation["actor1_role"] == "PARTY"
    assert accusation["actor2_name"] == "riot police"


def test_a_persons_name_after_partai_is_whose_party_not_a_party() -> None:
    rows = rows_of("Pengurus partai Wibowo mengecam keputusan Komisi Pemilihan Umum pada Kamis (6/11/2025).")
    assert all(r["actor1_name"] != "Wibowo" for r in rows)


def test_an_act_is_dated_by_the_second_sentence_that_tells_it_again() -> None:
    rows = rows_of(
        "Polres Bogor menangkap dua orang yang diduga menebang kayu di kawasan hutan lindung. "
        "Keduanya ditangkap saat sedang mengangkut kayu ke sungai. "
        "Penangkapan dilakukan pada Selasa (4/11) oleh tim gabungan."
    )
    (arrest,) = coded(rows, "17")
    assert arrest["actor1_name"] == "Polres Bogor"
    assert str(arrest["date_start"]) == str(arrest["date_end"]) == "2025-11-04"


def test_an_offices_acronym_used_alone_again_is_no_persons_surname() -> None:
    rows = rows_of(
        "Tim gabungan menangkap tiga orang di kawasan Taman Nasional Kayan Mentarang (TNKM), Kabupaten "
        "Malinau, pada Senin (3/11). Penangkapan itu melibatkan polisi hutan bersama Balai TNKM."
    )
    (arrest,) = coded(rows, "17")
    assert arrest["actor2_name"] != "Balai TNKM"


def test_persona_non_grata_declared_of_a_hyphenated_name() -> None:
    rows = rows_of(
        "Perdana Menteri Dominika Roosevelt Skerrit-Baptiste menolak tuduhan itu. Parlemen Venezuela "
        "menyatakan Skerrit-Baptiste sebagai persona non grata pada Selasa (4/11)."
    )
    (expulsion,) = coded(rows, "16")
    assert expulsion["cameo_code"] == "166" and expulsion["actor2_name"] == "Roosevelt Skerrit-Baptiste"


def test_an_agreement_with_a_named_side_suspended_reduces_relations() -> None:
    rows = rows_of(
        "Presiden Kolombia Gustavo Petro menangguhkan secara sepihak kesepakatan pertahanan dengan "
        "Ekuador pada Senin (3/11/2025)."
    )
    (suspension,) = coded(rows, "16")
    assert suspension["actor1_country"] == "COL" and suspension["actor2_country"] == "ECU"
    en = rows_of(
        "Colombian President Gustavo Petro on Monday ordered the immediate suspension of a fishing "
        "agreement with Ecuador.",
        "en",
    )
    (order,) = coded(en, "16")
    assert order["actor1_country"] == "COL" and order["actor2_country"] == "ECU"


def test_memoranda_exchanged_between_a_minister_and_his_counterpart() -> None:
    rows = rows_of(
        "Foreign Minister Sugiono and his Chilean counterpart Alberto van Klaveren exchanged memorandums "
        "of understanding on Thursday.",
        "en",
    )
    (deal,) = coded(rows, "05")
    assert {deal["actor1_name"], deal["actor2_name"]} == {"Sugiono", "Alberto van Klaveren"}
    id_rows = rows_of(
        "Menteri Perdagangan Budi Santoso dan Menteri Perdagangan Chile Alberto van Klaveren bertukar nota "
        "kesepahaman kerja sama pada Kamis (6/11/2025)."
    )
    (id_deal,) = coded(id_rows, "05")
    assert id_deal["actor2_country"] == "CHL"


def test_a_country_closes_a_portfolio_the_lexicon_lacks_and_the_name_follows() -> None:
    rows = rows_of(
        "Menteri Urusan Pekerja Luar Negeri Filipina (DMW) Hans Leo Cacdac bertemu Menteri Sosial Saifullah "
        "Yusuf di Jakarta, Kamis (6/11/2025)."
    )
    (meeting,) = coded(rows, "04")
    assert meeting["actor1_name"] == "Hans Leo Cacdac" and meeting["actor1_country"] == "PHL"


def test_a_meeting_named_by_its_noun_with_both_sides() -> None:
    rows = rows_of(
        "Kesepakatan itu dicapai dalam pertemuan Menteri Pertanian Andi Amran Sulaiman dengan Menteri "
        "Pertanian Vietnam Do Duc Duy di Hanoi, Kamis (6/11/2025)."
    )
    (meeting,) = coded(rows, "04")
    assert {meeting["actor1_name"], meeting["actor2_name"]} == {"Andi Amran Sulaiman", "Do Duc Duy"}


def test_of_two_group_nouns_after_a_countrys_possessive_the_last_is_the_head() -> None:
    rows = rows_of("Niger's military government has arrested two generals and a Belgian citizen.", "en")
    (arrest,) = coded(rows, "17")
    assert arrest["actor1_country"] == "NER" and arrest["actor1_role"] == "GOV"


def test_questioning_scheduled_by_a_named_side_is_planned() -> None:
    rows = rows_of(
        "Kejaksaan Agung juga menjadwalkan pemeriksaan terhadap Bupati Bogor Rudy Susmanto pada pekan depan."
    )
    (questioning,) = coded(rows, "09")
    assert questioning["modality"] == "planned" and questioning["actor2_name"] == "Rudy Susmanto"


def test_an_office_and_the_bracketed_abbreviation_of_its_place_are_one_agent() -> None:
    rows = rows_of(
        "Direktorat Reserse Narkoba Polda Sulawesi Selatan (Sulsel) menetapkan seorang kepala desa "
        "berinisial AR (52) sebagai tersangka pada Kamis (6/11/2025)."
    )
    (charge,) = coded(rows, "11")
    assert charge["actor1_name"] == "Polda Sulawesi Selatan" and charge["actor2_name"] == "AR"
