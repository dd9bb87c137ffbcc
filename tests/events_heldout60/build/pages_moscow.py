"""Gold for Witkoff and Kushner's talks with Putin in the Kremlin, 2 Dec 2025 (The Guardian, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    EUROPE,
    GERASIMOV,
    IRELAND,
    MACRON,
    PUTIN,
    UKRAINE,
    UMEROV,
    US_DELEGATION,
    US_ENVOYS,
    USHAKOV,
    ZELENSKY,
)
from common import MEET, STMT, THREAT, DENY, ev, page

DEC2 = ("2025-12-02", "2025-12-02")
NOV30 = ("2025-11-30", "2025-11-30")
DEC4 = ("2025-12-04", "2025-12-04")
KREMLIN_LOC = ["Kremlin", "Moscow", "Moskow", "RUS"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "putin_meets_witkoff_kushner_2025_12_02",
            True,
            MEET,
            [PUTIN, US_ENVOYS],
            *DEC2,
            "asserted",
            "Vladimir Putin held five hours of talks" if en else "Presiden Rusia Vladimir Putin menerima utusan khusus",
            "'on Tuesday night' in a Wednesday 3 Dec article (talks ran past midnight)"
            if en
            else "'Selasa (2/12/2025) malam'",
            KREMLIN_LOC,
        ),
        ev(
            "ushakov_no_compromise_2025_12_02",
            True,
            STMT,
            [USHAKOV, US_ENVOYS],
            "2025-12-02",
            "2025-12-03",
            "asserted",
            "Yuri Ushakov, Putin's foreign policy adviser" if en else "Ajudan kebijakan luar negeri Kremlin Yuri Ushakov",
            "after the meeting, which ended shortly after midnight: 2-3 Dec",
            KREMLIN_LOC,
        ),
        ev(
            "us_ukraine_talks_florida_2025_11_30",
            True,
            MEET,
            [US_DELEGATION, UMEROV],
            *NOV30,
            "asserted",
            "The envoys had flown to Moscow with a revised version" if en else "Witkoff dan Kushner membawa versi revisi",
            "'on Sunday' before a Tuesday meeting" if en else "'Ahad (30/11/2025)'",
            ["Miami", "Florida", "USA"],
        ),
        ev(
            "putin_warns_europe_2025_12_02",
            True,
            THREAT,
            [PUTIN, EUROPE],
            *DEC2,
            "asserted",
            "Hours before sitting down with the Americans" if en else "Beberapa jam sebelum pertemuan di Kremlin",
            "hours before the Tuesday meeting; accusation of sabotage and 'we are ready' warning",
            ["Moscow", "Moskow", "RUS"],
        ),
        ev(
            "umerov_to_meet_envoys_2025_12_04",
            True,
            MEET,
            [UMEROV, US_ENVOYS],
            *DEC4,
            "planned",
            "Volodymyr Zelenskyy, who was in Dublin on Tuesday" if en else "Umerov dijadwalkan kembali bertemu",
            "'on Thursday' after a Tuesday meeting" if en else "'Kamis (4/12/2025)'",
            ["Miami", "USA"],
        ),
    ]


page(
    "en_01_guardian_witkoff_and_kushner_meet_putin_in_moscow.txt",
    {
        "site": "theguardian.com",
        "title": "No compromise yet on territory after five-hour Putin talks with Witkoff and Kushner, Kremlin says",
        "subtitle": "Kremlin aide says some US proposals are acceptable but others are not, as Putin warns Europe Russia is 'ready' to fight",
        "authors": ["Pjotr Sauer", "Shaun Walker"],
        "section": "Russia-Ukraine war",
        "published_at": {"accept": ["2025-12-03T07:41:00+00:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Vladimir Putin meets Steve Witkoff and Jared Kushner at the Kremlin in Moscow on Tuesday. Photograph: Kristina Kormilitsyna/AP"
        ],
        "related_titles": ["Zelensky says peace plan 'looks better' after Geneva talks but warns hardest issues remain"],
    },
    first="Vladimir Putin held five hours of talks",
    last="Zelenskyy had spent Monday in Paris",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "zelensky_rejects_deal_behind_backs_2025_12_02",
            False,
            STMT,
            [ZELENSKY, US_ENVOYS],
            *DEC2,
            "asserted",
            "Volodymyr Zelenskyy, who was in Dublin on Tuesday",
            "a statement in Dublin, 'on Tuesday'",
            ["Dublin", "IRL"],
        ),
        ev(
            "rubio_calls_talks_productive_2025_11_30",
            False,
            STMT,
            [US_DELEGATION, UMEROV],
            *NOV30,
            "asserted",
            "The envoys had flown to Moscow with a revised version",
            "the comment on the Sunday meeting",
        ),
        ev(
            "gerasimov_claims_pokrovsk_2025_12_01",
            True,
            ["19", "01", "02"],
            [GERASIMOV, UKRAINE],
            "2025-12-01",
            "2025-12-01",
            "alleged",
            "The talks came a day after Russia's military chief",
            "'a day after' the Tuesday talks; capture claimed, Ukraine rejects it",
            ["Pokrovsk", "UKR"],
        ),
        ev(
            "ukraine_rejects_pokrovsk_claim_2025_12_01",
            False,
            DENY,
            [UKRAINE, GERASIMOV],
            "2025-12-01",
            "2025-12-02",
            "denied",
            "The talks came a day after Russia's military chief",
            "the army's rejection, undated in the sentence",
        ),
        ev(
            "macron_hosts_zelensky_2025_12_01",
            True,
            ["04", "05", "03"],
            [MACRON, ZELENSKY],
            "2025-12-01",
            "2025-12-01",
            "asserted",
            "Zelenskyy had spent Monday in Paris",
            "'Monday' before the Tuesday talks",
            ["Paris", "FRA"],
        ),
    ],
)

page(
    "id_01_republika_putin_terima_witkoff_dan_kushner_di_kremlin.txt",
    {
        "site": "republika.co.id",
        "title": "Putin Terima Witkoff dan Kushner di Kremlin, Rusia Sebut Belum Ada Kompromi Soal Wilayah",
        "subtitle": None,
        "authors": ["Dwina Agustin"],
        "editors": ["Fitriyan Zamzami"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-12-03T10:22:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Moskow",
        "cited_sources": ["Reuters", "AP"],
        "captions_required": [
            "Presiden Rusia Vladimir Putin (kanan) berbincang dengan utusan khusus AS Steve Witkoff di Kremlin, Moskow, Selasa (2/12/2025). Foto: AP Photo/Kristina Kormilitsyna"
        ],
        "related_titles": ["Zelensky Sebut Draf Damai Hasil Jenewa Lebih Baik", "Rusia Klaim Rebut Pokrovsk, Ukraina Membantah"],
    },
    first="REPUBLIKA.CO.ID, MOSKOW --",
    last="Umerov dijadwalkan kembali bertemu",
    skip=("BACA JUGA:",),
    strip_prefix="REPUBLIKA.CO.ID, MOSKOW --",
    events=[
        *shared("id"),
        ev(
            "ushakov_some_proposals_acceptable_2025_12_02",
            False,
            STMT,
            [USHAKOV, US_ENVOYS],
            "2025-12-02",
            "2025-12-03",
            "asserted",
            "Menurut Ushakov, sebagian usulan Amerika",
            "the same post-meeting briefing",
        ),
        ev(
            "zelensky_awaits_report_2025_12_02",
            False,
            STMT,
            [ZELENSKY, US_ENVOYS],
            "2025-12-02",
            "2025-12-02",
            "asserted",
            "Sementara itu, Presiden Ukraina Volodymyr Zelensky",
            "'Sementara itu' during the Tuesday talks; in Ireland",
            IRELAND,
        ),
    ],
)
