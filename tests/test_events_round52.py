"""Round 52: a defined body's regional office (`BPBD Kabupaten X`); a title's bracketed abbreviation before
the name; suspects charged by the side that arrested them; counted people abducted or held; a departure for a
named place; solidarity with a named side; a request filed with a body; a party defined by the kind of body
before its name; a group fired on inside the trigger; people named by their age; a denied claim of an attack
told before."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-10-16"  # a Thursday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, None)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_defined_body_before_a_place_is_that_places_office() -> None:
    rows = rows_of(
        "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sleman mengevakuasi sekitar 300 warga dengan "
        "perahu karet pada Rabu (15/10/2025). Bupati Sleman meminta bantuan BPBD Jawa Tengah untuk "
        "tambahan logistik."
    )
    (evacuation,) = coded(rows, "07")
    assert evacuation["actor1_name"] == "BPBD Kabupaten Sleman" and evacuation["actor1_country"] == "IDN"
    (appeal,) = coded(rows, "02")
    assert appeal["actor2_name"] == "BPBD Jawa Tengah"


def test_a_bracketed_abbreviation_of_the_title_does_not_hide_the_named_agent() -> None:
    rows = rows_of(
        "Menteri Luar Negeri (Menlu) Sugiono mengunjungi Jepang pada Rabu (15/10/2025) untuk membahas "
        "kerja sama maritim."
    )
    (visit,) = coded(rows, "04")
    assert visit["actor1_name"] == "Sugiono" and visit["actor2_country"] == "JPN"


def test_suspects_charged_without_an_agent_are_charged_by_those_who_arrested_them() -> None:
    rows = rows_of(
        "Polres Sleman menangkap dua pria berinisial AB (30) dan CD (28) pada Selasa (14/10/2025). Kedua "
        "tersangka dijerat Pasal 363 KUHP dengan ancaman hukuman tujuh tahun penjara."
    )
    (charge,) = coded(rows, "11")
    assert charge["actor1_name"].startswith("Polres") and charge["actor2_name"] == "AB"


def test_counted_people_seized_are_abducted_and_people_held_are_detained() -> None:
    rows = rows_of(
        "Gunmen seized 14 students from a school in Zamfara state on Tuesday. Sudanese police are holding 30 "
        "Kenyan citizens who crossed the border, the ministry said on Wednesday.",
        "en",
    )
    (abduction,) = coded(rows, "18")
    assert abduction["cameo_code"] == "181" and abduction["actor2_name"] == "students"
    (held,) = coded(rows, "17")
    assert held["actor1_name"] == "Sudanese police" and held["actor2_country"] == "KEN"


def test_a_departure_for_a_named_place_is_a_visit_there() -> None:
    rows = rows_of(
        "Lula is scheduled to leave Lisbon on Friday for Madrid, where he will meet Spanish officials.", "en"
    )
    visits = coded(rows, "042")
    assert visits and visits[0]["actor2_country"] == "ESP" and visits[0]["modality"] == "planned"


def test_standing_with_a_named_side_is_support() -> None:
    rows = rows_of("Prime Minister Mark Carney said on Wednesday the country stood with Ukraine.", "en")
    (support,) = coded(rows, "05")
    assert support["actor1_name"] == "Mark Carney" and support["actor2_country"] == "UKR"


def test_a_request_filed_with_a_body_is_an_appeal() -> None:
    rows = rows_of(
        "Polda Riau mengirimkan surat permohonan kepada Kejaksaan Agung untuk mempercepat pemeriksaan berkas "
        "perkara pada Rabu (15/10/2025)."
    )
    (appeal,) = coded(rows, "02")
    assert appeal["actor1_name"] == "Polda Riau" and appeal["actor2_role"] == "JUD"


def test_a_party_the_text_defines_by_its_kind_fires_on_police() -> None:
    rows = rows_of(
        "Supporters of the hardline party Jamiat Ahl Sunnah Bangla (JASB) marched on Dhaka on Monday. "
        "JASB supporters opened fire on the advancing police near the capital, officials said.",
        "en",
    )
    fights = coded(rows, "19")
    assert fights and fights[0]["actor1_name"] == "Jamiat Ahl Sunnah Bangla"
    assert fights[0]["actor2_name"] == "police"


def test_a_person_named_by_age_is_an_actor() -> None:
    rows = rows_of("Police arrested a 41-year-old man in Galway on Tuesday over the attack.", "en")
    (arrest,) = coded(rows, "17")
    assert arrest["actor2_name"] == "41-year-old man"


def test_a_denied_claim_of_an_attack_targets_the_attacker() -> None:
    rows = rows_of(
        "Militer Israel mengklaim menyerang markas Hizbullah di Tyre pada Rabu (15/10/2025). Hizbullah "
        "membantah tudingan itu."
    )
    (denial,) = coded(rows, "016")
    assert denial["actor1_name"] == "Hizbullah" and denial["actor2_country"] == "ISR"


def test_a_regional_secretary_is_a_named_official_met() -> None:
    rows = rows_of("A delegation of farmers met Central Java Regional Secretary Sumarno on Tuesday.", "en")
    (meeting,) = coded(rows, "04")
    assert meeting["actor2_name"] == "Sumarno" and meeting["actor2_role"] == "GOV"


def test_a_crowd_gathered_outside_a_place_protests() -> None:
    rows = rows_of("Several hundred people gathered outside the parliament in Lima on Tuesday evening.", "en")
    (protest,) = coded(rows, "14")
    assert protest["actor1_name"] == "protesters" and protest["actor1_country"] == "PER"


def test_coming_to_a_named_place_is_a_visit() -> None:
    rows = rows_of("Presiden Lula datang ke Jakarta dari Kuala Lumpur pada Rabu (15/10/2025).")
    (visit,) = coded(rows, "04")
    assert visit["actor1_country"] == "BRA" and visit["actor2_country"] == "IDN"


def test_a_relative_named_to_say_whose_kin_the_patient_is_is_no_patient() -> None:
    rows = rows_of(
        "Presiden Prabowo Subianto bertemu putra Joko Widodo, Gibran Rakabuming Raka, di Istana Merdeka pada "
        "Rabu (15/10/2025)."
    )
    assert [r["actor2_name"] for r in coded(rows, "04")] == ["Gibran Rakabuming Raka"]
