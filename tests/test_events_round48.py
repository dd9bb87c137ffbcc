"""Round 48: an act in a counted `a day after` clause keeps its day when a bound (`until`) follows it; an
undated act of a paragraph that dates its story is bounded by that day; names written with initials; a
company's chief executive; travel bans, condolences and compensation; first-level regions as places;
evacuations of the agent's own people; a sentence demanded in court; a visit to a house of mourning."""

from __future__ import annotations

from datetime import date

import event_rows

PUBLISHED = "2025-11-23"  # a Sunday


def rows_of(body: str, lang: str = "id", dateline: str | None = None) -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, dateline)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_counted_clause_keeps_its_day_when_a_bound_follows() -> None:
    rows = rows_of(
        "The council on Nov 20 closed all schools, a day after Governor Ana Ruiz declared a state of "
        "emergency that lasts until Nov 30.",
        "en",
    )
    (declared,) = [r for r in rows if r["actor1_name"] == "Ana Ruiz"]
    assert declared["event_date"] == date(2025, 11, 19)


def test_an_undated_act_is_bounded_by_the_day_its_paragraph_tells() -> None:
    rows = rows_of(
        "The fire broke out at a timber yard on Friday evening. Armed officers later arrested Tomas Berg, "
        "the yard's owner, at his home.",
        "en",
    )
    (arrest,) = coded(rows, "17")
    assert (arrest["date_start"], arrest["date_end"]) == (date(2025, 11, 21), date(2025, 11, 23))
    assert arrest["date_precision"] == "unknown" and arrest["event_date"] is None


def test_an_undated_act_alone_in_its_paragraph_keeps_the_publication_bound() -> None:
    rows = rows_of(
        "The fire broke out at a timber yard on Friday evening.\n\nArmed officers later arrested Tomas Berg, "
        "the yard's owner, at his home.",
        "en",
    )
    (arrest,) = coded(rows, "17")
    assert arrest["date_start"] == date(2025, 11, 22)


def test_a_name_written_with_initials_is_whole() -> None:
    rows = rows_of("Chief Minister K.R. Patel visited the injured in hospital on Saturday.", "en")
    (visit,) = coded(rows, "04")
    assert visit["actor1_name"] == "K.R. Patel"


def test_a_travel_ban_on_a_companys_chief_executive() -> None:
    rows = rows_of("Police imposed a travel ban on Sky Cargo chief executive Lee Min-ho on Saturday.", "en")
    (ban,) = coded(rows, "16")
    assert ban["actor2_name"] == "Lee Min-ho"


def test_a_travel_ban_told_far_from_its_words_in_indonesian() -> None:
    rows = rows_of(
        "Kejaksaan Agung mencekal Direktur Utama PT Samudra Budi Hartono sehingga ia tidak dapat bepergian "
        "ke luar negeri, Sabtu (22/11)."
    )
    (ban,) = coded(rows, "17")
    assert "Budi Hartono" in ban["actor2_name"]


def test_a_message_of_condolence_sent() -> None:
    rows = rows_of("Japan's prime minister sent a message of condolence to President Lula on Saturday.", "en")
    (sent,) = coded(rows, "01")
    assert sent["cameo_code"] == "018"
    id_rows = rows_of(
        "Presiden Prabowo Subianto mengirimkan pesan duka cita kepada Presiden Brasil Lula "
        "pada Sabtu (22/11)."
    )
    (sent,) = coded(id_rows, "01")
    assert (sent["cameo_code"], sent["actor2_country"]) == ("018", "BRA")


def test_compensation_announced_for_the_bereaved_is_aid() -> None:
    rows = rows_of(
        "Chief Minister K.R. Patel announced 500,000 rupees for each bereaved family on Saturday after the "
        "crush in Nagpur, India.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert aid["actor1_name"] == "K.R. Patel"


def test_a_first_level_region_is_a_place_of_its_country() -> None:
    rows = rows_of(
        "China braced for the storm. Authorities in Hunan province said on Saturday they had evacuated "
        "20,000 residents.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert (aid["actor1_country"], aid["actor2_country"]) == ("CHN", "CHN")


def test_a_sentence_demanded_in_court_is_a_prosecution() -> None:
    rows = rows_of(
        "Jaksa penuntut umum pada Jumat (21/11) menuntut mantan Bupati Sleman Budi Hartono dihukum sembilan "
        "tahun penjara."
    )
    (demand,) = coded(rows, "11")
    assert demand["cameo_code"] == "115" and "Budi Hartono" in demand["actor2_name"]
    assert not coded(rows, "17")  # the sentence demanded is no sentence passed


def test_a_visit_to_a_house_of_mourning() -> None:
    rows = rows_of(
        "Gubernur Jawa Tengah Budi Santosa mendatangi rumah duka di Klaten pada Sabtu (22/11) dan "
        "menyerahkan santunan."
    )
    (visit,) = coded(rows, "04")
    assert visit["actor2_country"] == "IDN"
