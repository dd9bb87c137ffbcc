"""Gold for the Jeju Air crash at Muan, 29 Dec 2024, and the police raids of 2 Jan 2025 (Straits Times, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CHOI,
    JEJU_AIR,
    KIM_EBAE,
    KOREA_INVESTIGATORS,
    KOREA_POLICE,
    KOREA_TRANSPORT,
    KOREAN_AIRLINES,
    SOUTH_KOREA,
    US_INVESTIGATORS,
    VICTIMS_FAMILIES_KOR,
)
from common import ARREST, STMT, ev, page

RAID_ROOTS = ["17", "16", "09"]
MUAN = ["Muan", "Muan International Airport", "Bandara Internasional Muan", "Seoul", "KOR"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "police_raid_jeju_air_2025_01_02",
            True,
            RAID_ROOTS,
            [KOREA_POLICE, JEJU_AIR],
            "2025-01-02",
            "2025-01-02",
            "asserted",
            "South Korean police on Jan 2 raided" if en else "Kepolisian Korea Selatan menggeledah kantor maskapai",
            "'on Jan 2'" if en else "'pada Kamis (2/1/2025)'",
            ["Seoul", "Muan", "Muan International Airport", "Bandara Internasional Muan", "KOR"],
        ),
        ev(
            "travel_ban_on_jeju_air_ceo",
            True,
            ["16", "17"],
            [KOREA_POLICE, KIM_EBAE],
            "2024-12-29",
            "2025-01-02",
            "asserted",
            "Police also imposed a travel ban" if en else "Polisi juga mencekal Direktur Utama",
            "no own date: between the crash and the 2 Jan report",
        ),
        ev(
            "ministry_orders_737_inspections_2024_12_30",
            True,
            ["10", "16", "17", "01", "02"],
            [KOREA_TRANSPORT, KOREAN_AIRLINES],
            "2024-12-30",
            "2024-12-30",
            "asserted",
            "The transport ministry on Dec 30 ordered" if en else "Sehari setelah kecelakaan, Kementerian Perhubungan",
            "'on Dec 30'" if en else "'Sehari setelah kecelakaan' of Ahad (29/12/2024)",
        ),
        ev(
            "us_investigators_join_probe_2024_12_30",
            True,
            ["04", "03", "06"],
            [US_INVESTIGATORS, SOUTH_KOREA],
            "2024-12-30",
            "2024-12-30",
            "asserted",
            "A team from the US National Transportation Safety Board" if en else "Tim dari Dewan Keselamatan Transportasi Nasional",
            "'arrived ... on Dec 30'" if en else "'pada Senin (30/12/2024)'",
            ["South Korea", "Korea Selatan", "KOR"],
        ),
    ]


page(
    "en_01_straitstimes_police_raid_jeju_air_and_muan_airport_over_crash.txt",
    {
        "site": "straitstimes.com",
        "title": "South Korean police raid Jeju Air, Muan airport in probe into deadly crash",
        "subtitle": "Airline chief Kim E-bae barred from leaving the country as investigators widen inquiry",
        "authors": [],
        "section": "East Asia",
        "published_at": {"accept": ["2025-01-02T16:52:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-01-02T19:15:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Seoul",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "Police officers carry boxes of seized documents out of Jeju Air's office in Seoul on Jan 2. PHOTO: REUTERS"
        ],
        "related_titles": ["Jeju Air crash: What we know about the deadliest air disaster on South Korean soil"],
    },
    first="SEOUL – South Korean police",
    last="Hundreds of relatives have remained",
    skip=("READ MORE:",),
    strip_prefix="SEOUL –",
    events=[
        *shared("en"),
        ev(
            "choi_declares_national_mourning_2024_12_29",
            True,
            STMT,
            [CHOI, SOUTH_KOREA],
            "2024-12-29",
            "2024-12-29",
            "asserted",
            "The transport ministry on Dec 30 ordered",
            "'a day after' the Dec 30 order",
        ),
        ev(
            "kim_apologises_to_families_2024_12_29",
            True,
            ["05", "01", "02"],
            [KIM_EBAE, VICTIMS_FAMILIES_KOR],
            "2024-12-29",
            "2024-12-29",
            "asserted",
            "Mr Kim, who apologised to the victims' families",
            "'on the day of the crash', Dec 29",
        ),
        ev(
            "flight_recorder_to_be_sent_to_us",
            False,
            ["04", "06"],
            [KOREA_INVESTIGATORS, US_INVESTIGATORS],
            None,
            None,
            "planned",
            "Officials said the plane's flight data recorder",
            "'would be sent': planned, undated",
        ),
        ev(
            "police_seize_documents",
            False,
            ARREST,
            [KOREA_POLICE, JEJU_AIR],
            "2025-01-02",
            "2025-01-02",
            "asserted",
            "Investigators seized documents and data",
            "part of the 2 Jan raid",
        ),
    ],
)

page(
    "id_01_republika_polisi_korsel_geledah_kantor_jeju_air_dan_bandara_muan.txt",
    {
        "site": "republika.co.id",
        "title": "Polisi Korsel Geledah Kantor Jeju Air dan Bandara Muan, CEO Dicekal",
        "subtitle": None,
        "authors": [],
        "editors": ["Nidia Zuraya"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-01-02T19:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Seoul",
        "cited_sources": ["Reuters", "Antara", "Yonhap"],
        "captions_required": [
            "Petugas membawa dokumen sitaan dari kantor Jeju Air di Seoul, Korea Selatan, Kamis (2/1/2025). Foto: EPA-EFE/YONHAP"
        ],
        "related_titles": [
            "Dua Pramugari Jadi Satu-satunya Korban Selamat Kecelakaan Jeju Air",
            "Korsel Tetapkan Tujuh Hari Berkabung Nasional",
            "Kotak Hitam Jeju Air Akan Dikirim ke AS untuk Dianalisis",
        ],
    },
    first="REPUBLIKA.CO.ID, SEOUL --",
    last="Kim E-bae sebelumnya telah meminta maaf",
    skip=("Baca Juga:",),
    strip_prefix="REPUBLIKA.CO.ID, SEOUL --",
    events=[
        *shared("id"),
        ev(
            "choi_declares_national_mourning",
            False,
            STMT,
            [CHOI, SOUTH_KOREA],
            None,
            None,
            "asserted",
            "Penjabat Presiden Choi Sang-mok telah menetapkan",
            "'telah menetapkan' with no date of its own",
        ),
        ev(
            "kim_apologises_to_families",
            False,
            ["05", "01", "02"],
            [KIM_EBAE, VICTIMS_FAMILIES_KOR],
            None,
            None,
            "asserted",
            "Kim E-bae sebelumnya telah meminta maaf",
            "'sebelumnya': undated",
        ),
    ],
)
