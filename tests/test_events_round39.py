"""Round 39: an opener before a comma (`Meanwhile,`) is no verb keeping the subject out; an object pronoun
is a person of the sentence other than the agent; `as` opens a clause when its subject and verb follow;
lone attackers, bombers, militants and armed officers as actors; a place beside a border is a landmark,
not a target; shooting a person, invitations, looting homes, quitting a court, persona non grata with a
long object, briefing a senate, announced resignations; a date in a trailing relative clause dates that
clause, not the main verb; an outlet after `dilansir` is no patient."""

from __future__ import annotations

import event_rows
import pytest

PUBLISHED = "2025-03-01"  # a Saturday


def rows_of(body: str, lang: str = "id", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


@pytest.mark.parametrize("opener", ["Meanwhile", "Separately", "However"])
def test_an_opener_before_a_comma_leaves_the_subject_in_place(opener: str) -> None:
    (attack,) = coded(rows_of(f"{opener}, Ethiopia attacked Eritrea on Friday.", "en"), "19")
    assert (attack["actor1_country"], attack["actor2_country"]) == ("ETH", "ERI")


def test_an_object_pronoun_is_the_other_person_of_the_sentence() -> None:
    body = (
        "French President Emmanuel Macron, who had hosted Canadian Prime Minister Mark Carney in Paris, "
        "congratulated him on Friday."
    )
    (praise,) = coded(rows_of(body, "en"), "05")
    assert (praise["actor1_name"], praise["actor2_name"]) == ("Emmanuel Macron", "Mark Carney")


def test_an_object_pronoun_never_reaches_into_an_earlier_sentence() -> None:
    body = (
        "German Chancellor Friedrich Merz spoke at the ceremony on Monday. "
        "A court in Minsk convicted him of espionage last month."
    )
    assert not [r for r in coded(rows_of(body, "en"), "17") if r["actor2_name"] == "Friedrich Merz"]


def test_as_opens_a_clause_whose_subject_acts() -> None:
    body = (
        "Serbia said on Friday it would withdraw from the International Criminal Court, as President "
        "Aleksandar Vucic welcomed Sudanese President Omar al-Bashir to Belgrade."
    )
    rows = rows_of(body, "en")
    (host,) = coded(rows, "043")
    assert (host["actor1_name"], host["actor2_name"]) == ("Aleksandar Vucic", "Omar al-Bashir")
    (leave,) = coded(rows, "16")
    assert leave["actor2_name"] == "International Criminal Court"


@pytest.mark.parametrize(
    ("body", "lang", "root", "agent"),
    [
        (
            "A suicide bomber blew himself up outside a police station in Quetta on Sunday, killing nine "
            "people, officials said.",
            "en",
            "18",
            "suicide bomber",
        ),
        ("Armed officers shot the gunman outside a mosque in Leeds on Friday.", "en", "19", "Armed officers"),
        (
            "Sekelompok militan menyerbu sebuah pos polisi di Chaman, dekat perbatasan Afghanistan, pada "
            "Jumat (28/2/2025).",
            "id",
            "19",
            "militan",
        ),
    ],
)
def test_attackers_and_armed_officers_are_actors(body: str, lang: str, root: str, agent: str) -> None:
    (act,) = coded(rows_of(body, lang), root)
    assert act["actor1_name"] == agent
    assert act["actor2_name"] != "Afghanistan"  # `dekat perbatasan Afghanistan` places the scene


def test_an_invitation_expresses_intent_to_meet() -> None:
    body = "Presiden Prabowo Subianto mengundang Perdana Menteri India Narendra Modi ke Jakarta pada Januari."
    (invite,) = coded(rows_of(body), "036")
    assert (invite["actor1_name"], invite["actor2_name"]) == ("Prabowo Subianto", "Narendra Modi")


@pytest.mark.parametrize(
    "body",
    [
        "Rumah Bupati Ahmad Yani digeruduk dan dijarah massa pada Jumat (28/2/2025) malam.",
        "Massa menjarah rumah Bupati Ahmad Yani pada Jumat (28/2/2025) malam.",
    ],
)
def test_looting_a_home_is_a_violent_protest_against_its_owner(body: str) -> None:
    (riot,) = coded(rows_of(body), "145")
    assert riot["actor1_name"].lower() == "massa"
    assert "Ahmad Yani" in riot["actor2_name"]


def test_persona_non_grata_with_a_long_object_and_the_summons_after_it() -> None:
    body = (
        "The Polish foreign ministry said on Friday it had declared three employees of the Belarusian "
        'embassy "persona non grata" and summoned Belarus\'s ambassador Ivan Petrov.'
    )
    rows = rows_of(body, "en")
    (expel,) = coded(rows, "166")
    assert expel["actor2_name"] == "Belarusian embassy"
    (summons,) = coded(rows, "111")
    assert summons["actor2_name"] == "Ivan Petrov"


def test_briefing_a_senate_is_a_statement_to_it() -> None:
    body = "Interior Minister Talal Chaudhry is due to brief the Senate on the attack on Monday."
    (brief,) = coded(rows_of(body, "en"), "010")
    assert brief["actor2_name"] == "Senate"
    assert brief["modality"] == "planned"


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Perdana Menteri Rumania Marcel Ciolacu mengumumkan pengunduran diri pemerintahannya, Jumat.", "id"),
        (
            "Prime Minister Petr Fiala said he would offer the resignation of his cabinet to President Petr "
            "Pavel on Friday.",
            "en",
        ),
    ],
)
def test_an_announced_resignation_is_a_resignation(body: str, lang: str) -> None:
    assert coded(rows_of(body, lang), "0831")


def test_a_date_in_a_trailing_relative_clause_does_not_date_the_main_verb() -> None:
    body = (
        "Hakim Ahmad Faisal menjatuhkan hukuman 12 tahun penjara kepada terdakwa Budi Santoso, yang dinilai "
        "terbukti menerima suap lebih dari 2,5 miliar rupiah antara 2015 dan 2017."
    )
    (sentence,) = coded(rows_of(body), "172")
    assert sentence["date_start"].year == 2025


def test_an_outlet_after_dilansir_is_no_patient() -> None:
    body = (
        "Hakim Ahmad Faisal membacakan putusan terhadap Budi Santoso pada Jumat (28/2/2025), seperti "
        "dilansir Reuters."
    )
    assert not [r for r in rows_of(body) if r["actor2_name"] == "Reuters"]
