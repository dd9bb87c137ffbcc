"""Gold for the record floods of central Vietnam, 26-31 Oct 2025: Tran Hong Ha's tour of Hue, the emergency
funds, Japanese and South Korean aid (The Straits Times, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    A_LUOI,
    JAPAN,
    SOUTH_KOREA,
    TRAN_HONG_HA,
    VIETNAM,
    VIETNAM_GOV,
    VIETNAM_PROVINCES,
    VN_MILITARY,
    VN_RAILWAYS,
)
from common import STMT, ev, page

OCT29 = ("2025-10-29", "2025-10-29")
OCT30 = ("2025-10-30", "2025-10-30")
HUE = ["Hue", "VNM"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "tran_hong_ha_tours_hue_2025_10_29",
            True,
            ["04", "01", "02", "10"],
            [TRAN_HONG_HA, VIETNAM_PROVINCES],
            *OCT29,
            "asserted",
            "Deputy Prime Minister Tran Hong Ha, who toured" if en else "Wakil Perdana Menteri Tran Hong Ha meninjau",
            "'toured ... on Oct 29'" if en else "'pada Rabu (29/10/2025)'",
            HUE,
        ),
        ev(
            "government_allocates_emergency_funds_2025_10_30",
            True,
            ["07"],
            [VIETNAM_GOV, VIETNAM_PROVINCES],
            *OCT30,
            "asserted",
            "The government on Oct 30 allocated" if en else "Sehari kemudian, pemerintah mengalokasikan",
            "'on Oct 30'" if en else "'Sehari kemudian' after the Wednesday 29 Oct visit",
            ["Hue", "Da Nang", "Quang Tri", "Quang Ngai", "VNM"],
        ),
        ev(
            "japan_pledges_relief_goods_2025_10_30",
            True,
            ["03", "07"],
            [JAPAN, VIETNAM],
            *OCT30,
            "asserted",
            "Japan said on Oct 30 that it would send" if en else "Bantuan internasional mulai mengalir.",
            "the pledge itself, 'on Oct 30'" if en else "'Jepang pada Kamis (30/10/2025) menyatakan akan mengirim'",
        ),
        ev(
            "south_korea_pledges_aid_2025_10_30",
            True,
            ["03", "07"],
            [SOUTH_KOREA, VIETNAM],
            *OCT30,
            "asserted",
            "Japan said on Oct 30 that it would send" if en else "Bantuan internasional mulai mengalir.",
            "same sentence as Japan's pledge: 'while South Korea pledged US$500,000'",
        ),
        ev(
            "da_nang_moves_residents",
            False,
            ["07", "08"],
            [["Da Nang authorities", "Pemerintah Kota Da Nang", "VNM"], ["residents", "warga", "VNM"]],
            "2025-10-27",
            "2025-10-31",
            "asserted",
            "In Hoi An, floodwater reached" if en else "Di Hoi An, air sempat merendam",
            "'since Oct 27' / 'sejak Senin' (27 Oct): an ongoing evacuation within one city, optional",
            ["Da Nang", "VNM"],
        ),
    ]


page(
    "en_01_straitstimes_central_vietnam_flood_toll_rises_as_hue_and_hoi_an_submerged.txt",
    {
        "site": "straitstimes.com",
        "title": "Death toll from central Vietnam floods rises to 35 as Hue and Hoi An count the damage",
        "subtitle": "Hanoi releases emergency funds as record rains leave thousands of homes under water",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-10-31T14:15:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-10-31T18:40:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Hanoi",
        "cited_sources": ["AFP", "Reuters"],
        "captions_required": [
            "Residents wade through a flooded street near the Imperial Citadel in Hue, central Vietnam, on Oct 29, 2025. PHOTO: AFP"
        ],
        "related_titles": [
            "Hoi An's old town under water as central Vietnam braces for more rain",
            "Vietnam evacuates tens of thousands as Typhoon Bualoi nears coast",
        ],
    },
    first="HANOI - The death toll",
    last="The floods come barely a month",
    skip=("Read more:",),
    strip_prefix="HANOI -",
    events=[
        *shared("en"),
        ev(
            "tran_hong_ha_orders_boats_standby_2025_10_29",
            False,
            ["10", "01"],
            [TRAN_HONG_HA, VN_MILITARY],
            *OCT29,
            "asserted",
            "Deputy Prime Minister Tran Hong Ha, who toured",
            "same sentence as the tour: an order to the army and police within one state",
        ),
        ev(
            "helicopters_drop_aid_a_luoi_2025_10_30",
            True,
            ["07"],
            [VN_MILITARY, A_LUOI],
            *OCT30,
            "asserted",
            "Military helicopters dropped instant noodles",
            "'on Oct 30'",
            ["A Luoi", "Hue", "VNM"],
        ),
        ev(
            "railways_suspend_trains_2025_10_28",
            False,
            ["16"],
            [VN_RAILWAYS],
            "2025-10-28",
            "2025-10-28",
            "asserted",
            "Vietnam Railways suspended trains",
            "a service suspension, not an act between two actors",
            ["Hai Van", "VNM"],
        ),
    ],
)

page(
    "id_01_republika_korban_banjir_vietnam_tengah_jadi_35_orang.txt",
    {
        "site": "republika.co.id",
        "title": "Korban Tewas Banjir Vietnam Tengah Jadi 35 Orang, Hanoi Kucurkan Dana Darurat",
        "subtitle": None,
        "authors": ["Lintar Satria"],
        "editors": ["Setyanavidita Livikacansera"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-31T19:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Hanoi",
        "cited_sources": ["Reuters", "VnExpress"],
        "captions_required": [
            "Warga mengarungi banjir di dekat Benteng Kekaisaran Hue, Vietnam tengah, Rabu (29/10/2025). (AP Photo/Nguyen Dong)"
        ],
        "related_titles": [
            "Kota Tua Hoi An Terendam, Wisatawan Dievakuasi dengan Perahu",
            "Topan Bualoi Tewaskan Puluhan Orang di Vietnam",
            "Vietnam Evakuasi Ribuan Warga Jelang Badai",
        ],
    },
    first="REPUBLIKA.CO.ID, HANOI --",
    last="Banjir ini terjadi hanya sebulan",
    skip=("Baca Juga:",),
    strip_prefix="REPUBLIKA.CO.ID, HANOI --",
    events=[
        *shared("id"),
        ev(
            "tran_hong_ha_asks_officials_2025_10_29",
            False,
            STMT,
            [TRAN_HONG_HA, VIETNAM_PROVINCES],
            *OCT29,
            "asserted",
            "Wakil Perdana Menteri Tran Hong Ha meninjau",
            "his request to local officials during the tour",
        ),
    ],
)
