"""Round 37: `the same day` counted from a day stated in the sentence before when that sentence codes no
event; business people and police or military ranks before a name as persons; entry bans; the head of a
relative clause as its verb's subject; accepting a proposal; suspects sent to another state; `A bersama B
dan C` as one list; an embargo announced; a government brought down by a no-confidence vote; `kecuali`
as a condition."""

from __future__ import annotations

from datetime import date

import event_rows
import pytest

PUBLISHED = "2025-03-01"  # a Saturday


def rows_of(body: str, lang: str = "id", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_the_same_day_counts_from_a_day_stated_in_a_sentence_with_no_event() -> None:
    body = (
        "Kepolisian Chile menangkap seorang pengedar narkoba di Santiago pada Juli 2023. "
        "Pada Kamis, Presiden Gabriel Boric menegaskan aturan baru itu akan berlaku pada 10 Maret. "
        "Di hari yang sama, Menteri Luar Negeri Chile Alberto van Klaveren bertemu Menteri Luar Negeri "
        "Argentina Gerardo Werthein di Buenos Aires."
    )
    (met,) = coded(rows_of(body), "04")
    assert met["date_start"] == met["date_end"] == date(2025, 2, 27)


def test_the_same_day_as_a_named_event_never_counts_from_a_day_told_between() -> None:
    body = (
        "Militer Pakistan menyerang sebuah desa di Paktika pada Selasa (24/12). "
        "Serangan itu terjadi beberapa hari setelah pertempuran di perbatasan pada Sabtu (21/12) lalu. "
        "Pada hari yang sama dengan serangan tersebut, utusan Pakistan Mohammad Sadiq bertemu Menteri Luar "
        "Negeri Taliban Amir Khan Muttaqi di Kabul."
    )
    met = coded(rows_of(body, published="2024-12-25"), "04")
    assert [r["date_start"] for r in met] == [date(2024, 12, 24)]


def test_a_plan_s_date_is_no_day_to_count_from() -> None:
    body = (
        "Menteri Perdagangan Chile menegaskan tarif itu akan berlaku pada 10 Maret. "
        "Di hari yang sama, Menteri Luar Negeri Chile Alberto van Klaveren bertemu Menteri Luar Negeri "
        "Argentina Gerardo Werthein di Buenos Aires."
    )
    met = coded(rows_of(body), "04")
    assert all(r["date_start"] != date(2025, 3, 10) for r in met)


@pytest.mark.parametrize(
    ("body", "lang", "root", "patient"),
    [
        ("A court in Manila on Tuesday upheld the prison sentence for property tycoon Ramon Lopez.", "en",
         "17", "Ramon Lopez"),
        ("Pengadilan Tinggi Jakarta pada Selasa menolak banding pengusaha Hendra Wijaya.", "id", "12",
         "Hendra Wijaya"),
        ("Police constable Samuel Kiprono was taken into custody on Wednesday, the oversight authority said.",
         "en", "17", "Samuel Kiprono"),
    ],
)  # fmt: skip
def test_a_trade_or_a_rank_before_a_name_introduces_a_person(
    body: str, lang: str, root: str, patient: str
) -> None:
    rows = coded(rows_of(body, lang), root)
    assert [r["actor2_name"] for r in rows] == [patient]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Hungary on Monday barred Slovak Deputy Prime Minister Robert Kalinak from entering the country.",
            "en",
        ),
        ("Hungaria pada Senin melarang dua menteri Slowakia masuk ke wilayahnya.", "id"),
    ],
)
def test_barring_officials_from_entering_a_country_reduces_relations(body: str, lang: str) -> None:
    (ban,) = coded(rows_of(body, lang), "16")
    assert (ban["actor1_country"], ban["actor2_country"]) == ("HUN", "SVK")


def test_the_head_of_a_relative_clause_is_its_subject_even_after_a_preposition() -> None:
    body = (
        "Slovakia announced an arms embargo on Hungary on Monday, prompting an angry response from Hungary, "
        "which barred two Slovak ministers from entering the country."
    )
    (ban,) = [r for r in coded(rows_of(body, "en"), "16") if r["cameo_code"] == "160"]
    assert ban["actor1_country"] == "HUN"


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Armenia pada Selasa menyatakan siap menerima usulan Azerbaijan soal gencatan senjata 30 hari.",
            "id",
        ),
        ("Armenia on Tuesday accepted an Azerbaijani proposal for a 30-day ceasefire.", "en"),
    ],
)
def test_accepting_a_proposal_is_an_intent_to_cooperate(body: str, lang: str) -> None:
    (accept,) = coded(rows_of(body, lang), "03")
    assert accept["actor1_country"] == "ARM"


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("In January, Colombia sent 12 alleged cartel members to the U.S., officials said.", "en"),
        (
            "Pemerintah Kolombia mengirim 12 tersangka anggota kartel narkoba ke Amerika Serikat pada Kamis.",
            "id",
        ),
    ],
)
def test_suspects_sent_to_another_state_are_handed_to_that_state(body: str, lang: str) -> None:
    (handover,) = coded(rows_of(body, lang), "06")
    assert (handover["actor1_country"], handover["actor2_country"]) == ("COL", "USA")


def test_a_list_joined_by_bersama_is_one_subject() -> None:
    body = "Slovenia bersama Malta dan Luksemburg mengakui negara Palestina pada 4 Juni 2025."
    recognised = coded(rows_of(body, published="2025-06-05"), "05")
    assert {"SVN", "MLT", "LUX"} <= {r["actor1_country"] for r in recognised}


def test_an_announced_embargo_reduces_relations() -> None:
    body = "Pemerintah Slovenia resmi mengumumkan embargo senjata terhadap Israel pada Kamis (31/7/2025)."
    (embargo,) = coded(rows_of(body, published="2025-08-01"), "16")
    assert (embargo["actor1_country"], embargo["actor2_country"]) == ("SVN", "ISR")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Perdana Menteri Luis Montenegro dijatuhkan parlemen melalui mosi tidak percaya pada Maret.", "id"),
        ("Lawmakers toppled Prime Minister Luis Montenegro in a no-confidence vote in March 2025.", "en"),
        ("Prime Minister Luis Montenegro was ousted by parliament in a confidence vote in March 2025.", "en"),
    ],
)  # fmt: skip
def test_a_government_brought_down_by_a_confidence_vote_is_rejected(body: str, lang: str) -> None:
    (vote,) = coded(rows_of(body, lang, "2025-05-20"), "12")
    assert (vote["actor1_name"].lower(), vote["actor2_name"]) in {
        ("parlemen", "Luis Montenegro"),
        ("lawmakers", "Luis Montenegro"),
        ("parliament", "Luis Montenegro"),
    }


def test_an_act_after_kecuali_is_a_condition() -> None:
    body = (
        "Mahkamah Konstitusi memutuskan bahwa anggota Polri aktif tidak dapat menduduki jabatan sipil, "
        "kecuali setelah mengundurkan diri atau pensiun."
    )
    assert all(r["modality"] == "conditional" for r in coded(rows_of(body), "08"))
