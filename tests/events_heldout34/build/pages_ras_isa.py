"""Gold for the US air strikes on Yemen's Ras Isa fuel port, night of 17 April 2025 (AP, CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import HOUTHIS, INDONESIA, ISRAEL, USA
from common import STMT, THREAT, VIOLENCE, ev, page

APR17 = ("2025-04-17", "2025-04-17")
APR18 = ("2025-04-18", "2025-04-18")
RAS_ISA = ["Ras Isa", "Hodeidah", "Hodeida", "YEM"]
ATTACK = ["15", *VIOLENCE]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "us_strikes_ras_isa_2025_04_17",
            True,
            VIOLENCE,
            [USA, HOUTHIS],
            "2025-04-17",
            "2025-04-18",
            "asserted",
            "U.S. airstrikes on a fuel port held by" if en else "Serangan udara Amerika Serikat menghantam",
            "the lead gives only 'the rebels said Friday'; the next line says 'late Thursday'"
            if en
            else "'pada Kamis (17/4) malam'; the range admits the Friday report",
            RAS_ISA,
        ),
        ev(
            "houthi_missile_at_israel_2025_04_18",
            True,
            ATTACK,
            [HOUTHIS, ISRAEL],
            *APR18,
            "asserted",
            "The Houthis' political office condemned"
            if en
            else "Tak lama kemudian, juru bicara militer Houthi",
            "'had launched a ballistic missile toward Israel early Friday', second clause of the line"
            if en
            else "'mengklaim ... pada Jumat (18/4) dini hari'; the interception confirms it",
        ),
        ev(
            "us_campaign_on_houthis_2025_03_15",
            True,
            VIOLENCE,
            [USA, HOUTHIS],
            "2025-03-15",
            "2025-03-15",
            "asserted",
            "The U.S. has been pounding the Houthis since March 15"
            if en
            else "AS melancarkan gelombang serangan udara terhadap Houthi",
            "'since March 15': the start of the campaign" if en else "'sejak 15 Maret'",
        ),
        ev(
            "centcom_statement_2025_04_17",
            False,
            STMT,
            [USA, HOUTHIS],
            "2025-04-17",
            "2025-04-18",
            "asserted",
            "The U.S. military's Central Command said" if en else "Komando Pusat AS (CENTCOM) menyatakan",
        ),
        ev(
            "centcom_warning",
            False,
            THREAT,
            [USA, HOUTHIS],
            "2025-04-17",
            "2025-04-18",
            "asserted",
            '"The Houthis and those who aid them' if en else '"Serangan ini merupakan peringatan,"',
        ),
        ev(
            "houthis_condemn_vow_revenge",
            False,
            THREAT,
            [HOUTHIS, USA],
            None,
            None,
            "asserted",
            "The Houthis' political office condemned" if en else "Biro politik Houthi mengecam",
        ),
        ev(
            "israel_intercepts_missile_2025_04_18",
            False,
            ATTACK,
            [ISRAEL, HOUTHIS],
            *APR18,
            "asserted",
            "The Israeli military said it intercepted"
            if en
            else "Tak lama kemudian, juru bicara militer Houthi",
        ),
        ev(
            "strike_caption_2025_04_17",
            False,
            VIOLENCE,
            [USA, HOUTHIS],
            "2025-04-17",
            "2025-04-18",
            "asserted",
            "Smoke rises after U.S. airstrikes" if en else "Pelabuhan bahan bakar Ras Isa di Provinsi",
            "from a photo caption",
        ),
    ]


page(
    "en_02_ap_us_strikes_on_yemen_fuel_port_kill_38.txt",
    {
        "site": "apnews.com",
        "title": "US strikes on Yemen's Ras Isa fuel port kill at least 38, Houthi rebels say",
        "subtitle": None,
        "authors": ["Jon Gambrell"],
        "section": "World News",
        "published_at": {"accept_dates": ["2025-04-18"], "accept_null": True},
        "updated_at": {"accept_dates": ["2025-04-18"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Dubai",
        "cited_sources": [],
        "captions_required": [
            "Smoke rises after U.S. airstrikes hit the Ras Isa fuel port in Yemen's Hodeida province, in this image taken from Houthi-run Al-Masirah TV footage on April 18, 2025. (Al-Masirah TV via AP)"
        ],
        "related_titles": [],
    },
    first="DUBAI, United Arab Emirates (AP) —",
    last="The Houthis say the campaign",
    strip_prefix="DUBAI, United Arab Emirates (AP) —",
    events=[
        *shared("en"),
        ev(
            "strikes_hit_port_detail_2025_04_17",
            False,
            VIOLENCE,
            [USA, HOUTHIS],
            *APR17,
            "asserted",
            "The strikes hit the Ras Isa port late Thursday",
            "the same strike told in detail",
        ),
        ev(
            "houthi_red_sea_attacks",
            False,
            ATTACK,
            [HOUTHIS],
            None,
            None,
            "asserted",
            "The U.S. has been pounding the Houthis since March 15",
            "'its attacks on shipping in the Red Sea and on Israel': undated background",
        ),
        ev(
            "houthis_claim_civilian_deaths",
            False,
            VIOLENCE,
            [USA, HOUTHIS],
            None,
            None,
            "alleged",
            "The Houthis say the campaign has killed",
            "'a claim that could not be independently verified'",
        ),
    ],
)

page(
    "id_02_cnnindonesia_serangan_as_di_pelabuhan_ras_isa_tewaskan_38_orang.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Serangan AS di Pelabuhan Ras Isa Yaman Tewaskan 38 Orang",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-04-18T17:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Pelabuhan bahan bakar Ras Isa di Provinsi Hodeidah, Yaman, terbakar usai digempur serangan udara Amerika Serikat, Kamis (17/4) malam. (REUTERS/Stringer)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia --",
    last="Sementara itu, Kementerian Luar Negeri RI",
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "houthi_casualty_count",
            False,
            STMT,
            [HOUTHIS, USA],
            None,
            None,
            "asserted",
            "Kementerian Kesehatan yang dikelola Houthi menyebut",
        ),
        ev(
            "kemlu_urges_wni_vigilance",
            False,
            STMT,
            [INDONESIA],
            None,
            None,
            "asserted",
            "Sementara itu, Kementerian Luar Negeri RI",
            "an appeal to citizens, no date",
        ),
    ],
)
