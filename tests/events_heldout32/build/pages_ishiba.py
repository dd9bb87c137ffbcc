"""Gold for Trump hosting Japan's Prime Minister Shigeru Ishiba at the White House on 7 Feb 2025 (Reuters,
Kompas): a positive pair."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BIDEN, CHINA, ISHIBA, JAPAN, KIM, NIPPON_STEEL, TRUMP, USA
from common import MEET, STMT, THREAT, VISIT, ev, page

FEB7 = ("2025-02-07", "2025-02-07")
BLOCK = ["12", "16", "17"]
PLEDGE = ["01", "02", "03", "05"]
TARIFF = ["13", "16", "01", "02"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "trump_ishiba_talks_2025_02_07",
            True,
            MEET,
            [TRUMP, ISHIBA],
            *FEB7,
            "asserted",
            "U.S. President Donald Trump hosted Japanese Prime Minister"
            if en
            else "Presiden Amerika Serikat (AS) Donald Trump menerima kunjungan",
            "'on Friday' in a Friday article" if en else "'Jumat (7/2/2025) waktu setempat'",
            ["Washington", "USA"],
        ),
        ev(
            "ishiba_arrives_washington_2025_02_06",
            True,
            VISIT,
            [ISHIBA, USA],
            "2025-02-06",
            "2025-02-06",
            "asserted",
            "Ishiba, who arrived in Washington on Thursday"
            if en
            else "Ishiba tiba di ibu kota AS pada Kamis",
            "relative clause; 'on Thursday' before the Friday talks" if en else "'Kamis (6/2/2025) malam'",
            ["Washington", "USA"],
        ),
        ev(
            "ishiba_pledges_investment_2025_02_07",
            True,
            PLEDGE,
            [ISHIBA, USA],
            *FEB7,
            "asserted",
            "U.S. President Donald Trump hosted Japanese Prime Minister"
            if en
            else "Dalam konferensi pers bersama usai pembicaraan, Ishiba mengatakan",
            "subordinate 'after Ishiba pledged' in the lead"
            if en
            else "pledge of $1 trillion, reported as speech",
        ),
        ev(
            "biden_blocks_nippon_steel_2025_01",
            True,
            BLOCK,
            [BIDEN, NIPPON_STEEL],
            *(("2025-01-01", "2025-01-31") if en else ("2025-01-03", "2025-01-03")),
            "asserted",
            "Speaking at a joint news conference in the East Room"
            if en
            else "Rencana akuisisi senilai 14,9 miliar dollar AS tersebut sebelumnya diblokir",
            "background in a relative clause, 'last month'"
            if en
            else "background, passive 'diblokir', '3 Januari 2025'",
        ),
        ev(
            "us_japan_joint_statement_2025_02_07",
            True,
            PLEDGE,
            [USA, JAPAN],
            *FEB7,
            "asserted",
            "The two governments issued a joint statement"
            if en
            else "Kedua pemimpin juga mengeluarkan pernyataan bersama",
            "no date in the sentence; issued at the Friday talks",
        ),
        ev(
            "trump_reciprocal_tariffs_planned_2025_02",
            True,
            TARIFF,
            [TRUMP],
            "2025-02-09",
            "2025-02-15",
            "planned",
            "Trump also said he would announce reciprocal tariffs"
            if en
            else '"Kami akan mengumumkan tarif timbal balik pekan depan,"',
            "'next week' from Friday 2025-02-07"
            if en
            else "'pekan depan' inside a quote, from Friday 2025-02-07",
        ),
        ev(
            "ishiba_invites_trump",
            False,
            ["01", "02", "03", "04"],
            [ISHIBA, TRUMP],
            None,
            None,
            "asserted",
            "Ishiba told reporters that he had invited Trump"
            if en
            else "Ishiba juga mengundang Trump untuk berkunjung",
            "an invitation; the visit itself has no date",
        ),
        ev(
            "trump_on_nippon_steel",
            False,
            STMT,
            [TRUMP, NIPPON_STEEL],
            *FEB7,
            "asserted",
            "Speaking at a joint news conference in the East Room"
            if en
            else "Trump menyebut Nippon Steel tidak akan membeli",
        ),
    ]


page(
    "en_01_reuters_trump_ishiba_pledge_golden_age.txt",
    {
        "site": "reuters.com",
        "title": "Trump, Ishiba tout 'golden age' of ties as Japan pledges $1 trillion US investment",
        "subtitle": None,
        "authors": ["Trevor Hunnicutt", "John Geddie"],
        "section": "United States",
        "published_at": {"accept": ["2025-02-07T18:48:00-05:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-02-08"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington",
        "cited_sources": [],
        "captions_required": [
            "U.S. President Donald Trump greets Japanese Prime Minister Shigeru Ishiba at the White House in Washington, U.S., February 7, 2025. REUTERS/Kevin Lamarque"
        ],
        "related_titles": [],
    },
    first="WASHINGTON, Feb 7 (Reuters) -",
    last="Japanese officials had prepared for the meeting",
    strip_prefix="WASHINGTON, Feb 7 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "trump_on_japan_energy",
            False,
            STMT,
            [TRUMP, JAPAN],
            *FEB7,
            "asserted",
            "\"We're going to have a very, very strong relationship",
            "a quote at the Oval Office meeting",
        ),
        ev(
            "trump_on_kim_relations",
            False,
            STMT,
            [TRUMP, KIM],
            None,
            None,
            "asserted",
            "Asked about North Korea, Trump said",
        ),
        ev(
            "trump_kim_meetings_first_term",
            False,
            MEET,
            [TRUMP, KIM],
            "2018-06-12",
            "2019-06-30",
            "asserted",
            "Asked about North Korea, Trump said",
            "'whom he met three times during his first term'",
        ),
        ev(
            "china_opposes_joint_statement_2025_02_08",
            False,
            ["01", "02", "11", "12"],
            [CHINA, USA],
            "2025-02-08",
            "2025-02-08",
            "asserted",
            "China's foreign ministry said on Saturday",
            "'on Saturday' after a Friday-evening (EST) article, updated Saturday",
        ),
        ev(
            "trump_greets_ishiba_caption",
            False,
            MEET,
            [TRUMP, ISHIBA],
            *FEB7,
            "asserted",
            "U.S. President Donald Trump greets Japanese Prime Minister",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_trump_terima_ishiba_di_gedung_putih.txt",
    {
        "site": "kompas.com",
        "title": "Trump Terima PM Jepang Ishiba di Gedung Putih, Jepang Janjikan Investasi 1 Triliun Dollar AS",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Global",
        "published_at": {"accept": ["2025-02-08T09:41:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington DC",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Presiden Amerika Serikat Donald Trump (kanan) menyambut Perdana Menteri Jepang Shigeru Ishiba di Gedung Putih, Washington DC, Jumat (7/2/2025). AFP/ANDREW CABALLERO-REYNOLDS"
        ],
        "related_titles": ["Trump Ancam Kenakan Tarif 25 Persen untuk Kanada dan Meksiko"],
    },
    first="WASHINGTON DC, KOMPAS.com -",
    last="Ishiba juga mengundang Trump",
    skip=("Baca juga:",),
    strip_prefix="WASHINGTON DC, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "trump_hints_tariffs_on_japan",
            False,
            THREAT,
            [TRUMP, JAPAN],
            *FEB7,
            "asserted",
            "Trump juga mengisyaratkan bahwa Jepang bisa terkena tarif",
            "a conditional threat",
        ),
        ev(
            "china_opposes_joint_statement",
            False,
            ["01", "02", "11", "12"],
            [CHINA, USA],
            None,
            None,
            "asserted",
            "Pemerintah China melalui juru bicara",
        ),
        ev(
            "trump_welcomes_ishiba_caption",
            False,
            MEET,
            [TRUMP, ISHIBA],
            *FEB7,
            "asserted",
            "Presiden Amerika Serikat Donald Trump (kanan) menyambut",
            "from a photo caption",
        ),
    ],
)
