"""Round 54: a regional office named by its kind and its region, past a unit word or an abbreviation; aid
announced as an amount; a body pronoun opening a sentence; a date inside a perfect relative clause; a deal
the two sides signed, told in a relative clause or a passive; people detained by officers; an act dated by
its noun's retelling after a saying verb; run over by a named side's vehicle; people rescued by a named
side; a victim's untitled name before `tewas` and a passive."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-11-07"  # a Friday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, None)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_regional_office_past_a_unit_word_is_one_actor_and_its_aid_is_kept() -> None:
    rows = rows_of(
        "Longsor menimbun belasan rumah di Kabupaten Sumbawa sejak Rabu. Dinas Sosial Kabupaten Sumbawa "
        "mengirim bantuan logistik berupa beras dan tikar untuk pengungsi di balai desa, Kamis (6/11/2025)."
    )
    (aid,) = coded(rows, "07")
    assert aid["actor1_name"] == "Dinas Sosial Kabupaten Sumbawa" and aid["actor1_country"] == "IDN"
    assert aid["actor2_name"] == "pengungsi"


def test_an_office_and_its_place_past_a_bracketed_abbreviation_are_one_actor() -> None:
    rows = rows_of(
        "Kantor Pencarian dan Pertolongan (SAR) Kendari menerjunkan tim SAR gabungan untuk mencari dua "
        "nelayan yang hilang pada Kamis (6/11/2025)."
    )
    (search,) = coded(rows, "07")
    assert search["actor1_name"] == "Kantor Pencarian dan Pertolongan (SAR) Kendari"


def test_aid_announced_as_an_amount_is_aid_to_the_people_it_is_for() -> None:
    rows = rows_of(
        "Canada's Prime Minister Mark Carney on Thursday announced C$10 million (about US$7 million) in "
        "relief for residents whose homes the cyclone destroyed.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert aid["actor1_name"] == "Mark Carney" and aid["actor2_name"] == "residents"


def test_humanitarian_aid_announced_in_indonesian_is_aid() -> None:
    rows = rows_of(
        "Perdana Menteri Australia Anthony Albanese mengumumkan bantuan kemanusiaan untuk korban gempa di "
        "Papua Nugini senilai 2 juta dolar, Kamis (6/11/2025)."
    )
    (aid,) = coded(rows, "07")
    assert aid["actor1_name"] == "Anthony Albanese" and aid["actor2_name"] == "korban"


def test_a_body_pronoun_opening_a_sentence_is_the_body_before_it() -> None:
    rows = rows_of(
        "Japan's foreign ministry said on Thursday that the two fishermen had returned home safely. "
        "It praised Vietnam for the rescue.",
        "en",
    )
    (praise,) = coded(rows, "05")
    assert praise["actor1_country"] == "JPN" and praise["actor2_name"] == "Vietnam"


def test_a_person_before_a_body_pronoun_gives_it_no_agent() -> None:
    rows = rows_of("Kishida arrived in Hanoi on Thursday. It praised Vietnam for the rescue.", "en")
    assert not coded(rows, "05")


def test_a_date_in_a_perfect_relative_clause_tells_the_nouns_background() -> None:
    rows = rows_of(
        "Prime Minister Mark Carney announced C$6 million in relief for residents of the towns that have "
        "been cut off from Quebec, Ontario and Manitoba since early October.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert str(aid["date_start"]) >= "2025-11-01"  # the article's week, not early October


def test_a_deal_the_two_sides_signed_in_a_relative_clause_is_their_agreement() -> None:
    rows = rows_of(
        "Brazil and Norway agreed on Thursday to expand their forest partnership. The plan builds on an "
        "accord that the two countries signed in Oslo on March 3.",
        "en",
    )
    march = [r for r in coded(rows, "05") if str(r["date_start"]) == "2025-03-03"]
    assert len(march) == 1
    assert {march[0]["actor1_country"], march[0]["actor2_country"]} == {"BRA", "NOR"}


def test_a_deal_signed_by_a_pair_after_a_passive_verb_is_the_pairs_agreement() -> None:
    rows = rows_of(
        "Brasil dan Norwegia sepakat memperluas kemitraan kehutanan pada Kamis (6/11/2025). Rencana itu "
        "melanjutkan perjanjian yang diteken kedua negara di Oslo pada 3 Maret 2025."
    )
    march = [r for r in coded(rows, "05") if str(r["date_start"]) == "2025-03-03"]
    assert len(march) == 1
    assert {march[0]["actor1_country"], march[0]["actor2_country"]} == {"BRA", "NOR"}


def test_passengers_detained_by_officers_are_an_arrest() -> None:
    rows = rows_of(
        "Petugas Bea Cukai mengamankan tiga penumpang asal Batam di terminal keberangkatan Bandara "
        "Kualanamu pada Rabu (5/11/2025)."
    )
    (arrest,) = coded(rows, "17")
    assert arrest["actor2_name"].startswith("penumpang") and str(arrest["date_start"]) == "2025-11-05"


def test_an_act_is_dated_by_its_nouns_retelling_after_a_saying_verb() -> None:
    rows = rows_of(
        "Polairud Polda Riau menggagalkan penyelundupan 40 karung pakaian bekas dari Malaysia di perairan "
        "Dumai. Direktur Polairud, Budi Santoso, menuturkan penindakan dilakukan pada Senin (3/11) dini hari."
    )
    (seizure,) = coded(rows, "17")
    assert str(seizure["date_start"]) == str(seizure["date_end"]) == "2025-11-03"


def test_run_over_by_a_named_sides_vehicle_is_its_assault() -> None:
    rows = rows_of(
        "Pengemudi ojek daring Dimas Pratama ditabrak mobil patroli Brimob di depan gedung DPRD Makassar, "
        "Rabu (5/11/2025) malam."
    )
    (assault,) = coded(rows, "18")
    assert assault["actor1_name"] == "Brimob" and assault["actor2_name"] == "Dimas Pratama"


def test_people_rescued_by_a_named_side_are_its_aid() -> None:
    rows = rows_of("Empat warga diselamatkan oleh petugas BPBD dari reruntuhan rumah, Kamis (6/11/2025).")
    (rescue,) = coded(rows, "07")
    assert rescue["actor1_name"] == "BPBD" and rescue["actor2_name"] == "warga"
    rows = rows_of("Three passengers were rescued by local fishermen on Thursday.", "en")
    (rescue,) = coded(rows, "07")
    assert rescue["actor1_name"] == "fishermen" and rescue["actor2_name"] == "passengers"


def test_a_victims_untitled_name_before_died_and_a_passive_is_the_patient() -> None:
    rows = rows_of("Budi Santoso tewas ditembak anggota KKB di Distrik Ilaga, Rabu (5/11/2025).")
    (shooting,) = coded(rows, "19")
    assert shooting["actor1_name"] == "KKB" and shooting["actor2_name"] == "Budi Santoso"
