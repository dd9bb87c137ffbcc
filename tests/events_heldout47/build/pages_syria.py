"""Gold for the clashes between Syria's security forces and Assad loyalists on the coast, 6-7 March 2025
(Reuters, Kompas): a positive cluster pair."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ALAWITES, ASSAD, ASSAD_LOYALISTS, HTS, SHARAA, SYRIA_FORCES, SYRIA_GOV, TURKEY
from common import DENY, RESTRICT, STMT, THREAT, VIOLENCE, ev, page

MAR6 = ("2025-03-06", "2025-03-06")
MAR7 = ("2025-03-07", "2025-03-07")
COAST = ["Latakia", "Jableh", "SYR"]
EN = "en_01_reuters_syrian_forces_battle_assad_loyalists_on_coast.txt"
ID = "id_01_kompas_pasukan_suriah_bentrok_dengan_loyalis_assad.txt"


def shared(en: bool) -> list[dict]:
    """The events both outlets report, each with its own page's evidence."""
    return [
        ev(
            "forces_battle_loyalists_2025_03_07",
            True,
            VIOLENCE,
            [SYRIA_FORCES, ASSAD_LOYALISTS],
            *MAR7,
            "asserted",
            "Syrian security forces fought gunmen" if en else "Pasukan keamanan Suriah terlibat pertempuran",
            "'on Friday' in a Friday article" if en else "'Jumat (7/3/2025)'",
            COAST,
        ),
        ev(
            "loyalists_ambush_patrol_2025_03_06",
            True,
            VIOLENCE,
            [ASSAD_LOYALISTS, SYRIA_FORCES],
            *MAR6,
            "asserted",
            "Syrian security forces fought gunmen" if en else "Bentrokan itu pecah sehari setelah",
            "'a day after', subordinate clause of the lead" if en else "'pada Kamis (6/3/2025)'",
            COAST,
        ),
        ev(
            "curfews_imposed_2025_03_06",
            True,
            [*RESTRICT, "15"],
            [SYRIA_GOV],
            "2025-03-06",
            "2025-03-07",
            "asserted",
            "The authorities sent thousands of reinforcements"
            if en
            else "Pemerintah Suriah kemudian mengerahkan",
            "'overnight' in a Friday article" if en else "'kemudian', after the Thursday ambush; no date",
        ),
        ev(
            "sharaa_urges_surrender_2025_03_07",
            True,
            THREAT,
            [SHARAA, ASSAD_LOYALISTS],
            *MAR7,
            "asserted",
            "In a speech posted on the presidency"
            if en
            else "Presiden sementara Suriah Ahmed al-Sharaa dalam pidatonya",
            "appeal with a threat, quoted" if en else "'pada Jumat' in a Saturday article",
        ),
        ev(
            "revenge_killings_alleged_2025_03",
            True,
            VIOLENCE,
            [SYRIA_FORCES, ALAWITES],
            "2025-03-06",
            "2025-03-08",
            "alleged",
            "The Britain-based Syrian Observatory" if en else "Sementara itu, lembaga pemantau perang",
            "'reportedly', sourced to a monitor; no date"
            if en
            else "'diduga', sourced to a monitor; no date",
        ),
        ev(
            "official_denies_targeting_civilians",
            True,
            DENY,
            [SYRIA_FORCES, ALAWITES],
            "2025-03-07",
            "2025-03-08",
            "denied",
            "A security official told state media"
            if en
            else "Seorang pejabat keamanan kepada media pemerintah membantah",
            "no date",
        ),
        ev(
            "turkey_concern_2025_03_07",
            False,
            STMT,
            [TURKEY, SYRIA_GOV],
            "2025-03-07",
            "2025-03-08",
            "asserted",
            "Turkey's foreign ministry said on Friday" if en else "Turkiye menyatakan mengikuti",
        ),
        ev(
            "rebels_topple_assad_2024_12",
            True,
            VIOLENCE,
            [HTS, ASSAD],
            "2024-12-01" if en else "2024-12-08",
            "2024-12-31" if en else "2024-12-08",
            "asserted",
            "The violence is the worst since" if en else "Kekerasan ini merupakan yang terburuk",
            "background: 'in December'" if en else "background: '8 Desember 2024'",
        ),
    ]


page(
    EN,
    {
        "site": "reuters.com",
        "title": "Syrian forces battle Assad loyalists on coast, monitor reports revenge killings",
        "subtitle": None,
        "authors": ["Maya Gebeily", "Feras Dalatey"],
        "section": "Middle East",
        "published_at": {"accept": ["2025-03-07T23:20:00+03:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-03-08"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Damascus",
        "cited_sources": ["SANA"],
        "captions_required": [
            "Members of Syrian security forces stand guard at a checkpoint on the road to Latakia, Syria, March 7, 2025. REUTERS/Karam al-Masri"
        ],
        "related_titles": [],
    },
    first="DAMASCUS/BEIRUT, March 7 (Reuters) -",
    last="Sharaa is expected to name a committee",
    strip_prefix="DAMASCUS/BEIRUT, March 7 (Reuters) -",
    events=[
        *shared(True),
        ev(
            "ministry_reports_13_killed",
            False,
            STMT,
            [SYRIA_FORCES, ASSAD_LOYALISTS],
            *MAR7,
            "asserted",
            "At least 13 members of the security forces",
        ),
        ev(
            "helicopters_fire_on_positions_2025_03_06",
            False,
            VIOLENCE,
            [SYRIA_FORCES, ASSAD_LOYALISTS],
            "2025-03-06",
            "2025-03-07",
            "asserted",
            "Residents of Latakia city said",
        ),
        ev(
            "sharaa_to_name_committee",
            False,
            STMT,
            [SHARAA],
            "2025-03-08",
            "2025-03-15",
            "planned",
            "Sharaa is expected to name a committee",
            "'in the coming days'",
        ),
        ev(
            "checkpoint_caption_2025_03_07",
            False,
            ["15"],
            [SYRIA_FORCES],
            *MAR7,
            "asserted",
            "Members of Syrian security forces stand guard",
            "from a photo caption",
        ),
    ],
)

page(
    ID,
    {
        "site": "kompas.com",
        "title": "Pasukan Keamanan Suriah Bentrok dengan Loyalis Assad di Pesisir, Puluhan Warga Alawite Dilaporkan Tewas",
        "subtitle": None,
        "authors": ["Tito Hilmawan Reditya"],
        "editors": ["Tito Hilmawan Reditya"],
        "section": "Global",
        "published_at": {"accept": ["2025-03-08T10:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Damaskus",
        "cited_sources": ["Reuters", "AFP", "SANA"],
        "captions_required": [
            "Anggota pasukan keamanan Suriah berjaga di sebuah pos pemeriksaan di jalan menuju Latakia, Jumat (7/3/2025). AFP/OMAR HAJ KADOUR"
        ],
        "related_titles": [
            "Assad Kabur ke Moskwa, Rusia Beri Suaka atas Dasar Kemanusiaan",
            "Sharaa Dilantik Jadi Presiden Sementara Suriah",
        ],
    },
    first="DAMASKUS, KOMPAS.com -",
    last="Kekerasan ini merupakan yang terburuk",
    skip=("Baca juga:",),
    strip_prefix="DAMASKUS, KOMPAS.com -",
    events=[
        *shared(False),
        ev(
            "sharaa_quote_surrender",
            False,
            THREAT,
            [SHARAA, ASSAD_LOYALISTS],
            *MAR7,
            "asserted",
            '"Letakkan senjata kalian',
            "the same appeal, quoted",
        ),
    ],
)
