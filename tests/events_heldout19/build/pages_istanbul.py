"""Gold for the first direct Russia-Ukraine talks in Istanbul, 16 May 2025 (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BILOPILLIA, ERDOGAN, EUROPE_LEADERS, PUTIN, RUBIO, RUSSIA, TRUMP, UKRAINE, ZELENSKY
from common import AGREE, DENY, MEET, STMT, VIOLENCE, ev, page

MAY16 = ("2025-05-16", "2025-05-16")
MAY15 = ("2025-05-15", "2025-05-15")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "russia_ukraine_talks_istanbul_2025_05_16",
            True,
            MEET,
            [RUSSIA, UKRAINE],
            *MAY16,
            "asserted",
            "Russian and Ukrainian negotiators met in Istanbul"
            if en
            else "Delegasi Rusia dan Ukraina menggelar perundingan",
            "'on Friday' in a Friday article" if en else "'pada Jumat (16/5/2025)'",
            ["Istanbul", "TUR"],
        ),
        ev(
            "prisoner_swap_agreed_2025_05_16",
            True,
            AGREE,
            [UKRAINE, RUSSIA],
            *MAY16,
            "asserted",
            "Ukrainian Defence Minister Rustem Umerov, who led"
            if en
            else "Kedua pihak hanya menyepakati pertukaran tawanan",
            "agreement reached at the Friday talks; no date in the sentence",
        ),
        ev(
            "us_turkey_ukraine_meet_2025_05_16",
            True,
            MEET,
            [RUBIO, UKRAINE],
            *MAY16,
            "asserted",
            "Hours before the talks began" if en else "Sebelum perundingan dimulai, delegasi Ukraina",
            "'Hours before' / 'Sebelum' the Friday talks",
            ["Istanbul", "TUR"],
        ),
        ev(
            "zelensky_erdogan_ankara_2025_05_15",
            True,
            MEET,
            [ZELENSKY, ERDOGAN],
            *MAY15,
            "asserted",
            "Zelenskiy, who held talks with Turkish President"
            if en
            else "Presiden Ukraina Volodymyr Zelensky sendiri tidak hadir",
            "'on Thursday' in a Friday article" if en else "'Sehari sebelumnya, Kamis (15/5/2025)'",
            ["Ankara", "TUR"],
        ),
        ev(
            "prisoner_swap_planned",
            False,
            AGREE,
            [UKRAINE, RUSSIA],
            None,
            None,
            "planned",
            "The exchange of 1,000 prisoners for 1,000 will"
            if en
            else "Pertukaran tawanan itu akan dilakukan",
            "'in the coming days', no date: optional",
        ),
        ev(
            "medinsky_satisfied",
            False,
            STMT,
            [RUSSIA, UKRAINE],
            *MAY16,
            "asserted",
            "Kremlin aide Vladimir Medinsky" if en else "Ketua delegasi Rusia, ajudan Kremlin",
        ),
        ev(
            "russia_unacceptable_demands",
            False,
            [*STMT, "13"],
            [RUSSIA, UKRAINE],
            *MAY16,
            "asserted" if en else "alleged",
            "A Ukrainian source said Russia had presented" if en else "Menurut sumber di delegasi Ukraina",
            "a source's claim; 'diduga' in Kompas",
        ),
    ]


page(
    "en_01_reuters_russia_ukraine_first_direct_talks_istanbul.txt",
    {
        "site": "reuters.com",
        "title": "Russia and Ukraine agree big prisoner swap in first direct talks in three years, but no ceasefire",
        "subtitle": None,
        "authors": ["Jonathan Spicer", "Guy Faulconbridge"],
        "section": "Europe",
        "published_at": {"accept": ["2025-05-16T19:41:00+03:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-05-16"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Istanbul",
        "cited_sources": [],
        "captions_required": [
            "Turkish Foreign Minister Hakan Fidan attends a meeting of Russian and Ukrainian delegations at Dolmabahce Palace in Istanbul, Turkey, May 16, 2025. Turkish Foreign Ministry/Handout via REUTERS"
        ],
        "related_titles": [],
    },
    first="ISTANBUL, May 16 (Reuters) -",
    last="Trump said on Thursday that nothing",
    strip_prefix="ISTANBUL, May 16 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "fidan_hosts_talks_2025_05_16",
            False,
            MEET,
            [RUSSIA, UKRAINE],
            *MAY16,
            "asserted",
            "The talks at Istanbul's Dolmabahce Palace",
            "the same talks restated",
        ),
        ev(
            "medinsky_notes_summit_request",
            False,
            STMT,
            [RUSSIA, UKRAINE],
            *MAY16,
            "asserted",
            '"We have taken note of the Ukrainian request',
        ),
        ev(
            "putin_proposed_talks_2025_05_11",
            False,
            STMT,
            [PUTIN, UKRAINE],
            "2025-05-11",
            "2025-05-11",
            "asserted",
            "Russian President Vladimir Putin, who had proposed",
            "a proposal in a relative clause; the main clause is a refusal to meet",
        ),
        ev(
            "zelensky_calls_for_sanctions_2025_05_16",
            False,
            STMT,
            [ZELENSKY, RUSSIA],
            *MAY16,
            "asserted",
            "Zelenskiy, who held talks with Turkish President",
            "same sentence as the Ankara talks",
        ),
        ev(
            "leaders_call_trump_2025_05_16",
            True,
            MEET,
            [EUROPE_LEADERS, TRUMP],
            *MAY16,
            "asserted",
            "Zelenskiy, French President Emmanuel Macron",
            "phone call 'after the talks ended' on Friday",
        ),
        ev(
            "trump_nothing_until_meets_putin_2025_05_15",
            False,
            STMT,
            [TRUMP, PUTIN],
            *MAY15,
            "asserted",
            "Trump said on Thursday that nothing",
        ),
        ev(
            "trump_putin_meeting_planned",
            False,
            MEET,
            [TRUMP, PUTIN],
            None,
            None,
            "planned",
            "Trump said on Thursday that nothing",
            "'as soon as we can set it up': no date",
        ),
        ev(
            "talks_caption_2025_05_16",
            False,
            MEET,
            [RUSSIA, UKRAINE],
            *MAY16,
            "asserted",
            "Turkish Foreign Minister Hakan Fidan attends",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_rusia_ukraina_sepakati_pertukaran_tawanan.txt",
    {
        "site": "kompas.com",
        "title": "Perundingan Langsung Pertama Sejak 2022, Rusia dan Ukraina Sepakati Tukar 1.000 Tawanan",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-17T17:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Istanbul",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Delegasi Rusia dan Ukraina duduk berhadapan dalam perundingan damai di Istana Dolmabahce, Istanbul, Turkiye, Jumat (16/5/2025). (AFP/HANDOUT/TURKISH FOREIGN MINISTRY)"
        ],
        "related_titles": [
            "Zelensky Tantang Putin Bertemu Langsung di Istanbul",
            "Putin Tak Hadir, Kremlin Kirim Medinsky ke Istanbul",
        ],
    },
    first="ISTANBUL, KOMPAS.com -",
    last="Zelensky mengecam serangan tersebut",
    skip=("Baca juga:",),
    strip_prefix="ISTANBUL, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "umerov_quote_swap",
            False,
            AGREE,
            [UKRAINE, RUSSIA],
            *MAY16,
            "asserted",
            '"Kami sepakat menukar 1.000 tawanan',
            "the agreement in a quote",
        ),
        ev(
            "russian_drone_hits_bus_2025_05_17",
            True,
            VIOLENCE,
            [RUSSIA, BILOPILLIA],
            "2025-05-17",
            "2025-05-17",
            "asserted",
            "Sehari setelah perundingan, drone Rusia",
            "'pada Sabtu (17/5/2025) pagi'",
            ["Bilopillia", "UKR"],
        ),
        ev(
            "russia_denies_targeting_civilians",
            False,
            DENY,
            [RUSSIA, UKRAINE],
            None,
            None,
            "denied",
            "Kementerian Pertahanan Rusia membantah",
        ),
        ev(
            "zelensky_condemns_strike",
            False,
            STMT,
            [ZELENSKY, RUSSIA],
            None,
            None,
            "asserted",
            "Zelensky mengecam serangan tersebut",
        ),
        ev(
            "talks_caption_2025_05_16",
            False,
            MEET,
            [RUSSIA, UKRAINE],
            *MAY16,
            "asserted",
            "Delegasi Rusia dan Ukraina duduk berhadapan",
            "from a photo caption",
        ),
    ],
)
