"""Gold for the Trump-Albanese critical minerals framework signed at the White House on 20 Oct 2025
(Reuters, Kompas): a positive pair."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ALBANESE, AUSTRALIA, CHINA, RUDD, TRUMP, USA
from common import MEET, RESTRICT, SIGN, STMT, THREAT, ev, page

OCT20 = ("2025-10-20", "2025-10-20")
AUKUS = ["AUKUS", "Australia", "Australian", "AUS"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "trump_albanese_sign_minerals_2025_10_20",
            True,
            SIGN,
            [USA, AUSTRALIA],
            *OCT20,
            "asserted",
            "U.S. President Donald Trump and Australian Prime Minister Anthony Albanese signed"
            if en
            else "Presiden Amerika Serikat (AS) Donald Trump dan Perdana Menteri Australia",
            "'on Monday' in a Monday article"
            if en
            else "'Senin (20/10/2025) waktu setempat' in a Tuesday WIB article",
            ["Washington", "USA"],
        ),
        ev(
            "china_rare_earth_controls_2025_10",
            True,
            RESTRICT,
            [CHINA],
            *(("2025-10-01", "2025-10-20") if en else ("2025-10-03", "2025-10-10")),
            "asserted",
            "The deal comes after Beijing this month"
            if en
            else "Kesepakatan tersebut diteken dua pekan setelah Beijing",
            "background: 'this month'" if en else "background: 'dua pekan setelah' a 20 Oct signing",
        ),
        ev(
            "trump_threatens_china_tariffs",
            False,
            THREAT,
            [TRUMP, CHINA],
            None,
            None,
            "asserted",
            "The deal comes after Beijing this month"
            if en
            else "Kesepakatan tersebut diteken dua pekan setelah Beijing",
            "threat of 100% tariffs from 1 Nov; no date of the threat itself",
        ),
        ev(
            "trump_aukus_full_steam",
            False,
            STMT,
            [TRUMP, AUKUS],
            *OCT20,
            "asserted",
            "Trump also put to rest questions" if en else "Dalam kesempatan yang sama, Trump menegaskan",
        ),
        ev(
            "trump_jabs_rudd",
            False,
            STMT,
            [TRUMP, RUDD],
            *OCT20,
            "asserted",
            "In a light-hearted but awkward moment" if en else "Pertemuan itu sempat diwarnai momen canggung",
            "a jibe (CAMEO 11 disapprove), optional",
        ),
        ev(
            "both_to_invest_1bn",
            False,
            ["06", "07", "03", "05"],
            [USA, AUSTRALIA],
            None,
            None,
            "planned",
            "Under the framework, signed in the Cabinet Room"
            if en
            else "Menurut Albanese, kedua negara masing-masing",
            "'will commit ... over the next six months'",
        ),
    ]


page(
    "en_02_reuters_trump_albanese_sign_critical_minerals_deal.txt",
    {
        "site": "reuters.com",
        "title": "Trump, Albanese sign critical minerals deal to counter China's grip on rare earths",
        "subtitle": None,
        "authors": ["Trevor Hunnicutt", "Kirsty Needham"],
        "section": "Asia Pacific",
        "published_at": {"accept": ["2025-10-20T18:02:00-04:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-10-20"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington",
        "cited_sources": [],
        "captions_required": [
            "U.S. President Donald Trump and Australian Prime Minister Anthony Albanese sign a critical minerals agreement in the Cabinet Room at the White House in Washington, D.C., U.S., October 20, 2025. REUTERS/Evelyn Hockstein"
        ],
        "related_titles": [],
    },
    first="WASHINGTON, Oct 20 (Reuters) -",
    last="China's foreign ministry did not",
    strip_prefix="WASHINGTON, Oct 20 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "albanese_trump_unga_2025_09",
            True,
            MEET,
            [ALBANESE, TRUMP],
            "2025-09-01",
            "2025-09-30",
            "asserted",
            "Albanese, who spoke with Trump briefly",
            "background in a relative clause: 'last month' (UNGA, New York) in an October article",
            ["New York", "USA"],
        ),
        ev(
            "exim_letters_of_interest",
            False,
            ["06", "07", "05"],
            [USA, AUSTRALIA],
            None,
            None,
            "planned",
            "The U.S. Export-Import Bank said separately",
        ),
        ev(
            "trump_predicts_minerals",
            False,
            STMT,
            [TRUMP],
            *OCT20,
            "asserted",
            '"In about a year from now',
        ),
        ev(
            "albanese_alliance_stronger",
            False,
            STMT,
            [ALBANESE, USA],
            *OCT20,
            "asserted",
            "Albanese, who spoke with Trump briefly",
            "'said the meeting showed the alliance was strong'",
        ),
        ev(
            "sign_caption",
            False,
            SIGN,
            [USA, AUSTRALIA],
            *OCT20,
            "asserted",
            "U.S. President Donald Trump and Australian Prime Minister Anthony Albanese sign a critical",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_kompas_trump_dan_albanese_teken_kesepakatan_mineral_kritis.txt",
    {
        "site": "kompas.com",
        "title": "Trump dan Albanese Teken Kesepakatan Mineral Kritis Senilai 8,5 Miliar Dollar AS",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-21T07:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Presiden Amerika Serikat Donald Trump dan Perdana Menteri Australia Anthony Albanese menandatangani kesepakatan mineral kritis di Gedung Putih, Washington, Senin (20/10/2025). (AFP/SAUL LOEB)"
        ],
        "related_titles": [
            "China Perketat Ekspor Logam Tanah Jarang, Trump Ancam Tarif 100 Persen",
            "Albanese Akan Kunjungi Washington, Bawa Agenda Mineral Kritis dan AUKUS",
            "Kenapa Logam Tanah Jarang Begitu Penting?",
        ],
    },
    first="WASHINGTON, KOMPAS.com -",
    last="Pemerintah China belum memberikan",
    skip=("Baca juga:",),
    strip_prefix="WASHINGTON, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "trump_albanese_meet_2025_10_20",
            True,
            MEET,
            [TRUMP, ALBANESE],
            *OCT20,
            "asserted",
            "Kesepakatan itu diteken dalam pertemuan pertama",
            "no date in the sentence: the Monday meeting of the lead",
            ["Washington", "USA"],
        ),
        ev(
            "trump_predicts_minerals",
            False,
            STMT,
            [TRUMP],
            *OCT20,
            "asserted",
            '"Dalam sekitar satu tahun dari sekarang',
        ),
        ev(
            "sign_caption",
            False,
            SIGN,
            [USA, AUSTRALIA],
            *OCT20,
            "asserted",
            "Presiden Amerika Serikat Donald Trump dan Perdana Menteri Australia Anthony Albanese menandatangani kesepakatan mineral kritis di Gedung",
            "from a photo caption",
        ),
    ],
)
