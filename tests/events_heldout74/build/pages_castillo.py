"""Gold for the sentencing of Pedro Castillo and Betssy Chávez by Peru's Supreme Court, 27 Nov 2025
(France 24, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CASTILLO,
    CASTILLO_LAWYER,
    CASTILLO_SUPPORTERS,
    CHAVEZ,
    MEXICO_ASYLUM,
    PERU,
    PERU_CONGRESS,
    PERU_COURT,
    PERU_POLICE,
    PERU_PROSECUTORS,
)
from common import ARREST, PROTEST, REDUCE, RULING, ev, page

NOV27 = ("2025-11-27", "2025-11-27")
DEC7_2022 = ("2022-12-07", "2022-12-07")
LIMA = ["Lima", "PER"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "court_sentences_castillo_2025_11_27",
            True,
            RULING,
            [PERU_COURT, CASTILLO],
            *NOV27,
            "asserted",
            "Peru's Supreme Court on Thursday sentenced" if en else "Mahkamah Agung Peru menjatuhkan vonis",
            "'on Thursday' in an article of Friday 28 Nov (Paris time)" if en else "'Kamis (27/11/2025) waktu setempat'",
            LIMA,
        ),
        ev(
            "court_sentences_chavez_2025_11_27",
            True,
            RULING,
            [PERU_COURT, CHAVEZ],
            *NOV27,
            "asserted",
            "The court's special criminal chamber also" if en else "Dalam putusan yang sama",
            "same verdict, same day; she was absent",
            LIMA,
        ),
        ev(
            "castillo_arrested_2022_12_07",
            True,
            ARREST,
            [PERU_POLICE, CASTILLO],
            *DEC7_2022,
            "asserted",
            "Castillo, a former rural schoolteacher" if en else "Castillo ditangkap pada 7 Desember 2022",
            "background with its full date; the arresting force is unnamed",
            LIMA,
        ),
        ev(
            "congress_removes_castillo_2022_12_07",
            False,
            ["16", "17", "12"],
            [PERU_CONGRESS, CASTILLO],
            *DEC7_2022,
            "asserted",
            "Castillo, a former rural schoolteacher" if en else "Castillo ditangkap pada 7 Desember 2022",
            "'the same day' / 'Pada hari itu pula': impeachment, a domestic institutional act; optional",
        ),
        ev(
            "mexico_grants_asylum_to_chavez_2025_11",
            True,
            ["07", "05"],
            [MEXICO_ASYLUM, CHAVEZ],
            "2025-10-27",
            "2025-11-03",
            "asserted",
            "Peru broke off diplomatic relations" if en else "Vonis ini kembali menyorot",
            "granted before the 3 Nov break: a range ending on 3 Nov",
        ),
        ev(
            "peru_breaks_ties_with_mexico_2025_11_03",
            True,
            REDUCE,
            [PERU, MEXICO_ASYLUM],
            "2025-11-03",
            "2025-11-03",
            "asserted",
            "Peru broke off diplomatic relations" if en else "Vonis ini kembali menyorot",
            "'on November 3' / 'pada 3 November lalu'",
        ),
        ev(
            "prosecutors_sought_34_years",
            False,
            ["11", "12"],
            [PERU_PROSECUTORS, CASTILLO],
            None,
            None,
            "asserted",
            "Prosecutors had sought 34 years" if en else "Jaksa sebelumnya menuntut Castillo",
            "earlier demand, undated",
        ),
        ev(
            "lawyer_to_appeal",
            False,
            ["11", "12"],
            [CASTILLO_LAWYER, PERU_COURT],
            None,
            None,
            "planned",
            "Castillo, 56, sat silently" if en else "Pengacara Castillo menyatakan akan mengajukan banding",
            "an appeal announced, no date of filing; the trial called political",
        ),
    ]


page(
    "en_02_france24_peru_court_sentences_pedro_castillo_to_11_years.txt",
    {
        "site": "france24.com",
        "title": "Peru court sentences ex-president Pedro Castillo to 11 years for 2022 coup attempt",
        "subtitle": None,
        "authors": ["FRANCE 24"],
        "section": "Americas",
        "published_at": {"accept": ["2025-11-28T02:14:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP", "Reuters"],
        "captions_required": [
            "Former Peruvian president Pedro Castillo attends a hearing at the Supreme Court in Lima, Peru, on November 27, 2025. © Ernesto Benavides, AFP"
        ],
        "related_titles": [
            "Peru's Congress ousts President Dina Boluarte amid crime wave",
            "Peru sentences ex-president Vizcarra to 14 years for bribery",
        ],
    },
    first="Peru's Supreme Court on Thursday sentenced",
    last="Peru broke off diplomatic relations",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "supporters_protest_outside_court_2025_11_27",
            True,
            PROTEST,
            [CASTILLO_SUPPORTERS, PERU_COURT],
            *NOV27,
            "asserted",
            "Dozens of supporters, many from his home region",
            "'on Thursday'",
            LIMA,
        ),
        ev(
            "sheinbaum_calls_castillo_political_prisoner",
            False,
            ["11", "12"],
            [MEXICO_ASYLUM, PERU],
            None,
            None,
            "asserted",
            "Peru broke off diplomatic relations",
            "'has repeatedly described': repeated, undated",
        ),
    ],
)

page(
    "id_02_republika_eks_presiden_peru_pedro_castillo_divonis_11_tahun_penjara.txt",
    {
        "site": "republika.co.id",
        "title": "Eks Presiden Peru Pedro Castillo Divonis 11 Tahun Penjara",
        "subtitle": None,
        "authors": [],
        "editors": ["Setyanavidita Livicansera"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-28T10:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Lima",
        "cited_sources": ["AFP", "Reuters"],
        "captions_required": [
            "Mantan presiden Peru Pedro Castillo saat sidang di Mahkamah Agung, Lima. (ilustrasi) Foto: AP Photo/Martin Mejia"
        ],
        "related_titles": [
            "Kongres Peru Lengserkan Presiden Dina Boluarte",
            "Peru Putus Hubungan Diplomatik dengan Meksiko",
        ],
    },
    first="REPUBLIKA.CO.ID, LIMA -- Mahkamah Agung Peru",
    last="Vonis ini kembali menyorot",
    skip=("Baca Juga:",),
    strip_prefix="REPUBLIKA.CO.ID, LIMA --",
    events=shared("id"),
)
