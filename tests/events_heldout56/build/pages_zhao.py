"""Gold for the third positive pair: Trump pardons Binance founder Changpeng Zhao on 23 Oct 2025 (AP the same
day, kumparan the next morning)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BINANCE, TRUMP, US_AUTHORITIES, US_COURT, WARREN, WHITE_HOUSE, ZHAO
from common import DENY, EASE, RULING, STMT, ev, page

OCT23 = ("2025-10-23", "2025-10-23")
APR2024 = ("2024-04-01", "2024-04-30")
ULBRICHT = ["Ross Ulbricht", "Ulbricht", "USA"]
CRITICISE = ["11", "12", *STMT]
EN = "en_04_ap_trump_pardons_binance_founder_zhao.txt"
ID = "id_04_kumparan_trump_ampuni_pendiri_binance.txt"


def shared(pardon, sentence, denial):
    """The events both pages report as required, with each page's evidence."""
    return [
        ev(
            "trump_pardons_zhao_2025_10_23",
            True,
            EASE,
            [TRUMP, ZHAO],
            *OCT23,
            "asserted",
            pardon,
            "'on Thursday' / 'Kamis (23/10) waktu setempat'",
        ),
        ev(
            "zhao_sentenced_2024_04",
            True,
            RULING,
            [US_COURT, ZHAO],
            *APR2024,
            "asserted",
            sentence,
            "background: 'in April 2024' / 'pada April 2024'",
            ["Seattle", "USA"],
        ),
        ev(
            "white_house_denies_business_link_2025_10_23",
            True,
            DENY,
            [WHITE_HOUSE, BINANCE],
            *OCT23,
            "denied",
            denial,
            "an unnamed official denies the ties played a role",
        ),
    ]


page(
    EN,
    {
        "site": "apnews.com",
        "title": "Trump pardons Binance founder Changpeng Zhao, who served prison time for money-laundering violations",
        "subtitle": None,
        "authors": ["Alan Suderman", "Darlene Superville"],
        "section": "Business",
        "published_at": {"accept_dates": ["2025-10-23"], "accept_null": True},
        "updated_at": {"accept": ["2025-10-23T18:12:00-04:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington",
        "cited_sources": [],
        "captions_required": [
            "FILE - Changpeng Zhao, the founder of Binance, leaves federal court in Seattle on April 30, 2024, after being sentenced to four months in prison. (AP Photo/Lindsey Wasson, File)"
        ],
        "related_titles": [],
    },
    first="WASHINGTON (AP) —",
    last="The pardon is the latest in a series",
    strip_prefix="WASHINGTON (AP) —",
    events=[
        *shared(
            "President Donald Trump on Thursday pardoned Changpeng Zhao",
            "Zhao was sentenced in April 2024",
            "A White House official, speaking on condition",
        ),
        ev(
            "leavitt_statement_2025_10_23",
            False,
            STMT,
            [WHITE_HOUSE, ZHAO],
            *OCT23,
            "asserted",
            "White House press secretary Karoline Leavitt said",
        ),
        ev(
            "zhao_thanks_trump_2025_10_23",
            False,
            STMT,
            [ZHAO, TRUMP],
            *OCT23,
            "asserted",
            "Zhao, widely known as CZ, posted on X",
        ),
        ev(
            "zhao_pleads_guilty_2023_11",
            False,
            ["01", "02", "11", "12", "17"],
            [ZHAO, US_AUTHORITIES],
            "2023-11-01",
            "2023-11-30",
            "asserted",
            "Zhao was sentenced in April 2024",
            "'admitting in November 2023'",
        ),
        ev(
            "binance_agrees_penalty_2023_11",
            False,
            ["03", "05", "06", "08"],
            [BINANCE, US_AUTHORITIES],
            "2023-11-01",
            "2023-11-30",
            "asserted",
            "Zhao was sentenced in April 2024",
            "'the same settlement'",
        ),
        ev(
            "warren_accuses_trump_2025_10_23",
            False,
            CRITICISE,
            [WARREN, TRUMP],
            *OCT23,
            "asserted",
            "Democrats were quick to object.",
        ),
        ev(
            "binance_to_seek_return",
            False,
            STMT,
            [BINANCE],
            None,
            None,
            "planned",
            "Binance, which has been barred",
            "'is expected to seek', no date",
        ),
        ev(
            "trump_pardons_ulbricht_2025_01",
            True,
            EASE,
            [TRUMP, ULBRICHT],
            "2025-01-20",
            "2025-01-31",
            "asserted",
            "The pardon is the latest in a series",
            "background: 'In January, shortly after returning to office' (inauguration 20 Jan)",
        ),
        ev(
            "zhao_leaves_court_caption_2024_04_30",
            False,
            RULING,
            [US_COURT, ZHAO],
            "2024-04-30",
            "2024-04-30",
            "asserted",
            "FILE - Changpeng Zhao, the founder of Binance",
            "from a file-photo caption",
            ["Seattle", "USA"],
        ),
    ],
)

page(
    ID,
    {
        "site": "kumparan.com",
        "title": "Trump Beri Pengampunan kepada Pendiri Binance Changpeng Zhao",
        "subtitle": None,
        "authors": [],
        "section": "kumparanBISNIS",
        "published_at": {"accept": ["2025-10-24T09:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AP"],
        "captions_required": ["Pendiri Binance Changpeng Zhao. Foto: Reuters"],
        "related_titles": ["Harga Bitcoin Hari Ini Kembali Tembus USD 110 Ribu"],
    },
    first="Presiden Amerika Serikat Donald Trump memberikan pengampunan",
    last="Harga token BNB milik Binance",
    events=[
        *shared(
            "Presiden Amerika Serikat Donald Trump memberikan pengampunan",
            "Zhao sebelumnya divonis empat bulan penjara",
            "Pengampunan ini menuai sorotan",
        ),
        ev(
            "leavitt_statement_2025_10_23",
            False,
            STMT,
            [WHITE_HOUSE, ZHAO],
            *OCT23,
            "asserted",
            "Dikutip dari AP, juru bicara Gedung Putih",
        ),
        ev(
            "zhao_thanks_trump_2025_10_23",
            False,
            STMT,
            [ZHAO, TRUMP],
            *OCT23,
            "asserted",
            '"Sangat berterima kasih atas pengampunan',
        ),
        ev(
            "warren_accuses_trump_2025_10_23",
            False,
            CRITICISE,
            [WARREN, TRUMP],
            *OCT23,
            "asserted",
            "Senator Partai Demokrat Elizabeth Warren",
            "undated in the text; the day of the pardon",
        ),
        ev(
            "binance_agrees_penalty_2023_11",
            False,
            ["03", "05", "06", "08"],
            [BINANCE, US_AUTHORITIES],
            "2023-11-01",
            "2023-11-30",
            "asserted",
            "Pada November 2023, Binance setuju membayar",
        ),
    ],
)
