"""Round 55: a quoted word inside a trigger's phrase; the deputy head of a mission summoned; two signers named
after a passive's `oleh`/`by`, also behind honorifics; a regional head receiving a delegation; officers
bringing a suspect down with a shot; a participle after a quotation's speaker; a search for a missing diver;
a reaction to "the incident" aimed at its agent; `Ahad` as Sunday; a two-letter family name written first
as the short form of the person; a town seized, named and then described, as fighting."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-11-07"  # a Friday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, None)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_quoted_word_inside_the_phrase_keeps_the_trigger() -> None:
    (protest,) = coded(rows_of('Beijing lodged "firm representations" with Tokyo on Tuesday.', "en"), "11")
    assert (protest["actor1_country"], protest["actor2_country"]) == ("CHN", "JPN")
    assert str(protest["date_start"]) == "2025-11-04"


def test_the_deputy_head_of_a_mission_summoned_is_a_protest() -> None:
    rows = rows_of(
        "Vietnam's foreign ministry summoned the deputy head of mission of the Chinese embassy.", "en"
    )
    (summons,) = coded(rows, "11")
    assert (summons["actor1_country"], summons["actor2_country"]) == ("VNM", "CHN")


def test_two_signers_after_oleh_are_the_two_parties() -> None:
    rows = rows_of(
        "Menteri Luar Negeri Sugiono menerima Menteri Luar Negeri Malaysia Mohamad Hasan di Jakarta, Senin "
        "(3/11/2025). Tiga MoU dibahas dalam pertemuan itu. MoU kerja sama perikanan diteken oleh Sugiono "
        "dan Mohamad Hasan, Selasa (4/11/2025)."
    )
    (deal,) = coded(rows, "05")
    assert {deal["actor1_country"], deal["actor2_country"]} == {"IDN", "MYS"}
    assert str(deal["date_start"]) == "2025-11-04"


def test_signers_behind_honorifics_are_coordinated() -> None:
    rows = rows_of(
        "Thai Foreign Minister Sihasak Phuangketkeow met Vietnam's Foreign Minister Bui Thanh Son on Monday. "
        "The accord, signed by Mr Sihasak and Mr Son on Tuesday, covers fisheries.",
        "en",
    )
    deal = [r for r in coded(rows, "05") if "signed" in r["sentence"]]
    assert {deal[0]["actor1_country"], deal[0]["actor2_country"]} == {"THA", "VNM"}


def test_a_delegation_received_by_a_regent_is_a_meeting() -> None:
    rows = rows_of(
        "Perwakilan nelayan diterima Bupati Cilacap Syamsul Auliya di pendapa kabupaten, Rabu (5/11/2025)."
    )
    (meeting,) = coded(rows, "04")
    assert "Syamsul Auliya" in meeting["actor1_name"] and meeting["actor2_name"] == "nelayan"
    assert str(meeting["date_start"]) == "2025-11-05"


def test_a_suspect_brought_down_with_a_shot_is_force_by_the_police() -> None:
    rows = rows_of(
        "Tersangka berinisial AK mengayunkan parang ke arah petugas saat digerebek. Polisi akhirnya "
        "melumpuhkannya dengan timah panas di betis kiri."
    )
    (shot,) = coded(rows, "19")
    assert shot["actor1_name"].lower() == "polisi"


def test_a_participle_after_a_quotation_belongs_to_the_speaker() -> None:
    rows = rows_of(
        '"Japan flew its jets over our waters again," Foreign Ministry spokeswoman Mao Ning told reporters '
        "on Thursday, calling on Tokyo to stop the flights.",
        "en",
    )
    (appeal,) = coded(rows, "02")
    assert appeal["actor1_name"] == "Mao Ning" and appeal["actor2_country"] == "JPN"


def test_a_search_for_a_missing_diver_is_a_rescue() -> None:
    rows = rows_of(
        "Basarnas memperluas pencarian terhadap dua penyelam asal Australia di sekitar Selat Lombok, Kamis "
        "(6/11/2025)."
    )
    (search,) = coded(rows, "07")
    assert search["actor2_country"] == "AUS" and str(search["date_start"]) == "2025-11-06"


def test_a_reaction_to_the_incident_targets_its_agent() -> None:
    rows = rows_of(
        "A Russian patrol boat seized a Norwegian trawler in the Barents Sea on Sunday. Norway's "
        "foreign ministry condemned the incident on Monday.",
        "en",
    )
    (condemned,) = coded(rows, "11")
    assert (condemned["actor1_country"], condemned["actor2_country"]) == ("NOR", "RUS")
    assert str(condemned["date_start"]) == "2025-11-03"


def test_ahad_is_sunday() -> None:
    (criticism,) = coded(rows_of("Kementerian Luar Negeri Indonesia pada Ahad mengecam Israel."), "11")
    assert str(criticism["date_start"]) == str(criticism["date_end"]) == "2025-11-02"


def test_a_two_letter_family_name_written_first_is_the_persons_short_form() -> None:
    rows = rows_of(
        "Chinese Vice Premier Ding Xuexiang and Foreign Minister Wu Jianghao toured the region this week. Wu "
        "arrived in Hanoi on Thursday for two days of talks.",
        "en",
    )
    (arrival,) = [r for r in coded(rows, "04") if r["sentence"].startswith("Wu arrived")]
    assert arrival["actor1_name"] == "Wu Jianghao" and arrival["actor2_country"] == "VNM"


def test_a_town_seized_and_described_after_its_name_is_fighting() -> None:
    rows = rows_of("Fighters seized Kindu, a provincial capital on the Congo river, on Saturday.", "en")
    assert [r["cameo_code"][:2] for r in rows] == ["19"]
