"""Round 50: tours of a place's districts; aid dropped to cut-off villages; calls the same day; bans on a
group's activities; exports barred; killings admitted in court; bodies ordered dissolved; words called
something in quotes; justices; searches for missing fishermen; people summoned for questioning; traders
detained; death sentences demanded of a defendant; arrests told by the police in the first person; talks by
rounds; state dinners and forums attended; bodies named by a syllable abbreviation; roads blocked by
landslides; allegations answered by the side an arrest accused."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-11-23"  # a Sunday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, None)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_tour_of_a_citys_districts_is_a_visit() -> None:
    rows = rows_of(
        "Thai Deputy Prime Minister Somchai Wongsa, who toured flooded districts of Nakhon Si Thammarat on "
        "Friday, told officials to open more shelters.",
        "en",
    )
    (visit,) = coded(rows, "04")
    assert visit["actor1_name"] == "Somchai Wongsa" and visit["actor2_country"] == "THA"


def test_aid_dropped_to_cut_off_villages() -> None:
    rows = rows_of(
        "Floods cut off dozens of villages in Papua this week. Indonesian Air Force helicopters dropped "
        "instant noodles, rice and drinking water to isolated villages in Nabire on Friday.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert aid["actor1_country"] == "IDN" and aid["actor2_country"] == "IDN"


def test_a_call_the_same_day() -> None:
    rows = rows_of(
        "Kenyan President William Ruto called Tanzanian President Samia Suluhu Hassan on Friday, and Ugandan "
        "President Yoweri Museveni also phoned Hassan the same day.",
        "en",
    )
    callers = {r["actor1_name"] for r in coded(rows, "04")}
    assert "Yoweri Museveni" in callers


def test_a_ban_on_a_groups_activities() -> None:
    rows = rows_of("Austria banned Hezbollah activities in March 2024, its interior ministry said.", "en")
    (ban,) = coded(rows, "17")
    assert ban["actor1_country"] == "AUT" and ban["actor2_name"] == "Hizbullah"


def test_exports_barred_from_a_country() -> None:
    rows = rows_of("China hit back on Friday by barring exports to Japan of rare earth magnets.", "en")
    (ban,) = coded(rows, "16")
    assert (ban["actor1_country"], ban["actor2_country"]) == ("CHN", "JPN")


def test_a_killing_admitted_in_court() -> None:
    rows = rows_of(
        "Tomas Reyes, 38, admitted to killing President Luis Arana at the opening hearing on Tuesday.", "en"
    )
    (admission,) = coded(rows, "01")
    assert admission["cameo_code"] == "015" and admission["actor2_name"] == "Luis Arana"


def test_a_body_ordered_dissolved() -> None:
    rows = rows_of("Judge Maria Santos ordered the dissolution of the Workers' Party on Friday.", "en")
    (order,) = coded(rows, "17")
    assert order["actor1_name"] == "Maria Santos" and order["actor2_name"] == "Workers' Party"


def test_remarks_called_something_in_quotes() -> None:
    rows = rows_of(
        'Iranian Foreign Minister Abbas Araghchi on Friday called Donald Trump\'s remarks "reckless".', "en"
    )
    (statement,) = coded(rows, "01")
    assert statement["actor2_name"] == "Donald Trump"


def test_a_government_called_something_in_indonesian() -> None:
    rows = rows_of(
        'Presiden Rusia Vladimir Putin pada Jumat (21/11/2025) menyebut pemerintah Ukraina sebagai "rezim '
        'ilegal".'
    )
    (statement,) = coded(rows, "01")
    assert statement["actor1_name"] == "Vladimir Putin" and statement["actor2_country"] == "UKR"


def test_a_justice_orders_a_former_president() -> None:
    rows = rows_of(
        "On Friday, Justice Carlos de Almeida ordered Marcos Pereira to wear an electronic ankle monitor.",
        "en",
    )
    acts = [r for r in rows if r["actor2_name"] == "Marcos Pereira"]
    assert acts and acts[0]["actor1_name"] == "Carlos de Almeida"


def test_the_justice_department_is_a_body() -> None:
    rows = rows_of("The US Justice Department charged two men with fraud on Friday.", "en")
    assert all(r["actor1_name"] != "Department" for r in rows)


def test_a_search_for_missing_fishermen() -> None:
    rows = rows_of(
        "Tim SAR gabungan memasuki hari kedua pencarian tiga nelayan asal Kabupaten Kepulauan Selayar yang "
        "hilang saat melaut, Sabtu (22/11/2025)."
    )
    (search,) = coded(rows, "07")
    assert search["actor1_name"] == "Tim SAR gabungan"


def test_a_summons_with_the_week_between() -> None:
    rows = rows_of(
        "Kapolres Bantul AKBP Dedi Kurnia mengatakan penyidik akan memanggil pemilik gudang berinisial TR "
        "pekan depan untuk dimintai keterangan."
    )
    (summons,) = coded(rows, "09")
    assert summons["actor1_name"] == "penyidik"


def test_traders_detained() -> None:
    rows = rows_of(
        "Polisi kemudian mengamankan tiga pedagang yang diduga memicu kericuhan di Pasar Inpres pada Jumat "
        "(21/11/2025)."
    )
    (arrest,) = coded(rows, "17")
    assert arrest["actor2_name"] == "pedagang"


def test_a_death_sentence_demanded_of_the_defendant() -> None:
    rows = rows_of(
        "Jaksa penuntut umum Kejari Bantul pada Senin (17/11/2025) menuntut terdakwa dengan hukuman mati."
    )
    (demand,) = coded(rows, "11")
    assert demand["cameo_code"] == "115" and demand["actor2_name"] == "terdakwa"


def test_an_arrest_told_in_the_first_person() -> None:
    rows = rows_of(
        '"Pelaku kami tangkap di rumahnya pada Rabu (19/11/2025) malam," ujar Kapolres Bantul AKBP Dedi '
        "Kurnia."
    )
    (arrest,) = coded(rows, "17")
    assert arrest["cameo_code"] == "173" and arrest["actor2_name"] == "Pelaku"


def test_a_second_round_of_talks() -> None:
    rows = rows_of(
        "Delegasi Armenia dan Azerbaijan dijadwalkan menggelar putaran kedua perundingan damai di Abu Dhabi "
        "pada Senin (24/11/2025)."
    )
    (talks,) = coded(rows, "04")
    assert {talks["actor1_country"], talks["actor2_country"]} == {"ARM", "AZE"}
    assert talks["modality"] == "planned"


def test_a_state_dinner_attended() -> None:
    rows = rows_of(
        "Presiden Prabowo Subianto dijadwalkan menghadiri jamuan makan malam kenegaraan yang digelar Raja "
        "Charles III pada Rabu (26/11/2025) malam."
    )
    (visit,) = coded(rows, "04")
    assert visit["actor1_name"] == "Prabowo Subianto" and visit["actor2_country"] == "GBR"


def test_a_forum_named_by_two_countries() -> None:
    rows = rows_of(
        "Indonesian President Prabowo Subianto is scheduled to attend a U.S.-Indonesia business forum on "
        "Wednesday.",
        "en",
    )
    (visit,) = coded(rows, "04")
    assert visit["actor2_country"] == "USA"


def test_a_body_named_by_a_syllable_abbreviation() -> None:
    rows = rows_of(
        "Lembaga Bantuan Pesisir (Lebap) pada Senin (17/11/2025) mengecam penangkapan itu dan menuding "
        "polisi melindungi kepentingan perusahaan."
    )
    (accusation,) = coded(rows, "11")
    assert accusation["actor1_name"] == "Lembaga Bantuan Pesisir" and accusation["actor2_name"] == "polisi"


def test_a_road_blocked_by_landslides_is_no_protest() -> None:
    rows = rows_of(
        "Relief reached the valley only on Friday after landslides blocked the only road into the district.",
        "en",
    )
    assert not coded(rows, "14")


def test_allegations_answered_by_the_accused_side() -> None:
    rows = rows_of(
        "French police arrested two Hezbollah suspects in Marseille on Wednesday. Hezbollah rejected the "
        "allegations on Thursday.",
        "en",
    )
    rejections = [r for r in coded(rows, "12") if r["actor1_country"] == "LBN"]
    assert rejections and rejections[0]["actor2_country"] == "FRA"
