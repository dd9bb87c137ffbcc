"""Gold for the US immigration raid on the Hyundai-LG battery plant site in Georgia, 4 Sept 2025 (Reuters,
Kompas): the same raid and the same background summit of 25 Aug 2025 in both."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CHO_HYUN, KOREAN_WORKERS, LEE, SOUTH_KOREA, TRUMP, US_IMMIGRATION, USA
from common import ARREST, MEET, STMT, VISIT, ev, page

SEP4 = ("2025-09-04", "2025-09-04")
SEP5 = ("2025-09-05", "2025-09-05")
ELLABELL = ["Ellabell", "USA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "ice_raid_hyundai_plant_2025_09_04",
            True,
            ARREST,
            [US_IMMIGRATION, KOREAN_WORKERS],
            *SEP4,
            "asserted",
            "U.S. immigration agents detained 475 people"
            if en
            else "Aparat imigrasi Amerika Serikat (AS) menahan 475 orang",
            "'on Thursday' in a Friday 2025-09-05 article" if en else "'Kamis (4/9/2025)'",
            ELLABELL,
        ),
        ev(
            "lee_trump_white_house_2025_08_25",
            True,
            MEET,
            [LEE, TRUMP],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "The raid came less than two weeks after Lee met Trump"
            if en
            else "Razia tersebut terjadi kurang dari dua pekan setelah Lee bertemu Trump",
            "background summit: 'on Aug. 25'" if en else "background summit: 'pada 25 Agustus lalu'",
            ["Washington", "USA"],
        ),
        ev(
            "seoul_expresses_regret_2025_09_05",
            False,
            STMT,
            [SOUTH_KOREA, USA],
            *SEP5,
            "asserted",
            "South Korea's foreign ministry expressed"
            if en
            else "Kementerian Luar Negeri Korea Selatan pada Jumat (5/9/2025)",
        ),
        ev(
            "lee_orders_protection",
            False,
            STMT,
            [LEE, KOREAN_WORKERS],
            *(SEP5 if en else ("2025-09-05", "2025-09-06")),
            "asserted",
            "President Lee Jae-myung ordered officials"
            if en
            else "Presiden Korea Selatan Lee Jae-myung memerintahkan",
            "no date of its own; the Friday reaction",
        ),
        ev(
            "trump_defends_raid",
            False,
            STMT,
            [TRUMP, KOREAN_WORKERS],
            *(SEP5 if en else ("2025-09-05", "2025-09-06")),
            "asserted",
            "Asked about the raid at the White House on Friday" if en else "Ditanya wartawan di Gedung Putih",
        ),
        ev(
            "hsi_says_workers_illegal",
            False,
            STMT,
            [US_IMMIGRATION, KOREAN_WORKERS],
            *(SEP5 if en else (None, None)),
            "asserted",
            "Most of those detained had either crossed" if en else "Menurut pejabat HSI Steven Schrank",
            "an accusation told by an official" if en else "'diduga': the accusation, undated",
        ),
        ev(
            "raid_caption_2025_09_04",
            False,
            ARREST,
            [US_IMMIGRATION, KOREAN_WORKERS],
            *SEP4,
            "asserted",
            "Federal agents stand at the entrance" if en else "Petugas federal AS berjaga",
            "from a photo caption",
            ELLABELL,
        ),
    ]


page(
    "en_01_reuters_us_raid_detains_475_at_hyundai_battery_plant.txt",
    {
        "site": "reuters.com",
        "title": "US immigration raid at Hyundai battery plant in Georgia detains 475, most of them South Koreans",
        "subtitle": None,
        "authors": ["Timothy Aeppel", "Hyunjoo Jin"],
        "section": "Americas",
        "published_at": {"accept": ["2025-09-05T23:26:00+01:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-09-06"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Savannah",
        "cited_sources": [],
        "captions_required": [
            "Federal agents stand at the entrance of the Hyundai-LG Energy Solution battery plant construction site during an immigration raid in Ellabell, Georgia, U.S., September 4, 2025. REUTERS/Elijah Nouvelage"
        ],
        "related_titles": [],
    },
    first="SAVANNAH, Georgia, Sept 5 (Reuters) -",
    last="The $4.3 billion battery joint venture",
    strip_prefix="SAVANNAH, Georgia, Sept 5 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "cho_ready_to_fly_to_washington",
            False,
            VISIT,
            [CHO_HYUN, USA],
            None,
            None,
            "planned",
            "Foreign Minister Cho Hyun told lawmakers",
            "a conditional trip ('if necessary'), no date",
        ),
    ],
)

page(
    "id_01_kompas_300_lebih_warga_korsel_ditahan_di_pabrik_hyundai.txt",
    {
        "site": "kompas.com",
        "title": "Lebih dari 300 Warga Korsel Ditahan dalam Razia Imigrasi AS di Pabrik Baterai Hyundai",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Global",
        "published_at": {"accept": ["2025-09-06T09:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Savannah",
        "cited_sources": ["Reuters", "Yonhap"],
        "captions_required": [
            "Petugas federal AS berjaga di pintu masuk lokasi pembangunan pabrik baterai Hyundai-LG Energy Solution di Ellabell, Georgia, saat razia imigrasi, Kamis (4/9/2025). (REUTERS/ELIJAH NOUVELAGE)"
        ],
        "related_titles": [
            "Korea Selatan Janjikan Investasi 350 Miliar Dollar AS untuk Hindari Tarif Trump",
            "Lee Jae-myung Bertemu Trump di Gedung Putih, Bahas Tarif dan Korea Utara",
        ],
    },
    first="SAVANNAH, KOMPAS.com -",
    last="Pabrik baterai senilai 4,3 miliar",
    skip=("Baca juga:",),
    strip_prefix="SAVANNAH, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "cho_to_fly_to_washington_2025_09",
            True,
            VISIT,
            [CHO_HYUN, USA],
            "2025-09-07",
            "2025-09-14",
            "planned",
            "Menteri Luar Negeri Korea Selatan Cho Hyun dijadwalkan terbang",
            "'dijadwalkan ... pekan depan' in a Saturday 2025-09-06 article",
            ["Washington", "USA"],
        ),
    ],
)
