"""Gold for the three Singapore-Indonesia memorandums on power trade, carbon capture and industrial zones,
signed in Jakarta on 13 Jun 2025 ahead of the 16 Jun Leaders' Retreat (Straits Times, Bisnis)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AIRLANGGA, BAHLIL, EMA, INDONESIA, PRABOWO, SINGAPORE, TAN, WONG
from common import MEET, SIGN, STMT, ev, page

JUN13 = ("2025-06-13", "2025-06-13")
JAKARTA = ["Jakarta", "IDN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "energy_mous_signed_2025_06_13",
            True,
            SIGN,
            [SINGAPORE, INDONESIA],
            *JUN13,
            "asserted",
            "Singapore and Indonesia on June 13 signed" if en else "Pemerintah Indonesia dan Singapura menandatangani",
            "'on June 13'" if en else "'Jumat (13/6/2025)'",
            JAKARTA,
        ),
        ev(
            "industrial_zone_mou_signed_2025_06_13",
            True,
            SIGN,
            [TAN, AIRLANGGA],
            *JUN13,
            "asserted",
            "The third, signed by Dr Tan and Mr Airlangga" if en else "MoU kawasan industri berkelanjutan diteken",
            "one of the three pacts of the day",
            JAKARTA,
        ),
        ev(
            "leaders_retreat_planned_2025_06_16",
            True,
            MEET,
            [PRABOWO, WONG],
            "2025-06-16",
            "2025-06-16",
            "planned",
            "The signing comes ahead of the annual Leaders' Retreat" if en else "Penandatanganan ini digelar menjelang",
            "'will be held in Singapore on June 16'" if en else "'pada Senin (16/6/2025)'",
            ["Singapore", "Singapura", "SGP"],
        ),
        ev(
            "bahlil_domestic_needs_first_2025_06_13",
            False,
            STMT,
            [BAHLIL, SINGAPORE],
            *JUN13,
            "asserted",
            "Mr Bahlil said Indonesia would make sure" if en else "Bahlil menegaskan ekspor listrik",
            "remark at the signing",
        ),
        ev(
            "ema_conditional_licences",
            False,
            ["03", "05", "06"],
            [EMA, INDONESIA],
            None,
            None,
            "asserted",
            "Singapore's Energy Market Authority has granted" if en else "Otoritas Pasar Energi Singapura (EMA) sebelumnya",
            "earlier licences, undated",
        ),
    ]


page(
    "en_02_straitstimes_singapore_indonesia_sign_energy_and_industrial_zone_pacts.txt",
    {
        "site": "straitstimes.com",
        "title": "Singapore, Indonesia sign pacts on cross-border power trade, carbon capture and industrial zones",
        "subtitle": None,
        "authors": ["Arlina Arshad"],
        "section": "Asia",
        "published_at": {"accept": ["2025-06-13T18:05:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-06-13T21:41:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Singapore's Minister-in-charge of Energy and Science and Technology Tan See Leng (left) and Indonesia's Energy Minister Bahlil Lahadalia exchanging documents in Jakarta on June 13. PHOTO: MINISTRY OF TRADE AND INDUSTRY"
        ],
        "related_titles": [
            "Indonesia to lift ban on renewable electricity exports to Singapore",
            "S'pore grants conditional licences to import low-carbon electricity from Indonesia",
            "Prabowo, Wong to hold first Leaders' Retreat in Singapore",
        ],
    },
    first="JAKARTA - Singapore and Indonesia",
    last="It will be Mr Prabowo's first leaders' retreat",
    skip=("READ MORE", "Indonesia to lift ban on renewable", "S'pore grants conditional licences"),
    strip_prefix="JAKARTA -",
    events=[
        *shared("en"),
        ev(
            "tan_statement_2025_06_13",
            False,
            STMT,
            [TAN, INDONESIA],
            *JUN13,
            "asserted",
            '"These agreements send a clear signal',
            "remark after the signing",
        ),
    ],
)

page(
    "id_02_bisnis_ri_dan_singapura_teken_tiga_mou_energi_dan_kawasan_industri.txt",
    {
        "site": "bisnis.com",
        "title": "RI dan Singapura Teken Tiga MoU Energi Hijau, CCS dan Kawasan Industri",
        "subtitle": None,
        "authors": ["Mochammad Ryan Hidayatullah"],
        "editors": ["Denis Riantiza Meilanova"],
        "section": "Energi",
        "published_at": {"accept": ["2025-06-13T17:42:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Menteri ESDM Bahlil Lahadalia (kanan) dan Menteri Energi dan Sains Singapura Tan See Leng bertukar dokumen MoU di Jakarta, Jumat (13/6/2025). - Bisnis/Rachman"
        ],
        "related_titles": [
            "Bahlil Pastikan Ekspor Listrik Hijau ke Singapura Utamakan Kebutuhan Dalam Negeri",
            "Singapura Beri Izin Bersyarat Impor Listrik 3,4 GW dari Indonesia",
        ],
    },
    first="Bisnis.com, JAKARTA —",
    last="Penandatanganan ini digelar menjelang",
    skip=("Baca Juga :",),
    strip_prefix="Bisnis.com, JAKARTA —",
    events=[
        *shared("id"),
        ev(
            "airlangga_statement",
            False,
            STMT,
            [AIRLANGGA, SINGAPORE],
            None,
            None,
            "asserted",
            "Menurut Airlangga, kawasan industri hijau",
            "expectation, undated",
        ),
    ],
)
