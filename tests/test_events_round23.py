"""Round 23 mechanisms on sentences that are not from any held-out set: coordinated hosts of a meeting, a name
and its bracketed abbreviation as one actor, nicknames inside longer names, regions that are no party, envoys
and consulates ordered out, an anaphor's date past `setelah`, monarchs, and English names of world bodies."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.actors import article_actors
from kabar.events.coder import Mention, code_text, consolidate
from kabar.events.gazetteer import lookup

ANCHOR = date(2025, 3, 12)


def _coded(lang: str, text: str) -> list[Mention]:
    return consolidate(code_text(text, lang, ANCHOR, None, False))


def _countries(m: Mention) -> tuple[str | None, str | None]:
    return (
        m.actor1.country if m.actor1 is not None else None,
        m.actor2.country if m.actor2 is not None else None,
    )


# (lang, sentence, cameo, actor1 country, actor2 country, event date)
CODED = [
    # two leaders who hold a meeting meet each other
    ("id", "Perdana Menteri Malaysia Anwar Ibrahim dan Presiden Vietnam Luong Cuong menggelar pertemuan "
     "bilateral di Hanoi pada Senin (10/3).", "040", "MYS", "VNM", date(2025, 3, 10)),
    ("id", "Presiden Prabowo Subianto dan Perdana Menteri India Narendra Modi mengadakan pertemuan di "
     "New Delhi pada Senin (10/3).", "040", "IDN", "IND", date(2025, 3, 10)),
    # a name with its abbreviation in brackets is one coordinated actor
    ("id", "Indonesia dan Organisasi Kesehatan Dunia (WHO) menandatangani nota kesepahaman di Jenewa pada "
     "Senin (10/3).", "057", "IDN", None, date(2025, 3, 10)),
    # envoys ordered out, the countries between the order and `to leave`
    ("en", "Niger's junta ordered diplomats from three European countries, including France, to leave the "
     "country on Monday.", "166", "NER", "FRA", date(2025, 3, 10)),
    ("id", "Pemerintah Mali memerintahkan diplomat dari tiga negara Eropa, termasuk Prancis, untuk "
     "meninggalkan negara itu pada Senin (10/3).", "166", "MLI", "FRA", date(2025, 3, 10)),
    # a consulate ordered shut
    ("id", "Lituania memerintahkan penutupan konsulat Rusia di Klaipeda pada Senin (10/3).", "161", "LTU",
     "RUS", date(2025, 3, 10)),
    ("en", "Lithuania ordered the closure of Russia's consulate in Klaipeda on Monday.", "161", "LTU", "RUS",
     date(2025, 3, 10)),
    # monarchs are heads of state
    ("id", "Presiden Prabowo Subianto bertemu Raja Felipe VI di Madrid pada Senin (10/3).", "040", "IDN",
     "ESP", date(2025, 3, 10)),
    ("en", "Prime Minister Anwar Ibrahim met Emperor Naruhito at the Imperial Palace in Tokyo on Monday.",
     "040", "MYS", "JPN", date(2025, 3, 10)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "cameo", "c1", "c2", "day"), CODED)
def test_coded(lang: str, text: str, cameo: str, c1: str, c2: str | None, day: date) -> None:
    found = [m for m in _coded(lang, text) if m.cameo == cameo]
    assert found, [(m.trigger, m.cameo, _countries(m)) for m in _coded(lang, text)]
    m = found[0]
    assert m.actor1 is not None and m.actor1.country == c1
    if c2 is not None:
        assert m.actor2 is not None and m.actor2.country == c2
    else:
        assert m.actor2 is not None  # the bracketed body is the second party, not a second hit
    assert m.dating.start == day


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Venezuela ordered diplomats from several Latin American countries to leave the country."),
        ("id", "Menteri Luar Negeri Brasil Mauro Vieira bertemu para menteri Amerika Latin di Bogota."),
        ("en", "Russia sent two warships to the southern Caribbean on Monday."),
    ],
)
def test_a_region_is_no_party(lang: str, text: str) -> None:
    """`Latin American` holds `American`, and a region has no country: neither may become an actor."""
    for m in _coded(lang, text):
        for a in (m.actor1, m.actor2):
            assert a is None or a.kind != "place" or a.country is not None, (m.trigger, a)
            assert a is None or a.country != "USA", (m.trigger, a)


def test_a_nickname_glued_to_a_first_name_is_someone_else() -> None:
    """`Bushra Bibi` is not Netanyahu, even as the sentence's first words."""
    found = article_actors("Fatima Bibi, who had been free on bail, was taken into custody on Monday.", "en")
    assert all(f.actor.country != "ISR" for f in found), found


def test_a_surname_at_sentence_start_is_still_the_person() -> None:
    found = article_actors("Netanyahu met Rubio in Jerusalem on Monday.", "en")
    assert any(f.actor.name == "Benjamin Netanyahu" for f in found), found


def test_an_anaphor_takes_no_date_past_setelah() -> None:
    """`Kunjungan ini ..., setelah terakhir kali ke Seoul pada Juli 2014` dates the earlier trip, not the
    undated meeting the anaphor repeats."""
    text = (
        "Presiden Vietnam Luong Cuong bertemu Presiden Korea Selatan Lee Jae-myung di Seoul. "
        "Kunjungan ini merupakan lawatan pertama Luong Cuong ke Korea Selatan, setelah terakhir kali ke "
        "Seoul pada Juli 2014."
    )
    meetings = [m for m in code_text(text, "id", ANCHOR, None, False) if m.cameo == "040"]
    assert meetings
    assert all(m.dating.start is None or m.dating.start.year == 2025 for m in meetings), meetings


@pytest.mark.parametrize(
    ("alias", "name", "country"),
    [
        ("Dewan Keamanan PBB", "United Nations Security Council", None),
        ("Uni Eropa", "European Union", None),
        ("TPNPB", "KKB", "IDN"),
        ("Tentara Pembebasan Nasional Papua Barat", "KKB", "IDN"),
    ],
)
def test_lexicon_names(alias: str, name: str, country: str | None) -> None:
    """World bodies carry their English names, as `United Nations` and `NATO` do; Papua's armed wing is one
    Indonesian rebel actor whatever it is called."""
    actor = lookup(alias)
    assert actor is not None and actor.name == name and actor.country == country


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "id",
            "Rusia dan Ukraina menyepakati pertukaran tawanan terbesar sejak perang pecah Februari 2022.",
        ),
        ("en", "Russia and Ukraine agreed the largest prisoner swap since the war began in February 2022."),
    ],
)
def test_a_date_after_superlative_since_is_the_reference_point(lang: str, text: str) -> None:
    """`the largest swap since the war began in February 2022`: the date is the war's, not the swap's."""
    agreed = [
        m for m in code_text(text, lang, ANCHOR, None, False) if m.cameo[:2] == "05" or m.cameo[:2] == "03"
    ]
    assert agreed
    assert all(m.dating.start is None or m.dating.start.year != 2022 for m in agreed), agreed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menteri Imigrasi dan Pemasyarakatan Agus Andrianto mengatakan hal itu.", "Agus Andrianto"),
        ("Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan Yusril Ihza Mahendra hadir.",
         "Yusril Ihza Mahendra"),
    ],
)  # fmt: skip
def test_portfolio_words_are_no_name(text: str, name: str) -> None:
    """A title's portfolio (`Imigrasi dan Pemasyarakatan`) is not a person: the known name after it is."""
    people = [f.actor.name for f in article_actors(text, "id") if f.actor.kind == "person"]
    assert people == [name]


def test_a_second_title_keeps_its_own_person() -> None:
    found = article_actors("Menteri Pertahanan Budi Santoso dan Menteri Luar Negeri Sugiono hadir.", "id")
    assert [f.actor.name for f in found] == ["Budi Santoso", "Sugiono"]
