"""Round 45: a country named with a currency word names the currency; aid naming no recipient goes to the
country the story is about; relief supplies named by what they are are aid; a clause told in the past after
`would` dates the past; `in contact with` is a consultation; not ruling out that a side was behind an act
points at it, and a denial of `the suggestion` answers the one who made it; a jury convicts; `June that year`
lies in the year told before; an Indonesian appositive with a date before the verb is skipped; a search for
victims is a rescue."""

from __future__ import annotations

from datetime import date

import event_rows

from kabar.dates.tagger import tag

PUBLISHED = "2025-11-23"  # a Sunday


def rows_of(body: str, lang: str = "id", dateline: str | None = None) -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, dateline)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_currency_names_no_country() -> None:
    rows = rows_of(
        "Korea Selatan menjanjikan bantuan kemanusiaan senilai 300 ribu dolar AS kepada Myanmar pada Sabtu "
        "(22/11/2025)."
    )
    (aid,) = coded(rows, "07")
    assert (aid["actor1_country"], aid["actor2_country"]) == ("KOR", "MMR")
    assert all("USA" not in (r["actor1_country"], r["actor2_country"]) for r in rows)


def test_aid_naming_no_recipient_goes_to_the_storys_country() -> None:
    rows = rows_of(
        "A strong earthquake struck central Myanmar on Friday, killing 40 people in Mandalay. On "
        "Saturday, Norway sent tents, blankets and water purifiers through its aid agency, its embassy in "
        "Yangon said.",
        "en",
        dateline="YANGON",
    )
    (aid,) = coded(rows, "07")
    assert (aid["actor1_country"], aid["actor2_country"]) == ("NOR", "MMR")


def test_aid_to_a_named_or_described_recipient_is_not_guessed() -> None:
    rows = rows_of(
        "Norway sent tents and blankets to Nepal on Saturday, the foreign ministry said.", "en", "YANGON"
    )
    (aid,) = coded(rows, "07")
    assert aid["actor2_country"] == "NPL"
    unnamed = rows_of(
        "Floods hit Myanmar's Sagaing region this week. Norway sent food aid to the flood-hit country on "
        "Saturday, its embassy in Yangon said.",
        "en",
        "YANGON",
    )
    assert not coded(unnamed, "07")  # a recipient named by a common noun is not guessed


def test_a_past_clause_after_would_dates_the_past() -> None:
    rows = rows_of(
        "Georgia said on Wednesday it would host new talks, after Armenia and Azerbaijan signed a peace "
        "declaration in August.",
        "en",
    )
    (signed,) = coded(rows, "057")
    assert signed["date_start"] == date(2025, 8, 1) and signed["modality"] == "asserted"


def test_in_contact_with_is_a_consultation() -> None:
    rows = rows_of(
        "The Kremlin said on Friday that Moscow was in close contact with Baku over the dispute.", "en"
    )
    (talks,) = coded(rows, "04")
    assert {talks["actor1_country"], talks["actor2_country"]} == {"RUS", "AZE"}


def test_not_ruling_out_a_side_points_at_it_and_its_denial_answers() -> None:
    en = rows_of(
        "Norwegian Prime Minister Eva Lund said on Tuesday she could not rule out that Russia was behind the "
        "drone flights. Russia's foreign ministry rejected the suggestion late on Wednesday.",
        "en",
    )
    id_ = rows_of(
        "Perdana Menteri Norwegia Eva Lund pada Selasa (18/11/2025) menyebut penerbangan drone itu serius. "
        "Ia tidak menutup kemungkinan Rusia berada di balik penerbangan itu. Kremlin langsung membantah "
        "tudingan tersebut pada Rabu (19/11/2025)."
    )
    for rows, answer in ((en, "12"), (id_, "016")):
        (pointed,) = coded(rows, "11")
        assert (pointed["actor1_country"], pointed["actor2_country"]) == ("NOR", "RUS")
        (denied,) = coded(rows, answer)
        assert (denied["actor1_country"], denied["actor2_country"]) == ("RUS", "NOR")


def test_a_jury_convicts_and_that_year_dates_the_sentence() -> None:
    rows = rows_of(
        "A jury in Miami convicted former Honduran President Ramon Ortiz in March 2024, and a judge "
        "sentenced him to 30 years in prison in June that year.",
        "en",
    )
    verdicts = sorted(coded(rows, "172"), key=lambda r: r["date_start"])
    assert [(r["actor1_name"], r["actor2_name"], r["date_start"]) for r in verdicts] == [
        ("jury", "Ramon Ortiz", date(2024, 3, 1)),
        ("a judge", "Ramon Ortiz", date(2024, 6, 1)),
    ]


def test_that_year_places_a_month_in_the_year_told_before() -> None:
    en = tag("He was convicted in March 2024 and sentenced in June that year.", date(2025, 12, 2), "en")
    id_ = tag("Ia divonis pada Maret 2024 dan dihukum pada Juni tahun itu.", date(2025, 12, 2), "id")
    plain = tag("He said in June that the year had been hard.", date(2025, 12, 2), "en")
    assert [e.start for e in en] == [e.start for e in id_] == [date(2024, 3, 1), date(2024, 6, 1)]
    assert [e.start for e in plain] == [date(2025, 6, 1)]


def test_an_appositive_with_a_date_before_the_verb_is_skipped() -> None:
    rows = rows_of(
        "Qatar, mitra dekat pemerintah Mesir, pada Sabtu (22/11/2025) mendesak Israel menghentikan serangan."
    )
    (urged,) = coded(rows, "10")
    assert (urged["actor1_country"], urged["actor2_country"]) == ("QAT", "ISR")


def test_a_search_for_victims_and_aid_handed_to_evacuees_are_aid() -> None:
    rows = rows_of(
        "Tim SAR gabungan melanjutkan pencarian korban banjir bandang di Kabupaten Agam, Sabtu (22/11/2025). "
        "Gubernur Sumatera Barat Rudi Hartono menyerahkan bantuan kepada para pengungsi pada hari yang sama."
    )
    pairs = {(r["actor1_name"], r["actor2_name"]) for r in coded(rows, "07")}
    assert {("Tim SAR gabungan", "korban"), ("Rudi Hartono", "pengungsi")} <= pairs
    (evacuated,) = coded(
        rows_of("Basarnas mengevakuasi 120 pendaki dari jalur pendakian pada Sabtu (22/11)."), "07"
    )
    assert evacuated["actor2_name"] == "pendaki"


def test_a_pardon_granted_in_quotes_is_a_release() -> None:
    rows = rows_of(
        'Honduran President Mara Quist announced on Friday that she would grant a "full and complete pardon" '
        "to former President Tomas Rell.",
        "en",
    )
    (pardon,) = coded(rows, "0841")
    assert pardon["actor2_name"].endswith("Tomas Rell")
