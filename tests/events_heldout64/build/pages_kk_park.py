"""Gold for the Myanmar junta's raid on the KK Park scam compound near Myawaddy (18-19 Oct 2025, announced 20 Oct)
and Thailand taking in the people who fled across the Moei River from 22 Oct (The Straits Times, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    ANUTIN,
    EMBASSIES,
    FLEEING,
    KBRI_BANGKOK,
    KK_PARK,
    MYANMAR_MIL,
    SPACEX,
    THAI_FORCES,
    THAILAND,
)
from common import STMT, ev, page

RAID = ("2025-10-18", "2025-10-19")
SHELTER = ("2025-10-22", "2025-10-23")
KK_LOC = ["KK Park", "Myawaddy", "MMR"]
MAE_SOT = ["Mae Sot", "Tak", "THA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "junta_raids_kk_park_2025_10_18",
            True,
            ["17", "18", "19"],
            [MYANMAR_MIL, KK_PARK],
            *RAID,
            "asserted",
            "Myanmar's junta said on Oct 20 that its troops" if en else "Junta Myanmar pada Senin (20/10/2025) mengumumkan",
            "'over the weekend' before the Monday 20 Oct announcement"
            if en
            else "'pada akhir pekan lalu' told on Senin (20/10/2025)",
            KK_LOC,
        ),
        ev(
            "thailand_takes_in_fleeing_workers_2025_10_22",
            True,
            ["07", "03", "04"],
            [THAILAND, FLEEING],
            *SHELTER,
            "asserted",
            "Tak governor Chucheep Pongchai said" if en else "Gubernur Tak Chucheep Pongchai mengatakan",
            "arrivals since the night of 22 Oct, taken in by the 23 Oct article"
            if en
            else "arrivals 'sejak Rabu (22/10/2025) malam', reported Friday 24 Oct; the governor's words are undated",
            MAE_SOT,
        ),
        ev(
            "anutin_orders_border_tightened_2025_10_23",
            False,
            ["01", "02", "03", "05", "10"],
            [ANUTIN, THAI_FORCES],
            "2025-10-23",
            "2025-10-23",
            "asserted",
            "Thai Prime Minister Anutin Charnvirakul said on Oct 23" if en else "Perdana Menteri Thailand Anutin Charnvirakul, Kamis",
            "an order to his own forces: optional",
        ),
        ev(
            "thailand_to_repatriate_victims",
            False,
            ["03", "07", "08"],
            [THAILAND, FLEEING],
            None,
            None,
            "planned",
            '"Those who are victims will be sent home' if en else "Perdana Menteri Thailand Anutin Charnvirakul, Kamis",
            "'will be sent home': planned, undated",
        ),
    ]


page(
    "en_01_straitstimes_myanmar_junta_raids_kk_park_as_hundreds_flee_to_thailand.txt",
    {
        "site": "straitstimes.com",
        "title": "Myanmar junta raids notorious KK Park scam hub as hundreds flee across border to Thailand",
        "subtitle": "More than 1,500 people, many of them foreigners, have crossed the Moei River into Mae Sot since Oct 22",
        "authors": ["Tan Tam Mei"],
        "section": "Asia",
        "published_at": {"accept": ["2025-10-23T19:15:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-10-23T21:02:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Bangkok",
        "cited_sources": [],
        "captions_required": [
            "People who fled the KK Park compound in Myanmar wait to be processed by Thai authorities in Mae Sot, Tak province, on Oct 23. PHOTO: REUTERS"
        ],
        "related_titles": [
            "Thailand cuts power, internet to Myanmar border towns linked to scam centres",
            "Indonesian embassy says 20 citizens among those who escaped Myawaddy compounds",
            "Cambodia arrests hundreds in nationwide scam raids after US sanctions",
        ],
    },
    first="BANGKOK – More than 1,500 people",
    last="Critics have dismissed previous crackdowns",
    skip=("Read more:",),
    strip_prefix="BANGKOK –",
    events=[
        *shared("en"),
        ev(
            "junta_announces_raid_2025_10_20",
            False,
            STMT,
            [MYANMAR_MIL, KK_PARK],
            "2025-10-20",
            "2025-10-20",
            "asserted",
            "The state-run Global New Light of Myanmar",
            "the raid told again as a statement",
        ),
        ev(
            "workers_flee_to_thailand_2025_10_22",
            False,
            ["08", "04"],
            [FLEEING, THAILAND],
            "2025-10-22",
            "2025-10-23",
            "asserted",
            "Since the night of Oct 22, groups of workers",
            "fleeing and surrendering to Thai soldiers: hardly a dyadic act",
            MAE_SOT,
        ),
        ev(
            "embassies_send_officials_mae_sot",
            False,
            ["04", "03"],
            [EMBASSIES, THAILAND],
            "2025-10-22",
            "2025-10-23",
            "asserted",
            "Several embassies, including India's",
            "'have sent', told by the Thai Foreign Ministry without a date",
            MAE_SOT,
        ),
        ev(
            "spacex_disables_starlink_kits_2025_10_22",
            True,
            ["16", "17"],
            [SPACEX, KK_PARK],
            "2025-10-15",
            "2025-10-22",
            "asserted",
            "Separately, Elon Musk's SpaceX said on Oct 22",
            "'said on Oct 22 that it had disabled': done by 22 Oct, start vague",
        ),
    ],
)

page(
    "id_01_republika_junta_myanmar_gerebek_kk_park_ribuan_orang_kabur_ke_thailand.txt",
    {
        "site": "republika.co.id",
        "title": "Junta Myanmar Gerebek Markas Penipuan KK Park, Ribuan Orang Kabur ke Thailand",
        "subtitle": None,
        "authors": ["Dwina Agustin"],
        "editors": ["Friska Yolandha"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-24T08:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Bangkok",
        "cited_sources": ["Reuters", "AP"],
        "captions_required": [
            "Sejumlah orang yang melarikan diri dari kompleks KK Park di Myanmar berada di Mae Sot, Provinsi Tak, Thailand."
        ],
        "related_titles": [
            "Polri Pulangkan 50 WNI Korban TPPO dari Myawaddy",
            "Kemenlu Imbau WNI Waspadai Tawaran Kerja Bergaji Tinggi di Luar Negeri",
            "Cina dan Thailand Sepakat Perangi Sindikat Penipuan Daring",
        ],
    },
    first="REPUBLIKA.CO.ID, BANGKOK -- Lebih dari 1.500 orang",
    last="Kelompok pegiat HAM menilai",
    skip=("BACA JUGA:",),
    strip_prefix="REPUBLIKA.CO.ID, BANGKOK --",
    events=[
        *shared("id"),
        ev(
            "kbri_sends_team_to_mae_sot_2025_10_23",
            True,
            ["04", "07", "03"],
            [KBRI_BANGKOK, FLEEING],
            "2025-10-23",
            "2025-10-23",
            "asserted",
            "Kedutaan Besar Republik Indonesia (KBRI) di Bangkok",
            "'pada Kamis' in a Friday 24 Oct article",
            MAE_SOT,
        ),
        ev(
            "workers_flee_to_thailand_2025_10_22",
            False,
            ["08", "04"],
            [FLEEING, THAILAND],
            "2025-10-22",
            "2025-10-23",
            "asserted",
            "Mereka yang kabur menyeberangi Sungai Moei",
            "fleeing and surrendering to Thai soldiers: hardly a dyadic act",
            MAE_SOT,
        ),
        ev(
            "kbri_pledges_assistance_2025_10_23",
            False,
            ["05", "07", "01"],
            [KBRI_BANGKOK, FLEEING],
            "2025-10-23",
            "2025-10-23",
            "planned",
            '"Sejauh ini kami mencatat sedikitnya 20 WNI',
            "'akan memastikan ... pendampingan': the team's visit told again",
        ),
    ],
)
