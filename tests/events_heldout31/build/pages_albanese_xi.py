"""Gold for Anthony Albanese's talks with Xi Jinping in Beijing on 15 July 2025 (CNA the same day, Antara
the next morning)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ALBANESE, AUSTRALIA, CHINA, CHINA_NAVY, LI_QIANG, SHANGHAI, XI, YANG_HENGJUN
from common import EASE, MEET, MISSILE, RESTRICT, RULING, STMT, VISIT, ev, page

JUL15 = ("2025-07-15", "2025-07-15")
BEIJING = ["Beijing", "Great Hall of the People", "Aula Besar Rakyat", "CHN"]
CHENGDU = ["Chengdu", "Sichuan", *CHINA]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "xi_albanese_talks_2025_07_15",
            True,
            MEET,
            [XI, ALBANESE],
            *JUL15,
            "asserted",
            "Australian Prime Minister Anthony Albanese met Chinese President Xi Jinping"
            if en
            else "Presiden China Xi Jinping menerima Perdana Menteri Australia Anthony Albanese",
            "'on Tuesday (Jul 15)'" if en else "'menerima', 'pada Selasa (15/7)' in a Wednesday article",
            BEIJING,
        ),
        ev(
            "albanese_li_qiang_meeting_2025_07_15",
            True,
            MEET,
            [ALBANESE, LI_QIANG],
            *JUL15,
            "asserted",
            "Earlier on Tuesday, Albanese held the annual leaders' meeting"
            if en
            else "Sebelumnya pada hari yang sama, Albanese bertemu",
            "'Earlier on Tuesday'" if en else "'pada hari yang sama' as the Tuesday talks",
            BEIJING,
        ),
        ev(
            "albanese_arrives_shanghai_2025_07_12",
            True,
            VISIT,
            [ALBANESE, SHANGHAI],
            "2025-07-12",
            "2025-07-12",
            "asserted",
            "Albanese arrived in Shanghai on Saturday"
            if en
            else "Albanese tiba di Shanghai pada Sabtu (12/7)",
            "bare 'on Saturday' in a Tuesday article" if en else "'Sabtu (12/7)'",
            ["Shanghai", "CHN"],
        ),
        ev(
            "albanese_first_beijing_visit_2023_11",
            True,
            [*MEET, *VISIT],
            [ALBANESE, CHINA],
            "2023-11-01",
            "2023-11-30",
            "asserted",
            "He first visited Beijing in November 2023"
            if en
            else "Kunjungan ini merupakan yang kedua bagi Albanese",
            "background visit, 'November 2023'",
            ["Beijing", "CHN"],
        ),
        ev(
            "china_navy_tasman_drills_2025_02",
            True,
            MISSILE,
            [CHINA_NAVY, AUSTRALIA],
            "2025-02-01",
            "2025-02-28",
            "asserted",
            "Albanese said he had raised with Xi the Chinese navy's live-fire drills"
            if en
            else "Media Australia melaporkan bahwa Albanese juga menyinggung",
            "noun phrase 'live-fire drills ... in February'" if en else "noun phrase, 'pada Februari lalu'",
            ["Tasman Sea", "Laut Tasman"],
        ),
        ev(
            "albanese_to_visit_chengdu_2025_07",
            True,
            VISIT,
            [ALBANESE, CHENGDU],
            "2025-07-16",
            "2025-07-18",
            "planned",
            "Albanese will travel to Chengdu"
            if en
            else "Albanese dijadwalkan melanjutkan kunjungan ke Chengdu",
            "'later in the week'" if en else "'dijadwalkan', before returning on 'Jumat (18/7)'",
            ["Chengdu", "CHN"],
        ),
        ev(
            "xi_says_partners_not_rivals",
            False,
            STMT,
            [XI, AUSTRALIA],
            *JUL15,
            "asserted",
            "Xi received Albanese at the Great Hall of the People"
            if en
            else "Dalam pertemuan itu, Xi mengatakan",
        ),
        ev(
            "albanese_cooperate_disagree",
            False,
            STMT,
            [ALBANESE, CHINA],
            *JUL15,
            "asserted",
            "Albanese told Xi that Australia would continue"
            if en
            else "Albanese menyampaikan bahwa Australia",
        ),
    ]


page(
    "en_02_cna_albanese_meets_xi_in_beijing.txt",
    {
        "site": "channelnewsasia.com",
        "title": 'Albanese meets Xi in Beijing, says Australia will "cooperate where we can, disagree where we must"',
        "subtitle": 'Xi told the Australian leader that ties had come through a difficult period and urged Canberra to keep an "independent" foreign policy.',
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-07-15T19:05:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-07-15T21:41:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Beijing",
        "cited_sources": ["Reuters", "AFP", "CCTV"],
        "captions_required": [
            "Australia's Prime Minister Anthony Albanese shakes hands with Chinese President Xi Jinping at the Great Hall of the People in Beijing, China, on Jul 15, 2025. (Photo: AAP/Lukas Coch via REUTERS)"
        ],
        "related_titles": [],
    },
    first="BEIJING:",
    last="Albanese will travel to Chengdu",
    strip_prefix="BEIJING:",
    events=[
        *shared("en"),
        ev(
            "yang_hengjun_suspended_death_sentence_2024",
            True,
            RULING,
            [CHINA, YANG_HENGJUN],
            "2024-01-01",
            "2024-12-31",
            "asserted",
            "Albanese said he had raised with Xi the Chinese navy's live-fire drills",
            "passive relative clause 'who was given a suspended death sentence in Beijing last year'",
            ["Beijing", "CHN"],
        ),
        ev(
            "albanese_raises_drills_with_xi",
            False,
            STMT,
            [ALBANESE, XI],
            *JUL15,
            "asserted",
            "Albanese said he had raised with Xi the Chinese navy's live-fire drills",
        ),
        ev(
            "china_trade_curbs",
            False,
            RESTRICT,
            [CHINA, AUSTRALIA],
            None,
            None,
            "asserted",
            "He first visited Beijing in November 2023",
            "background curbs with no date",
        ),
        ev(
            "mao_ning_candid_talks",
            False,
            STMT,
            [CHINA],
            *JUL15,
            "asserted",
            "China's foreign ministry spokesperson Mao Ning said",
        ),
        ev(
            "handshake_caption_2025_07_15",
            False,
            MEET,
            [ALBANESE, XI],
            *JUL15,
            "asserted",
            "Australia's Prime Minister Anthony Albanese shakes hands",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_antara_albanese_bertemu_xi_jinping.txt",
    {
        "site": "antaranews.com",
        "title": "Xi Jinping terima PM Australia Albanese di Beijing, sepakat jaga stabilitas hubungan",
        "subtitle": None,
        "authors": ["Yuni Arisandy"],
        "editors": ["Anton Santoso"],
        "section": "Dunia",
        "published_at": {"accept": ["2025-07-16T05:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Beijing",
        "cited_sources": ["Xinhua"],
        "captions_required": [
            "Perdana Menteri Australia Anthony Albanese (kiri) berjabat tangan dengan Presiden China Xi Jinping di Aula Besar Rakyat, Beijing, Selasa (15/7/2025). ANTARA/Xinhua/Huang Jingwen/aa."
        ],
        "related_titles": ["Australia dan China sepakati pelonggaran visa bagi pelaku usaha"],
    },
    first="Beijing (ANTARA) -",
    last="Albanese dijadwalkan melanjutkan kunjungan",
    skip=("Baca juga",),
    strip_prefix="Beijing (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "xi_albanese_lima_2024_11",
            True,
            MEET,
            [XI, ALBANESE],
            "2024-11-01",
            "2024-11-30",
            "asserted",
            "Xi dan Albanese terakhir kali bertemu",
            "background meeting 'pada November 2024'",
            ["Lima", "Peru", "PER"],
        ),
        ev(
            "china_lifts_trade_barriers",
            False,
            EASE,
            [CHINA, AUSTRALIA],
            None,
            None,
            "asserted",
            "Kunjungan ini merupakan yang kedua bagi Albanese",
            "background, no date",
        ),
        ev(
            "handshake_caption_2025_07_15",
            False,
            MEET,
            [ALBANESE, XI],
            *JUL15,
            "asserted",
            "Perdana Menteri Australia Anthony Albanese (kiri) berjabat tangan",
            "from a photo caption",
        ),
    ],
)
