"""Round-16 mechanisms, on sentences written for these tests: a pair reference as patient (`hosted both
ministers`) or as subject (`Kedua delegasi ... bertemu`), deputies of a head of government and
`authorities` as actors, a perfect `had spoken with`, swaps with a count, naming a suspect after a long
title, dissolving a government, joining a led coalition, and a body's own session."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import Mention, code_text, consolidate

ANCHOR = date(2025, 10, 19)  # a Sunday

Summary = list[tuple[str, str | None, str | None]]


def coded(text: str, lang: str) -> list[Mention]:
    return consolidate(code_text(text, lang, ANCHOR, None, False))


def summary(text: str, lang: str) -> Summary:
    """(code, actor1 name, actor2 name) of each coded event."""
    return [
        (m.cameo, m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None)
        for m in coded(text, lang)
    ]


def has(found: Summary, root: str, a1: str | None, a2: str | None) -> bool:
    """An event under `root` between a1 and a2 (either order when both are given)."""
    for code, x, y in found:
        if not code.startswith(root):
            continue
        if a2 is None and x == a1:
            return True
        if a2 is not None and {x, y} == {a1, a2}:
            return True
    return False


@pytest.mark.parametrize(
    ("text", "lang", "agent", "patients"),
    [
        (
            "Perdana Menteri Thailand Anutin Charnvirakul dan Perdana Menteri Kamboja Hun Manet saling "
            "tuding pada Selasa. Presiden Prancis Emmanuel Macron mengatakan akan berbicara dengan "
            "kedua pemimpin itu.",
            "id",
            "Emmanuel Macron",
            ("Anutin Charnvirakul", "Hun Manet"),
        ),
        (
            "Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet traded "
            "accusations on Tuesday. French President Emmanuel Macron said he would speak with both leaders.",
            "en",
            "Emmanuel Macron",
            ("Anutin Charnvirakul", "Hun Manet"),
        ),
        (
            "Menteri Luar Negeri Mesir Badr Abdelatty dan Menteri Luar Negeri Sudan Ali Youssef meneken "
            "perjanjian di Kairo. Presiden Prancis Emmanuel Macron kemudian menerima kedua menteri itu "
            "di Paris.",
            "id",
            "Emmanuel Macron",
            ("Badr Abdelatty", "Ali Youssef"),
        ),
    ],
)
def test_a_pair_reference_after_the_verb_names_both_patients(
    text: str, lang: str, agent: str, patients: tuple[str, str]
) -> None:
    found = summary(text, lang)
    for patient in patients:
        assert any(code.startswith("04") and x == agent and y == patient for code, x, y in found), found


def test_a_pair_of_leaders_is_the_two_main_countries_people_not_a_mediator_in_between() -> None:
    text = (
        "Thai Prime Minister Anutin Charnvirakul accused Cambodia of firing rockets into Thailand. "
        "Cambodian Prime Minister Hun Manet denied that Cambodia had fired first. "
        "US Secretary of State Marco Rubio urged calm. "
        "Malaysian Prime Minister Anwar Ibrahim said he had spoken to both leaders on Saturday."
    )
    calls = [(x, y) for code, x, y in summary(text, "en") if code.startswith("04")]
    assert ("Anwar Ibrahim", "Marco Rubio") not in calls
    assert ("Anwar Ibrahim", "Hun Manet") in calls


def test_a_pair_subject_is_the_pair_not_the_noun_inside_it() -> None:
    text = (
        "Delegasi Armenia dan Azerbaijan bertemu di Abu Dhabi pada Sabtu. "
        "Kedua delegasi dijadwalkan kembali bertemu di Jenewa pada 25 Oktober."
    )
    found = [m for m in coded(text, "id") if m.modality == "planned"]
    assert found, "the planned meeting of the pair is coded"
    assert {found[0].actor1.country if found[0].actor1 else None,
            found[0].actor2.country if found[0].actor2 else None} == {"ARM", "AZE"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "root", "a1", "a2"),
    [
        # deputies of a head of government join a coordinated subject
        ("Last month, Japanese Trade Minister Yoji Muto and Chinese Vice Premier Ding Xuexiang met in Tokyo.",
         "en", "04", "Yoji Muto", "Ding Xuexiang"),
        # the perfect of `speak`
        ("German Chancellor Friedrich Merz said he had spoken by phone with Brazilian President Luiz Inacio "
         "Lula da Silva.", "en", "04", "Friedrich Merz", "Luiz Inacio Lula da Silva"),
        # a swap with a count before the captives
        ("Armenia dan Azerbaijan kembali bertukar puluhan tahanan perang pada Senin.", "id", "08", "Armenia",
         "Azerbaijan"),
        # naming a suspect after a long title
        ("Kejaksaan Agung menetapkan mantan Menteri Perdagangan Budi Santoso sebagai tersangka pada Selasa.",
         "id", "1", "Kejaksaan Agung", "Budi Santoso"),
        # joining a coalition led by a state
        ("Vietnam secara resmi bergabung dengan koalisi pimpinan AS pada Senin.", "id", "05", "Vietnam",
         "Amerika Serikat"),
        # a head of government dissolving its own government, one actor
        ("Presiden Peru Dina Boluarte membubarkan kabinetnya pada Senin.", "id", "08", "Dina Boluarte", None),
        ("Peruvian President Dina Boluarte dissolved her cabinet on Monday.", "en", "08", "Dina Boluarte",
         None),
        # authorities act for their state
        ("Pihak berwenang Nepal memberlakukan jam malam di Kathmandu mulai Selasa malam.", "id", "17",
         "Pihak berwenang Nepal", None),
        # a multilateral body's own session needs no second party
        ("The UN Security Council is scheduled to hold an emergency meeting on Friday.", "en", "04",
         "United Nations Security Council", None),
        ("Dewan Keamanan PBB dijadwalkan menggelar pertemuan tertutup di New York pada Jumat.", "id", "04",
         "United Nations Security Council", None),
    ],
)  # fmt: skip
def test_constructions_that_now_code(text: str, lang: str, root: str, a1: str, a2: str | None) -> None:
    found = summary(text, lang)
    assert has(found, root, a1, a2), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # speaking to the press is no consultation
        ("Merz said he had spoken to reporters after the vote.", "en"),
        # dispersing a crowd stays a coercion, not a dissolved government
        ("Polisi membubarkan massa di depan gedung parlemen pada Senin.", "id"),
        # a pair reference with nobody named before it gives no patients
        ("Both leaders are expected to attend the summit.", "en"),
        # a body's talks with nobody named, and a group's meeting, are still no event
        ("The European Union held talks on Friday.", "en"),
        ("Indonesian officials held a meeting on Friday.", "en"),
        # joining a coalition of parties at home is a career, not diplomacy
        ("Partai Gerindra bergabung dengan koalisi partai pendukung pemerintah.", "id"),
    ],
)
def test_constructions_that_must_not_code_those_events(text: str, lang: str) -> None:
    found = summary(text, lang)
    assert not any(code.startswith(("04", "05", "08")) for code, _, _ in found), found
