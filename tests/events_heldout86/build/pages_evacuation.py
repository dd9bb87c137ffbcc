"""Gold for the evacuation of 97 people, mostly Indonesian students, from Iran: the embassy in Tehran sends
them overland to Astara on Friday 20 Jun 2025, they cross into Azerbaijan on the 21st and land in Jakarta on
Tuesday 24 Jun, welcomed by Deputy Foreign Minister Anis Matta; FM Sugiono thanks Azerbaijan and the ministry
prepares an evacuation from Israel through Jordan (The Jakarta Post, Antara)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    ANIS_MATTA,
    ASTARA,
    AZERBAIJAN,
    EVACUEES,
    INDONESIA,
    IRAN,
    ISRAEL,
    JORDAN,
    JUDHA,
    KBRI_BAKU,
    KBRI_TEHRAN,
    SOETTA,
    SUGIONO,
    TEHRAN,
    US,
    WNI_ISRAEL,
)
from common import DENY, FORCE, ev, page

AID = ["07"]
PRAISE = ["05", "01", "02"]
EN = "en_02_jakartapost_indonesians_evacuated_from_iran_arrive_in_jakarta.txt"
ID = "id_02_antara_wni_yang_dievakuasi_dari_iran_tiba_di_jakarta.txt"


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "embassy_evacuates_citizens_from_tehran_2025_06_20",
            True,
            AID,
            [KBRI_TEHRAN, EVACUEES],
            "2025-06-20",
            "2025-06-20",
            "asserted",
            "The evacuation began last Friday" if en else "Ia menjelaskan, evakuasi dimulai",
            "'last Friday' in a Tuesday 24 Jun report / 'Jumat (20/6)': buses leave Tehran for Astara",
            TEHRAN,
        ),
        ev(
            "evacuees_cross_into_azerbaijan_2025_06_21",
            True,
            AID,
            [KBRI_BAKU, EVACUEES],
            "2025-06-21",
            "2025-06-21",
            "asserted",
            "The evacuees crossed into Azerbaijan on Saturday" if en else "Rombongan kemudian menyeberang",
            "received by the embassy in Baku 'on Saturday' / 'Sabtu (21/6)'",
            ASTARA,
        ),
        ev(
            "anis_matta_welcomes_evacuees_in_jakarta_2025_06_24",
            True,
            AID,
            [ANIS_MATTA, EVACUEES],
            "2025-06-24",
            "2025-06-24",
            "asserted",
            "Deputy Foreign Minister Anis Matta welcomed" if en else "Wakil Menteri Luar Negeri Anis Matta menyambut",
            "the repatriation's end: the group lands 'on Tuesday' / 'Selasa pagi' and the deputy minister receives it",
            SOETTA,
        ),
        ev(
            "sugiono_thanks_azerbaijan_2025_06_24",
            True,
            PRAISE,
            [SUGIONO, AZERBAIJAN],
            "2025-06-24",
            "2025-06-24",
            "asserted",
            "Foreign Minister Sugiono thanked" if en else "Menteri Luar Negeri Sugiono dalam keterangan tertulis",
            "thanks for facilitating the crossing (praise, 051), in a statement on Tuesday",
        ),
        ev(
            "ministry_prepares_evacuation_from_israel_2025_06",
            True,
            AID,
            [JUDHA, WNI_ISRAEL],
            "2025-06-24",
            "2025-07-01",
            "planned",
            "The ministry's director for the protection" if en else "Judha menambahkan, pemerintah juga tengah",
            "'in the coming days' / 'dalam beberapa hari ke depan' from 24 Jun: about a week",
            JORDAN,
        ),
    ]


page(
    EN,
    {
        "site": "thejakartapost.com",
        "title": "Indonesians evacuated from Iran arrive home via Azerbaijan",
        "subtitle": "Deputy foreign minister Anis Matta welcomed the 97 evacuees at Soekarno-Hatta International Airport as the government prepares to bring home citizens from Israel.",
        "authors": ["Yvette Tanamal"],
        "section": "Politics",
        "published_at": {"accept_dates": ["2025-06-24"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Indonesian evacuees from Iran are greeted by officials on arrival at Soekarno-Hatta International Airport in Tangerang, Banten, on June 24, 2025. (Antara/Fauzan)"
        ],
        "related_titles": [
            "Indonesia condemns Israeli strikes on Iran, urges restraint",
            "Indonesia urges restraint after US strikes Iranian nuclear sites",
        ],
    },
    first="Ninety-seven people evacuated from Iran",
    last="The evacuees will undergo health checks",
    skip=("Read also:",),
    events=[
        *shared("en"),
        ev(
            "israel_strikes_iran_2025_06_13",
            False,
            FORCE,
            [ISRAEL, IRAN],
            "2025-06-13",
            "2025-06-13",
            "asserted",
            "Most of the evacuees were students",
            "background: the strikes that prompted the evacuation",
            TEHRAN,
        ),
        ev(
            "indonesia_condemns_strikes_on_iran_2025_06",
            False,
            DENY,
            [INDONESIA, ISRAEL],
            "2025-06-13",
            "2025-06-24",
            "asserted",
            "Indonesia has condemned the Israeli strikes",
            "background condemnation, also criticises the US bombing; no day",
        ),
        ev(
            "us_bombs_iranian_nuclear_sites_2025_06_22",
            False,
            FORCE,
            [US, IRAN],
            "2025-06-22",
            "2025-06-22",
            "asserted",
            "Indonesia has condemned the Israeli strikes",
            "'on Sunday' in a Tuesday report: 22 Jun; background",
        ),
    ],
)

page(
    ID,
    {
        "site": "antaranews.com",
        "title": "97 WNI yang dievakuasi dari Iran tiba di Tanah Air",
        "subtitle": None,
        "authors": ["Fauzan"],
        "editors": ["Primayanti"],
        "section": "Politik",
        "published_at": {"accept": ["2025-06-24T13:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Tangerang",
        "cited_sources": [],
        "captions_required": [
            "Wakil Menteri Luar Negeri Anis Matta (tengah) menyambut kedatangan WNI yang dievakuasi dari Iran di Bandara Internasional Soekarno-Hatta, Tangerang, Banten, Selasa (24/6/2025). ANTARA FOTO/Fauzan"
        ],
        "related_titles": [
            "Indonesia kecam serangan Israel ke Iran, desak semua pihak menahan diri",
            "RI minta AS dan Iran kembali ke jalur diplomasi",
        ],
    },
    first="Tangerang (ANTARA) -",
    last="Setibanya di Jakarta, para WNI",
    skip=("Baca juga:",),
    strip_prefix="Tangerang (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "israel_strikes_iran_2025_06_13",
            False,
            FORCE,
            [ISRAEL, IRAN],
            "2025-06-13",
            "2025-06-13",
            "asserted",
            "Sebagian besar WNI yang dievakuasi adalah mahasiswa",
            "background: 'sejak 13 Juni'",
            TEHRAN,
        ),
    ],
)
