"""Gold for Joseph Kabila's prosecution: the Senate lifting his immunity on 22 May 2025 (Tempo) and the High
Military Court's death sentence of 30 Sept 2025 (Al Jazeera), which recalls the Senate vote."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import FORCE, MEET, RESTRICT, RULING, STMT, ev, page

KABILA = ["Joseph Kabila", "Kabila", "COD"]
COURT = ["High Military Court", "military court", "Mutombo Katalay", "COD"]
SENATE = ["Senate", "Senat", "Senat Republik Demokratik Kongo", "COD"]
DRC_GOV = [
    "government",
    "pemerintah Kongo",
    "pemerintah",
    "Kinshasa",
    "Felix Tshisekedi",
    "Tshisekedi",
    "Patrick Muyaya",
    "Muyaya",
    "COD",
]
PPRD = [
    "People's Party for Reconstruction and Democracy",
    "PPRD",
    "Partai Rakyat untuk Rekonstruksi dan Demokrasi",
    "Emmanuel Ramazani Shadary",
    "Shadary",
    "Kabila",
    "COD",
]
M23 = ["M23", "AFC", "Congo River Alliance", "rebels", "pemberontak", "COD"]
GOMA = ["Goma", "COD"]
PROSECUTOR = ["Prosecutors", "Jaksa agung militer", "Joseph Lukunda Vumi", "COD"]
RWANDA = ["Rwanda", "RWA"]
MAY22 = ("2025-05-22", "2025-05-22")
APRIL = ("2025-04-01", "2025-04-30")


def shared(en: bool) -> list[dict]:
    """Events both pages report."""
    return [
        ev(
            "senate_lifts_kabila_immunity_2025_05_22",
            True,
            ["17", "11", "12"],
            [SENATE, KABILA],
            *MAY22,
            "asserted",
            "The Senate stripped Kabila of his immunity"
            if en
            else "Senat Republik Demokratik Kongo memutuskan",
            "'on May 22' / 'pada Kamis, 22 Mei 2025'",
            ["Kinshasa", "COD"],
        ),
        ev(
            "government_suspends_pprd_2025_04",
            True,
            RESTRICT,
            [DRC_GOV, PPRD],
            *APRIL,
            "asserted",
            "In April, the government suspended" if en else "Pada April lalu, pemerintah Kongo menangguhkan",
            "'In April' / 'Pada April lalu' in a 2025 article",
        ),
        ev(
            "kabila_denies_backing_m23",
            False,
            ["07", "18", "19"],
            [KABILA, M23],
            None,
            None,
            "denied",
            "Prosecutors had accused him" if en else "Kabila, yang meninggalkan Kongo pada 2023",
            "the support Kabila denies",
        ),
    ]


page(
    "en_04_aljazeera_dr_congo_court_sentences_kabila_to_death.txt",
    {
        "site": "aljazeera.com",
        "title": "DR Congo military court sentences ex-President Joseph Kabila to death in absentia",
        "subtitle": "The former leader, whose whereabouts are unknown, was convicted of treason and war crimes over alleged links to the M23 rebels.",
        "authors": [],
        "section": "News",
        "published_at": {"accept_dates": ["2025-09-30"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Former Congolese President Joseph Kabila has not been seen in public since he appeared in rebel-held Goma in May [File: Reuters]"
        ],
        "related_titles": [],
    },
    first="A military court in the Democratic Republic",
    last="The verdict comes as a peace process",
    events=[
        *shared(True),
        ev(
            "court_sentences_kabila_to_death_2025_09_30",
            True,
            RULING,
            [COURT, KABILA],
            "2025-09-30",
            "2025-09-30",
            "asserted",
            "The High Military Court in the capital",
            "'on Tuesday' in a Tuesday article",
            ["Kinshasa", "COD"],
        ),
        ev(
            "m23_captures_goma_2025_01",
            True,
            FORCE,
            [M23, GOMA],
            "2025-01-01",
            "2025-01-31",
            "asserted",
            "The Senate stripped Kabila of his immunity",
            "'the eastern city captured by M23 in January'",
            ["Goma", "COD"],
        ),
        ev(
            "drc_m23_doha_talks_planned_2025_10",
            True,
            MEET,
            [DRC_GOV, M23],
            "2025-10-01",
            "2025-10-31",
            "planned",
            "The verdict comes as a peace process",
            "'due to resume talks in Doha next month'",
            ["Doha", "QAT"],
        ),
        ev(
            "court_verdict_lead",
            False,
            RULING,
            [COURT, KABILA],
            "2025-09-30",
            "2025-09-30",
            "asserted",
            "A military court in the Democratic Republic",
            "the lead restates the verdict without a date",
        ),
        ev(
            "prosecutors_accuse_kabila",
            False,
            ["11", "12"],
            [PROSECUTOR, KABILA],
            None,
            None,
            "asserted",
            "Prosecutors had accused him",
        ),
        ev(
            "pprd_denounces_verdict",
            False,
            STMT,
            [PPRD, COURT],
            "2025-09-30",
            "2025-10-01",
            "asserted",
            "Emmanuel Ramazani Shadary",
        ),
        ev(
            "government_seizes_kabila_assets_2025_04",
            False,
            RESTRICT,
            [DRC_GOV, KABILA],
            *APRIL,
            "asserted",
            "In April, the government suspended",
            "the same April decision",
        ),
        ev(
            "kabila_in_goma_2025_05",
            False,
            ["04"],
            [KABILA, GOMA],
            "2025-05-01",
            "2025-05-31",
            "asserted",
            "Former Congolese President Joseph Kabila has not been seen",
            "from a photo caption",
        ),
    ],
)

page(
    "id_07_tempo_senat_kongo_cabut_imunitas_joseph_kabila.txt",
    {
        "site": "tempo.co",
        "title": "Senat Kongo Cabut Imunitas Mantan Presiden Joseph Kabila",
        "subtitle": None,
        "authors": ["Ida Rosdalina"],
        "editors": ["Sita Planasari"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-23T10:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters"],
        "captions_required": [],
        "related_titles": ["Kongo dan Rwanda Sepakat Susun Rancangan Perjanjian Damai"],
    },
    first="TEMPO.CO, Jakarta -",
    last="Pengacara Kabila belum memberikan",
    skip=("Baca juga:",),
    strip_prefix="TEMPO.CO, Jakarta -",
    events=[
        *shared(False),
        ev(
            "kabila_video_attacks_government",
            True,
            STMT,
            [KABILA, DRC_GOV],
            "2025-05-12",
            "2025-05-18",
            "asserted",
            "Dalam sebuah video yang diunggah pekan lalu",
            "'pekan lalu' in a Friday 23 May article",
        ),
        ev(
            "kabila_return_planned",
            False,
            ["04"],
            [KABILA, ["Kongo", "COD"]],
            None,
            None,
            "planned",
            "Dalam sebuah video yang diunggah pekan lalu",
        ),
        ev(
            "prosecutor_accuses_kabila",
            False,
            ["11", "12"],
            [PROSECUTOR, KABILA],
            None,
            None,
            "asserted",
            "Jaksa agung militer",
        ),
        ev(
            "m23_seizes_goma_bukavu_2025",
            False,
            FORCE,
            [M23, GOMA],
            "2025-01-01",
            "2025-05-22",
            "asserted",
            "Jaksa agung militer",
            "'sejak awal tahun ini': too vague to merge",
        ),
        ev(
            "muyaya_blames_kabila",
            False,
            STMT,
            [DRC_GOV, KABILA],
            None,
            None,
            "asserted",
            "Juru bicara pemerintah Patrick Muyaya",
        ),
        ev(
            "rwanda_backs_m23_denied",
            False,
            ["07", "18", "19"],
            [RWANDA, M23],
            None,
            None,
            "denied",
            "Rwanda berulang kali membantah",
        ),
    ],
)
