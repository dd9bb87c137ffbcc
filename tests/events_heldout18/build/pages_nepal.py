"""Gold for Nepal's 'Gen Z' protests of 8 Sept 2025 and the police shootings (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import LEKHAK, NEPAL_GOV, NEPAL_POLICE, NEPAL_PROTESTERS, OLI, UN_RIGHTS
from common import EASE, PROTEST, REPRESS, RESTRICT, STMT, ev, page

SEP8 = ("2025-09-08", "2025-09-08")
SEP9 = ("2025-09-09", "2025-09-09")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "police_fire_on_protesters_2025_09_08",
            True,
            REPRESS,
            [NEPAL_POLICE, NEPAL_PROTESTERS],
            *SEP8,
            "asserted",
            "Nepali police opened fire on thousands"
            if en
            else "Sedikitnya 19 orang tewas setelah polisi Nepal menembaki",
            "'on Monday' in a Monday article" if en else "'Senin (8/9/2025)'",
            ["Kathmandu", "NPL"],
        ),
        ev(
            "gen_z_protest_kathmandu_2025_09_08",
            True,
            PROTEST,
            [NEPAL_PROTESTERS, NEPAL_GOV],
            *SEP8,
            "asserted",
            "Tens of thousands of mostly young people" if en else "Ribuan anak muda yang menamakan diri",
            "no date in the sentence; the march is the Monday protest of the lead",
            ["Kathmandu", "NPL"],
        ),
        ev(
            "nepal_blocks_social_media_2025_09_04",
            True,
            RESTRICT,
            [NEPAL_GOV],
            *(("2025-09-01", "2025-09-07") if en else ("2025-09-04", "2025-09-04")),
            "asserted",
            "The government last week blocked 26" if en else "Pemerintah Nepal memblokir 26 platform",
            "'last week' in a Monday 2025-09-08 article" if en else "'pada Kamis (4/9/2025)'",
        ),
        ev(
            "gen_z_protest_planned_2025_09_09",
            True,
            PROTEST,
            [NEPAL_PROTESTERS, NEPAL_GOV],
            *SEP9,
            "planned",
            "Organisers, who called themselves" if en else "Meski larangan telah dicabut, penyelenggara aksi",
            "'on Tuesday' after a Monday article"
            if en
            else "'pada Selasa' in a Tuesday-morning article, still to come",
        ),
        ev(
            "lekhak_resigns_2025_09_08",
            False,
            STMT,
            [LEKHAK],
            *SEP8,
            "asserted",
            "Home Minister Ramesh Lekhak resigned"
            if en
            else "Menteri Dalam Negeri Ramesh Lekhak mengundurkan diri",
            "a resignation has no CAMEO class of its own: optional",
        ),
        ev(
            "oli_blames_infiltration",
            False,
            STMT,
            [OLI, NEPAL_PROTESTERS],
            None,
            None,
            "asserted",
            "Prime Minister K.P. Sharma Oli said in a statement"
            if en
            else "Perdana Menteri KP Sharma Oli menyatakan duka",
        ),
        ev(
            "probe_committee_planned",
            False,
            STMT,
            [NEPAL_GOV],
            None,
            None,
            "planned",
            "Communications Minister Prithvi Subba Gurung said"
            if en
            else "Gurung juga menyebut pemerintah akan membentuk komite",
        ),
        ev(
            "un_calls_for_investigation",
            False,
            STMT,
            [UN_RIGHTS, NEPAL_GOV],
            None,
            None,
            "asserted",
            "The United Nations human rights office said" if en else "Kantor Hak Asasi Manusia PBB mendesak",
        ),
    ]


page(
    "en_01_reuters_nepal_police_kill_19_in_gen_z_protests.txt",
    {
        "site": "reuters.com",
        "title": "Nepal police kill 19 as 'Gen Z' protesters storm parliament area over social media ban",
        "subtitle": None,
        "authors": ["Gopal Sharma"],
        "section": "Asia Pacific",
        "published_at": {"accept": ["2025-09-08T22:47:00+05:45"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-09-09"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kathmandu",
        "cited_sources": [],
        "captions_required": [
            "Protesters climb a gate of the parliament complex during a demonstration against the ban on social media platforms in Kathmandu, Nepal, September 8, 2025. REUTERS/Navesh Chitrakar"
        ],
        "related_titles": [],
    },
    first="KATHMANDU, Sept 8 (Reuters) -",
    last="Organisers, who called themselves",
    strip_prefix="KATHMANDU, Sept 8 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "police_use_tear_gas_2025_09_08",
            False,
            REPRESS,
            [NEPAL_POLICE, NEPAL_PROTESTERS],
            *SEP8,
            "asserted",
            "Police used water cannon, tear gas",
            "the same shootings told in detail",
        ),
        ev(
            "kathmandu_curfew_2025_09_08",
            True,
            ["17"],
            [NEPAL_GOV],
            *SEP8,
            "asserted",
            "The district administration imposed a curfew",
            "'from Monday afternoon'",
            ["Kathmandu", "NPL"],
        ),
        ev(
            "doctor_describes_wounds",
            False,
            STMT,
            [NEPAL_POLICE],
            *SEP8,
            "asserted",
            '"Some of the protesters were shot',
        ),
        ev(
            "protest_caption_2025_09_08",
            False,
            PROTEST,
            [NEPAL_PROTESTERS, NEPAL_GOV],
            *SEP8,
            "asserted",
            "Protesters climb a gate of the parliament complex",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_19_tewas_demo_gen_z_nepal.txt",
    {
        "site": "kompas.com",
        "title": "19 Tewas dalam Demo Gen Z di Nepal, Pemerintah Cabut Larangan Media Sosial",
        "subtitle": None,
        "authors": ["Tito Hilmawan Reditya"],
        "editors": ["Tito Hilmawan Reditya"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-09-09T10:35:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kathmandu",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Pengunjuk rasa memanjat gerbang kompleks parlemen Nepal saat demonstrasi menentang larangan media sosial di Kathmandu, Senin (8/9/2025). (AFP/PRABIN RANABHAT)"
        ],
        "related_titles": [
            "Nepal Blokir Facebook dan YouTube, Puluhan Platform Dinilai Tak Terdaftar",
            "Profil KP Sharma Oli, Perdana Menteri Nepal untuk Keempat Kalinya",
        ],
    },
    first="KATHMANDU, KOMPAS.com -",
    last="Meski larangan telah dicabut",
    skip=("Baca juga:",),
    strip_prefix="KATHMANDU, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "police_use_tear_gas_2025_09_08",
            False,
            REPRESS,
            [NEPAL_POLICE, NEPAL_PROTESTERS],
            *SEP8,
            "asserted",
            "Aparat awalnya menggunakan meriam air",
            "the same shootings told in detail",
        ),
        ev(
            "nepal_lifts_social_media_ban_2025_09_08",
            True,
            EASE,
            [NEPAL_GOV],
            "2025-09-08",
            "2025-09-09",
            "asserted",
            "Beberapa jam kemudian, pemerintah mencabut",
            "'pada Senin tengah malam': the night of 8 to 9 Sept",
        ),
        ev(
            "doctor_describes_wounds",
            False,
            STMT,
            [NEPAL_POLICE],
            "2025-09-08",
            "2025-09-09",
            "asserted",
            '"Beberapa pengunjuk rasa tertembak',
        ),
        ev(
            "protest_caption_2025_09_08",
            False,
            PROTEST,
            [NEPAL_PROTESTERS, NEPAL_GOV],
            *SEP8,
            "asserted",
            "Pengunjuk rasa memanjat gerbang kompleks parlemen",
            "from a photo caption",
        ),
    ],
)
