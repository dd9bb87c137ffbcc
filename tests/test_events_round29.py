"""Round 29: days counted from a named event (`Sehari setelah eksekusi`), a plan announced on a printed day,
places hit `according to` someone, gunfire and missiles aimed at a target, calls to rally, internet
shutdowns and guns pointed at someone."""

from __future__ import annotations

import event_rows
import pytest

PUBLISHED = "2024-11-22"


def rows_of(body: str, lang: str = "en", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


@pytest.mark.parametrize(
    ("body", "lang", "day"),
    [  # English `two days after the vote` is no expression of the date tagger yet
        (
            "Aktivis itu dieksekusi di Teheran pada Senin, 28 Oktober 2024. Pada 2020, agen intelijen Iran "
            "menculik aktivis Belanda itu saat transit di Dubai. Sehari setelah eksekusi, Belanda memanggil "
            "duta besar Iran di Den Haag.",
            "id",
            "2024-10-29",
        ),
    ],
)
def test_a_day_counted_from_a_named_event_starts_at_that_events_printed_day(
    body: str, lang: str, day: str
) -> None:
    summoned = coded(rows_of(body, lang), "11")
    assert [(r["actor1_country"], r["actor2_country"], str(r["date_start"])) for r in summoned] == [
        ("NLD", "IRN", day)
    ]


def test_a_sentence_printing_its_own_day_keeps_it_over_a_counted_phrase() -> None:
    body = (
        "Delegasi Rusia dan Ukraina menggelar perundingan di Jenewa pada Kamis (14/11/2024). "
        "Sehari setelah perundingan, drone Rusia menghantam sebuah bus di kota Sumy pada Sabtu (16/11/2024)."
    )
    hit = coded(rows_of(body, "id"), "19")
    assert [(r["actor1_country"], str(r["date_start"])) for r in hit] == [("RUS", "2024-11-16")]


def test_a_plan_announced_on_a_printed_day_is_dated_that_day() -> None:
    body = (
        "Menteri Luar Negeri Jepang mengumumkan akan mencabut sanksi terhadap Iran dalam konferensi pers "
        "di Tokyo, Senin (18/11)."
    )
    lifted = coded(rows_of(body, "id"), "08")
    assert [(r["actor2_country"], r["modality"], str(r["date_start"])) for r in lifted] == [
        ("IRN", "planned", "2024-11-18")
    ]


def test_a_place_hit_according_to_officials_is_the_target() -> None:
    body = "Russian missiles struck a power plant in Kharkiv, according to Ukrainian officials."
    hit = coded(rows_of(body), "19")
    assert [(r["actor1_country"], r["actor2_country"]) for r in hit] == [("RUS", "UKR")]


@pytest.mark.parametrize(
    ("body", "lang", "root", "pair"),
    [
        (
            "Israeli soldiers fired at an observation post of UNIFIL near Naqoura on Thursday.",
            "en",
            "19",
            ("ISR", "UNIFIL"),
        ),
        (
            "Israeli jets fired six missiles at a building in Damascus on Monday.",
            "en",
            "19",
            ("ISR", "SYR"),
        ),
        ("North Korea fired two ballistic missiles into the sea on Thursday.", "en", "15", ("PRK", None)),
        (
            "Tentara Israel menembak ke arah pos pengamatan UNIFIL di Naqoura pada Kamis (21/11).",
            "id",
            "19",
            ("ISR", "UNIFIL"),
        ),
    ],
)
def test_fire_aimed_at_a_target_is_an_attack_and_into_the_sea_a_test(
    body: str, lang: str, root: str, pair: tuple[str, str | None]
) -> None:
    rows = rows_of(body, lang)
    assert [(r["actor1_country"], r["actor2_country"] or r["actor2_name"]) for r in coded(rows, root)] == [
        pair
    ]
    assert not coded(rows, "15" if root == "19" else "19")


def test_a_call_to_rally_is_a_protest() -> None:
    rows = rows_of("Opposition leader Raila Odinga called on Kenyans to join a nationwide rally on Saturday.")
    assert [r["actor1_name"] for r in coded(rows, "14")] == ["Raila Odinga"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The authorities in Bangladesh cut mobile internet across the country on Thursday.", "en"),
        ("Pemerintah Bangladesh memutus akses internet seluler di seluruh negeri pada Kamis (21/11).", "id"),
    ],
)
def test_an_internet_shutdown_is_a_restriction(body: str, lang: str) -> None:
    assert [r["actor1_country"] for r in coded(rows_of(body, lang), "172")] == ["BGD"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("In 2022, a police officer pointed a loaded pistol at Prime Minister Anwar Ibrahim.", "en"),
        ("Pada 2022, seorang polisi menodongkan pistol ke arah Perdana Menteri Anwar Ibrahim.", "id"),
    ],
)
def test_a_gun_pointed_at_someone_is_an_assault(body: str, lang: str) -> None:
    assert [r["actor2_name"] for r in coded(rows_of(body, lang), "18")] == ["Anwar Ibrahim"]
