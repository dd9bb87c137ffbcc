"""Gold for Mark Carney's first Oval Office meeting with Donald Trump, 6 May 2025 (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CANADA, CARNEY, TRUMP, USA
from common import AGREE, MEET, RESTRICT, STMT, VISIT, ev, page

MAY6 = ("2025-05-06", "2025-05-06")
MARCH = ("2025-03-01", "2025-03-31")
WASHINGTON = ["White House", "Oval Office", "Gedung Putih", "Washington", "USA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "carney_trump_meeting_2025_05_06",
            True,
            MEET,
            [TRUMP, CARNEY],
            *MAY6,
            "asserted",
            "U.S. President Donald Trump hosted Canadian Prime Minister Mark Carney"
            if en
            else "Perdana Menteri Kanada Mark Carney bertemu Presiden Amerika Serikat",
            "'on Tuesday' in a Tuesday article" if en else "'pada Selasa (6/5/2025) waktu setempat'",
            WASHINGTON,
        ),
        ev(
            "us_tariffs_canada_2025_03",
            True,
            RESTRICT,
            [USA, CANADA],
            *MARCH,
            "asserted",
            "Trump imposed 25% tariffs in March"
            if en
            else "Hubungan kedua negara bertetangga itu memburuk sejak AS",
            "background: 'in March' / 'pada Maret lalu', month precision",
        ),
        ev(
            "canada_retaliatory_tariffs_2025_03",
            True,
            RESTRICT,
            [CANADA, USA],
            *MARCH,
            "asserted",
            "Ottawa hit back that same month" if en else "Kanada kemudian membalas dengan tarif balasan",
            "'that same month' / 'pada bulan yang sama': the March of the previous sentence",
        ),
        ev(
            "carney_trump_g7_planned_2025_06",
            True,
            MEET,
            [CARNEY, TRUMP],
            "2025-06-15",
            "2025-06-17",
            "planned",
            "The two leaders will meet again" if en else "Keduanya dijadwalkan kembali bertemu",
            "a planned meeting at the G7 summit, 15-17 June 2025",
            ["Kananaskis", "Alberta", "CAN"],
        ),
        ev(
            "trump_refuses_to_lift_tariffs",
            False,
            STMT,
            [TRUMP, CARNEY],
            *MAY6,
            "asserted",
            "Seated beside Carney in the Oval Office"
            if en
            else "Dalam pertemuan yang berlangsung sekitar dua jam itu",
            "a refusal voiced in the meeting",
        ),
        ev(
            "carney_constructive",
            False,
            STMT,
            [CARNEY, TRUMP],
            *MAY6,
            "asserted",
            "Carney, a former central banker" if en else "Seusai pertemuan, Carney menyebut",
        ),
    ]


page(
    "en_01_reuters_trump_carney_oval_office.txt",
    {
        "site": "reuters.com",
        "title": "Trump and Carney spar politely over tariffs and annexation in first Oval Office meeting",
        "subtitle": None,
        "authors": ["Steve Holland", "David Ljunggren"],
        "section": "Americas",
        "published_at": {"accept": ["2025-05-06T21:41:00+00:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-05-07"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington",
        "cited_sources": [],
        "captions_required": [
            "U.S. President Donald Trump meets Canadian Prime Minister Mark Carney in the Oval Office at the White House in Washington, D.C., U.S., May 6, 2025. REUTERS/Kevin Lamarque"
        ],
        "related_titles": [],
    },
    first="WASHINGTON/OTTAWA, May 6 (Reuters) -",
    last="Trump, who has repeatedly mocked",
    strip_prefix="WASHINGTON/OTTAWA, May 6 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "carney_never_for_sale",
            False,
            STMT,
            [CARNEY, TRUMP],
            *MAY6,
            "asserted",
            '"As you know from real estate',
            "a quoted retort",
        ),
        ev(
            "further_talks_agreed",
            False,
            AGREE,
            [CANADA, USA],
            None,
            None,
            "asserted",
            "Canadian officials said the two sides agreed",
            "the talks themselves are undated ('in the coming weeks')",
        ),
        ev(
            "trump_praises_carney",
            False,
            STMT,
            [TRUMP, CARNEY],
            *MAY6,
            "asserted",
            "Trump, who has repeatedly mocked",
        ),
        ev(
            "carney_trump_caption_2025_05_06",
            False,
            MEET,
            [TRUMP, CARNEY],
            *MAY6,
            "asserted",
            "U.S. President Donald Trump meets Canadian Prime Minister Mark Carney",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_carney_temui_trump_di_gedung_putih.txt",
    {
        "site": "kompas.com",
        "title": "Carney Temui Trump di Gedung Putih: Kanada Tidak untuk Dijual",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-07T06:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington DC",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Presiden Amerika Serikat Donald Trump menyambut Perdana Menteri Kanada Mark Carney di Gedung Putih, Washington DC, Selasa (6/5/2025). (AFP/MANDEL NGAN)"
        ],
        "related_titles": [
            "Liberal Menang Pemilu Kanada, Carney Janji Lawan Tekanan Trump",
            "Trump Naikkan Tarif Baja dan Aluminium, Kanada Siapkan Balasan",
        ],
    },
    first="WASHINGTON DC, KOMPAS.com -",
    last="Keduanya dijadwalkan kembali bertemu",
    skip=("Baca juga:",),
    strip_prefix="WASHINGTON DC, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "carney_arrives_washington_2025_05_05",
            True,
            VISIT,
            [CARNEY, USA],
            "2025-05-05",
            "2025-05-05",
            "asserted",
            "Carney tiba di Washington pada Senin",
            "'pada Senin (5/5/2025) malam'",
            ["Washington", "USA"],
        ),
        ev(
            "trump_floats_51st_state",
            False,
            STMT,
            [TRUMP, CANADA],
            *MAY6,
            "asserted",
            "Trump kembali melontarkan gagasan",
        ),
        ev(
            "carney_never_for_sale",
            False,
            STMT,
            [CARNEY, TRUMP],
            *MAY6,
            "asserted",
            '"Seperti yang Anda ketahui dari dunia properti',
            "a quoted retort",
        ),
        ev(
            "carney_trump_caption_2025_05_06",
            False,
            MEET,
            [TRUMP, CARNEY],
            *MAY6,
            "asserted",
            "Presiden Amerika Serikat Donald Trump menyambut",
            "from a photo caption",
        ),
    ],
)
