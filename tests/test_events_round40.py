"""Round 40: people no title introduces are still people when a cue says so (`Name, who`, `a man named`,
`pria bernama`, `Name, the leader of`), when the text uses their surname alone again, or when a trade or
calling names them (`rapper`, `kandidat`, a navy rank); a conceded defeat is an event of one actor; an
electoral body declaring a winner is a statement about that winner."""

from __future__ import annotations

import event_rows
import pytest

from kabar.events.actors import article_actors

PUBLISHED = "2025-03-01"  # a Saturday


def rows_of(body: str, lang: str = "id", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def people(body: str, lang: str) -> set[str]:
    return {f.actor.name for f in article_actors(body, lang) if f.actor.kind == "person"}


@pytest.mark.parametrize(
    ("body", "lang", "name"),
    [
        ("Marta Oyelaran, who had been free on bail, was detained on Friday.", "en", "Marta Oyelaran"),
        ("Police identified the suspect as Tobias Wendel, a 30-year-old mechanic.", "en", "Tobias Wendel"),
        ("Kelvin Adjei, the leader of the dockworkers' union, was arrested on Friday.", "en", "Kelvin Adjei"),
        ("Seorang pria bernama Darto Wiyono ditangkap polisi pada Jumat (28/2).", "id", "Darto Wiyono"),
        ("Rapper Sami Okoro was arrested on Friday.", "en", "Sami Okoro"),
        ("Polisi menangkap blogger Rendi Halim pada Jumat (28/2).", "id", "Rendi Halim"),
        ("Kelasi Satu Bagas Pranowo ditahan Polisi Militer pada Jumat (28/2).", "id", "Bagas Pranowo"),
    ],
)
def test_a_cue_or_a_trade_makes_an_untitled_name_a_person(body: str, lang: str, name: str) -> None:
    assert name in people(body, lang)


def test_a_surname_the_text_uses_again_names_the_person() -> None:
    body = (
        "Conservative Lotte Van Aken won the runoff on Sunday, beating Marek Duval. "
        "Duval conceded defeat within an hour of the polls closing."
    )
    (concession,) = coded(rows_of(body, "en", "2025-03-03"), "019")
    assert concession["actor1_name"] == "Marek Duval"
    assert str(concession["date_start"]) == "2025-03-02"


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Everyone who took part in the march was questioned.", "en"),  # a restrictive `who`: no name
        ("Fighting spread across North Kivu and South Kivu. South Kivu's governor fled.", "en"),
        ("Dewan Keamanan bersidang di New York. Keamanan kota diperketat.", "id"),  # a body, then a noun
        ("The navy said the destroyer named Choe Hyon was launched in April.", "en"),  # a ship, not a person
    ],
)
def test_places_bodies_and_ships_are_no_cued_people(body: str, lang: str) -> None:
    assert not people(body, lang) & {"Everyone", "South Kivu", "North Kivu", "Keamanan", "Choe Hyon"}


def test_a_short_form_after_a_cue_stays_the_person_already_named() -> None:
    body = "Former president Evo Morales addressed supporters. Morales, who denies the charges, stayed home."
    assert "Morales" not in people(body, "en")


@pytest.mark.parametrize(
    ("body", "lang", "published", "loser", "day"),
    [
        (
            "Opposition leader Hana Kirsch conceded defeat on Saturday night and congratulated the winner.",
            "en",
            "2025-03-02",
            "Hana Kirsch",
            "2025-03-01",
        ),
        (
            "Pemimpin oposisi Hana Kirsch mengakui kekalahannya pada Sabtu (1/3) malam.",
            "id",
            "2025-03-02",
            "Hana Kirsch",
            "2025-03-01",
        ),
    ],
)
def test_a_conceded_defeat_is_an_event_of_its_loser(
    body: str, lang: str, published: str, loser: str, day: str
) -> None:
    (concession,) = coded(rows_of(body, lang, published), "019")
    assert concession["actor1_name"] == loser
    assert str(concession["date_start"]) == day


@pytest.mark.parametrize(
    "body",
    [
        "The company conceded that its figures were wrong.",
        "The minister conceded on Friday that the rollout had been too slow.",
        "The government conceded to the demands of the strikers on Friday.",  # a yield (083), not a defeat
    ],
)
def test_conceding_a_point_is_no_conceded_defeat(body: str) -> None:
    assert not coded(rows_of(body, "en"), "019")


@pytest.mark.parametrize(
    ("body", "lang", "body_name", "winner"),
    [
        (
            "Ghana's electoral commission on Friday declared President Mutale Banda the winner "
            "of the presidential vote.",
            "en",
            "electoral commission",
            "Mutale Banda",
        ),
        (
            "Dewan Pemilihan Nasional Kosta Rika pada Jumat (28/2) menyatakan Andrea Solis sebagai pemenang "
            "pemilihan presiden.",
            "id",
            "Dewan Pemilihan Nasional",
            "Andrea Solis",
        ),
    ],
)
def test_declaring_the_winner_is_a_statement_about_the_winner(
    body: str, lang: str, body_name: str, winner: str
) -> None:
    (declared,) = coded(rows_of(body, lang), "010")
    assert body_name in declared["actor1_name"]
    assert declared["actor2_name"] == winner
    assert str(declared["date_start"]) == "2025-02-28"
