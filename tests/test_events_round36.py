"""Round 36: Indonesian police's special placement (`patsus`) as a detention; a suspect naming with a long
object; `menembak` a person; deploying the National Guard; people introduced with their age (`Budi (41)`,
`DFJ (27)`, `Maria Lopez, 52,`) as persons, who are never `the two people` a meeting or a truce is between;
a counted crowd before `had been killed` is what the verb was done to, never the speaker's act; political
parties, armed groups and watchdogs in the gazetteer."""

from __future__ import annotations

import event_rows
import pytest

from kabar.events.actors import article_actors

PUBLISHED = "2025-08-30"  # a Saturday


def rows_of(body: str, lang: str = "id", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


@pytest.mark.parametrize(
    ("body", "patient"),
    [
        (
            "Divisi Propam Polri menempatkan khusus lima anggota Brimob itu pada Jumat (29/8/2025).",
            "Brimob",
        ),
        (
            "Bidang Propam Polda Jawa Tengah telah menempatkan Aipda Rudi Hartono dalam penempatan "
            "khusus (patsus) sejak Kamis (28/8/2025).",
            "Rudi Hartono",
        ),
    ],
)
def test_special_placement_by_internal_affairs_is_a_detention(body: str, patient: str) -> None:
    arrests = coded(rows_of(body), "173")
    assert arrests, rows_of(body)
    assert arrests[0]["actor1_country"] == "IDN"
    assert patient in (arrests[0]["actor2_name"] or "")


def test_an_officer_placed_in_patsus_is_detained() -> None:
    body = "Aipda Rudi Hartono dipatsus sejak Kamis (28/8/2025) untuk pemeriksaan kode etik."
    assert [r["actor2_name"] for r in coded(rows_of(body), "173")] == ["Rudi Hartono"]


def test_a_placement_of_goods_is_no_detention() -> None:
    body = "Panitia menempatkan bantuan beras di tempat khusus dekat balai desa pada Jumat (29/8/2025)."
    assert not coded(rows_of(body), "17")


def test_a_suspect_naming_with_a_long_object() -> None:
    body = (
        "Kejaksaan Agung menetapkan tiga pejabat Kementerian Perdagangan periode 2015-2016, Ahmad Yani, Budi "
        "Santoso dan Citra Dewi, sebagai tersangka pada Jumat (29/8/2025)."
    )
    named = coded(rows_of(body), "112")
    assert named and named[0]["actor1_name"] == "Kejaksaan Agung"


def test_shooting_a_person_is_a_fight() -> None:
    body = (
        "Seorang anggota Brimob menembak Budi Hartono (41) di sebuah vila di Badung pada Jumat (29/8/2025)."
    )
    shots = coded(rows_of(body), "190")
    assert [r["actor2_name"] for r in shots] == ["Budi Hartono"]


def test_deploying_the_national_guard_is_a_force_posture() -> None:
    body = "President Donald Trump said on Friday he was deploying the National Guard to Portland."
    assert coded(rows_of(body, "en"), "154")


@pytest.mark.parametrize(
    ("body", "lang", "names"),
    [
        (
            "Polisi menangkap tiga tersangka, yakni AS (25), RH (31) dan MT (40), di Medan.",
            "id",
            ["AS", "RH", "MT"],
        ),
        ("Korban, Andi (17), tewas di tempat.", "id", ["Andi"]),
        ("Korban, Siti Aminah (19 tahun), dibawa ke rumah sakit.", "id", ["Siti Aminah"]),
        ("Police said Maria Lopez, 52, was detained at the airport.", "en", ["Maria Lopez"]),
    ],
)
def test_a_name_with_an_age_is_a_person(body: str, lang: str, names: list[str]) -> None:
    people = [f.actor.name for f in article_actors(body, lang) if f.actor.kind == "person"]
    assert people == names


@pytest.mark.parametrize(
    "body",
    [
        "Sidang lanjutan digelar pada Senin (12) pekan depan.",
        "Jakarta (25) menjadi tuan rumah.",
        "Pasal (12) undang-undang itu mengatur sanksi.",
    ],
)
def test_a_bracketed_number_after_a_day_place_or_article_is_no_age(body: str) -> None:
    assert not [f for f in article_actors(body, "id") if f.actor.kind == "person"]


def test_people_named_with_their_age_are_not_a_truces_two_sides() -> None:
    body = (
        "Hamas freed three Israeli hostages, Romi Gonen, 24, Emily Damari, 28, and Doron Steinbrecher, 31, "
        "on Sunday, and Israel released 90 Palestinian prisoners. The ceasefire took effect at 11:15 a.m. "
        "Sunday."
    )
    truce = coded(rows_of(body, "en", "2025-01-20"), "087")
    names = {r["actor1_name"] for r in truce} | {r["actor2_name"] for r in truce}
    assert not names & {"Romi Gonen", "Emily Damari", "Doron Steinbrecher"}


def test_a_counted_crowd_before_had_been_killed_is_no_act_of_the_speaker() -> None:
    body = (
        "The opposition Chadema party said on Friday that about 700 people had been killed, a figure the "
        "government denied."
    )
    rows = rows_of(body, "en", "2025-11-01")
    assert not [r for r in coded(rows, "18") if r["actor1_name"] == "Chadema"]


@pytest.mark.parametrize(
    ("body", "lang", "name", "country"),
    [
        ("Liga Awami menolak keputusan itu pada Minggu.", "id", "Awami League", "BGD"),
        ("Chadema said its leader had been arrested.", "en", "Chadema", "TZA"),
        ("Partai Gerindra menggelar rapat pleno di Jakarta.", "id", "Partai Gerindra", "IDN"),
        ("JNIM fighters set fire to fuel tankers near Kati.", "en", "JNIM", "MLI"),
        (
            "The Corrupt Practices Investigation Bureau charged the minister.",
            "en",
            "Corrupt Practices Investigation Bureau",
            "SGP",
        ),
    ],
)
def test_parties_armed_groups_and_watchdogs_are_known(body: str, lang: str, name: str, country: str) -> None:
    assert [(f.actor.name, f.actor.country) for f in article_actors(body, lang)][:1] == [(name, country)]


def test_a_party_holding_the_word_congress_is_not_indias() -> None:
    body = "Chakwera's Malawi Congress Party (MCP) accused the ruling party of irregularities."
    assert "Indian National Congress" not in [f.actor.name for f in article_actors(body, "en")]


@pytest.mark.parametrize(
    ("body", "lang", "published"),
    [
        ("Belarus released 52 prisoners on Thursday after a visit by a U.S. envoy.", "en", "2025-09-12"),
        ("Pemerintah Belarus membebaskan 14 tahanan pada Sabtu (21/6/2025).", "id", "2025-06-22"),
    ],
)
def test_a_release_of_counted_captives_names_no_side(body: str, lang: str, published: str) -> None:
    released = coded(rows_of(body, lang, published), "084")
    assert [(r["actor1_country"], r["actor2_country"]) for r in released] == [("BLR", None)]


def test_captives_of_a_named_side_are_that_side() -> None:
    body = "In exchange, Israel freed 1,968 Palestinian prisoners and detainees on Monday."
    released = coded(rows_of(body, "en", "2025-10-14"), "084")
    assert [(r["actor1_country"], r["actor2_country"]) for r in released] == [("ISR", "PSE")]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("NATO leaders agreed on Wednesday to raise their defence spending target to 5% of GDP.", "en"),
        (
            "Para pemimpin negara anggota NATO sepakat menaikkan belanja pertahanan pada Rabu (25/6/2025).",
            "id",
        ),
    ],
)
def test_an_alliance_agreeing_among_its_members_needs_no_second_party(body: str, lang: str) -> None:
    agreed = coded(rows_of(body, lang, "2025-06-26"), "057")
    assert [r["actor2_name"] for r in agreed] == [None]
    assert "NATO" in agreed[0]["actor1_name"]
