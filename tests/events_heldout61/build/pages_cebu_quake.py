"""Gold for the magnitude-6.9 Cebu earthquake of 30 Sept 2025, Marcos's visit to Bogo on 2 Oct and the first
foreign aid (The Straits Times, Okezone)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CEBU, JAPAN, MARCOS, PHILIPPINES, SOUTH_KOREA, US_MILITARY
from common import STMT, ev, page

OCT2 = ("2025-10-02", "2025-10-02")
BOGO = ["Bogo", "Kota Bogo", "Cebu", "PHL"]
AID = ["07"]
PLEDGE = ["03", "05", "07"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "marcos_visits_bogo_2025_10_02",
            True,
            ["03", "04", "05"],
            [MARCOS, CEBU],
            *OCT2,
            "asserted",
            "Philippine President Ferdinand Marcos Jr flew" if en else "Presiden Filipina Ferdinand Marcos Jr mengunjungi",
            "'on Oct 2'" if en else "'pada Kamis (2/10/2025)'",
            BOGO,
        ),
        ev(
            "japan_sends_relief_goods_2025_10_02",
            True,
            AID,
            [JAPAN, PHILIPPINES],
            *(OCT2 if en else ("2025-10-01", "2025-10-02")),
            "asserted",
            "Foreign assistance began arriving on Oct 2." if en else "Bantuan internasional juga mulai berdatangan.",
            "'began arriving on Oct 2'" if en else "undated: after the Oct 1 calamity line, before the Thursday airlift, article of Fri 3 Oct",
            ["Cebu", "PHL"],
        ),
        ev(
            "south_korea_pledges_aid_2025_10_02",
            True,
            PLEDGE,
            [SOUTH_KOREA, PHILIPPINES],
            *(OCT2 if en else ("2025-10-01", "2025-10-02")),
            "asserted",
            "Foreign assistance began arriving on Oct 2." if en else "Bantuan internasional juga mulai berdatangan.",
            "same line as Japan's aid: a pledge of US$500,000",
        ),
        ev(
            "us_military_airlifts_aid_2025_10_02",
            True,
            AID,
            [US_MILITARY, PHILIPPINES],
            *OCT2,
            "asserted",
            "The United States military said two of its aircraft" if en else "Militer Amerika Serikat menyatakan dua pesawatnya",
            "'on Oct 2'" if en else "'pada Kamis' = 2 Oct",
            ["Manila", "Cebu", "PHL"],
        ),
        ev(
            "government_releases_emergency_funds",
            False,
            AID,
            [PHILIPPINES, CEBU],
            None,
            None,
            "asserted",
            "He said the government had released" if en else "Marcos mengatakan pemerintah telah mencairkan",
            "release date not given",
        ),
        ev(
            "cebu_declares_state_of_calamity_2025_10_01",
            False,
            ["01", "02"],
            [CEBU],
            "2025-10-01",
            "2025-10-01",
            "asserted",
            "The Cebu provincial government placed" if en else "Sehari setelah gempa, pemerintah Provinsi Cebu",
            "a one-actor declaration: optional",
        ),
    ]


page(
    "en_02_straitstimes_marcos_visits_quake_hit_bogo_as_aid_arrives.txt",
    {
        "site": "straitstimes.com",
        "title": "Marcos visits quake-hit Bogo as death toll in Cebu rises to 72, foreign aid arrives",
        "subtitle": None,
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-10-02T20:15:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-10-02T21:40:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Manila",
        "cited_sources": [],
        "captions_required": [
            "Residents sit outside their damaged homes in Bogo City, Cebu province, on Oct 1, a day after a magnitude 6.9 earthquake hit the central Philippines. PHOTO: AFP"
        ],
        "related_titles": [
            "Dozens dead after magnitude 6.9 earthquake strikes central Philippines",
            "Why the Philippines is so prone to earthquakes",
        ],
    },
    first="MANILA – Philippine President",
    last="Schools across northern Cebu will remain closed",
    skip=("Read more:",),
    strip_prefix="MANILA –",
    events=[
        *shared("en"),
        ev(
            "marcos_promises_rebuilding_2025_10_02",
            False,
            ["01", "02", "03", "05"],
            [MARCOS, CEBU],
            *OCT2,
            "asserted",
            "Mr Marcos met displaced families",
            "the promise during the visit, quoted",
            BOGO,
        ),
        ev(
            "education_department_closes_schools",
            False,
            ["01", "02"],
            [PHILIPPINES],
            None,
            None,
            "planned",
            "Schools across northern Cebu will remain closed",
        ),
    ],
)

page(
    "id_02_okezone_marcos_kunjungi_bogo_korban_gempa_cebu_jadi_72_orang.txt",
    {
        "site": "okezone.com",
        "title": "Marcos Kunjungi Bogo, Korban Tewas Gempa Cebu Bertambah Jadi 72 Orang",
        "subtitle": None,
        "authors": ["Rahman Asmardika"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-03T06:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Manila",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Warga duduk di depan rumah yang rusak akibat gempa di Kota Bogo, Provinsi Cebu, Filipina, Rabu (1/10/2025). (Foto: Reuters)"
        ],
        "related_titles": [
            "Gempa M6,9 Guncang Filipina Tengah, Puluhan Orang Tewas",
            "Mengapa Filipina Sering Diguncang Gempa?",
        ],
    },
    first="MANILA - Presiden Filipina",
    last="Lembaga Vulkanologi dan Seismologi Filipina",
    skip=("Baca Juga:",),
    strip_prefix="MANILA -",
    events=[
        *shared("id"),
        ev(
            "marcos_meets_evacuees_2025_10_02",
            False,
            ["03", "04", "05"],
            [MARCOS, CEBU],
            *OCT2,
            "asserted",
            "Di Bogo, Marcos menemui warga",
            "part of the Thursday visit",
            BOGO,
        ),
        ev(
            "marcos_quote_help_coming_2025_10_02",
            False,
            STMT,
            [MARCOS, CEBU],
            *OCT2,
            "asserted",
            '"Kami tidak akan meninggalkan kalian.',
            "the promise during the visit, quoted",
        ),
    ],
)
