"""Round 25: world cities as places, what a relative aside tells, the sides of a directed act, delegations
of coordinated countries, and cabinet portfolios that are no names."""

from __future__ import annotations

import event_rows
import pytest

from kabar.events.actors import article_actors
from kabar.events.asides import in_aside

PUBLISHED = "2025-06-15"


def rows_of(body: str, lang: str = "en", dateline: str | None = None) -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, dateline)


def places(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(f.text, f.actor.country) for f in article_actors(text, lang) if f.actor.kind == "place"]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a city of a country the article names, found by the GeoNames list (no lexicon row)
        (
            "en",
            "Russian missiles hit Kremenchuk on Sunday, Ukraine's air force said.",
            [("Kremenchuk", "UKR")],
        ),
        (
            "id",
            "Polisi menangkap dua pria di Tangerang, Banten, Indonesia.",
            [("Tangerang", "IDN"), ("Banten", "IDN")],
        ),
        # a metropolis needs no country beside it
        ("en", "Protesters marched through Kano on Monday.", [("Kano", "NGA")]),
        # a small city of a country the article never names is a word or a name, not that city
        ("en", "Police questioned Mary Jane Veloso on Monday.", []),
        # part of a longer name: `Airport` (a Californian city) inside `Ben Gurion Airport`
        ("en", "Houthis fired a missile at Ben Gurion Airport in Israel, the United States said.", []),
        # a surname after the full name is the man, not the Turkish town of Imamoglu
        ("en", "Turkish police detained Ekrem Imamoglu. Imamoglu denied the charges in Turkey.", []),
        # a city's name the text also writes as a common word (`baru`) is that word
        ("id", "Warga Indonesia menyambut Tahun Baru. Jalan baru itu dibuka di Indonesia.", []),
    ],
)
def test_world_cities(lang: str, text: str, want: list[tuple[str, str]]) -> None:
    assert [p for p in places(text, lang) if p[0] != "Indonesia"] == want


def test_a_city_locates_and_receives_an_attack() -> None:
    row = rows_of("Russian drones struck Kremenchuk on Saturday, Ukrainian officials said.")[0]
    assert row["cameo_code"].startswith(("18", "19"))
    assert (row["actor1_country"], row["actor2_name"], row["actor2_country"]) == ("RUS", "Kremenchuk", "UKR")


def test_the_talks_point_past_a_relative_aside() -> None:
    body = (
        "Iranian and American negotiators met in Muscat on Saturday for a third round of talks. "
        "Araghchi, who held talks with Sultan Haitham bin Tariq in Muscat on Friday, said progress was made. "
        "Witkoff spoke by phone with Trump after the talks ended, a US official said."
    )
    call = next(r for r in rows_of(body) if r["trigger"].startswith("spoke by phone"))
    assert (str(call["date_start"]), call["actor2_name"]) == ("2025-06-14", "Donald Trump")


@pytest.mark.parametrize(
    ("text", "trigger", "inside"),
    [
        ("Putin, who flew in late on Monday, held talks with Xi.", "flew", True),
        ("Putin, who flew in late on Monday, held talks with Xi.", "held talks", False),
        ("Putin held talks with Xi, who flew in late on Monday.", "held talks", False),
    ],
)
def test_relative_aside(text: str, trigger: str, inside: bool) -> None:
    assert in_aside(text, trigger) is inside


def test_delegations_of_coordinated_countries_meet() -> None:
    row = rows_of("Iranian and American negotiators met in Muscat on Saturday.")[0]
    assert row["cameo_code"].startswith("04")
    assert {row["actor1_country"], row["actor2_country"]} == {"IRN", "USA"}


def test_an_abbreviation_closes_a_listed_actor() -> None:
    """`Japanese, U.S. and Philippine officials`: the full stop of `U.S.` does not end the list."""
    rows = rows_of("Japanese, U.S. and Philippine officials met in Manila on Monday.")
    pairs = {frozenset((r["actor1_country"], r["actor2_country"])) for r in rows}
    assert frozenset(("JPN", "USA")) in pairs


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Hamas released 20 Israeli hostages on Monday. In return, Israel freed 1,900 Palestinian "
            "prisoners on Monday.",
        ),
        (
            "id",
            "Hamas membebaskan 20 sandera Israel pada Senin. Sebagai imbalannya, Israel membebaskan 1.968 "
            "tahanan Palestina pada Senin.",
        ),
    ],
)
def test_a_directed_act_of_each_side_is_two_events(lang: str, body: str) -> None:
    releases = [
        (r["actor1_country"], r["actor2_country"]) for r in rows_of(body, lang) if r["cameo_code"][:2] == "08"
    ]
    assert ("PSE", "ISR") in releases
    assert ("ISR", "PSE") in releases


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("id", "Paus disambut Menteri Agama Nasaruddin Umar di Jakarta.", "Nasaruddin Umar"),
        ("en", "Justice Minister Marek Wojcik met the envoy in Warsaw.", "Marek Wojcik"),  # a guard
    ],
)
def test_a_portfolio_is_no_name(lang: str, text: str, name: str) -> None:
    people = [f.actor.name for f in article_actors(text, lang) if f.actor.kind == "person"]
    assert name in people
