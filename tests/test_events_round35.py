"""Round 35: parties named by their head word (`X People's Party`, `Partai X`) and a party whose name holds a
known body (`Malawi Congress Party`); `keduanya` after two people of its own sentence; a place after `di` is
no passive's agent; police and military ranks introduce officers; arrests told with a pronoun suffix
(`menahannya`); supplies cut off to a place; a march expected; opposition figures as a group; `PNG`."""

from __future__ import annotations

import event_rows
import pytest

from kabar.events.actors import article_actors

PUBLISHED = "2025-06-14"  # a Saturday


def rows_of(body: str, lang: str = "en", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


@pytest.mark.parametrize(
    ("body", "lang", "agent", "patient"),
    [
        (
            "The ruling Estonian Centre Party expelled the Social Liberal Party from the cabinet on Monday.",
            "en",
            "Estonian Centre Party",
            "Social Liberal Party",
        ),
        (
            "Partai Rakyat Kamboja mengecam Partai Cahaya Lilin pada Kamis (12/6/2025).",
            "id",
            "Partai Rakyat Kamboja",
            "Partai Cahaya Lilin",
        ),
    ],
)
def test_a_name_its_party_word_closes_or_opens_is_a_party(
    body: str, lang: str, agent: str, patient: str
) -> None:
    rows = [r for r in rows_of(body, lang) if r["cameo_code"][:2] in ("11", "12", "16", "17")]
    assert [(r["actor1_name"], r["actor2_name"]) for r in rows] == [(agent, patient)]


def test_a_party_takes_the_country_its_name_holds() -> None:
    found = [
        f for f in article_actors("The Estonian Centre Party met on Thursday.", "en") if f.actor.kind == "org"
    ]
    assert [(f.actor.name, f.actor.country) for f in found] == [("Estonian Centre Party", "EST")]


def test_a_party_whose_name_holds_a_known_body_is_that_party_not_the_body() -> None:
    body = (
        "Earlier this week, Banda's Zambia Congress Party (ZCP) had accused the ruling party of fraud. "
        "The ZCP filed complaints on Thursday."
    )
    actors = article_actors(body, "en")
    assert "Kongres AS" not in [f.actor.name for f in actors]
    assert [f.text for f in actors if f.actor.name == "Zambia Congress Party"] == [
        "Zambia Congress Party (ZCP)",
        "ZCP",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "He said the House would vote on the Party of the Left's motion on Thursday.",
        "Taiwan's main opposition held a Party Congress in Taipei on Thursday.",
    ],
)
def test_a_party_word_without_a_name_before_it_defines_nothing(body: str) -> None:
    assert not [f for f in article_actors(body, "en") if f.actor.role == "PARTY"]


def test_keduanya_after_two_people_of_its_own_sentence_is_those_two() -> None:
    body = (
        "Perdana Menteri Jepang Shigeru Ishiba bertemu Presiden Korea Selatan Lee Jae-myung di Tokyo pada "
        "Kamis (12/6/2025). Sehari sebelumnya, Lee menjamu Presiden Vietnam Luong Cuong di Seoul, "
        "dan keduanya menyepakati perjanjian perdagangan."
    )
    rows = coded(rows_of(body, "id"), "05")
    assert {(r["actor1_name"], r["actor2_name"]) for r in rows} == {("Lee Jae-myung", "Luong Cuong")}


@pytest.mark.parametrize(
    "body",
    [
        "Keempat tersangka ditangkap di Bandara Juanda, Sidoarjo, pada Senin (9/6/2025).",
        "Tiga tersangka ditangkap di sebuah rumah kontrakan, Bekasi, pada Senin (9/6/2025).",
    ],
)
def test_a_place_after_di_is_no_agent_of_a_passive(body: str) -> None:
    context = "Polisi Indonesia memburu jaringan penyelundup narkoba di Jawa Timur. "
    rows = coded(rows_of(context + body, "id"), "17")
    assert [(r["actor1_name"], r["actor1_country"]) for r in rows] == [("polisi", "IDN")]


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Seorang pelajar tewas setelah ditembak Bripka Joko Santoso di Medan pada Senin (9/6/2025).", "COP"),
        ("Warga itu dipukul Serda Andi Pratama di Sorong pada Senin (9/6/2025).", "MIL"),
    ],
)
def test_a_rank_before_a_name_introduces_an_officer(body: str, role: str) -> None:
    officers = [f for f in article_actors(body, "id") if f.actor.kind == "person"]
    assert [f.actor.role for f in officers] == [role]


def test_a_rank_after_a_title_still_introduces_one_person() -> None:
    body = "Kapolda Riau Irjen Herry Heryawan menemui Kombes Budi Santoso di Pekanbaru."
    people = [f.actor.name for f in article_actors(body, "id") if f.actor.kind == "person"]
    assert people == ["Herry Heryawan", "Budi Santoso"]


@pytest.mark.parametrize("verb", ["menahannya", "menangkapnya", "meringkusnya"])
def test_an_arrest_whose_object_is_a_pronoun_suffix_arrests_the_person_named(verb: str) -> None:
    body = (
        "Kejaksaan Agung memeriksa mantan Menteri Perdagangan Agus Salim pada Kamis (12/6/2025). "
        f"Penyidik lalu menetapkan Agus sebagai tersangka dan langsung {verb} di Rutan Salemba."
    )
    rows = coded(rows_of(body, "id"), "17")
    assert "Agus Salim" in [r["actor2_name"] for r in rows]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Thailand memutus pasokan listrik dan internet ke perbatasan Myanmar pada Kamis (12/6/2025).",
            "id",
        ),
        ("Thailand cut off power and internet supplies to border areas of Myanmar on Thursday.", "en"),
    ],
)
def test_cutting_supplies_to_a_country_reduces_relations(body: str, lang: str) -> None:
    rows = coded(rows_of(body, lang), "16")
    assert [(r["actor1_country"], r["actor2_country"]) for r in rows] == [("THA", "MMR")]


def test_a_march_expected_is_a_planned_protest() -> None:
    body = "Students rallied in Skopje on Friday, and on Monday they are expected to march again in Bitola."
    rows = [r for r in coded(rows_of(body), "14") if r["modality"] == "planned"]
    assert [r["date_start"].isoformat() for r in rows] == ["2025-06-16"]


def test_opposition_figures_are_a_group_police_detain() -> None:
    rows = coded(rows_of("Police detained five opposition figures in Minsk on Thursday."), "17")
    assert [r["actor2_name"] for r in rows] == ["opposition figures"]


def test_png_names_papua_new_guinea() -> None:
    rows = coded(
        rows_of("Perdana Menteri PNG James Marape menerima Albanese pada Kamis (12/6/2025).", "id"), "04"
    )
    assert [(r["actor1_name"], r["actor1_country"]) for r in rows] == [("James Marape", "PNG")]
