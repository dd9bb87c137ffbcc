"""Round 38: a court named by its kind takes its city and unit code; an untitled patient after a few words
of the object and `kepada`/`against`; a title's `of` phrase before the name; a ruling as what a verb acts
on stands for its court; apologies, naming a minor, quitting a coalition, barring candidates, filing
charges and congratulations; the perpetrators and victims a story tells; a freed hostage named after the
verb; a stated day beats a relative phrase that dates the main clause."""

from __future__ import annotations

from datetime import date

import event_rows
import pytest

PUBLISHED = "2025-03-01"  # a Saturday


def rows_of(body: str, lang: str = "id", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


@pytest.mark.parametrize(
    ("body", "court", "defendant"),
    [
        (
            "Pengadilan Negeri Surabaya menjatuhkan vonis delapan tahun penjara kepada terdakwa Andi Wijaya "
            "pada Senin (24/2/2025).",
            "Pengadilan Negeri Surabaya",
            "Andi Wijaya",
        ),
        (
            "Pengadilan Militer III-12 Surabaya memvonis Serda Joko Santoso dengan hukuman mati pada Kamis "
            "(27/2/2025).",
            "Pengadilan Militer III-12 Surabaya",
            "Joko Santoso",
        ),
    ],
)
def test_a_court_named_by_its_kind_takes_its_city_and_its_unit_code(
    body: str, court: str, defendant: str
) -> None:
    (sentence,) = coded(rows_of(body), "172")
    assert sentence["actor1_name"] == court
    assert sentence["actor1_country"] == "IDN"
    assert sentence["actor2_name"] == defendant


def test_a_title_s_of_phrase_stands_between_the_title_and_the_name() -> None:
    body = (
        "A court in Belgrade on Tuesday sentenced the former leader of the country's largest nationalist "
        "movement, Milan Petrovic, to five years in prison."
    )
    (sentence,) = coded(rows_of(body, "en"), "172")
    assert sentence["actor2_name"] == "Milan Petrovic"


def test_charges_filed_against_a_person_accuse_that_person() -> None:
    body = "Prosecutors in Lima filed corruption charges against former President Pedro Castillo on Friday."
    (charged,) = coded(rows_of(body, "en"), "112")
    assert charged["actor2_name"] == "Pedro Castillo"


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Pengadilan Tinggi Nairobi menjatuhkan vonis 12 tahun penjara kepada aktivis Samuel Otieno pada "
            "Selasa (25/2/2025). Kementerian Luar Negeri Inggris mengecam putusan tersebut pada Rabu "
            "(26/2/2025).",
            "id",
        ),
        (
            "A court in Tunis sentenced opposition figure Rached Hamdi to 22 years in prison on Tuesday. "
            "Britain's Foreign Office condemned the verdict on Wednesday.",
            "en",
        ),
    ],
)
def test_a_ruling_criticised_stands_for_the_court_that_gave_it(body: str, lang: str) -> None:
    (criticism,) = coded(rows_of(body, lang), "111")
    assert "court" in criticism["actor2_name"].lower() or "pengadilan" in criticism["actor2_name"].lower()


def test_the_court_is_preferred_over_its_judges_as_the_ruling_s_author() -> None:
    body = (
        "Pengadilan Tinggi Nairobi menjatuhkan vonis 12 tahun penjara kepada aktivis Samuel Otieno pada "
        "Selasa (25/2/2025). Majelis hakim menyatakan Otieno terbukti menghasut kerusuhan. "
        "Kementerian Luar Negeri Inggris mengecam putusan itu pada Rabu (26/2/2025)."
    )
    (criticism,) = coded(rows_of(body), "111")
    assert criticism["actor2_name"].startswith("Pengadilan Tinggi")


def test_a_criticism_of_something_else_takes_no_court() -> None:
    body = (
        "Pengadilan Tinggi Nairobi menjatuhkan vonis 12 tahun penjara kepada aktivis Samuel Otieno pada "
        "Selasa (25/2/2025). Kementerian Luar Negeri Inggris mengecam kebijakan tersebut pada Rabu "
        "(26/2/2025)."
    )
    assert all("Pengadilan" not in (r["actor2_name"] or "") for r in coded(rows_of(body), "111"))


def test_an_apology_spoken_to_the_victim_s_family_is_an_apology() -> None:
    body = "Kapolda Jawa Barat menyampaikan permintaan maaf kepada keluarga korban pada Selasa (25/2/2025)."
    rows = rows_of(body)
    (apology,) = coded(rows, "055")
    assert apology["actor2_name"] == "keluarga korban"
    assert not coded(rows, "02")


def test_naming_a_minor_as_a_child_in_conflict_with_the_law_names_a_suspect() -> None:
    body = (
        "Polres Bogor menetapkan seorang pelajar berinisial R (16) sebagai anak berkonflik dengan hukum "
        "(ABH) pada Senin (24/2/2025)."
    )
    assert coded(rows_of(body), "112")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Partai Buruh Norwegia keluar dari koalisi pemerintahan pada Kamis (30/1/2025).", "id"),
        ("Norway's Centre Party quit the coalition on Thursday over the European Union energy rules.", "en"),
    ],
)
def test_quitting_a_coalition_reduces_relations(body: str, lang: str) -> None:
    assert coded(rows_of(body, lang), "16")


@pytest.mark.parametrize(
    ("body", "lang", "candidate"),
    [
        (
            "The electoral commission barred opposition leader Ousmane Diallo from running in the "
            "presidential election on Friday.",
            "en",
            "Ousmane Diallo",
        ),
        (
            "Komisi Pemilihan Independen melarang mantan presiden Laurent Koffi mencalonkan diri dalam "
            "pemilihan presiden pada Jumat (28/2/2025).",
            "id",
            "Laurent Koffi",
        ),
    ],
)
def test_barring_a_candidate_from_running_is_an_administrative_sanction(
    body: str, lang: str, candidate: str
) -> None:
    (barred,) = coded(rows_of(body, lang), "172")
    assert barred["actor2_name"] == candidate


@pytest.mark.parametrize(
    "body",
    [
        "Japan's Prime Minister Shigeru Ishiba congratulated Canada's Prime Minister Mark Carney on Tuesday.",
        "Japan's Prime Minister Shigeru Ishiba offered congratulations to Canada's Prime Minister Mark "
        "Carney on Tuesday.",
    ],
)
def test_congratulations_praise_their_addressee(body: str) -> None:
    (praise,) = coded(rows_of(body, "en"), "051")
    assert praise["actor2_name"] == "Mark Carney"


def test_the_perpetrators_attacking_the_victims_is_an_assault_between_them() -> None:
    body = (
        "Polisi menyebut para pelaku menyerang para korban dengan senjata tajam di Jalan Sudirman pada "
        "Sabtu (22/2/2025) malam."
    )
    (attack,) = coded(rows_of(body), "1")
    assert (attack["actor1_name"], attack["actor2_name"]) == ("para pelaku", "para korban")


def test_a_hostage_named_after_the_verb_is_the_one_freed() -> None:
    body = "Kelompok bersenjata membebaskan sandera Henrik Larsen pada Senin (24/2/2025)."
    (freed,) = coded(rows_of(body), "084")
    assert freed["actor2_name"] == "Henrik Larsen"


def test_a_stated_day_beats_a_relative_phrase_that_dates_the_main_clause() -> None:
    body = (
        "Serangan itu terjadi sehari setelah kelompok bersenjata membebaskan sandera Henrik Larsen pada "
        "Senin (24/2/2025)."
    )
    (freed,) = coded(rows_of(body), "084")
    assert freed["date_start"] == freed["date_end"] == date(2025, 2, 24)
