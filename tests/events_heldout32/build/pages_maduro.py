"""Gold for Maduro's third inauguration on 10 Jan 2025 and the US, EU and UK sanctions of the same day, with
the opposition march and Machado's brief detention the day before (AFP, CNN Indonesia): a positive pair."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import EU, GONZALEZ, MACHADO, MADURO, PARAGUAY, UK, US_TREASURY, VEN_OPPOSITION, VENEZUELA
from common import ARREST, DENY, PROTEST, REDUCE, REPRESS, RESTRICT, STMT, ev, page

JAN10 = ("2025-01-10", "2025-01-10")
JAN9 = ("2025-01-09", "2025-01-09")
REWARD = ["13", "16", "17"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "us_sanctions_venezuelan_officials_2025_01_10",
            True,
            RESTRICT,
            [US_TREASURY, VENEZUELA],
            *JAN10,
            "asserted",
            "The US Treasury Department imposed sanctions"
            if en
            else "Tak lama setelah pelantikan, pemerintah Amerika Serikat",
            "no date in the sentence; the lead says 'on Friday'"
            if en
            else "'Tak lama setelah pelantikan' of Friday (10/1)",
        ),
        ev(
            "eu_sanctions_venezuelan_officials_2025_01_10",
            True,
            RESTRICT,
            [EU, VENEZUELA],
            *JAN10,
            "asserted",
            "The European Union announced sanctions" if en else "Uni Eropa turut memperluas sanksi",
            "no date in the sentence; same day as the inauguration",
        ),
        ev(
            "opposition_march_caracas_2025_01_09",
            True,
            PROTEST,
            [VEN_OPPOSITION, MADURO],
            *JAN9,
            "asserted",
            "Thousands of opposition supporters marched"
            if en
            else "Sehari sebelumnya, Kamis (9/1), ribuan pendukung oposisi",
            "'on Thursday' in a Friday article" if en else "'Sehari sebelumnya, Kamis (9/1)'",
            ["Caracas", "VEN"],
        ),
        ev(
            "machado_detained_2025_01_09",
            True,
            ARREST + REPRESS,
            [VENEZUELA, MACHADO],
            *JAN9,
            "asserted" if en else "alleged",
            "The inauguration came a day after opposition leader"
            if en
            else "Pemimpin oposisi Maria Corina Machado, yang memimpin aksi itu",
            "passive 'was briefly detained', 'a day after' the Friday inauguration"
            if en
            else "passive 'sempat ditahan', only 'menurut keterangan timnya' and denied by the government",
            ["Caracas", "VEN"],
        ),
        ev(
            "us_raises_reward_for_maduro_2025_01_10",
            False,
            REWARD,
            [US_TREASURY, MADURO],
            *JAN10,
            "asserted",
            "The US Treasury Department imposed sanctions"
            if en
            else "Departemen Luar Negeri AS juga menaikkan imbalan",
        ),
        ev(
            "government_denies_detaining_machado",
            False,
            DENY,
            [VENEZUELA, MACHADO],
            None,
            None,
            "denied",
            "The government denied that she had been arrested"
            if en
            else "Pemerintah Maduro membantah telah menahan Machado",
        ),
        ev(
            "maduro_sworn_in_2025_01_10",
            False,
            STMT,
            [MADURO],
            *JAN10,
            "asserted",
            "Nicolas Maduro was sworn in on Friday"
            if en
            else "Nicolas Maduro resmi dilantik untuk masa jabatan ketiga",
            "an inauguration has no CAMEO class of its own: optional",
        ),
        ev(
            "gonzalez_vows_return",
            False,
            STMT,
            [GONZALEZ, VENEZUELA],
            None,
            None,
            "planned" if not en else "asserted",
            "Opposition candidate Edmundo Gonzalez Urrutia"
            if en
            else "Kandidat oposisi Edmundo Gonzalez Urrutia",
            "'had vowed to return' (EN, a past vow) versus 'berjanji akan kembali' (ID)",
        ),
    ]


page(
    "en_02_afp_maduro_sworn_in_as_us_eu_impose_sanctions.txt",
    {
        "site": "france24.com",
        "title": "Maduro sworn in for third term as US, EU and Britain slap new sanctions",
        "subtitle": None,
        "authors": [],
        "section": "Americas",
        "published_at": {"accept_dates": ["2025-01-10"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-01-11"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Caracas",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Venezuelan President Nicolas Maduro holds the presidential sash after being sworn in for a third term at the National Assembly in Caracas on January 10, 2025. © Federico Parra, AFP"
        ],
        "related_titles": [],
    },
    first="Caracas (AFP) –",
    last="Some 28 people were killed",
    strip_prefix="Caracas (AFP) –",
    events=[
        *shared("en"),
        ev(
            "uk_sanctions_venezuelan_officials_2025_01_10",
            True,
            RESTRICT,
            [UK, VENEZUELA],
            *JAN10,
            "asserted",
            "Britain said it had frozen the assets",
            "no date in the sentence; same day as the inauguration",
        ),
        ev(
            "venezuela_breaks_ties_with_paraguay_2025_01_07",
            True,
            REDUCE,
            [VENEZUELA, PARAGUAY],
            "2025-01-07",
            "2025-01-07",
            "asserted",
            "On Tuesday, Caracas broke off diplomatic relations",
            "'On Tuesday' in a Friday 2025-01-10 article: the Tuesday before",
        ),
        ev(
            "pena_receives_gonzalez",
            False,
            ["03", "04", "05"],
            [PARAGUAY, GONZALEZ],
            None,
            None,
            "asserted",
            "On Tuesday, Caracas broke off diplomatic relations",
            "'after President Santiago Pena received Gonzalez', undated",
        ),
        ev(
            "maduro_oath_quote_2025_01_10",
            False,
            STMT,
            [MADURO],
            *JAN10,
            "asserted",
            '"I swear that this new presidential term',
        ),
        ev(
            "post_election_crackdown_2024",
            False,
            REPRESS,
            [VENEZUELA, VEN_OPPOSITION],
            "2024-07-29",
            "2024-08-31",
            "asserted",
            "Some 28 people were killed",
            "background: protests after the July 28 vote",
        ),
        ev(
            "maduro_sworn_in_caption",
            False,
            STMT,
            [MADURO],
            *JAN10,
            "asserted",
            "Venezuelan President Nicolas Maduro holds the presidential sash",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_cnnindonesia_maduro_dilantik_as_dan_ue_jatuhkan_sanksi.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Maduro Dilantik Jadi Presiden Venezuela Lagi, AS dan Uni Eropa Jatuhkan Sanksi",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-01-11T07:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Presiden Venezuela Nicolas Maduro mengucapkan sumpah jabatan di Majelis Nasional, Caracas, Jumat (10/1/2025). (REUTERS/Leonardo Fernandez Viloria)"
        ],
        "related_titles": ["Pemimpin Oposisi Venezuela Maria Corina Machado Muncul Lagi di Depan Publik"],
    },
    first="Jakarta, CNN Indonesia --",
    last="Maduro sendiri menuding AS",
    skip=("Baca juga:", "Pemimpin Oposisi Venezuela Maria Corina Machado Muncul"),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "kallas_rejects_maduro_legitimacy",
            False,
            ["01", "02", "11", "12"],
            [EU, MADURO],
            None,
            None,
            "asserted",
            '"Maduro tidak memiliki legitimasi',
        ),
        ev(
            "maduro_accuses_us",
            False,
            ["01", "02", "11", "12"],
            [MADURO, US_TREASURY],
            None,
            None,
            "asserted",
            "Maduro sendiri menuding AS",
        ),
        ev(
            "maduro_oath_caption",
            False,
            STMT,
            [MADURO],
            *JAN10,
            "asserted",
            "Presiden Venezuela Nicolas Maduro mengucapkan sumpah jabatan",
            "from a photo caption",
        ),
    ],
)
