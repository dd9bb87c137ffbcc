"""Round 46: a bare weekday after a yearless date of that weekday is the page's own day when the page
falls on it; visiting the injured (`menjenguk`, `the injured`); `telephoned X on <day>`; an order given by
anyone but a court is a demand; a disaster emergency or national mourning declared for one's own country;
revoking permits; compensation (`santunan`) and teams sent to help are aid; `spoke to X by phone`;
accompanying someone on a trip; a regional government (`Pemprov X`) is an actor, and its aid with no
recipient named goes to its own country."""

from __future__ import annotations

from datetime import date

import event_rows

from kabar.dates.tagger import tag

PUBLISHED = "2025-11-23"  # a Sunday


def rows_of(
    body: str, lang: str = "id", dateline: str | None = None, published: str = PUBLISHED
) -> list[dict]:
    return event_rows.coded(body, lang, published, dateline)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_weekday_after_a_guessed_year_is_the_pages_day() -> None:
    # 19 March is a Wednesday in 2025: the yearless date is read in the past, and the Wednesday after it is
    # the page's own Wednesday, not that March day.
    text = "The vote on 19 March will decide the seat. The ombudsman on Wednesday asked for calm."
    found = tag(text, date(2025, 10, 15), "en")
    (wednesday,) = [t for t in found if t.text == "Wednesday"]
    assert wednesday.start == date(2025, 10, 15)


def test_a_weekday_after_a_full_date_of_that_weekday_repeats_it() -> None:
    text = "Sidang digelar pada Rabu, 19 Maret 2025. Hakim pada Rabu menunda putusan."
    found = tag(text, date(2025, 10, 15), "id")
    assert [t.start for t in found if t.text == "Rabu"] == [date(2025, 3, 19)]


def test_visiting_the_injured_is_a_visit() -> None:
    rows = rows_of(
        "Gubernur Jawa Barat Dedi Mulyadi menjenguk korban luka di rumah sakit pada Sabtu (22/11)."
    )
    (visit,) = coded(rows, "04")
    assert visit["actor1_name"] == "Dedi Mulyadi" and visit["actor2_name"] == "korban"
    en = rows_of(
        "Defence Minister Rajnath Singh visited the injured at a hospital in Mumbai on Saturday.",
        "en",
        "MUMBAI",
    )
    (visit,) = coded(en, "04")
    assert visit["actor2_name"] == "the injured"


def test_telephoning_someone_on_a_day_is_a_consultation() -> None:
    rows = rows_of(
        "Kenya's President William Ruto telephoned Mr Ramaphosa on Saturday to offer his support.", "en"
    )
    (call,) = coded(rows, "04")
    assert (call["actor1_country"], call["actor2_country"]) == ("KEN", "ZAF")


def test_an_order_by_a_leader_is_a_demand_and_by_a_court_coercion() -> None:
    leader = coded(
        rows_of("Trump on Saturday ordered Mexico to stop the shipments at the border.", "en"), "1"
    )
    assert [(r["cameo_code"], r["actor2_country"]) for r in leader] == [("100", "MEX")]
    court = rows_of(
        "The International Court of Justice on Saturday ordered Israel to halt the offensive.", "en"
    )
    assert [r["cameo_code"] for r in coded(court, "1")] == ["172"]
    leader_id = rows_of(
        "Presiden Prabowo pada Sabtu (22/11) memerintahkan Malaysia menghentikan pengiriman itu."
    )
    assert [(r["cameo_code"], r["actor2_country"]) for r in coded(leader_id, "1")] == [("100", "MYS")]


def test_a_disaster_emergency_is_declared_to_ones_own_country() -> None:
    rows = rows_of(
        "Banjir melanda Kabupaten Garut, Jawa Barat. Bupati Garut Abdusy Syakur Amin menetapkan status "
        "tanggap darurat bencana selama 14 hari sejak Sabtu (22/11)."
    )
    (declared,) = coded(rows, "01")
    assert declared["actor1_name"].endswith("Abdusy Syakur Amin") and declared["actor2_country"] == "IDN"
    mourning = rows_of(
        "Floods swept through the Eastern Cape this week. President Cyril Ramaphosa on Saturday declared "
        "three days of national mourning.",
        "en",
        "PRETORIA",
    )
    (declared,) = coded(mourning, "01")
    assert (declared["actor1_country"], declared["actor2_country"]) == ("ZAF", "ZAF")


def test_revoking_a_mining_permit_is_an_administrative_sanction() -> None:
    rows = rows_of(
        "Pemerintah pada Sabtu (22/11) mencabut izin usaha tiga perusahaan tambang di Kabupaten "
        "Halmahera Timur."
    )
    assert [(r["cameo_code"], r["actor2_country"]) for r in rows] == [("172", "IDN")]
    bank = rows_of("OJK pada Sabtu (22/11) mencabut izin usaha PT BPR Sejahtera di Kota Bandung.")
    assert bank == []  # a bank's licence, as a round 13 lookalike keeps it out in English


def test_compensation_and_a_team_sent_to_help_are_aid() -> None:
    rows = rows_of(
        "Pemerintah Jepang pada Sabtu (22/11) memberikan santunan kepada keluarga korban di Indonesia."
    )
    (aid,) = coded(rows, "07")
    assert aid["actor1_country"] == "JPN"
    team = rows_of("France on Saturday sent a team to Nepal to assist the rescue effort.", "en")
    (aid,) = coded(team, "07")
    assert (aid["actor1_country"], aid["actor2_country"]) == ("FRA", "NPL")


def test_speaking_to_someone_by_phone_and_accompanying_them() -> None:
    call = rows_of("Prime Minister Lawrence Wong spoke to Mr Prabowo by phone on Saturday.", "en")
    assert [(r["cameo_code"][:2], r["actor2_country"]) for r in call] == [("04", "IDN")]
    trip = rows_of("Presiden Xi Jinping menemani Presiden Lula ke kota Xi'an pada Sabtu (22/11).")
    (visit,) = coded(trip, "04")
    assert (visit["actor1_country"], visit["actor2_country"]) == ("CHN", "BRA")


def test_a_regional_governments_aid_goes_to_its_own_country() -> None:
    rows = rows_of(
        "Longsor melanda Kabupaten Sigi, Sulawesi Tengah. Pemprov Sulteng menyalurkan bantuan beras ke "
        "desa-desa terdampak pada Sabtu (22/11)."
    )
    (aid,) = coded(rows, "07")
    assert (aid["actor1_name"], aid["actor2_country"]) == ("Pemprov Sulteng", "IDN")
