"""Gold for the Biden-Xi meeting on the sidelines of APEC in Lima on 16 Nov 2024 (AP, CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BIDEN, BRAZIL, CHINA, ISHIBA, NORTH_KOREA, PERU, RUSSIA, USA, XI, YOON
from common import AGREE, DENY, MEET, STMT, THREAT, VISIT, ev, page

NOV16 = ("2024-11-16", "2024-11-16")
LIMA = ["Lima", "PER"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "biden_xi_meet_lima_2024_11_16",
            True,
            MEET,
            [BIDEN, XI],
            *NOV16,
            "asserted",
            "President Joe Biden and Chinese leader"
            if en
            else "Presiden Amerika Serikat Joe Biden dan Presiden China",
            "'on Saturday' in a Saturday article" if en else "'Sabtu (16/11) waktu setempat'",
            LIMA,
        ),
        ev(
            "biden_xi_agree_human_control_nuclear_2024_11_16",
            True,
            AGREE,
            [USA, CHINA],
            *NOV16,
            "asserted",
            "President Joe Biden and Chinese leader"
            if en
            else "Dalam pertemuan tersebut, kedua pemimpin sepakat",
            "'agreeing that' in the lead" if en else "'sepakat' with the date of the meeting",
            LIMA,
        ),
        ev(
            "biden_xi_woodside_2023_11",
            True,
            MEET,
            [BIDEN, XI],
            "2023-11-01",
            "2023-11-30",
            "asserted",
            "The two leaders last met a year ago" if en else "Biden dan Xi terakhir kali bertemu",
            "background: 'a year ago' in a November 2024 article"
            if en
            else "background: 'pada November 2023'",
            ["Woodside", "USA"],
        ),
        ev(
            "biden_ishiba_yoon_trilateral_2024_11_15",
            True,
            MEET,
            [BIDEN, ISHIBA + YOON],
            "2024-11-15",
            "2024-11-15",
            "asserted",
            "On Friday, Biden held a three-way meeting" if en else "Sehari sebelumnya, Jumat (15/11)",
            "'On Friday' before a Saturday article" if en else "'Jumat (15/11)'",
            LIMA,
        ),
        ev(
            "biden_visits_manaus_planned_2024_11_17",
            True,
            VISIT,
            [BIDEN, BRAZIL],
            "2024-11-17",
            "2024-11-17",
            "planned",
            "Biden will travel on Sunday" if en else "Usai dari Lima, Biden dijadwalkan",
            "'will travel on Sunday'"
            if en
            else "'dijadwalkan ... Minggu (17/11)' in a Sunday-morning article, still to come",
            ["Manaus", "BRA"],
        ),
        ev(
            "xi_warns_red_lines_2024_11_16",
            False,
            THREAT,
            [XI, USA],
            *NOV16,
            "asserted",
            "Xi said China was ready" if en else "Xi menyatakan China siap",
        ),
        ev(
            "biden_presses_xi_on_north_korea_2024_11_16",
            False,
            STMT,
            [BIDEN, XI],
            *NOV16,
            "asserted",
            "Biden raised concerns about Beijing" if en else "Menurut Penasihat Keamanan Nasional AS",
        ),
        ev(
            "north_korean_troops_to_russia",
            False,
            ["08", "15", "19", "07"],
            [NORTH_KOREA, RUSSIA],
            *(("2024-10-01", "2024-10-31") if en else (None, None)),
            "asserted" if en else "alleged",
            "Biden raised concerns about Beijing" if en else "Menurut Penasihat Keamanan Nasional AS",
            "'last month'" if en else "'dituding telah mengirim': alleged, no date",
        ),
    ]


page(
    "en_02_ap_biden_and_xi_meet_in_lima.txt",
    {
        "site": "apnews.com",
        "title": "Biden and Xi agree that humans, not AI, should control nuclear weapons in their last meeting before Trump returns",
        "subtitle": None,
        "authors": ["Aamer Madhani", "Didi Tang"],
        "section": "World News",
        "published_at": {"accept_dates": ["2024-11-16"], "accept_null": True},
        "updated_at": {"accept": ["2024-11-16T21:14:00-05:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Lima",
        "cited_sources": ["Xinhua"],
        "captions_required": [
            "President Joe Biden meets with Chinese President Xi Jinping on the sidelines of the Asia-Pacific Economic Cooperation summit, Saturday, Nov. 16, 2024, in Lima, Peru. (AP Photo/Manuel Balce Ceneta)"
        ],
        "related_titles": [],
    },
    first="LIMA, Peru (AP) —",
    last="Biden will travel on Sunday",
    strip_prefix="LIMA, Peru (AP) —",
    events=[
        *shared("en"),
        ev(
            "china_denies_hacking",
            False,
            DENY,
            [CHINA, USA],
            None,
            None,
            "denied",
            "The White House said Biden also raised",
            "'Beijing has denied any role'",
        ),
        ev(
            "biden_condemns_cyberattack_2024_11_16",
            False,
            STMT,
            [BIDEN, CHINA],
            *NOV16,
            "asserted",
            "The White House said Biden also raised",
        ),
        ev(
            "biden_xi_meet_caption_2024_11_16",
            False,
            MEET,
            [BIDEN, XI],
            *NOV16,
            "asserted",
            "President Joe Biden meets with Chinese President",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_cnnindonesia_biden_xi_bertemu_di_lima.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Biden-Xi Bertemu di Lima, Sepakat Senjata Nuklir Tak Boleh Dikendalikan AI",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2024-11-17T10:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Xinhua"],
        "captions_required": [
            "Presiden AS Joe Biden dan Presiden China Xi Jinping berjabat tangan di sela KTT APEC di Lima, Peru, Sabtu (16/11). (REUTERS/Leah Millis)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia --",
    last="Usai dari Lima, Biden dijadwalkan",
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "xi_arrives_peru_2024_11_14",
            True,
            VISIT,
            [XI, PERU],
            "2024-11-14",
            "2024-11-14",
            "asserted",
            "Xi sendiri tiba di Peru",
            "'pada Kamis (14/11)'",
            ["Peru", "PER"],
        ),
        ev(
            "xi_boluarte_inaugurate_chancay_2024_11_14",
            False,
            MEET,
            [XI, PERU],
            "2024-11-14",
            "2024-11-14",
            "asserted",
            "Xi sendiri tiba di Peru",
            "an inauguration together: optional",
        ),
        ev(
            "biden_xi_handshake_caption_2024_11_16",
            False,
            MEET,
            [BIDEN, XI],
            *NOV16,
            "asserted",
            "Presiden AS Joe Biden dan Presiden China Xi Jinping berjabat",
            "from a photo caption",
        ),
    ],
)
