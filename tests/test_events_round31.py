"""Round 31: a sanction naming no target repeats the story's earlier one; courts' orders; a foreign state's
high court; sanctions packages announced; armed groups as `the group`; attacks told in the progressive;
wars described, not fought; a city inside a person's name; signed decrees are no agreements."""

from __future__ import annotations

import event_rows
import pytest

PUBLISHED = "2025-03-15"


def rows_of(body: str, lang: str = "en", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def pairs(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["actor1_country"], r["actor2_country"]) for r in rows]


@pytest.mark.parametrize(
    ("body", "lang", "pair"),
    [
        (
            "Japan imposed sanctions on Belarus on Monday over its support for the war. "
            "Canada also sanctioned 40 more companies and two banks on the same day.",
            "en",
            ("CAN", "BLR"),
        ),
        (
            "Australia menjatuhkan sanksi terhadap Myanmar pada Senin (10/3). "
            "Selandia Baru pada hari yang sama juga menjatuhkan sanksi terhadap ketiga perusahaan tersebut.",
            "id",
            ("NZL", "MMR"),
        ),
    ],
)
def test_a_sanction_naming_no_target_repeats_the_earlier_ones(
    body: str, lang: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(coded(rows_of(body, lang), "16"))


def test_a_sanction_with_no_earlier_one_stays_uncoded() -> None:
    rows = rows_of("Canada sanctioned 40 more companies and two banks on Monday.")
    assert coded(rows, "16") == []


@pytest.mark.parametrize(
    ("body", "lang", "pair"),
    [
        (
            "The International Court of Justice ordered Israel on Friday to halt its offensive in the city.",
            "en",
            (None, "ISR"),
        ),
        (
            "Mahkamah Agung Peru pada Rabu (12/3) memerintahkan mantan Presiden Peru Pedro Castillo "
            "menjalani tahanan rumah.",
            "id",
            ("PER", "PER"),
        ),
    ],
)
def test_a_courts_order_binds_the_party(body: str, lang: str, pair: tuple[str | None, str]) -> None:
    assert pairs(coded(rows_of(body, lang), "17")) == [pair]


def test_a_leaders_order_to_his_own_officials_is_no_court_order() -> None:
    rows = rows_of("President Lula ordered Foreign Minister Mauro Vieira on Friday to return to Brasilia.")
    assert coded(rows, "17") == []


def test_a_foreign_high_court_acts_for_its_own_state() -> None:
    rows = rows_of(
        "Mahkamah Agung Thailand pada Selasa (11/3) menjatuhkan vonis satu tahun penjara kepada mantan "
        "Perdana Menteri Thaksin Shinawatra.",
        "id",
    )
    court = coded(rows, "172")
    assert [(r["actor1_name"], r["actor1_country"], r["actor1_role"]) for r in court] == [
        ("Mahkamah Agung Thailand", "THA", "JUD")
    ]


@pytest.mark.parametrize(
    ("body", "lang", "pair"),
    [
        ("Britain announced a package of sanctions against Iran on Tuesday.", "en", ("GBR", "IRN")),
        (
            "Pemerintah Inggris pada Selasa (11/3) mengumumkan paket sanksi terhadap Iran.",
            "id",
            ("GBR", "IRN"),
        ),
    ],
)
def test_sanctions_packages_announced_are_sanctions(body: str, lang: str, pair: tuple[str, str]) -> None:
    assert pairs(coded(rows_of(body, lang), "163")) == [pair]


def test_announcing_the_lifting_of_sanctions_is_no_new_sanction() -> None:
    rows = rows_of("Trump announced on Tuesday he would lift sanctions on Syria.")
    assert coded(rows, "163") == []


def test_the_group_after_an_armed_group_is_that_group() -> None:
    rows = rows_of(
        "Hezbollah fired rockets at northern Israel on Monday. Israel launched airstrikes against the group "
        "on Tuesday."
    )
    assert ("ISR", "LBN") in pairs(coded(rows, "19"))


def test_an_attack_told_in_the_progressive_is_coded() -> None:
    rows = rows_of("Russia has been pounding Kharkiv with drones since Monday.")
    assert pairs(coded(rows, "19")) == [("RUS", "UKR")]


def test_militants_storming_into_a_region_fight() -> None:
    rows = rows_of("Militants from Hamas stormed into southern Israel on Saturday.")
    assert [r["cameo_code"][:2] for r in rows] == ["19"]


def test_a_war_described_is_not_fought_that_day() -> None:
    rows = rows_of(
        "The truce paused the deadliest war ever fought between Israel and Hamas, officials said on Monday."
    )
    assert coded(rows, "19") == []


def test_a_city_inside_a_persons_name_is_no_actor() -> None:
    rows = rows_of(
        "Kuasa hukum tersangka, Hotman Paris Hutapea, membantah kliennya menerima suap pada Senin (10/3).",
        "id",
    )
    assert all(r["actor1_country"] != "FRA" for r in rows)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Trump menandatangani perintah eksekutif untuk menghentikan bantuan ke Afrika Selatan "
            "pada Jumat.",
            "id",
        ),
        ("Trump signed an executive order halting aid to South Africa on Friday.", "en"),
    ],
)
def test_a_signed_decree_is_no_agreement(body: str, lang: str) -> None:
    assert coded(rows_of(body, lang), "057") == []
