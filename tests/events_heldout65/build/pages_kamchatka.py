"""Gold for the M8.8 Kamchatka earthquake of 30 Jul 2025 and the tsunami warnings and evacuations it set off
(The Straits Times, Okezone). The quake itself is no two-actor event: the gold holds the authorities' acts."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    BMKG,
    HAWAII_GOV,
    HAWAII_RESIDENTS,
    INDONESIA_COASTS,
    ISHIBA,
    JAPAN_GOV,
    JAPAN_RESIDENTS,
    RUSSIA_REGION,
    SEVERO_KURILSK,
    TEPCO,
    TEPCO_WORKERS,
    TRUMP_US,
)
from common import STMT, ev, page

JUL30 = ("2025-07-30", "2025-07-30")
# Hawaii acted on the afternoon of 29 Jul local time, already 30 Jul in Asia.
HAWAII = ("2025-07-29", "2025-07-30")
EVACUATE = [*STMT, "07"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "japan_orders_evacuations_2025_07_30",
            True,
            EVACUATE,
            [JAPAN_GOV, JAPAN_RESIDENTS],
            *JUL30,
            "asserted",
            "The Japan Meteorological Agency upgraded" if en else "Di Jepang, Badan Meteorologi Jepang",
            "same day as the 30 Jul quake (page dated 30 Jul)",
            ["Japan", "Jepang", "JPN"],
        ),
        ev(
            "ishiba_urges_vigilance_2025_07_30",
            True,
            STMT,
            [ISHIBA, JAPAN_RESIDENTS],
            *JUL30,
            "asserted",
            '"Please do not let your guard down,"' if en else "Perdana Menteri Jepang Shigeru Ishiba meminta",
            "same day, before the warnings were lifted",
            ["Tokyo", "Japan", "JPN"],
        ),
        ev(
            "severo_kurilsk_evacuated_2025_07_30",
            True,
            EVACUATE,
            [RUSSIA_REGION, SEVERO_KURILSK],
            *JUL30,
            "asserted",
            "Waves of up to 4m swept into the port" if en else "Gelombang setinggi hingga 4 meter",
            "residents moved to higher ground on the day of the quake, per the Sakhalin governor",
            ["Severo-Kurilsk", "Kuril Islands", "Kepulauan Kuril", "RUS"],
        ),
        ev(
            "bmkg_issues_tsunami_warning_2025_07_30",
            True,
            STMT,
            [BMKG, INDONESIA_COASTS],
            *JUL30,
            "asserted",
            "Indonesia's Meteorology, Climatology and Geophysics Agency" if en else "Dari Tanah Air, Badan Meteorologi",
            "same day (Rabu in the Okezone page)",
            ["Indonesia", "IDN"],
        ),
        ev(
            "hawaii_orders_coastal_evacuation_2025_07_29",
            True,
            EVACUATE,
            [HAWAII_GOV, HAWAII_RESIDENTS],
            *HAWAII,
            "asserted",
            "In Hawaii, sirens sounded in Honolulu" if en else "Di Hawaii, Amerika Serikat, Gubernur Josh Green",
            "29 Jul local time in Hawaii, 30 Jul in Asia: both days",
            ["Hawaii", "Honolulu", "USA"],
        ),
        ev(
            "trump_urges_hawaii_2025_07_29",
            False,
            STMT,
            [TRUMP_US, HAWAII_RESIDENTS],
            *HAWAII,
            "asserted",
            "In Hawaii, sirens sounded in Honolulu" if en else "Di Hawaii, Amerika Serikat, Gubernur Josh Green",
            "a social media post: optional",
        ),
        ev(
            "tepco_evacuates_workers_2025_07_30",
            False,
            EVACUATE,
            [TEPCO, TEPCO_WORKERS],
            *JUL30,
            "asserted",
            "Tokyo Electric Power Company said" if en else "Perdana Menteri Jepang Shigeru Ishiba meminta",
            "a company moving its own staff: optional",
            ["Fukushima", "JPN"],
        ),
    ]


page(
    "en_02_straitstimes_massive_kamchatka_quake_triggers_tsunami_warnings_across_pacific.txt",
    {
        "site": "straitstimes.com",
        "title": "Magnitude 8.8 quake off Russia's Kamchatka triggers tsunami warnings across Pacific, millions told to evacuate",
        "subtitle": "Japan urges nearly two million people to move to higher ground; waves of up to 4m hit Russian port",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-07-30T11:12:00+08:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-07-30"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Tokyo",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "A tsunami wave hits the port of Severo-Kurilsk in Russia's Sakhalin region on July 30. PHOTO: RUSSIAN EMERGENCIES MINISTRY/REUTERS"
        ],
        "related_titles": [
            "Tsunami warnings: What you need to know",
            "Japan lifts all tsunami advisories a day after Kamchatka quake",
        ],
    },
    first="TOKYO/MOSCOW –",
    last="Japan on July 31 lifted",
    skip=("Read more:",),
    strip_prefix="TOKYO/MOSCOW –",
    events=[
        *shared("en"),
        ev(
            "japan_lifts_advisories_2025_07_31",
            False,
            ["08"],
            [JAPAN_GOV, JAPAN_RESIDENTS],
            "2025-07-31",
            "2025-07-31",
            "asserted",
            "Japan on July 31 lifted",
            "lifting a warning: weak as an event",
        ),
    ],
)

page(
    "id_02_okezone_gempa_m8_8_kamchatka_picu_peringatan_tsunami_jepang_hingga_indonesia.txt",
    {
        "site": "okezone.com",
        "title": "Gempa M8,8 Guncang Kamchatka Rusia, Jutaan Warga Jepang Diminta Mengungsi",
        "subtitle": None,
        "authors": ["Rahman Asmardika"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-07-30T16:47:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Moskow",
        "cited_sources": [],
        "captions_required": [
            "Gelombang tsunami menerjang pelabuhan Severo-Kurilsk di wilayah Sakhalin, Rusia, Rabu (30/7/2025). (Foto: Kementerian Situasi Darurat Rusia via Reuters)"
        ],
        "related_titles": [
            "Gempa Kamchatka Terkuat Sejak 1952, Ini Daftar Gempa Terbesar di Dunia",
            "Tsunami Terjang Hawaii, Warga Honolulu Dievakuasi",
        ],
    },
    first="MOSKOW -",
    last="Di Hawaii, Amerika Serikat",
    skip=("BACA JUGA:", "Gempa Kamchatka Terkuat Sejak 1952", "Tsunami Terjang Hawaii"),
    strip_prefix="MOSKOW -",
    events=[
        *shared("id"),
        ev(
            "bmkg_tells_residents_avoid_beach_2025_07_30",
            False,
            STMT,
            [BMKG, INDONESIA_COASTS],
            *JUL30,
            "asserted",
            "BMKG meminta masyarakat di pesisir",
            "restates the warning",
        ),
    ],
)
