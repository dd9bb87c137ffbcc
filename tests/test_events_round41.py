"""Round 41: taking office, winning an election and an appointment are events (a swearing-in a ceremony of
its one actor, 017; a win and an appointment statements, 010); congratulations in more Indonesian wordings;
titles and names read more carefully (an election's `presiden` is no person, `leader Jordan Smith` holds no
country, a quoted nickname stays out of a name, a country written as a named person's surname is that person,
a church title never resolves to a head of state); an act past `sejak` lends its date to no act before it."""

from __future__ import annotations

import event_rows
import pytest

from kabar.events.actors import article_actors

PUBLISHED = "2025-02-28"  # a Friday


def rows_of(body: str, lang: str = "id", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def actors(body: str, lang: str) -> dict[str, tuple[str, str | None]]:
    return {f.text: (f.actor.name, f.actor.country) for f in article_actors(body, lang)}


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("President Ana Villalba was sworn in on Tuesday at the Congress in Asuncion.", "en"),
        ("President Ana Villalba took the oath of office on Tuesday in Asuncion.", "en"),
        ("Presiden Ana Villalba resmi dilantik pada Selasa (25/2) di gedung Kongres di Asuncion.", "id"),
        ("Presiden Ana Villalba mengucapkan sumpah jabatan pada Selasa (25/2) di Asuncion.", "id"),
    ],
)
def test_a_swearing_in_is_an_event_of_the_one_sworn_in(body: str, lang: str) -> None:
    (oath,) = coded(rows_of(body, lang), "017")
    assert oath["actor1_name"] == "Ana Villalba"
    assert str(oath["date_start"]) == "2025-02-25"


@pytest.mark.parametrize(
    "body",
    [
        "Kunjungan ini adalah lawatan pertama Presiden Ana Villalba sejak dilantik pada 25 Februari.",
        "Presiden Ana Villalba akan menghadiri upacara di Asuncion pada Senin (3/3).",
    ],
)
def test_since_taking_office_tells_no_swearing_in(body: str) -> None:
    assert coded(rows_of(body), "017") == []


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "President Ana Villalba on Tuesday appointed Finance Minister Tomas Ferreyra as prime minister.",
            "en",
        ),
        (
            "Presiden Ana Villalba pada Selasa (25/2) menunjuk kembali Menteri Keuangan Tomas Ferreyra "
            "sebagai perdana menteri.",
            "id",
        ),
    ],
)
def test_an_appointment_is_a_statement_about_the_appointee(body: str, lang: str) -> None:
    (appointment,) = coded(rows_of(body, lang), "010")
    assert (appointment["actor1_name"], appointment["actor2_name"]) == ("Ana Villalba", "Tomas Ferreyra")
    assert str(appointment["date_start"]) == "2025-02-25"


def test_an_election_won_against_a_rival_names_both() -> None:
    body = (
        "Conservative candidate Halla Jonsdottir won the presidential runoff against "
        "Mayor Einar Bjarnason on Saturday."
    )
    (win,) = coded(rows_of(body, "en", "2025-02-24"), "010")
    assert (win["actor1_name"], win["actor2_name"]) == ("Halla Jonsdottir", "Einar Bjarnason")
    assert str(win["date_start"]) == "2025-02-22"


def test_an_election_won_in_indonesian_and_its_office_no_person() -> None:
    body = (
        "Kandidat Halla Jonsdottir memenangi pemilihan presiden putaran kedua Islandia pada Sabtu (22/2), "
        'mengalahkan mantan presiden Einar "Eddi" Bjarnason.'
    )
    (win,) = coded(rows_of(body), "010")
    assert win["actor1_name"] == "Halla Jonsdottir"
    names = {name for name, _ in actors(body, "id").values()}
    assert "Einar Bjarnason" in names  # the quoted nickname is no part of the name
    assert not any("putaran" in name for name in names)  # `pemilihan presiden`: an office, not a person


@pytest.mark.parametrize(
    "body",
    [
        "Halla Jonsdottir won the 400 metres race on Sunday in Reykjavik.",
        "The film won the audience award on Sunday in Reykjavik.",
    ],
)
def test_winning_a_race_or_an_award_is_no_election(body: str) -> None:
    assert coded(rows_of(body, "en", "2025-02-24"), "010") == []


@pytest.mark.parametrize(
    "body",
    [
        "Presiden Ana Villalba menyampaikan ucapan selamat kepada Perdana Menteri Malta Joseph Camilleri.",
        "Presiden Ana Villalba memberikan selamat kepada Perdana Menteri Malta Joseph Camilleri.",
    ],
)
def test_congratulations_in_more_wordings(body: str) -> None:
    (praise,) = coded(rows_of(body), "051")
    assert (praise["actor1_name"], praise["actor2_name"]) == ("Ana Villalba", "Joseph Camilleri")


def test_a_church_title_is_no_head_of_state() -> None:
    body = (
        "Paraguayan President Ana Villalba spoke on Monday. The Paraguayan cardinal met pilgrims on Tuesday."
    )
    assert actors(body, "en")["Paraguayan cardinal"][0] != "Ana Villalba"


def test_a_country_after_an_english_title_is_a_given_name() -> None:
    body = "Freedom Party leader Jordan Whitcombe said on Monday that the vote was rigged."
    assert actors(body, "en")["Freedom Party leader Jordan Whitcombe"] == ("Jordan Whitcombe", None)


def test_a_country_written_as_a_named_persons_surname_is_that_person() -> None:
    body = (
        "Perdana Menteri Malta Daniel Jordan tiba di Asuncion pada Jumat (28/2). "
        "Jordan mengatakan kunjungan itu memperkuat hubungan kedua negara."
    )
    found = [(f.text, f.actor.name) for f in article_actors(body, "id")]
    assert ("Jordan", "Daniel Jordan") in found


def test_another_given_name_is_another_person_and_a_form_of_address_is_not() -> None:
    body = (
        "Presiden Ernesto Salgado tiba pada Jumat (28/2). Di sampingnya berdiri Diego Salgado, putranya. "
        "Warga menyambut Pak Salgado di bandara. Salgado lalu menuju istana."
    )
    names = {name for name, _ in actors(body, "id").values()}
    assert "Diego Salgado" in names
    assert "Pak Salgado" not in names


def test_an_act_past_sejak_lends_no_date_to_the_act_before_it() -> None:
    body = (
        "Presiden Ana Villalba menerima kunjungan Perdana Menteri Malta Joseph Camilleri di Asuncion, Jumat, "
        "dalam lawatan pertama Camilleri sejak partainya memenangi pemilu pada 3 Februari lalu."
    )
    (visit,) = coded(rows_of(body), "043")
    assert str(visit["date_start"]) == "2025-02-28"
