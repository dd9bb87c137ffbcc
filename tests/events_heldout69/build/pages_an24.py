"""Gold for the Angara Airlines An-24 crash near Tynda, Amur region, on 24 Jul 2025 (DW, SINDOnews)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AMUR, ANGARA, ORLOV, PUTIN, ROSAVIATSIA, RUSSIA, RUSSIA_INVESTIGATORS, UKRAINE, VICTIMS_FAMILIES, WEST
from common import STMT, ev, page

JUL24 = ("2025-07-24", "2025-07-24")
JUL24_25 = ("2025-07-24", "2025-07-25")
TYNDA = ["Tynda", "Amur", "RUS"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "investigators_open_criminal_case_2025_07_24",
            True,
            ["09", "11", "12", "17"],
            [RUSSIA_INVESTIGATORS, ANGARA],
            *JUL24_25,
            "asserted",
            "Russia's Investigative Committee said" if en else "Komite Investigasi Rusia telah membuka",
            "no date in the sentence: the crash day or the next",
            TYNDA,
        ),
        ev(
            "orlov_declares_mourning_2025_07_24",
            True,
            STMT,
            [ORLOV, AMUR],
            *JUL24_25,
            "asserted",
            "Amur Governor Vasily Orlov said" if en else "Gubernur Amur Vasily Orlov mengatakan",
            "no date in the sentence: the crash day or the next",
            ["Amur", "RUS"],
        ),
        ev(
            "putin_condolences_2025_07_24",
            True,
            ["01", "02", "05"],
            [PUTIN, VICTIMS_FAMILIES],
            *JUL24_25,
            "asserted",
            "Kremlin spokesman Dmitry Peskov said" if en else "Juru bicara Kremlin Dmitry Peskov menyatakan",
            "no date in the sentence",
        ),
        ev(
            "helicopter_finds_wreckage_2025_07_24",
            False,
            ["07"],
            [ROSAVIATSIA, ANGARA],
            *JUL24,
            "asserted",
            "A Mi-8 helicopter of the federal aviation agency" if en else "Sebuah helikopter Mi-8 milik",
            "search: no two-actor act",
            TYNDA,
        ),
        ev(
            "angara_says_checks_passed",
            False,
            STMT,
            [ANGARA],
            None,
            None,
            "asserted",
            "The An-24 involved in the crash" if en else "Pesawat tersebut dibuat hampir 50 tahun lalu.",
        ),
    ]


page(
    "en_02_dw_russian_an24_crashes_near_tynda_killing_48.txt",
    {
        "site": "dw.com",
        "title": "Russia: Passenger plane with 48 on board crashes in Amur region",
        "subtitle": "Investigators have opened a criminal case after an Angara Airlines An-24 went down near the town of Tynda in Russia's Far East. Rescuers found no survivors.",
        "authors": [],
        "section": "Europe",
        "published_at": {"accept_dates": ["2025-07-24"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP", "Reuters", "Interfax"],
        "captions_required": [
            "The wreckage of the An-24 was spotted from the air on a forested hillside about 16 kilometers from Tynda. Image: Russian Emergencies Ministry/AP/picture alliance"
        ],
        "related_titles": [
            "Russia: Several airports shut as Ukrainian drones target Moscow",
            "Kazakhstan: Azerbaijan Airlines crash report points to external damage",
        ],
    },
    first="A Russian passenger plane carrying 48 people",
    last="Russia's air fleet has been hit",
    events=[
        *shared("en"),
        ev(
            "west_sanctions_russia_2022",
            False,
            ["16"],
            [WEST, RUSSIA],
            "2022-01-01",
            "2022-12-31",
            "asserted",
            "Russia's air fleet has been hit",
            "background: sanctions after the 2022 invasion",
        ),
        ev(
            "russia_invades_ukraine_2022",
            False,
            ["19", "20"],
            [RUSSIA, UKRAINE],
            "2022-02-24",
            "2022-02-24",
            "asserted",
            "Russia's air fleet has been hit",
            "background clause",
        ),
    ],
)

page(
    "id_02_sindonews_pesawat_an24_angara_airlines_jatuh_di_amur_48_tewas.txt",
    {
        "site": "sindonews.com",
        "title": "Pesawat An-24 Angara Airlines Jatuh di Amur Rusia, 48 Orang Tewas",
        "subtitle": None,
        "authors": ["Danandaya Arya Putra"],
        "section": "International",
        "published_at": {"accept": ["2025-07-25T08:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Moskow",
        "cited_sources": [],
        "captions_required": [
            "Pesawat Antonov An-24 milik Angara Airlines jatuh di wilayah Amur, Rusia. FOTO/Kementerian Situasi Darurat Rusia"
        ],
        "related_titles": [
            "Pesawat Penumpang Rusia Hilang Kontak di Timur Jauh",
            "Rusia Larang Penerbangan Sipil di Sejumlah Bandara Selatan",
        ],
    },
    first="MOSKOW - Sebuah pesawat penumpang",
    last="Pesawat tersebut dibuat hampir 50 tahun lalu.",
    skip=("Baca Juga:",),
    strip_prefix="MOSKOW -",
    events=[*shared("id")],
)
