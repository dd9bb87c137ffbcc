"""Round 28: untitled names an active verb acts on, attacks told as nouns owned by their attacker, acts dated
by a counted `after` clause (`came two days after X`), one-word short names as passive patients, and pacts
ended."""

from __future__ import annotations

import event_rows
import pytest

PUBLISHED = "2024-11-22"


def rows_of(body: str, lang: str = "en", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_an_untitled_name_after_an_active_verb_is_its_patient() -> None:
    body = (
        "Majelis hakim PN Surabaya membebaskan Ronald Tannur pada Juli 2024. Sehari sebelum penangkapan, "
        "Selasa, 22 Oktober 2024, Mahkamah Agung dalam putusan kasasi membatalkan vonis bebas tersebut dan "
        "menghukum Ronald lima tahun penjara."
    )
    sentenced = coded(rows_of(body, "id"), "172")
    # since round 40 the short form resolves to the full name the text gave first
    assert [(r["actor1_country"], r["actor2_name"]) for r in sentenced] == [("IDN", "Ronald Tannur")]
    assert str(sentenced[0]["date_start"]) == "2024-10-22"


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Penyidik KPK menggeledah Kantor Gubernur Riau pada Selasa (4/11/2025).", "id"),
        ("Kejaksaan Agung menahan Budi pada Kamis (18/1/2024).", "id"),  # a lone word names no one known
    ],
)
def test_places_and_lone_unknown_words_are_no_untitled_patients(body: str, lang: str) -> None:
    assert not [r for r in rows_of(body, lang) if r["actor2_name"] in ("Kantor Gubernur Riau", "Budi")]


@pytest.mark.parametrize(
    ("body", "pair", "day"),
    [
        (
            "Israel's war in Gaza began in 2023. The war began with Hamas's October 7 attack on southern "
            "Israel, which killed about 1,200 people.",
            ("PSE", "ISR"),
            "10-07",
        ),
        ("Israel's strikes on Iran on October 26 targeted missile factories.", ("ISR", "IRN"), "10-26"),
    ],
)
def test_an_attack_noun_owned_by_its_attacker_is_an_attack(
    body: str, pair: tuple[str, str], day: str
) -> None:
    attacks = coded(rows_of(body), "19")
    assert [(r["actor1_country"], r["actor2_country"]) for r in attacks] == [pair]
    assert str(attacks[0]["date_start"]).endswith(day)


def test_an_unowned_attack_noun_names_no_attacker() -> None:
    rows = rows_of("The attack on Kyiv on Thursday killed 12 people.")
    assert not [r for r in rows if r["actor1_name"] == "Kyiv"]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "The attack on Dnipro on Thursday came two days after Ukraine fired six ATACMS missiles at "
            "Russia.",
            "en",
        ),
        (
            "Serangan ke Dnipro pada Kamis (21/11) terjadi dua hari setelah Ukraina menembakkan enam rudal "
            "ATACMS ke Rusia.",
            "id",
        ),
        (
            "Russia fired a new ballistic missile at Dnipro on Thursday. The attack came two days after "
            "Ukraine fired six ATACMS missiles at Russia.",
            "en",
        ),
    ],
)
def test_an_act_in_a_counted_after_clause_happened_that_long_before(body: str, lang: str) -> None:
    fired = [r for r in coded(rows_of(body, lang), "19") if r["actor1_country"] == "UKR"]
    assert [str(r["date_start"]) for r in fired] == ["2024-11-19"]


def test_a_counted_clause_printing_its_own_date_keeps_it() -> None:
    body = "The attack on Dnipro on Thursday came days after Ukraine fired missiles at Russia on November 18."
    fired = [r for r in coded(rows_of(body), "19") if r["actor1_country"] == "UKR"]
    assert [str(r["date_start"]) for r in fired] == ["2024-11-18"]


def test_a_short_name_before_a_passive_is_its_patient() -> None:
    body = (
        "Kejaksaan Agung menetapkan Helena Lim sebagai tersangka pada Selasa (26/3/2024). "
        "Helena ditahan di Rumah Tahanan Salemba pada hari yang sama."
    )
    detained = coded(rows_of(body, "id", "2024-03-27"), "173")
    assert [r["actor2_name"] for r in detained] == ["Helena Lim"]  # the short form resolves (round 40)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Chad on Thursday ended its defence cooperation agreement with France.", "en"),
        ("Chad pada Kamis (21/11) mengakhiri kerja sama pertahanan dengan Prancis.", "id"),
    ],
)
def test_ending_a_pact_reduces_relations(body: str, lang: str) -> None:
    ended = coded(rows_of(body, lang), "16")
    assert [(r["actor1_country"], r["actor2_country"]) for r in ended] == [("TCD", "FRA")]
