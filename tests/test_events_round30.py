"""Round 30: asset freezes and widened sanctions, joint statements dated by the story's meeting, delegations
sent, visitors greeted at the airport, evacuation orders, cabinet secretaries as titles, and a country's
people (`Iranians`) as the patient of warnings and detentions."""

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
            "Canada said on Thursday it had frozen the assets of 12 Belarusian officials.",
            "en",
            ("CAN", "BLR"),
        ),
        ("The EU widened its sanctions on Iranian drone makers on Monday.", "en", (None, "IRN")),
        ("Jepang memperluas sanksi terhadap pejabat Rusia pada Selasa (11/3).", "id", ("JPN", "RUS")),
        ("Kanada membekukan aset milik 12 pejabat Belarus pada Kamis (13/3).", "id", ("CAN", "BLR")),
    ],
)
def test_asset_freezes_and_widened_sanctions_are_sanctions(
    body: str, lang: str, pair: tuple[str | None, str | None]
) -> None:
    sanctions = coded(rows_of(body, lang), "163")
    assert pairs(sanctions) == [pair]


def test_police_freezing_assets_in_a_case_stays_a_seizure() -> None:
    rows = rows_of("Italian police froze assets worth 10 million euros on Friday.")
    assert [r["cameo_code"] for r in rows] == ["171"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Prime Minister Anthony Albanese hosted New Zealand Prime Minister Christopher Luxon in "
            "Canberra on Tuesday. The two leaders issued a joint statement on Pacific security.",
            "en",
        ),
        (
            "Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor "
            "pada Senin (10/3). Kedua pemimpin kemudian mengeluarkan pernyataan bersama tentang "
            "Laut China Selatan.",
            "id",
        ),
    ],
)
def test_a_joint_statement_of_the_two_leaders_takes_their_meetings_day(body: str, lang: str) -> None:
    statements = coded(rows_of(body, lang), "010")
    assert len(statements) == 1
    meeting = coded(rows_of(body, lang), "04")[0]
    assert {statements[0]["actor1_country"], statements[0]["actor2_country"]} == {
        meeting["actor1_country"],
        meeting["actor2_country"],
    }
    assert statements[0]["date_start"] == meeting["date_start"]


def test_a_pair_act_after_a_background_visit_keeps_the_storys_day() -> None:
    body = (
        "President Prabowo Subianto held talks with Turkish President Recep Tayyip Erdogan in Ankara on "
        "Wednesday. Erdogan visited Jakarta in February 2025. Both leaders also issued a joint statement "
        "on Gaza."
    )
    statement = coded(rows_of(body), "010")
    assert [str(r["date_start"]) for r in statement] == ["2025-03-12"]


@pytest.mark.parametrize(
    ("body", "lang", "pair"),
    [
        (
            "Tokyo will send a high-level delegation to Seoul next week to prepare the summit.",
            "en",
            ("JPN", "KOR"),
        ),
        (
            "Pemerintah Qatar akan mengirim delegasi perunding ke Kairo pekan depan.",
            "id",
            ("QAT", "EGY"),
        ),
    ],
)
def test_a_delegation_sent_to_a_capital_is_a_visit(body: str, lang: str, pair: tuple[str, str]) -> None:
    visits = coded(rows_of(body, lang), "042")
    assert pairs(visits) == [pair]
    assert [r["modality"] for r in visits] == ["planned"]


def test_a_visitor_greeted_at_the_airport_by_a_host() -> None:
    body = "Prime Minister Narendra Modi was greeted at the airport by Indonesian Foreign Minister Sugiono."
    hosted = coded(rows_of(body), "043")
    assert pairs(hosted) == [("IDN", "IND")]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "The Israeli military ordered residents of 12 villages in southern Syria to leave their homes.",
            "en",
        ),
        (
            "Tentara Israel memerintahkan warga di 12 desa di Suriah selatan untuk mengungsi pada "
            "Selasa (11/3).",
            "id",
        ),
    ],
)
def test_an_evacuation_order_to_residents_is_coercion(body: str, lang: str) -> None:
    orders = coded(rows_of(body, lang), "17")
    assert pairs(orders) == [("ISR", "SYR")]


def test_residents_evacuated_by_a_state_stay_aid() -> None:
    rows = rows_of("South Korea evacuated 97 citizens from Israel on Sunday.")
    assert [r["cameo_code"] for r in rows] == ["073"]


def test_a_cabinet_secretary_is_a_titled_person_of_his_country() -> None:
    rows = rows_of(
        "Philippine Justice Secretary Jesus Remulla and police chief Nicolas Torre flew to Jakarta on Monday."
    )
    visits = coded(rows, "042")  # the untitled police chief is a second, countryless pair
    first = visits[0]
    assert (first["actor1_name"], first["actor1_country"], first["actor2_country"]) == (
        "Jesus Remulla",
        "PHL",
        "IDN",
    )


def test_a_countrys_people_are_the_patient_of_a_warning() -> None:
    warned = coded(rows_of("Netanyahu warned Iranians on Monday that no place was out of reach."), "13")
    assert pairs(warned) == [("ISR", "IRN")]


def test_a_countrys_people_detained_abroad_are_the_patient() -> None:
    body = "Three Americans who were wrongly detained in Venezuela returned home on Friday, officials said."
    detained = coded(rows_of(body), "17")
    assert pairs(detained) == [("VEN", "USA")]


def test_the_freed_captives_greeted_at_home_are_no_new_release() -> None:
    body = "Biden will greet the freed Americans at Joint Base Andrews on Thursday."
    assert coded(rows_of(body), "08") == []


def test_a_release_of_a_reporter_of_a_named_paper() -> None:
    body = "Iran freed New York Times reporter John Doe and two U.S. citizens on Thursday."
    released = coded(rows_of(body), "08")
    assert pairs(released) == [("IRN", "USA")]
