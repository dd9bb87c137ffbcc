"""Gold for To Lam's state visit to Jakarta and the upgrade of Indonesia-Vietnam ties, 10 March 2025 (Jakarta Post, Antara)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import INDONESIA, PRABOWO, SINGAPORE, TO_LAM, VIETNAM
from common import AGREE, MEET, SIGN, STMT, VISIT, ev, page

MAR10 = ("2025-03-10", "2025-03-10")
MAR9 = ("2025-03-09", "2025-03-09")
MAR11 = ("2025-03-11", "2025-03-11")
DEC_2022 = ("2022-12-01", "2022-12-31")
JAKARTA = ["Istana Merdeka", "Merdeka Palace", "Jakarta", "IDN"]


def shared(lang: str) -> list[dict]:
    """Events both outlets report."""
    en = lang == "en"
    return [
        ev(
            "upgrade_partnership_2025_03_10",
            True,
            AGREE,
            [INDONESIA, VIETNAM],
            *MAR10,
            "asserted",
            "Indonesia and Vietnam elevated"
            if en
            else "Presiden RI Prabowo Subianto dan Sekretaris Jenderal",
            "'on Monday' in a Tuesday article" if en else "'Senin' in a Monday article",
            JAKARTA,
        ),
        ev(
            "prabowo_to_lam_talks_2025_03_10",
            True,
            MEET,
            [PRABOWO, TO_LAM],
            *MAR10,
            "asserted",
            "The two leaders held a closed-door meeting" if en else "Kedua pemimpin terlebih dahulu",
            "date carried over from the lede's Monday",
            JAKARTA,
        ),
        ev(
            "exchange_mous_2025_03_10",
            True,
            SIGN,
            [INDONESIA, VIETNAM],
            *MAR10,
            "asserted",
            "The two leaders held a closed-door meeting" if en else "Kedua pemimpin terlebih dahulu",
            "'witnessing the exchange of several memorandums'",
        ),
        ev(
            "to_lam_arrives_jakarta_2025_03_09",
            True,
            VISIT,
            [TO_LAM, INDONESIA],
            *MAR9,
            "asserted",
            "To Lam, who arrived in Jakarta on Sunday"
            if en
            else "To Lam tiba di Jakarta pada Minggu (9/3) malam",
        ),
        ev(
            "eez_agreement_2022_12",
            True,
            SIGN,
            [INDONESIA, VIETNAM],
            *DEC_2022,
            "asserted",
            "Jakarta and Hanoi signed an agreement" if en else "Indonesia dan Vietnam telah menandatangani",
        ),
        ev(
            "to_lam_asean_speech_2025_03_11",
            True,
            STMT,
            [TO_LAM],
            *MAR11,
            "planned",
            "To Lam is scheduled to deliver" if en else "To Lam dijadwalkan menyampaikan",
            "'is scheduled ... on Tuesday'" if en else "'dijadwalkan ... pada Selasa (11/3)'",
        ),
        ev(
            "prabowo_joint_statement_2025_03_10",
            False,
            STMT,
            [PRABOWO, VIETNAM],
            *MAR10,
            "asserted",
            '"We agreed to strengthen' if en else '"Kami sepakat memperkuat',
        ),
        ev(
            "to_lam_trade_target",
            False,
            STMT,
            [TO_LAM, INDONESIA],
            *MAR10,
            "asserted",
            "To Lam, who arrived in Jakarta on Sunday" if en else "Dalam kesempatan itu, To Lam menyampaikan",
        ),
    ]


page(
    "en_02_jakartapost_indonesia_vietnam_upgrade_ties_to_lam_visit.txt",
    {
        "site": "thejakartapost.com",
        "title": "Indonesia, Vietnam upgrade ties as To Lam makes first visit",
        "subtitle": None,
        "authors": ["Yvette Tanamal"],
        "section": "Diplomacy",
        "published_at": {"accept_dates": ["2025-03-11"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Vietnamese Communist Party General Secretary To Lam (left) and President Prabowo Subianto review an honor guard at the Merdeka Palace in Jakarta on March 10, 2025. (Courtesy of Presidential Secretariat/Muchlis Jr)"
        ],
        "related_titles": ["Prabowo heads to Malaysia for first official visit"],
    },
    first="Indonesia and Vietnam elevated",
    last="Prabowo, who made his first overseas trips",
    events=[
        *shared("en"),
        ev(
            "to_lam_to_visit_singapore_2025_03_11",
            True,
            MEET,
            [TO_LAM, SINGAPORE],
            "2025-03-11",
            "2025-03-13",
            "planned",
            "To Lam is scheduled to deliver",
            "'before flying to Singapore, where he will meet Prime Minister Lawrence Wong'",
        ),
        ev(
            "indonesia_detains_vietnamese_boats",
            False,
            ["17"],
            [INDONESIA, VIETNAM],
            None,
            None,
            "asserted",
            "Indonesian authorities have nonetheless continued",
        ),
        ev(
            "prabowo_trips_china_us_2024_11",
            True,
            VISIT,
            [PRABOWO],
            "2024-11-01",
            "2024-11-30",
            "asserted",
            "Prabowo, who made his first overseas trips",
            "'in November' in a March 2025 article: November 2024",
        ),
        ev(
            "prabowo_to_visit_hanoi",
            False,
            VISIT,
            [PRABOWO, VIETNAM],
            "2025-03-11",
            "2025-12-31",
            "planned",
            "Prabowo, who made his first overseas trips",
            "'would visit Hanoi later this year'",
        ),
        ev(
            "honor_guard_caption_2025_03_10",
            False,
            MEET,
            [TO_LAM, PRABOWO],
            *MAR10,
            "asserted",
            "Vietnamese Communist Party General Secretary To Lam (left)",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_antara_prabowo_dan_to_lam_sepakat_tingkatkan_kemitraan.txt",
    {
        "site": "antaranews.com",
        "title": "Prabowo dan To Lam sepakat tingkatkan hubungan jadi Kemitraan Strategis Komprehensif",
        "subtitle": None,
        "authors": ["Andi Firdaus"],
        "editors": ["Agus Setiawan"],
        "section": "Politik",
        "published_at": {"accept": ["2025-03-10T19:42:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Presiden RI Prabowo Subianto (kanan) berjabat tangan dengan Sekretaris Jenderal Partai Komunis Vietnam To Lam di Istana Merdeka, Jakarta, Senin (10/3/2025). ANTARA FOTO/Hafidz Mubarak A/app/tom."
        ],
        "related_titles": ["Menlu Sugiono terima kunjungan Menlu Vietnam di Jakarta"],
    },
    first="Jakarta (ANTARA) -",
    last="To Lam dijadwalkan menyampaikan",
    skip=("Baca juga:",),
    strip_prefix="Jakarta (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "to_lam_to_visit_singapore_2025_03_11",
            True,
            MEET,
            [TO_LAM, SINGAPORE],
            "2025-03-11",
            "2025-03-13",
            "planned",
            "To Lam dijadwalkan menyampaikan",
            "'sebelum melanjutkan lawatan ke Singapura'",
        ),
        ev(
            "handshake_caption_2025_03_10",
            False,
            MEET,
            [PRABOWO, TO_LAM],
            *MAR10,
            "asserted",
            "Presiden RI Prabowo Subianto (kanan) berjabat tangan",
            "from a photo caption",
        ),
    ],
)
