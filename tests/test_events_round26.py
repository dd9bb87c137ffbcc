"""Round 26: listed agents who each act, which attack a reaction means, a done act and a planned one in one
sentence, the side attacked inside an attack phrase, tariffs and entity lists, capitals by their local
names, the `oleh` agent of an attack noun, and capitalised words inside names that are no verbs."""

from __future__ import annotations

import event_rows
import pytest

from kabar.events.actors import article_actors
from kabar.events.triggers import find_triggers

PUBLISHED = "2025-06-24"


def rows_of(body: str, lang: str = "en") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED)


def pairs(rows: list[dict], root: str) -> set[tuple[str | None, str | None]]:
    return {(r["actor1_country"], r["actor2_country"]) for r in rows if r["cameo_code"].startswith(root)}


def test_listed_agents_of_different_countries_each_act_on_one_patient() -> None:
    body = (
        "Canadian Prime Minister Mark Carney and Australian Prime Minister Anthony Albanese issued separate "
        "statements recognising the State of Palestine on Sunday."
    )
    assert pairs(rows_of(body), "05") == {("CAN", "PSE"), ("AUS", "PSE")}


def test_a_list_acting_on_several_patients_stays_one_joint_act() -> None:
    body = (
        "Inggris bersama Australia, Kanada, Selandia Baru, dan Norwegia menjatuhkan sanksi terhadap dua "
        "menteri Israel, Itamar Ben-Gvir dan Bezalel Smotrich, pada Selasa (10/6/2025)."
    )
    assert len({a for a, _ in pairs(rows_of(body, "id"), "16")}) == 1


def test_a_condemned_attack_is_the_one_on_the_condemning_country() -> None:
    body = (
        "Iran menembakkan sejumlah rudal ke Pangkalan Udara Al Udeid milik Amerika Serikat di Qatar pada "
        "Senin (23/6/2025) malam. Serangan itu terjadi sehari setelah pesawat pengebom B-2 AS menggempur "
        "kompleks nuklir Isfahan di Iran pada Minggu (22/6/2025). "
        "Pemerintah Qatar mengecam keras serangan tersebut."
    )
    assert pairs(rows_of(body, "id"), "11") == {("QAT", "IRN")}


def test_a_criticised_decision_targets_the_country_that_took_it() -> None:
    body = (
        "Inggris secara resmi mengakui Negara Palestina pada Minggu (21/9/2025). "
        "Perdana Menteri Israel Benjamin Netanyahu mengecam keputusan tersebut."
    )
    assert pairs(rows_of(body, "id"), "11") == {("ISR", "GBR")}


def test_a_done_call_and_a_planned_visit_in_one_sentence_are_two_events() -> None:
    body = (
        "Parlemen Lebanon memilih Joseph Aoun sebagai presiden pada Kamis (9/1/2025). Presiden Prancis "
        "Emmanuel Macron menelepon Aoun dan menyatakan akan segera berkunjung ke Beirut."
    )
    rows = rows_of(body, "id")
    assert {r["cameo_code"][:3] for r in rows if r["actor1_country"] == "FRA"} >= {"040", "042"}


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        (
            "en",
            "A Russian missile and drone attack on Kyiv last week killed at least 12 people.",
            ("RUS", "UKR"),
        ),
        (
            "id",
            "Serangan AS di distrik Bani al-Harith, ibu kota Sanaa, Yaman, menewaskan delapan orang.",
            ("USA", "YEM"),
        ),
    ],
)
def test_the_side_attacked_inside_the_attack_phrase(lang: str, body: str, want: tuple[str, str]) -> None:
    assert want in pairs(rows_of(body, lang), "1")


def test_an_oleh_phrase_names_the_attacker_of_an_attack_noun() -> None:
    body = (
        "Xi tiba di Beograd, Serbia, pada Selasa (7/5/2024), bertepatan dengan peringatan pengeboman "
        "Kedutaan Besar China di Beograd oleh pesawat NATO pada 7 Mei 1999 yang menewaskan 3 wartawan China."
    )
    rows = event_rows.coded(body, "id", "2024-05-08")
    attack = next(r for r in rows if r["cameo_code"].startswith("18"))
    assert (attack["actor1_name"], attack["actor2_country"]) == ("NATO", "CHN")
    visit = next(r for r in rows if r["cameo_code"].startswith("04"))
    assert (visit["actor2_name"], visit["actor2_country"]) == ("Belgrade", "SRB")  # the capital's local name


@pytest.mark.parametrize(
    ("lang", "text", "cameo"),
    [
        ("en", "The US and Britain began striking Houthi targets in January 2024.", "190"),
        ("en", 'Trump imposed a 34% "reciprocal" tariff on Chinese goods on Wednesday.', "163"),
        ("en", "China retaliated, imposing tariffs of up to 15% on U.S. coal and farm products.", "163"),
        ("en", "Beijing added 11 U.S. companies to its unreliable entity list.", "163"),
        (
            "id",
            "China memasukkan 11 perusahaan AS ke dalam daftar entitas yang tidak dapat diandalkan.",
            "163",
        ),
        ("en", "Witnesses said Israeli strikes overnight hit several homes in Rafah.", "190"),
        ("en", "Putin is due to fly on to Vietnam later on Wednesday.", "042"),
        ("id", "Pekan lalu, lawatan Kim Jong Un ke Rusia menuai kritik.", "042"),
    ],
)
def test_new_triggers(lang: str, text: str, cameo: str) -> None:
    assert cameo in {t.rule.cameo for t in find_triggers(text, lang)}


def test_retaliation_with_tariffs_is_no_attack() -> None:
    text = "Beijing had already retaliated against the earlier fentanyl-related levies in February."
    assert "190" not in {t.rule.cameo for t in find_triggers(text, "en")}


def test_a_capitalised_word_inside_a_name_is_no_verb() -> None:
    assert not find_triggers("(Photo: Ukrainian Presidential Press Service/Handout via REUTERS)", "en")
    assert [t.text for t in find_triggers("Press officers said Putin will visit Hanoi.", "en")] == ["visit"]


def test_a_town_is_never_read_as_a_capital_s_old_name() -> None:
    text = "Russia denied any role in the Salisbury poisoning in Britain."
    assert ("Salisbury", "ZWE") not in [(f.text, f.actor.country) for f in article_actors(text, "en")]
