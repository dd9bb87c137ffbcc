"""Gold for the US-China trade talks in Geneva, 10-11 May 2025, and the tariff truce of 12 May (AFP,
CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CHINA, HE_LIFENG, SWITZERLAND, USA
from common import AGREE, EASE, MEET, RESTRICT, STMT, ev, page

MAY12 = ("2025-05-12", "2025-05-12")
WEEKEND = ("2025-05-10", "2025-05-11")
APRIL = ("2025-04-02", "2025-04-30")
GENEVA = ["Geneva", "Jenewa", "Swiss", "CHE"]
US_AND_CHINA = ["United States", "China", "delegations", "USA", "CHN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "us_china_agree_cut_tariffs_2025_05_12",
            True,
            [*AGREE, *EASE],
            [USA, CHINA],
            *MAY12,
            "asserted",
            "The United States and China agreed on Monday"
            if en
            else "Amerika Serikat (AS) dan China sepakat memangkas",
            "'on Monday' in a Monday article"
            if en
            else "no date in the lead; 'diumumkan ... pada Senin (12/5)' next",
            GENEVA,
        ),
        ev(
            "us_china_geneva_talks_2025_05_10",
            True,
            MEET,
            [USA, HE_LIFENG],
            *WEEKEND,
            "asserted",
            "The deal, set out in a joint statement"
            if en
            else "Menteri Keuangan AS Scott Bessent dan Perwakilan Dagang",
            "'over the weekend' before a Monday article" if en else "'pada Sabtu dan Minggu (10-11/5)'",
            GENEVA,
        ),
        ev(
            "tariff_cuts_take_effect_2025_05_14",
            True,
            EASE,
            [USA, CHINA],
            "2025-05-14",
            "2025-05-14",
            "planned",
            "Both sides said the reductions would take effect" if en else "Penurunan tarif itu akan berlaku",
            "'by Wednesday' / 'paling lambat Rabu (14/5)', still to come",
        ),
        ev(
            "us_tariffs_china_2025_04",
            True,
            RESTRICT,
            [USA, CHINA],
            *APRIL,
            "asserted",
            "US President Donald Trump imposed sweeping"
            if en
            else "Perang dagang kedua negara memanas sejak",
            "background: 2 April and the hikes 'during the month'",
        ),
        ev(
            "china_retaliatory_tariffs_2025_04",
            True,
            RESTRICT,
            [CHINA, USA],
            *APRIL,
            "asserted",
            "Beijing retaliated in April" if en else "China membalas pada bulan yang sama",
            "'in April' / 'pada bulan yang sama' (April of the previous sentence)",
        ),
        ev(
            "bessent_no_decoupling",
            False,
            STMT,
            [USA, CHINA],
            "2025-05-11",
            "2025-05-12",
            "asserted",
            '"The consensus from both delegations' if en else '"Kedua delegasi sepakat',
            "a quote about the talks",
        ),
    ]


page(
    "en_02_afp_us_china_agree_to_slash_tariffs_after_geneva_talks.txt",
    {
        "site": "afp.com",
        "title": "US, China agree to slash tariffs for 90 days after Geneva talks",
        "subtitle": None,
        "authors": ["Agnes Pedrero", "Peter Catterall"],
        "section": "World",
        "published_at": {"accept": ["2025-05-12T12:48:00+00:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-05-12T16:05:00+00:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Geneva",
        "cited_sources": [],
        "captions_required": [
            "US Treasury Secretary Scott Bessent (left) and US Trade Representative Jamieson Greer speak to the press after trade talks with Chinese officials in Geneva on May 11, 2025. AFP/Fabrice COFFRINI"
        ],
        "related_titles": [],
    },
    first="Geneva (AFP) –",
    last="Stock markets rallied",
    strip_prefix="Geneva (AFP) –",
    events=[
        *shared("en"),
        ev(
            "tariff_cut_terms_planned",
            False,
            EASE,
            [USA, CHINA],
            "2025-05-12",
            "2025-05-14",
            "planned",
            "Under the agreement, Washington will lower",
            "the planned cuts of the same deal, told as its terms",
        ),
        ev(
            "china_commerce_ministry_statement",
            False,
            STMT,
            [CHINA, USA],
            *MAY12,
            "asserted",
            "China's commerce ministry said in a statement",
        ),
        ev(
            "keller_sutter_meets_delegations_2025_05_09",
            True,
            MEET,
            [SWITZERLAND, US_AND_CHINA],
            "2025-05-09",
            "2025-05-09",
            "asserted",
            "Swiss President Karin Keller-Sutter, who met both delegations",
            "'on Friday' in a Monday article: the Friday before, in a relative clause",
            GENEVA,
        ),
        ev(
            "consultation_mechanism_agreed",
            False,
            AGREE,
            [USA, CHINA],
            *MAY12,
            "asserted",
            "The two sides also agreed to set up a mechanism",
            "part of the same joint statement",
        ),
        ev(
            "geneva_talks_caption",
            False,
            [*MEET, *STMT],
            [USA, CHINA],
            *WEEKEND,
            "asserted",
            "US Treasury Secretary Scott Bessent (left)",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_cnnindonesia_as_china_sepakat_turunkan_tarif.txt",
    {
        "site": "cnnindonesia.com",
        "title": "AS dan China Sepakat Pangkas Tarif Impor Usai Berunding di Jenewa",
        "subtitle": None,
        "authors": [],
        "section": "Ekonomi",
        "published_at": {"accept": ["2025-05-12T19:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Ilustrasi. Amerika Serikat dan China sepakat menurunkan tarif impor selama 90 hari usai perundingan di Jenewa, Swiss. (REUTERS/Florence Lo)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia --",
    last="Pasar saham Asia menguat",
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "joint_statement_announced_2025_05_12",
            False,
            [*STMT, *AGREE],
            [USA, CHINA],
            *MAY12,
            "asserted",
            "Kesepakatan itu diumumkan lewat pernyataan bersama",
            "the same agreement told as an announcement",
        ),
        ev(
            "he_lifeng_talks_constructive",
            False,
            STMT,
            [HE_LIFENG, USA],
            None,
            None,
            "asserted",
            "He Lifeng menyebut perundingan berlangsung",
        ),
        ev(
            "tariff_deal_caption",
            False,
            [*AGREE, *EASE],
            [USA, CHINA],
            None,
            None,
            "asserted",
            "Ilustrasi. Amerika Serikat dan China sepakat",
            "an undated illustration caption",
        ),
    ],
)
