"""Gold for Super Typhoon Fung-wong (Uwan) hitting Luzon on 9-10 Nov 2025 after 1.4 million were evacuated, and
Marcos's state of national calamity of 6 Nov (The Straits Times, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AIRLINES, GUANGFU, MARCOS, PH_AVIATION, PH_RESIDENTS, PHILIPPINES_GOV, TAIWAN
from common import STMT, ev, page

WEEKEND = ("2025-11-08", "2025-11-09")
NOV6 = ("2025-11-06", "2025-11-06")
NOV9 = ("2025-11-09", "2025-11-09")
LUZON = ["Bicol", "Eastern Visayas", "Visayas Timur", "Luzon", "PHL"]
EVAC = ["07", "08", "15", "16"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "ph_evacuates_1_4_million_2025_11_08",
            True,
            EVAC,
            [PHILIPPINES_GOV, PH_RESIDENTS],
            *WEEKEND,
            "asserted",
            "Disaster agencies and local governments moved" if en else "Kantor Pertahanan Sipil Filipina menyatakan",
            "'over the weekend' in a Monday 10 Nov article" if en else "'sepanjang akhir pekan' in a Monday 10 Nov article",
            LUZON,
        ),
        ev(
            "marcos_declares_national_calamity_2025_11_06",
            True,
            [*STMT, "07"],
            [MARCOS],
            *NOV6,
            "asserted",
            "President Ferdinand Marcos Jr on Nov 6 declared" if en else "Presiden Ferdinand Marcos Jr telah menetapkan",
            "'on Nov 6'" if en else "'Kamis (6/11/2025)'",
            ["Philippines", "Filipina", "PHL"],
        ),
        ev(
            "marcos_urges_residents_to_evacuate_2025_11_09",
            True,
            ["01", "02", "10"],
            [MARCOS, PH_RESIDENTS],
            *NOV9,
            "asserted",
            '"We cannot afford to lose more lives.' if en else '"Kita tidak boleh kehilangan nyawa lagi.',
            "'in a video message on Nov 9'" if en else "'pada Ahad' in a Monday article: 9 Nov",
        ),
        ev(
            "flights_cancelled_2025_11_09",
            False,
            ["16"],
            [PH_AVIATION, AIRLINES],
            "2025-11-09",
            "2025-11-10",
            "asserted",
            "The Civil Aviation Authority of the Philippines said" if en else "Otoritas penerbangan sipil Filipina membatalkan",
            "cancellations, not a two-actor act",
        ),
        ev(
            "hualien_to_evacuate_guangfu",
            False,
            EVAC,
            [TAIWAN, GUANGFU],
            None,
            None,
            "planned",
            "Taiwan's Central Weather Administration said" if en else "Setelah melintasi Luzon",
            "'would evacuate' / 'berencana': no date given",
            ["Hualien", "Guangfu", "TWN"],
        ),
    ]


page(
    "en_01_straitstimes_fung_wong_forces_mass_evacuations_in_philippines.txt",
    {
        "site": "straitstimes.com",
        "title": "Super Typhoon Fung-wong slams into the Philippines after 1.4 million evacuated; Taiwan braces next",
        "subtitle": None,
        "authors": [],
        "section": "SE Asia",
        "published_at": {"accept": ["2025-11-10T15:35:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-11-10T18:12:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Manila",
        "cited_sources": ["AFP", "Reuters"],
        "captions_required": [
            "Residents wade through a flooded street in Cabanatuan City, Nueva Ecija province, on Nov 10, after Super Typhoon Fung-wong hit the Philippines. PHOTO: AFP"
        ],
        "related_titles": [
            "Philippines death toll from Typhoon Kalmaegi rises above 200",
            "Marcos declares state of national calamity as storms batter Philippines",
        ],
    },
    first="MANILA – Super Typhoon Fung-wong",
    last="Taiwan's Central Weather Administration said",
    skip=("READ MORE:",),
    strip_prefix="MANILA –",
    events=[*shared("en")],
)

page(
    "id_01_republika_topan_fung_wong_terjang_filipina_14_juta_warga_mengungsi.txt",
    {
        "site": "republika.co.id",
        "title": "Topan Super Fung-wong Terjang Filipina, 1,4 Juta Warga Mengungsi",
        "subtitle": None,
        "authors": [],
        "editors": ["Friska Yolandha"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-10T19:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Manila",
        "cited_sources": ["AFP", "Reuters"],
        "captions_required": [
            "Warga melintasi jalan yang tergenang banjir setelah Topan Super Fung-wong melanda Provinsi Nueva Ecija, Filipina, Senin (10/11/2025). (AP Photo/Aaron Favila)"
        ],
        "related_titles": [
            "Korban Tewas Topan Kalmaegi di Filipina Tembus 200 Orang",
            "Marcos Tetapkan Darurat Bencana Nasional Usai Kalmaegi",
        ],
    },
    first="REPUBLIKA.CO.ID, MANILA --",
    last="Setelah melintasi Luzon",
    skip=("Baca Juga:",),
    strip_prefix="REPUBLIKA.CO.ID, MANILA --",
    events=[*shared("id")],
)
