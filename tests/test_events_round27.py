"""Round 27: names inside place names, capitalised words inside names that are no verbs, and reactions to
`tudingan itu` / `the reports` that target who made them."""

from __future__ import annotations

import event_rows
import pytest

PUBLISHED = "2024-10-21"


def rows_of(body: str, lang: str = "en") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED)


def pairs(rows: list[dict], root: str) -> set[tuple[str | None, str | None]]:
    return {(r["actor1_country"], r["actor2_country"]) for r in rows if r["cameo_code"].startswith(root)}


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Russian President Vladimir Putin and North Korea's leader Kim Jong Un attend an official "
            "welcoming ceremony at Kim Il Sung Square in Pyongyang on Wednesday.",
            "en",
        ),
        (
            "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menghadiri upacara "
            "penyambutan resmi di Lapangan Kim Il Sung, Pyongyang, pada Rabu (19/6/2024).",
            "id",
        ),
    ],
)
def test_a_person_named_in_a_place_name_is_no_actor(body: str, lang: str) -> None:
    rows = rows_of(body, lang)
    assert rows
    assert all("Kim Il Sung" not in (r["actor2_name"] or "") for r in rows)


def test_a_capitalised_word_before_another_in_a_credit_is_no_verb() -> None:
    body = (
        "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping shake hands before their "
        "meeting in Kazan on October 23, 2024 [Handout/Press Information Bureau via Reuters]"
    )
    assert not [r for r in rows_of(body) if r["cameo_code"].startswith("02")]


@pytest.mark.parametrize(
    ("body", "lang", "pair"),
    [
        (
            "Pemerintah AS menuding China memasok komponen senjata kepada Rusia pada Selasa (23/4/2024). "
            "Beijing membantah tudingan tersebut.",
            "id",
            ("CHN", "USA"),
        ),
        (
            "South Korea's spy agency on Friday accused North Korea of sending troops to Russia. "
            "The Kremlin on Monday dismissed the reports.",
            "en",
            ("RUS", "KOR"),
        ),
    ],
)
def test_a_denied_accusation_or_report_targets_who_made_it(
    body: str, lang: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(rows_of(body, lang), "01")


def test_an_answer_targets_the_act_it_answers() -> None:
    body = (
        "Korea Utara meledakkan sejumlah ruas jalan penghubung ke Korea Selatan pada Selasa (15/10). "
        "Sebagai respons, militer Korsel melepaskan tembakan peringatan ke wilayah selatan garis demarkasi."
    )
    rows = rows_of(body, "id")
    assert ("PRK", "KOR") in pairs(rows, "18")
    assert ("KOR", "PRK") in pairs(rows, "15")


def test_the_act_named_after_an_answer_cue_is_not_the_answer() -> None:
    body = (
        "Iran menembakkan rudal balistik ke Israel pada 1 Oktober. Israel melancarkan serangan udara "
        "ke sejumlah sasaran militer di Iran pada Sabtu (26/10/2024) sebagai balasan atas serangan Teheran."
    )
    rows = rows_of(body, "id")
    assert rows
    assert not [r for r in rows if "+response" in r["rule"]]


def test_the_bloc_is_the_organisation_named_before_it() -> None:
    body = (
        "Mali, Burkina Faso and Niger formally left the Economic Community of West African States (ECOWAS) "
        "on Wednesday. The bloc imposed sanctions on Niger in August 2023."
    )
    rows = rows_of(body)
    assert ("MLI", None) in pairs(rows, "16")
    assert any(r["actor1_name"] == "ECOWAS" and r["actor2_country"] == "NER" for r in rows)


def test_the_north_is_north_korea_once_named() -> None:
    body = (
        "North Korea blew up sections of the roads on its side of the border on Tuesday. "
        "The North has also accused South Korea of flying drones over Pyongyang this month."
    )
    assert ("PRK", "KOR") in pairs(rows_of(body), "11")


@pytest.mark.parametrize(
    ("body", "lang", "root", "pair"),
    [
        (
            "U.S. President Donald Trump agreed on Monday to pause for one month the 25% tariffs on Mexican "
            "imports.",
            "en",
            "08",
            ("USA", "MEX"),
        ),
        (
            "Presiden AS Donald Trump menunda tarif terhadap Meksiko pada Kamis (6/3/2025).",
            "id",
            "08",
            ("USA", "MEX"),
        ),
        (
            "Trump also signed an order on Tuesday withdrawing the United States from the U.N. Human Rights "
            "Council.",
            "en",
            "16",
            ("USA", None),
        ),
        (
            "Ukraine fired six U.S.-made ATACMS missiles at Russia's Bryansk region on Tuesday.",
            "en",
            "19",
            ("UKR", None),
        ),
    ],
)
def test_tariff_pauses_exits_and_missiles_fired(body: str, lang: str, root: str, pair: tuple) -> None:
    found = pairs(rows_of(body, lang), root)
    assert pair in found if pair[1] else any(a == pair[0] for a, _ in found)


def test_signing_an_executive_order_is_no_agreement() -> None:
    body = "Trump signed an executive order on Tuesday restoring his maximum pressure campaign against Iran."
    assert not pairs(rows_of(body), "05")


def test_a_condemned_seizure_targets_who_seized() -> None:
    body = (
        "Israeli tanks seized the Gaza side of the Rafah crossing on Tuesday. "
        "Egypt condemned the seizure on Tuesday."
    )
    assert ("EGY", "ISR") in pairs(rows_of(body), "11")
