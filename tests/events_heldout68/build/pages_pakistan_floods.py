"""Gold for the Khyber Pakhtunkhwa flash floods of 15-17 Aug 2025 and the rescue and aid (DW, SINDOnews)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    BUNER,
    CHINA,
    FAMILIES,
    FEDERAL_AGENCIES,
    GANDAPUR,
    NDMA,
    PAK_ARMY,
    PAKISTAN,
    SHEHBAZ,
    UN,
    XI,
    ZARDARI,
)
from common import STMT, ev, page

AUG16 = ("2025-08-16", "2025-08-16")
AUG17 = ("2025-08-17", "2025-08-17")
FRI_SUN = ("2025-08-15", "2025-08-17")
BUNER_LOC = ["Buner", "Distrik Buner", "Khyber Pakhtunkhwa", "PAK"]
ISLAMABAD = ["Islamabad", "PAK"]
AID = ["07"]
ORDER_AID = ["07", "03", "01", "02"]
CONDOLE = ["01", "02", "03"]
PLEDGE = ["03", "07"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "army_deploys_to_buner_2025_08_16",
            True,
            AID,
            [PAK_ARMY, BUNER],
            *AUG16,
            "asserted",
            "Pakistan's army deployed troops and helicopters" if en else "Militer Pakistan mengerahkan pasukan",
            "'on Saturday' in a Sunday 17 Aug article" if en else "'pada Sabtu (16/8/2025)'",
            BUNER_LOC,
        ),
        ev(
            "shehbaz_orders_relief_2025_08_16",
            True,
            ORDER_AID,
            [SHEHBAZ, FEDERAL_AGENCIES],
            *AUG16,
            "asserted",
            "Prime Minister Shehbaz Sharif chaired" if en else "Perdana Menteri Shehbaz Sharif memimpin",
            "'on Saturday' / 'pada Sabtu': the emergency meeting and the order to send aid",
            ISLAMABAD,
        ),
        ev(
            "gandapur_promises_compensation_2025_08_16",
            True,
            ORDER_AID,
            [GANDAPUR, FAMILIES],
            *FRI_SUN,
            "asserted",
            "Prime Minister Shehbaz Sharif chaired" if en else "Kepala Menteri Khyber Pakhtunkhwa Ali Amin Gandapur",
            "no day of its own: between the Friday floods and the Sunday article",
            BUNER_LOC,
        ),
        ev(
            "xi_condolences_to_zardari_2025_08_17",
            True,
            CONDOLE,
            [XI, ZARDARI],
            *AUG17,
            "asserted",
            "Chinese President Xi Jinping sent a message" if en else "Presiden China Xi Jinping pada Minggu (17/8)",
            "'on Sunday'" if en else "'pada Minggu (17/8)'",
        ),
        ev(
            "china_pledges_emergency_aid_2025_08_17",
            True,
            PLEDGE,
            [CHINA, PAKISTAN],
            *AUG17,
            "planned",
            "Chinese President Xi Jinping sent a message" if en else "Presiden China Xi Jinping pada Minggu (17/8)",
            "'would provide' in the Sunday paragraph: a pledge of aid to come",
        ),
        ev(
            "un_releases_emergency_fund",
            False,
            AID,
            [UN, PAKISTAN],
            *FRI_SUN,
            "asserted",
            "The United Nations said it was releasing" if en else "Perserikatan Bangsa-Bangsa (PBB) juga mengucurkan",
            "no day given: optional",
        ),
        ev(
            "ndma_warns_more_rain",
            False,
            STMT,
            [NDMA],
            None,
            None,
            "asserted",
            "The National Disaster Management Authority warned" if en else "Otoritas Penanggulangan Bencana Nasional (NDMA)",
            "a forecast warning with no date",
        ),
    ]


page(
    "en_02_dw_pakistan_floods_buner_rescue_foreign_aid.txt",
    {
        "site": "dw.com",
        "title": "Pakistan floods: Army joins rescue in Buner as death toll passes 340",
        "subtitle": "Rescuers are digging through mud and debris in Pakistan's Khyber Pakhtunkhwa province after cloudbursts swept away entire villages. China and the UN have pledged help.",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept_dates": ["2025-08-17"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP", "Reuters", "dpa"],
        "captions_required": [
            "Residents search for survivors among destroyed houses in the Buner district of Khyber Pakhtunkhwa. Image: Abdul Majeed/AFP/Getty Images"
        ],
        "related_titles": [
            "Pakistan floods: Rescuers recover bodies as rain continues",
            "Indian Kashmir flash flood kills dozens of pilgrims",
        ],
    },
    first="Pakistan's army deployed troops and helicopters",
    last="Pakistan was hit by catastrophic floods in 2022",
    skip=("Read more:",),
    events=[*shared("en")],
)

page(
    "id_02_sindonews_banjir_bandang_pakistan_344_tewas_militer_dikerahkan.txt",
    {
        "site": "sindonews.com",
        "title": "Banjir Bandang Terjang Pakistan, 344 Orang Tewas dan Militer Dikerahkan ke Buner",
        "subtitle": None,
        "authors": ["Muhaimin"],
        "editors": ["Muhaimin"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-08-17T19:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Islamabad",
        "cited_sources": [],
        "captions_required": [
            "Warga mencari korban di antara reruntuhan rumah yang hancur akibat banjir bandang di Distrik Buner, Pakistan. Foto/AFP"
        ],
        "related_titles": [
            "Helikopter Pembawa Bantuan Jatuh di Pakistan, 5 Awak Tewas",
            "Hujan Monsun Tewaskan Puluhan Orang di Pakistan Utara",
        ],
    },
    first="ISLAMABAD -",
    last="Otoritas Penanggulangan Bencana Nasional (NDMA)",
    skip=("Baca Juga:",),
    strip_prefix="ISLAMABAD -",
    events=[*shared("id")],
)
