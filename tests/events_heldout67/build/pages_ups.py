"""Gold for the UPS Flight 2976 crash in Louisville, 4 Nov 2025, and the FAA's MD-11 grounding of 8 Nov
(The Independent, IDN Times)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BESHEAR, BOEING, FAA, MD11_OPERATORS, NTSB, UPS
from common import RESTRICT, STMT, ev, page

LOUISVILLE = ["Louisville", "Kentucky", "Louisville Muhammad Ali International Airport", "USA"]
US = ["United States", "Amerika Serikat", "USA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "faa_grounds_md11_fleet_2025_11_08",
            True,
            RESTRICT,
            [FAA, MD11_OPERATORS],
            "2025-11-08",
            "2025-11-08",
            "asserted",
            "The FAA issued an emergency airworthiness directive on Saturday" if en else "FAA mengeluarkan arahan kelaikan udara darurat",
            "'on Saturday' in a Sunday 9 Nov article" if en else "'pada Sabtu (8/11/2025)'",
            US,
        ),
        ev(
            "boeing_recommends_md11_suspension_2025_11_07",
            True,
            ["10", "01", "02"],
            [BOEING, MD11_OPERATORS],
            "2025-11-07",
            "2025-11-07",
            "asserted",
            "UPS and FedEx, the two largest operators" if en else "Sehari sebelumnya, UPS dan FedEx",
            "the fleets grounded 'on Friday' after Boeing's advice" if en else "'Sehari sebelumnya' of Sabtu (8/11)",
            US,
        ),
    ]


page(
    "en_02_independent_faa_grounds_md11_jets_after_ups_crash_in_louisville.txt",
    {
        "site": "independent.co.uk",
        "title": "FAA grounds all MD-11 jets after deadly UPS crash in Louisville",
        "subtitle": "The emergency order comes days after a left engine separated from a UPS cargo plane on take-off",
        "authors": ["Rachel Dobkin"],
        "section": "US News",
        "published_at": {"accept": ["2025-11-09T15:20:00+00:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "A UPS MD-11 cargo plane crashed and burst into flames shortly after take-off at Louisville Muhammad Ali International Airport on Tuesday (Getty Images)"
        ],
        "related_titles": ["Louisville plane crash: What we know about UPS Flight 2976"],
    },
    first="The Federal Aviation Administration has ordered",
    last="The NTSB is expected to publish",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "ntsb_says_engine_detached_2025_11_05",
            True,
            STMT,
            [NTSB, UPS],
            "2025-11-05",
            "2025-11-05",
            "asserted",
            "National Transportation Safety Board member Todd Inman",
            "'told reporters on Wednesday' in a Sunday 9 Nov article",
            LOUISVILLE,
        ),
        ev(
            "beshear_declares_emergency_2025_11_04",
            False,
            STMT,
            [BESHEAR],
            "2025-11-04",
            "2025-11-04",
            "asserted",
            "Kentucky Governor Andy Beshear declared",
            "'on Tuesday night'; a declaration with no second actor",
        ),
        ev(
            "ups_cooperates_with_investigators",
            False,
            ["03", "04", "06"],
            [UPS, NTSB],
            None,
            None,
            "asserted",
            "UPS said it was cooperating fully",
            "undated statement",
        ),
        ev(
            "ntsb_preliminary_report",
            False,
            STMT,
            [NTSB],
            None,
            None,
            "planned",
            "The NTSB is expected to publish",
            "'within 30 days': planned, no date",
        ),
    ],
)

page(
    "id_02_idntimes_faa_larang_terbang_pesawat_md11_usai_kecelakaan_ups.txt",
    {
        "site": "idntimes.com",
        "title": "FAA Larang Terbang Semua Pesawat MD-11 Usai Kecelakaan UPS di Louisville",
        "subtitle": "Kecelakaan kargo UPS tewaskan 14 orang",
        "authors": ["Sonya Michaela"],
        "editors": ["Fatimah"],
        "section": "World",
        "published_at": {"accept": ["2025-11-09T18:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [],
        "related_titles": [
            "5 Fakta Kecelakaan Pesawat Kargo UPS di Kentucky",
            "Boeing Minta Operator Hentikan Penerbangan MD-11",
        ],
    },
    first="Jakarta, IDN Times -",
    last="NTSB dijadwalkan merilis laporan awal",
    skip=("Baca Juga:",),
    strip_prefix="Jakarta, IDN Times -",
    events=[
        *shared("id"),
        ev(
            "ntsb_says_engine_detached",
            False,
            STMT,
            [NTSB, UPS],
            None,
            None,
            "asserted",
            "Anggota Dewan Keselamatan Transportasi Nasional (NTSB) Todd Inman",
            "no date of its own",
            LOUISVILLE,
        ),
        ev(
            "beshear_declares_emergency_2025_11_04",
            False,
            STMT,
            [BESHEAR],
            "2025-11-04",
            "2025-11-04",
            "asserted",
            "Gubernur Kentucky Andy Beshear telah menetapkan",
            "'pada Selasa malam', the crash day Selasa (4/11/2025)",
        ),
        ev(
            "ntsb_preliminary_report",
            False,
            STMT,
            [NTSB],
            None,
            None,
            "planned",
            "NTSB dijadwalkan merilis laporan awal",
            "'dalam 30 hari': planned, no date",
        ),
    ],
)
