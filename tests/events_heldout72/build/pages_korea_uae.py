"""Gold for Lee Jae-myung's state visit to the UAE, 17-18 Nov 2025 (The Straits Times, Merdeka)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import EGYPT, LEE, SOUTH_KOREA, UAE
from common import MEET, SIGN, STMT, VISIT, ev, page

NOV17 = ("2025-11-17", "2025-11-17")
NOV18 = ("2025-11-18", "2025-11-18")
ABU_DHABI = ["Abu Dhabi", "Qasr Al Watan", "ARE"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "lee_arrives_in_uae_2025_11_17",
            True,
            VISIT,
            [LEE, UAE],
            *NOV17,
            "asserted",
            "The two leaders held talks at the Qasr Al Watan" if en else "Lee tiba di Abu Dhabi pada Senin (17/11)",
            "'a day after Mr Lee arrived' relative to the Nov 18 talks" if en else "'pada Senin (17/11)'",
            ABU_DHABI,
        ),
        ev(
            "lee_mbz_summit_2025_11_18",
            True,
            MEET,
            [LEE, UAE],
            *NOV18,
            "asserted",
            "The two leaders held talks at the Qasr Al Watan" if en else "Presiden Korea Selatan Lee Jae-myung bertemu",
            "the talks of 'Nov 18' named in the lead" if en else "'Selasa (18/11)'",
            ABU_DHABI,
        ),
        ev(
            "korea_uae_sign_mous_2025_11_18",
            True,
            SIGN,
            [SOUTH_KOREA, UAE],
            *NOV18,
            "asserted",
            "South Korean President Lee Jae-myung and United Arab Emirates" if en else "Kantor kepresidenan Korsel menyebut lebih dari belasan MoU",
            "'on Nov 18'" if en else "'diteken usai pertemuan' of Selasa (18/11)",
            ABU_DHABI,
        ),
        ev(
            "uae_to_consider_investment_2025_11_18",
            True,
            ["03", "01", "02", "05"],
            [UAE, SOUTH_KOREA],
            *NOV18,
            "asserted",
            "Sheikh Mohamed said the UAE would consider" if en else "Menurut kantor berita UEA, WAM",
            "said at the summit day (per WAM); intent to invest: 03",
            ABU_DHABI,
        ),
        ev(
            "lee_to_visit_egypt_2025_11_19",
            True,
            VISIT,
            [LEE, EGYPT],
            "2025-11-19",
            "2025-11-19",
            "planned",
            "Mr Lee is scheduled to travel to Egypt" if en else "Dari Abu Dhabi, Lee dijadwalkan",
            "'on Nov 19'" if en else "'pada Rabu (19/11)'",
            ["Egypt", "Mesir", "EGY"],
        ),
        ev(
            "korea_built_barakah_2009",
            False,
            SIGN,
            [SOUTH_KOREA, UAE],
            "2009-01-01",
            "2009-12-31",
            "asserted",
            "South Korea built the UAE's Barakah" if en else "Korsel membangun PLTN Barakah",
            "background: the 2009 contract",
            ["Barakah", "ARE"],
        ),
    ]


page(
    "en_02_straitstimes_lee_jae_myung_and_uae_president_sign_deals_in_abu_dhabi.txt",
    {
        "site": "straitstimes.com",
        "title": "South Korea's Lee and UAE's Mohamed sign AI, defence and energy deals in Abu Dhabi",
        "subtitle": None,
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-11-18T21:42:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-11-18T22:15:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Abu Dhabi",
        "cited_sources": ["Reuters", "Yonhap"],
        "captions_required": [
            "South Korean President Lee Jae-myung (left) and UAE President Sheikh Mohamed bin Zayed Al Nahyan at Qasr Al Watan in Abu Dhabi on Nov 18. PHOTO: REUTERS"
        ],
        "related_titles": [
            "Lee, Takaichi agree to build 'future-oriented' ties in first summit",
            "South Korea, US finalise tariff and security deal",
        ],
    },
    first="ABU DHABI –",
    last="Mr Lee is scheduled to travel to Egypt",
    strip_prefix="ABU DHABI –",
    events=[
        *shared("en"),
        ev(
            "lee_calls_uae_brother_nation_2025_11_18",
            False,
            STMT,
            [LEE, UAE],
            *NOV18,
            "asserted",
            "Mr Lee described the UAE as",
            "praise during the visit",
        ),
        ev(
            "lee_to_attend_g20",
            False,
            ["04"],
            [LEE, ["Group of 20", "G20", "Johannesburg", "ZAF"]],
            "2025-11-22",
            "2025-11-23",
            "planned",
            "Mr Lee is scheduled to travel to Egypt",
            "the G20 summit, no counterpart actor",
        ),
    ],
)

page(
    "id_02_merdeka_presiden_korsel_lee_jae_myung_teken_kerja_sama_dengan_uea.txt",
    {
        "site": "merdeka.com",
        "title": "Presiden Korsel Lee Jae-myung Bertemu MBZ di Abu Dhabi, Teken Kerja Sama AI hingga Nuklir",
        "subtitle": None,
        "authors": ["Hari Ariyanti"],
        "section": "Dunia",
        "published_at": {"accept": ["2025-11-18T22:30:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["Yonhap", "WAM"],
        "captions_required": [
            "Presiden Korea Selatan Lee Jae-myung dan Presiden UEA Mohamed bin Zayed di Istana Qasr Al Watan. ©REUTERS"
        ],
        "related_titles": [
            "Lee Jae-myung dan Takaichi Sepakat Perkuat Hubungan Korsel-Jepang",
            "Korsel dan AS Rampungkan Kesepakatan Tarif",
        ],
    },
    first="Merdeka.com -",
    last="Dari Abu Dhabi, Lee dijadwalkan",
    skip=("Baca juga:", "Lee Jae-myung dan Takaichi Sepakat"),
    strip_prefix="Merdeka.com -",
    events=[
        *shared("id"),
        ev(
            "lee_calls_uae_brother_nation_2025_11_18",
            False,
            STMT,
            [LEE, UAE],
            *NOV18,
            "asserted",
            '"UEA adalah negara saudara',
            "praise during the visit",
        ),
    ],
)
