"""Round 44: civilians named by what they are (`pengungsi`, `villagers`) are actors; `his forces` take the
speaker's country; Europe's governments spoken of together are one side; a radar aimed at another side's jets
is a show of force; a charge still to come is passive; a central bank acts for its state; a sum contributed to
victims is aid and a public appeal is no appeal; a date a saying verb governs after `will` lies in the past;
Indonesian administrative units are places; an official's visit to a place of his own country is coded."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-11-23"  # a Sunday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_evacuees_are_actors() -> None:
    rows = rows_of("Bupati Sleman Arif Wibowo mengunjungi pengungsi di balai desa pada Sabtu (22/11) malam.")
    (visit,) = coded(rows, "04")
    assert visit["actor2_name"] == "pengungsi" and visit["actor1_name"].endswith("Arif Wibowo")


def test_his_forces_take_the_speakers_country() -> None:
    rows = rows_of(
        "Russia's army chief, Valery Gorin, claimed on Saturday that his forces had captured the town of "
        "Kupiansk.",
        "en",
    )
    (took,) = coded(rows, "19")
    assert took["actor1_country"] == "RUS"


def test_european_governments_are_one_side() -> None:
    rows = rows_of(
        "On Saturday, Putin accused European governments of trying to sabotage the peace effort.", "en"
    )
    (accused,) = coded(rows, "11")
    assert accused["actor2_name"] == "Europe"


def test_a_radar_aimed_at_jets_is_a_show_of_force() -> None:
    en = coded(
        rows_of("Chinese fighter jets locked their radar on Japanese F-15 jets on Saturday.", "en"), "15"
    )
    id_ = coded(
        rows_of("Jet tempur China mengarahkan radarnya ke jet tempur Jepang pada Sabtu (22/11)."), "15"
    )
    for (shown,) in (en, id_):
        assert (shown["actor1_country"], shown["actor2_country"]) == ("CHN", "JPN")


def test_a_charge_still_to_come_is_passive() -> None:
    rows = rows_of(
        "Gunman Rahim Dost opened fire near the station on Friday. Prosecutor Jane Ortiz told reporters on "
        "Saturday that Dost would be charged with three counts of murder.",
        "en",
    )
    assert all(r["actor1_name"] != "Rahim Dost" for r in coded(rows, "11"))


def test_a_central_bank_sues() -> None:
    rows = rows_of(
        "On Saturday, Russia's central bank filed a lawsuit against Euroclear in a Moscow court.", "en"
    )
    (sued,) = coded(rows, "11")
    assert (sued["actor1_country"], sued["actor2_name"]) == ("RUS", "Euroclear")


def test_a_sum_for_victims_is_aid_and_a_public_appeal_no_appeal() -> None:
    rows = rows_of(
        "The Malaysian government will contribute US$200,000 to support the Red Cross's public appeal for "
        "victims in Vietnam, the foreign ministry said on Saturday.",
        "en",
    )
    assert coded(rows, "07") and not coded(rows, "02")


def test_a_saying_date_after_a_future_word_is_past() -> None:
    rows = rows_of(
        "Japan will send relief goods such as tents to the Philippines, the Japanese government said on "
        "Nov 22.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert aid["date_end"].isoformat() == "2025-11-22"


def test_an_administrative_unit_is_a_place_and_a_domestic_visit_is_coded() -> None:
    rows = rows_of(
        "Kepala BNPB Suharyanto dijadwalkan meninjau lokasi pengungsian di Kecamatan Sukamaju pada Senin "
        "(24/11)."
    )
    (visit,) = coded(rows, "04")
    # round 47: an inspection naming no host visits the visitor's own country
    assert visit["actor1_name"] == "Suharyanto" and visit["actor2_country"] == "IDN"
    assert visit["location_name"] == "Kecamatan Sukamaju" and visit["location_country"] == "IDN"


def test_a_compass_word_after_a_regency_is_no_part_of_the_name() -> None:
    rows = rows_of("KPK menetapkan Bupati Lampung Tengah Ardi Santoso sebagai tersangka pada Sabtu (22/11).")
    (named,) = coded(rows, "11")
    assert named["actor2_name"] == "Ardi Santoso"
