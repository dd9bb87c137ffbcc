"""Round 56: the long name of a body the lexicon knows by its bracketed abbreviation; a regency no gazetteer
knows between a regional head's title and his name; a country's one-word body the lexicon gives another
country; a verb after `namun` sharing the sentence's subject; two named bodies of one country giving aid the
same day; a call for protests as a planned protest on its day; soldiers returning fire; suspects' initials
repeated alone; fishing is no arrest; relations broken off; exercises opened; residents relocated to churches;
migrants sent home; a foreigner handed to immigration; aircraft sent to support an evacuation; a missile
system moved to an island."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-11-07"  # a Friday


def rows_of(body: str, lang: str = "id", dateline: str | None = None) -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, dateline)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_the_long_name_of_a_known_body_is_that_body() -> None:
    rows = rows_of(
        "Badan Nasional Penanggulangan Bencana (BNPB) mengirimkan bantuan logistik berupa tenda dan selimut "
        "ke posko pengungsian di Cianjur, Rabu (5/11/2025).",
        dateline="CIANJUR",
    )
    (aid,) = coded(rows, "07")
    assert aid["actor1_name"] == "BNPB" and aid["actor1_country"] == "IDN"


def test_a_regency_closed_by_a_compass_word_is_no_part_of_the_name() -> None:
    rows = rows_of(
        "Bupati Seram Bagian Timur Arman Kalalo menetapkan status tanggap darurat banjir selama tujuh hari, "
        "Rabu (5/11/2025). BPBD Seram Bagian Timur bersama TNI mengevakuasi 300 warga pada hari yang sama.",
        dateline="AMBON",
    )
    (declared,) = coded(rows, "01")
    assert declared["actor1_name"] == "Arman Kalalo"
    (evacuation,) = coded(rows, "07")
    assert evacuation["actor1_name"] != "Arman Kalalo"


def test_a_countrys_one_word_body_is_that_countrys() -> None:
    rows = rows_of("Chile's Congress called on Argentina to extradite the two suspects on Tuesday.", "en")
    (appeal,) = coded(rows, "02")
    assert (appeal["actor1_country"], appeal["actor2_country"]) == ("CHL", "ARG")


def test_a_verb_after_namun_shares_the_sentence_subject() -> None:
    rows = rows_of(
        "Kejaksaan Jepang menyesalkan keputusan Filipina, namun berjanji tetap bekerja sama dengan "
        "otoritas Thailand dalam penyidikan kasus itu, Selasa (4/11/2025)."
    )
    (promise,) = coded(rows, "03")
    assert (promise["actor1_country"], promise["actor2_country"]) == ("JPN", "THA")


def test_two_named_bodies_of_one_country_giving_aid_are_two_events() -> None:
    rows = rows_of(
        "Dinas Sosial Kabupaten Garut menyalurkan 300 paket sembako kepada pengungsi, Selasa (4/11/2025). "
        "Badan Nasional Penanggulangan Bencana (BNPB) juga mengirim bantuan dana siap pakai kepada "
        "pengungsi pada hari yang sama.",
        dateline="GARUT",
    )
    givers = {r["actor1_name"] for r in coded(rows, "07")}
    assert givers == {"Dinas Sosial Kabupaten Garut", "BNPB"}


def test_a_call_for_protests_is_a_protest_planned_on_its_day() -> None:
    rows = rows_of(
        "The student union rejected the minister's offer and called for fresh demonstrations on Monday.", "en"
    )
    (protest,) = coded(rows, "14")
    assert protest["modality"] == "planned"
    assert str(protest["date_start"]) == "2025-11-10"


def test_soldiers_returning_fire_fight() -> None:
    rows = rows_of(
        "Kelompok bersenjata menembaki pos penjagaan di Distrik Kiwirok, Selasa (4/11/2025). Prajurit di pos "
        "itu membalas tembakan hingga para penyerang mundur ke hutan."
    )
    fights = [r for r in coded(rows, "19") if "membalas" in r["sentence"]]
    assert fights and fights[0]["actor1_name"] == "Prajurit"


def test_two_initials_repeated_alone_are_the_same_person() -> None:
    rows = rows_of(
        "Petugas menangkap seorang kurir berinisial TK (38) pada Senin (3/11/2025). Polisi juga menangkap "
        "penjemputnya, WD (29). TK, saat dihadirkan kepada wartawan, mengaku diupah. "
        "Ia membantah tahu isi tas."
    )
    (denial,) = coded(rows, "016")
    assert denial["actor1_name"] == "TK"


def test_fishing_is_no_arrest() -> None:
    rows = rows_of("Dua kapal berbendera Thailand menangkap ikan di perairan Aru, Selasa (4/11/2025).")
    assert not coded(rows, "17")


def test_relations_broken_off() -> None:
    rows = rows_of("Bolivia has broken off diplomatic relations with Chile over the border dispute.", "en")
    (cut,) = coded(rows, "16")
    assert (cut["actor1_country"], cut["actor2_country"]) == ("BOL", "CHL")


def test_opening_exercises_is_a_show_of_force_of_both_sides() -> None:
    rows = rows_of(
        "Japanese and Australian forces opened their biggest annual combat exercises on Monday.", "en"
    )
    (drill,) = coded(rows, "15")
    assert {drill["actor1_country"], drill["actor2_country"]} == {"JPN", "AUS"}
    assert str(drill["date_start"]) == "2025-11-03"


def test_residents_relocated_to_churches_are_evacuated() -> None:
    rows = rows_of(
        "Provincial officials started relocating residents to churches and town halls by boat on Thursday.",
        "en",
    )
    (evacuation,) = coded(rows, "07")
    assert evacuation["actor2_name"] == "residents"


def test_migrants_sent_home_are_returned() -> None:
    rows = rows_of("Sebagai balasannya, Panama memulangkan 130 migran Kolombia, Kamis (6/11/2025).")
    (returned,) = coded(rows, "08")
    assert (returned["actor1_country"], returned["actor2_country"]) == ("PAN", "COL")


def test_a_foreigner_handed_to_immigration_is_expelled() -> None:
    rows = rows_of(
        "Polda Bali menangkap pria berinisial TR (51) asal Belgia. Polda Bali kemudian menyerahkan TR ke "
        "Kantor Imigrasi Denpasar untuk dideportasi, Kamis (6/11/2025)."
    )
    expelled = coded(rows, "174")
    assert expelled and expelled[0]["actor2_name"] == "TR"


def test_aircraft_sent_to_support_an_evacuation_are_aid() -> None:
    rows = rows_of(
        "Basarnas menerbangkan dua helikopter untuk membantu evakuasi warga yang terjebak banjir di Luwu, "
        "Rabu (5/11/2025).",
        dateline="MAKASSAR",
    )
    (aid,) = coded(rows, "07")
    assert aid["actor1_name"] == "Basarnas"


def test_a_missile_system_moved_to_an_island_is_a_show_of_force() -> None:
    rows = rows_of("Militer Jepang memindahkan sistem rudal antikapal ke Pulau Amami pada Senin (3/11/2025).")
    (force,) = coded(rows, "15")
    assert force["actor1_country"] == "JPN"
