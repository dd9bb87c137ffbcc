"""Round 49: orders to one's own forces and ministries; people moved to shelters by the count; aid handed to
evacuees; a call to an addressed person; readiness to help; criminal cases opened; an `urging` participle;
a body's titled head as the subject of a later verb; a visit to a town of the visitor's own country; a term
demanded in court; crew questioned; crowds blocking a survey team; a group of ministers met."""

from __future__ import annotations

from datetime import date

import event_rows

PUBLISHED = "2025-11-23"  # a Sunday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, None)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_ministries_instructed_to_act_are_demanded_of() -> None:
    rows = rows_of(
        "Prime Minister Luis Arana instructed relevant ministries on Friday to reopen the schools.",
        "en",
    )
    (order,) = coded(rows, "10")
    assert (order["actor1_name"], order["actor2_name"]) == ("Luis Arana", "relevant ministries")


def test_a_passive_order_names_no_appeal() -> None:
    rows = rows_of("Mr Okafor said on Friday he had been instructed by President Luis Arana to resign.", "en")
    assert not coded(rows, "10")


def test_an_order_to_a_ministry_in_indonesian() -> None:
    rows = rows_of(
        "Gubernur Jawa Tengah Rudi Hartono menginstruksikan para bupati segera mendirikan posko pengungsian "
        "pada Jumat (21/11/2025).",
    )
    (order,) = coded(rows, "10")
    assert order["actor1_name"] == "Rudi Hartono" and order["actor2_name"] == "para bupati"


def test_people_moved_to_relief_camps_are_evacuated() -> None:
    rows = rows_of(
        "Vietnamese Prime Minister Pham Minh Chinh relocated 8,000 residents of river towns to temporary "
        "shelters on Friday.",
        "en",
    )
    (evacuation,) = coded(rows, "07")
    assert evacuation["cameo_code"] == "073" and evacuation["actor2_name"] == "residents"


def test_aid_handed_over_to_evacuees() -> None:
    rows = rows_of(
        "Welfare Minister Dewi Lestari distributed rice, cooking oil and medicine to evacuees in Kupang "
        "on Saturday.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert aid["actor2_name"] == "evacuees" and aid["event_date"] == date(2025, 11, 22)


def test_speaking_to_an_addressed_person_is_a_consultation() -> None:
    rows = rows_of(
        "Prime Minister Rahul Verma spoke to Governor Arjun Desai on Monday about the floods.", "en"
    )
    (talk,) = coded(rows, "04")
    assert talk["actor2_name"] == "Arjun Desai" and talk["event_date"] == date(2025, 11, 17)


def test_readiness_to_assist_is_an_intent_to_help() -> None:
    rows = rows_of(
        "Foreign Minister Penny Wong said on Tuesday that Australia stood ready to assist Fiji.", "en"
    )
    (offer,) = coded(rows, "03")
    assert offer["actor2_country"] == "FJI"


def test_a_criminal_case_opened_is_an_investigation() -> None:
    en = rows_of("Russian investigators said on Friday they had opened a criminal case into the fire.", "en")
    id_ = rows_of("Penyidik Rusia membuka kasus pidana terkait kebakaran kapal itu pada Jumat (21/11).")
    assert coded(en, "09") and coded(id_, "09")


def test_an_urging_participle_takes_the_speakers_side() -> None:
    rows = rows_of(
        '"Leave now," President Luis Arana said on Friday, urging residents of the coast to move inland.',
        "en",
    )
    (appeal,) = coded(rows, "02")
    assert appeal["actor1_name"] == "Luis Arana" and appeal["actor2_name"] == "residents"


def test_urging_a_thing_is_no_appeal_to_whom_it_is_for() -> None:
    rows = rows_of("The leaders met in Paris on Friday, both urging guarantees for Kyiv.", "en")
    assert not coded(rows, "02")


def test_a_ministrys_titled_spokesman_is_the_subject_of_a_later_verb() -> None:
    rows = rows_of(
        "Foreign Ministry spokesman Chen Wei told reporters on Monday that China condemns the raid and "
        "urged Laos to protect Chinese workers.",
        "en",
    )
    (appeal,) = coded(rows, "02")
    assert (appeal["actor1_name"], appeal["actor2_country"]) == ("Chen Wei", "LAO")


def test_a_visit_to_a_regency_of_the_visitors_own_country() -> None:
    rows = rows_of(
        "Disaster agency chief Lt. Gen. Budi Waluyo visited the flood-hit Sigi regency on Saturday.", "en"
    )
    (visit,) = coded(rows, "04")
    assert visit["actor2_name"] == "Sigi regency" and visit["actor2_country"] == "IDN"


def test_a_term_demanded_in_court_is_a_prosecution() -> None:
    rows = rows_of("Dalam sidang tuntutan pekan lalu, jaksa menuntut Budi Santoso sepuluh tahun penjara.")
    (demand,) = coded(rows, "11")
    assert demand["cameo_code"] == "115" and demand["actor2_name"] == "Budi Santoso"


def test_a_ships_crew_questioned_is_an_investigation() -> None:
    rows = rows_of(
        "Penyidik Polres Flores Timur pada Sabtu (22/11/2025) memeriksa sopir bus dan pemilik armada."
    )
    assert coded(rows, "09")


def test_villagers_blocking_a_survey_team_protest() -> None:
    rows = rows_of("Warga Desa Sukamaju menghadang truk perusahaan tambang, Selasa (18/11/2025).")
    (block,) = coded(rows, "14")
    assert block["cameo_code"] == "144"


def test_a_planned_meeting_with_ministers() -> None:
    rows = rows_of("Chancellor Luis Arana is set to meet ministers on Thursday about the budget.", "en")
    (meeting,) = coded(rows, "04")
    assert meeting["actor2_name"] == "ministers" and meeting["modality"] == "planned"
