"""Round 34: bodies an article defines (`Long Name (ABBR)`, `kelompok X`); counted crowds and counted groups
as the patients of arrests; a meal hosted by someone; `receive` a visitor; longer border closures; bans of
an organisation's activities; a plan's horizon is no date; a day-month a week ahead after a past verb; an
arrest dated by the next sentence's noun (`Penangkapan dilakukan pada Senin`)."""

from __future__ import annotations

from datetime import date

import event_rows
import pytest

from kabar.dates.periods import infer_year
from kabar.events.actors import article_actors

PUBLISHED = "2025-06-14"  # a Saturday


def rows_of(body: str, lang: str = "en", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


@pytest.mark.parametrize(
    ("body", "lang", "body_name", "abbreviation"),
    [
        (
            "The Anti-Corruption Investigation Bureau (ACIB) detained the tycoon on Monday. ACIB said so.",
            "en",
            "Anti-Corruption Investigation Bureau",
            "ACIB",
        ),
        (
            "Polisi menangkap anggota Jaringan Mujahidin Timur Raya (JMTR) di Poso. JMTR membantah.",
            "id",
            "Jaringan Mujahidin Timur Raya",
            "JMTR",
        ),
    ],
)
def test_a_name_with_its_bracketed_abbreviation_defines_a_body(
    body: str, lang: str, body_name: str, abbreviation: str
) -> None:
    found = [f for f in article_actors(body, lang) if f.actor.name == body_name]
    assert found and all(f.actor.kind == "org" for f in found)
    assert any(f.text == abbreviation for f in found)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Delegasi itu tiba untuk Konferensi Tingkat Tinggi (KTT) di Bali.", "id"),
        ("Warga memprotes kenaikan Pajak Daerah dan Retribusi (PDR) di Pati.", "id"),
        ("Presiden Amerika Serikat (AS) Donald Trump tiba di Doha.", "id"),
    ],
)
def test_an_abbreviated_name_without_a_body_word_or_of_a_known_actor_defines_nothing(
    body: str, lang: str
) -> None:
    assert not [f for f in article_actors(body, lang) if f.actor.kind == "org" and f.actor.country is None]


def test_a_repeated_abbreviation_inside_a_longer_title_is_no_body() -> None:
    body = (
        "KPK menggeledah kantor Badan Pendapatan Kota Sejahtera (BPKS) di Medan. "
        "Penyidik lalu menahan Kepala Bidang Pajak BPKS Andi Saputra."
    )
    bodies = [f for f in article_actors(body, "id") if f.actor.name == "Badan Pendapatan Kota Sejahtera"]
    assert [f.text for f in bodies] == ["Badan Pendapatan Kota Sejahtera (BPKS)"]


@pytest.mark.parametrize(
    ("body", "lang", "name"),
    [
        (
            "Polisi Jerman menangkap dua anggota kelompok Letzte Generation di Berlin pada Kamis.",
            "id",
            "Letzte Generation",
        ),
        (
            "Police detained members of the campaign group Youth Demand in London on Thursday.",
            "en",
            "Youth Demand",
        ),
        (
            "Polisi menangkap lima anggota jaringan Jamaah Islamiyah di Lamongan pada Kamis.",
            "id",
            "Jamaah Islamiyah",
        ),
    ],
)
def test_a_name_after_a_kind_of_body_is_that_body(body: str, lang: str, name: str) -> None:
    assert name in [r["actor2_name"] for r in coded(rows_of(body, lang), "17")]


def test_a_country_inside_a_defined_name_is_no_side() -> None:
    body = "Police arrested 40 supporters of the group Kurdistan Solidarity in Paris on Thursday."
    rows = coded(rows_of(body), "17")
    assert [r["actor2_name"] for r in rows] == ["Kurdistan Solidarity"]


@pytest.mark.parametrize(
    ("body", "lang", "patient"),
    [
        ("Polisi Filipina menangkap 16 orang dalam penggerebekan di Manila pada Kamis.", "id", "orang"),
        ("Polda Bali menangkap empat terduga teroris di Denpasar pada Kamis.", "id", "terduga teroris"),
        ("Kenyan police arrested four people in Nairobi on Thursday.", "en", "people"),
        ("Kenyan police said on Thursday that several people had been arrested in Nairobi.", "en", "people"),
    ],
)
def test_a_counted_crowd_or_group_is_the_patient_of_an_arrest(body: str, lang: str, patient: str) -> None:
    rows = coded(rows_of(body, lang), "17")
    assert [r["actor2_name"] for r in rows] == [patient]
    assert rows[0]["date_start"].isoformat() <= "2025-06-12"


def test_the_dead_an_attack_counts_are_its_toll_not_its_target() -> None:
    rows = coded(rows_of("An Israeli strike killed 12 people in Khan Younis on Thursday."), "1")
    assert rows and "people" not in [r["actor2_name"] for r in rows]


def test_a_crowd_gives_way_to_the_person_another_report_names() -> None:
    body = (
        "KPK mengamankan sembilan orang dalam operasi tangkap tangan di Medan pada Kamis (12/6/2025). "
        "KPK kemudian menahan Wali Kota Medan Arif Santoso."
    )
    assert [r["actor2_name"] for r in coded(rows_of(body, "id"), "17")] == ["Arif Santoso"]


def test_a_meal_hosted_by_someone_is_that_host_receiving_the_guest() -> None:
    body = "Lula will attend a state dinner hosted by King Charles on Friday evening before flying home."
    rows = coded(rows_of(body), "04")
    assert [(r["actor1_country"], r["actor2_country"]) for r in rows] == [("GBR", "BRA")]
    assert rows[0]["modality"] == "planned"


def test_receive_a_visitor_is_hosting_him() -> None:
    rows = coded(rows_of("Erdogan went to the airport to receive Putin on Thursday."), "04")
    assert [(r["actor1_country"], r["actor2_country"]) for r in rows] == [("TUR", "RUS")]


def test_closing_all_crossings_on_a_border_reduces_relations() -> None:
    rows = coded(rows_of("Finland closed all crossings on its border with Russia on Thursday."), "16")
    assert [(r["actor1_country"], r["actor2_country"]) for r in rows] == [("FIN", "RUS")]


def test_banning_an_organisations_activities_is_coercion() -> None:
    body = "Pemerintah Mesir melarang seluruh aktivitas kelompok Hizb Nahda pada Kamis (12/6/2025)."
    rows = coded(rows_of(body, "id"), "17")
    assert [(r["actor1_country"], r["actor2_name"]) for r in rows] == [("EGY", "Hizb Nahda")]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Prabowo bertemu Anwar Ibrahim di Kuala Lumpur pada Kamis (12/6/2025). "
            "Kedua pemimpin juga meneken peta jalan kerja sama untuk dekade mendatang.",
            "id",
        ),
        (
            "Prabowo met Anwar Ibrahim in Kuala Lumpur on Thursday. "
            "The two leaders also signed a roadmap for the next decade.",
            "en",
        ),
    ],
)
def test_a_plans_horizon_does_not_date_the_signing(body: str, lang: str) -> None:
    signings = coded(rows_of(body, lang), "05")
    assert [r["date_start"].isoformat() for r in signings] == ["2025-06-12"]


def test_a_day_a_week_ahead_after_a_past_verb_is_this_year() -> None:
    assert infer_year(date(2025, 9, 11), 9, 18, None, "past") == date(2025, 9, 18)
    assert infer_year(date(2025, 9, 11), 8, 18, None, "past") == date(2025, 8, 18)
    assert infer_year(date(2025, 9, 11), 12, 18, None, "past") == date(2024, 12, 18)


def test_an_arrest_is_dated_by_the_next_sentences_noun_retelling() -> None:
    body = (
        "Densus 88 menangkap tiga terduga teroris di Jawa Timur. "
        "Penangkapan dilakukan secara serentak pada Rabu (11/6/2025)."
    )
    rows = coded(rows_of(body, "id"), "17")
    assert [r["date_start"].isoformat() for r in rows] == ["2025-06-11"]
