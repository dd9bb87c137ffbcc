"""Round 43: a verb with an object clitic is a trigger (`memvonisnya`: the person the text is about); a kind
noun may stand before the second of two coordinated actors (`X dan kelompok pemberontak Y`); Indonesia's
ministries are bodies wherever named (`Kementerian Perhubungan`)."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-11-23"  # a Sunday


def rows_of(body: str, lang: str = "id") -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_a_verb_with_an_object_clitic_is_a_trigger() -> None:
    body = (
        "Polisi Federal Portugal menangkap mantan Presiden Alvaro Mendes pada Sabtu (22/11). "
        "Mendes telah menjalani tahanan rumah sejak Agustus. "
        "Pada 11 September 2025, panel Mahkamah Agung memvonisnya 27 tahun penjara atas upaya kudeta."
    )
    sentenced = [r for r in coded(rows_of(body), "17") if r["date_start"].isoformat() == "2025-09-11"]
    assert sentenced and sentenced[0]["actor2_name"] == "Alvaro Mendes"


def test_a_kind_noun_before_the_second_coordinated_actor() -> None:
    rows = rows_of(
        "Pemerintah Portugal dan kelompok pemberontak Houthi menandatangani kerangka perjanjian damai "
        "di Doha pada Sabtu (22/11)."
    )
    (signed,) = coded(rows, "05")
    assert {signed["actor1_name"], signed["actor2_name"]} == {"Pemerintah Portugal", "pemberontak Houthi"}


def test_a_ministry_is_a_body() -> None:
    rows = rows_of(
        "Komisi V DPR kemarin mendesak Kementerian Perhubungan melakukan evaluasi total terhadap kelaikan "
        "kapal penyeberangan."
    )
    (urged,) = coded(rows, "10")
    assert urged["actor2_name"] == "Kementerian Perhubungan"
