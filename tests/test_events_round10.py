"""Round-10 breadth of the trigger lexicons, on sentences written for these tests: joining and leaving
bodies of states, legal process, taking ground, sieges and ambushes, hosted visits and summits, riots and
strikes; plus lookalikes that must not code (careers, storms, requested acts) and rows that never matched."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import Mention, code_text, consolidate
from kabar.events.data import csv_rows
from kabar.events.triggers import find_triggers

ANCHOR = date(2025, 6, 15)  # a Sunday


def coded(text: str, lang: str) -> list[Mention]:
    return consolidate(code_text(text, lang, ANCHOR, None, False))


def codes(text: str, lang: str) -> list[str]:
    return [m.cameo for m in coded(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("id", "Indonesia resmi bergabung dengan BRICS sebagai anggota penuh pada Senin.", "050"),
        ("id", "Timor Leste resmi menjadi anggota ASEAN pada Minggu.", "050"),
        ("id", "Amerika Serikat akan keluar dari Organisasi Kesehatan Dunia.", "161"),
        ("id", "Presiden Korea Selatan menyatakan darurat militer pada Selasa malam.", "1724"),
        ("id", "KPK melakukan operasi tangkap tangan terhadap Gubernur Riau pada Senin.", "173"),
        ("id", "Bupati itu terjaring operasi tangkap tangan KPK di Kolaka pada Kamis.", "173"),
        ("id", "Pemberontak M23 menguasai kota Goma pada Senin.", "190"),
        ("id", "Pasukan Israel mengepung Rumah Sakit Kamal Adwan di Gaza utara.", "191"),
        ("id", "KKB menyergap patroli prajurit TNI di Intan Jaya pada Minggu.", "190"),
        ("id", "Menlu Sugiono diterima oleh Presiden Rusia Vladimir Putin di Kremlin.", "043"),
        ("id", "Dewan Keamanan PBB menggelar rapat darurat mengenai serangan Israel ke Iran.", "040"),
        ("id", "Israel dijadwalkan menormalisasi hubungan dengan Arab Saudi.", "050"),
        ("id", "Massa membakar gedung DPRD Makassar pada Jumat malam.", "145"),
        ("id", "Buruh Samsung melakukan pemogokan pada Senin.", "143"),
        ("id", "Kejaksaan Agung menetapkan dua tersangka baru dalam kasus korupsi minyak mentah.", "173"),
        ("id", "Mahasiswa menggelar demo di depan Gedung DPR pada Senin.", "140"),
        ("id", "Jepang menyerahkan dua kapal patroli kepada Filipina pada Selasa.", "070"),
        ("id", "Polisi menewaskan dua demonstran di Nairobi pada Selasa.", "190"),
        ("id", "Aparat keamanan menindak keras demonstran di Teheran.", "175"),
        ("en", "Indonesia is set to join BRICS as a full member next month.", "050"),
        ("en", "Finland was admitted to NATO in April 2023.", "050"),
        ("en", "Mali and Niger announced their withdrawal from the International Criminal Court.", "161"),
        ("en", "President Yoon declared martial law late on Tuesday.", "1724"),
        ("en", "Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday.", "0831"),
        ("en", "South Korea's National Assembly impeached President Yoon Suk Yeol on Saturday.", "172"),
        ("en", "President Prabowo sacked Finance Minister Sri Mulyani Indrawati on Monday.", "172"),
        ("en", "Prosecutors charged former President Jair Bolsonaro with plotting a coup.", "112"),
        ("en", "Israel captured the town of Khiam after heavy fighting.", "190"),
        ("en", "Israeli troops had besieged the Kamal Adwan hospital for weeks.", "191"),
        ("en", "Militants ambushed a police convoy in Dera Ismail Khan on Monday.", "190"),
        ("en", "Hamas took 250 hostages on October 7.", "181"),
        ("en", "Trump phoned Russian President Vladimir Putin on Tuesday.", "040"),
        ("en", "Protesters set fire to the parliament building in Kathmandu on Tuesday.", "145"),
        ("en", "Thousands of nurses went on strike across England on Tuesday.", "143"),
        ("en", "Indonesian police named five suspects in the riot case on Monday.", "173"),
        ("en", "Trump said he would impose 50% tariffs on Brazil.", "163"),
        ("en", "Japan will provide patrol boats to the Philippines.", "070"),
        ("en", "Egypt and Qatar brokered a prisoner exchange between Israel and Hamas.", "045"),
        ("en", "Security forces cracked down on protesters in Tehran.", "175"),
        ("en", "Students occupied the campus of Columbia University.", "140"),
    ],
)  # fmt: skip
def test_new_phrasings_code(lang: str, text: str, code: str) -> None:
    assert code in codes(text, lang), coded(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a career, a background membership, a proposal accepted, an act only asked for, a storm, a club
        ("id", "Ia pernah menjadi anggota DPR dari Partai Golkar.", "050"),
        ("id", "Indonesia telah menjadi anggota G20 sejak 1999.", "050"),
        ("id", "Pemain asal Brasil itu bergabung dengan Persib Bandung.", "050"),
        ("id", "Hun Manet meminta Dewan Keamanan PBB menggelar rapat darurat untuk membahas agresi Thailand.",
         "040"),
        ("id", "Militer Sudan merebut Istana dari RSF yang telah menguasai gedung itu sejak 2023.", "191"),
        ("en", "Britain said it would join the EU in lowering the oil price cap.", "050"),
        ("en", "He joined the company in 2019 after leaving the army.", "050"),
        ("en", "The storm destroyed a bridge in Sumatra.", "190"),
        ("en", "Iran executed the plan without delay.", "172"),
        ("en", "Investigators arrested impeached President Yoon Suk Yeol on Wednesday.", "172"),
        ("en", "The silence of America only encouraged Putin, Zelensky said.", "020"),
    ],
)  # fmt: skip
def test_lookalikes_do_not_code(lang: str, text: str, absent: str) -> None:
    assert absent not in codes(text, lang), coded(text, lang)


def test_taking_ground_in_a_relative_clause_is_background() -> None:
    text = "Militer Sudan merebut kembali Istana Kepresidenan dari RSF yang telah menguasai gedung itu."
    assert [t.text for t in find_triggers(text, "id") if t.rule.cameo == "190"] == ["merebut kembali Istana"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_row_ends_in_a_space_before_its_lookahead(lang: str) -> None:
    """A match that ends in a space never ends on a word boundary, so such a row could never fire."""
    rows = csv_rows(lang, "triggers.csv")
    assert rows and [row["pattern"][:60] for row in rows if " (?=" in row["pattern"]] == []
