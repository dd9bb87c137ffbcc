"""Round 32: names after ranks, portfolios and units; armed groups read from their names; retaliation told
with tariffs; aid stopped from entering; arrests a judge orders; trade deals announced; travel bans asked of
immigration; consultations; dates across a clause boundary or after `mulai`; `the same month`; -ing
adjuncts sharing the subject; object pronouns; lawyers and legislatures as sides."""

from __future__ import annotations

import event_rows
import pytest

from kabar.events.actors import article_actors

PUBLISHED = "2025-06-14"


def rows_of(body: str, lang: str = "en", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def pairs(rows: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(r["actor1_country"], r["actor2_country"]) for r in rows]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Kapolda Jawa Barat Irjen Rudi Setiawan mengatakan tiga orang ditangkap.", "Rudi Setiawan"),
        ("Menteri Kehutanan Raja Antoni Siregar meninjau lokasi kebakaran.", "Raja Antoni Siregar"),
        ("Wakil Kepala Staf Angkatan Laut Tunde Bakare ditangkap aparat keamanan.", "Tunde Bakare"),
        ("Pakistan's army chief Field Marshal Asim Munir met Trump.", "Asim Munir"),
    ],
)
def test_a_name_starts_after_ranks_portfolios_and_units(body: str, name: str) -> None:
    lang = "en" if body.startswith("Pakistan") else "id"
    assert name in [f.actor.name for f in article_actors(body, lang) if f.actor.kind == "person"]


def test_an_armed_group_named_by_its_army_word_storms_a_base() -> None:
    rows = rows_of(
        "Ketegangan memuncak sejak Arakan Army menyerbu markas tentara di Buthidaung pada Senin (9/6).",
        "id",
    )
    assert [(r["cameo_code"][:2], r["actor1_name"]) for r in rows] == [("19", "Arakan Army")]


def test_a_national_army_stays_the_states_force() -> None:
    rows = rows_of("The Russian Army shelled Kharkiv on Monday.")
    assert all(r["actor1_role"] != "REB" for r in rows)


@pytest.mark.parametrize(
    ("body", "lang", "pair"),
    [
        (
            "Ottawa hit back on Monday with retaliatory tariffs on C$30 billion of U.S. goods.",
            "en",
            ("CAN", "USA"),
        ),
        (
            "Beijing retaliated on Monday with its own duties of up to 34 percent on American products.",
            "en",
            ("CHN", "USA"),
        ),
        (
            "Kanada membalas dengan tarif balasan atas barang-barang AS pada Senin (9/6).",
            "id",
            ("CAN", "USA"),
        ),
    ],
)
def test_retaliation_told_with_tariffs_is_a_sanction(body: str, lang: str, pair: tuple[str, str]) -> None:
    rows = rows_of(body, lang)
    assert pairs(coded(rows, "163")) == [pair]
    assert coded(rows, "19") == []


def test_aid_stopped_from_entering_is_reduced_aid() -> None:
    rows = rows_of("Israel halted the entry of all humanitarian aid into Gaza on Monday.")
    assert pairs(coded(rows, "162")) == [("ISR", "PSE")]


def test_levies_ratcheted_up_are_tariffs() -> None:
    rows = rows_of("Washington ratcheted up the levies on Chinese goods on Monday.")
    assert pairs(coded(rows, "163")) == [("USA", "CHN")]


def test_an_arrest_a_judge_orders() -> None:
    rows = rows_of("A judge ordered the arrest of Evo Morales on Monday.")
    assert [(r["actor1_role"], r["actor2_name"]) for r in coded(rows, "173")] == [("JUD", "Evo Morales")]


@pytest.mark.parametrize(
    ("body", "lang", "pair"),
    [
        (
            "Trump mengumumkan kesepakatan dagang dengan Vietnam pada Senin (9/6) setelah menelepon To Lam.",
            "id",
            ("USA", "VNM"),
        ),
        ("Trump announced a trade deal with Vietnam on Monday.", "en", ("USA", "VNM")),
    ],
)
def test_a_trade_deal_announced_with_a_partner_is_an_agreement(
    body: str, lang: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(coded(rows_of(body, lang), "057"))


def test_a_travel_ban_asked_of_immigration_is_the_askers() -> None:
    rows = rows_of(
        "KPK telah meminta Direktorat Jenderal Imigrasi mencegah dua tersangka bepergian ke luar negeri "
        "pada Senin (9/6).",
        "id",
    )
    assert [(r["cameo_code"], r["actor1_name"]) for r in rows] == [("172", "KPK")]


def test_consulting_a_partner_is_a_consultation() -> None:
    rows = rows_of("Jepang telah berkonsultasi dengan Amerika Serikat pada Senin (9/6).", "id")
    assert pairs(coded(rows, "04")) == [("JPN", "USA")]


def test_a_date_in_the_next_coordinated_clause_does_not_date_the_act() -> None:
    rows = rows_of(
        "Trump imposed a 20% tariff on Vietnamese goods last week, and he did not commit on Monday to "
        "lifting it."
    )
    assert [r["date_start"].isoformat() for r in coded(rows, "163")] == ["2025-06-02"]


def test_a_threat_is_dated_by_its_letter_not_by_the_day_the_tariff_starts() -> None:
    rows = rows_of(
        "Trump mengancam akan mengenakan tarif 25 persen terhadap Jepang mulai 1 Agustus melalui surat yang "
        "dikirimkan ke Tokyo pada 7 Juni lalu.",
        "id",
    )
    threats = coded(rows, "13")
    assert [(r["date_start"].isoformat(), r["modality"]) for r in threats] == [("2025-06-07", "asserted")]


def test_the_same_month_takes_the_month_of_the_event_before() -> None:
    rows = rows_of(
        "Amerika Serikat memberlakukan tarif 25 persen atas barang-barang Meksiko pada Maret lalu. "
        "Meksiko kemudian membalas dengan tarif balasan atas barang-barang AS pada bulan yang sama.",
        "id",
    )
    answer = [r for r in coded(rows, "163") if r["actor1_country"] == "MEX"]
    assert [(r["date_start"].isoformat(), r["date_end"].isoformat()) for r in answer] == [
        ("2025-03-01", "2025-03-31")
    ]


def test_an_ing_adjunct_shares_the_sentences_subject() -> None:
    rows = rows_of(
        "Germany expelled two Russian diplomats on Monday, accusing Moscow of running a spy ring in Berlin."
    )
    assert ("DEU", "RUS") in pairs(coded(rows, "112"))


def test_an_object_pronoun_is_the_person_the_sentence_names() -> None:
    rows = rows_of("Netanyahu flew to Washington from Budapest, where Viktor Orban hosted him on Sunday.")
    assert pairs(coded(rows, "043")) == [("HUN", "ISR")]


def test_an_infinitive_with_a_pronoun_object_is_no_meeting() -> None:
    rows = rows_of("Putin declined Zelensky's challenge to meet him in Istanbul on Thursday.")
    assert coded(rows, "04") == []


def test_a_clause_after_and_names_no_speaker_of_the_crowd() -> None:
    rows = rows_of(
        "Police fired tear gas to disperse the crowds on Monday, and witnesses told Reuters that officers "
        "chased students."
    )
    assert {r["actor2_name"] for r in coded(rows, "175")} == {"crowds"}


@pytest.mark.parametrize(
    ("body", "lang", "role"),
    [
        ("Kuasa hukum Rudi membantah kliennya menerima suap pada Senin (9/6).", "id", "CVL"),
        ("Majelis Nasional memakzulkan Presiden Yoon Suk Yeol pada 14 Desember 2024.", "id", "LEG"),
    ],
)
def test_lawyers_and_legislatures_are_sides(body: str, lang: str, role: str) -> None:
    assert [r["actor1_role"] for r in rows_of(body, lang)] == [role]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("The opposition called on its supporters to join a march in Caracas on Saturday.", "en"),
        ("Partai oposisi menyerukan aksi unjuk rasa di Caracas pada Sabtu (21/6).", "id"),
    ],
)
def test_a_rally_called_for_is_planned(body: str, lang: str) -> None:
    assert [r["modality"] for r in coded(rows_of(body, lang), "14")] == ["planned"]
