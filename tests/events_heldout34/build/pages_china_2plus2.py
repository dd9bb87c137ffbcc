"""Gold for the first Indonesia-China '2+2' foreign and defence ministers' dialogue in Beijing,
21 April 2025 (Antara, CNA)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ASEAN, CHINA, INDONESIA, PRABOWO, SJAFRIE, USA, XI, ZHANG
from common import AGREE, MEET, RESTRICT, STMT, ev, page

APR21 = ("2025-04-21", "2025-04-21")
APR22 = ("2025-04-22", "2025-04-22")
NOV24 = ("2024-11-01", "2024-11-30")
BEIJING = ["Beijing", "CHN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "sugiono_wang_2plus2_2025_04_21",
            True,
            MEET,
            [INDONESIA, CHINA],
            *APR21,
            "asserted",
            "Indonesia and China held their first joint dialogue"
            if en
            else "Menteri Luar Negeri RI Sugiono dan Menteri Pertahanan Sjafrie",
            "'on Monday (Apr 21)'" if en else "'Senin (21/4)' in a Monday article",
            BEIJING,
        ),
        ev(
            "prabowo_xi_beijing_2024_11",
            True,
            MEET,
            [PRABOWO, XI],
            *NOV24,
            "asserted",
            'The "2+2" mechanism was agreed when' if en else "Pertemuan format 2+2 tersebut merupakan",
            "'in November last year' in a 2025 article" if en else "'pada November 2024'",
            BEIJING,
        ),
        ev(
            "us_tariffs_2025_04",
            True,
            RESTRICT,
            [USA],
            "2025-04-01",
            "2025-04-21",
            "asserted",
            "Wang told the Indonesian ministers" if en else "Wang Yi menyatakan China siap",
            "'tariffs announced by US President Donald Trump this month': background in a relative clause"
            if en
            else "'kebijakan tarif yang diberlakukan Amerika Serikat awal April': background in a relative clause",
        ),
        ev(
            "agree_next_2plus2_2025_04_21",
            True,
            AGREE,
            [INDONESIA, CHINA],
            *APR21,
            "asserted",
            "The two sides agreed to hold the next round"
            if en
            else "Kedua negara juga sepakat untuk menggelar",
            "agreed at the Monday dialogue; no day in the sentence",
        ),
        ev(
            "sjafrie_zhang_2025_04_22",
            True,
            MEET,
            [SJAFRIE, ZHANG],
            *APR22,
            "planned",
            "Sjafrie is expected to meet Zhang Youxia"
            if en
            else "Selain dialog 2+2, Sjafrie juga dijadwalkan",
            "'on Tuesday' in a Tuesday-morning article, still to come"
            if en
            else "'dijadwalkan ... pada Selasa (22/4)' in a Monday article",
            BEIJING,
        ),
        ev(
            "wang_statement_2025_04_21",
            False,
            STMT,
            [CHINA, INDONESIA],
            *APR21,
            "asserted",
            "Wang told the Indonesian ministers" if en else "Wang Yi menyatakan China siap",
        ),
    ]


page(
    "id_01_antara_indonesia_china_gelar_dialog_2plus2_di_beijing.txt",
    {
        "site": "antaranews.com",
        "title": "Indonesia dan China gelar dialog 2+2 perdana di Beijing",
        "subtitle": None,
        "authors": ["Yashinta Difa Pramudyani"],
        "editors": ["Azis Kurmala"],
        "section": "Politik",
        "published_at": {"accept": ["2025-04-21T21:47:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Beijing",
        "cited_sources": [],
        "captions_required": [
            "Menteri Luar Negeri Sugiono (kedua kiri) dan Menteri Pertahanan Sjafrie Sjamsoeddin (kiri) berjabat tangan dengan Menlu China Wang Yi dan Menhan China Dong Jun sebelum dialog 2+2 di Beijing, Senin (21/4/2025). ANTARA/HO-Kemlu RI"
        ],
        "related_titles": [],
    },
    first="Beijing (ANTARA) -",
    last="Kedua negara juga sepakat",
    strip_prefix="Beijing (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "sugiono_statement_2025_04_21",
            False,
            STMT,
            [INDONESIA, CHINA],
            *APR21,
            "asserted",
            '"Dialog ini menunjukkan tingkat',
        ),
        ev(
            "talks_detail_2025_04_21",
            False,
            MEET,
            [INDONESIA, CHINA],
            *APR21,
            "asserted",
            "Dalam pertemuan itu, kedua pihak membahas",
            "the same dialogue told in detail",
        ),
        ev(
            "next_2plus2_in_indonesia_2026",
            False,
            MEET,
            [INDONESIA, CHINA],
            "2026-01-01",
            "2026-12-31",
            "planned",
            "Kedua negara juga sepakat untuk menggelar",
            "the meeting agreed for 2026",
        ),
        ev(
            "handshake_caption_2025_04_21",
            False,
            MEET,
            [INDONESIA, CHINA],
            *APR21,
            "asserted",
            "Menteri Luar Negeri Sugiono (kedua kiri)",
            "from a photo caption",
        ),
    ],
)

page(
    "en_01_cna_indonesia_china_hold_first_2plus2_talks.txt",
    {
        "site": "channelnewsasia.com",
        "title": "Indonesia, China hold first '2+2' security talks in Beijing as Jakarta balances ties",
        "subtitle": "Indonesia's Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin met Chinese counterparts Wang Yi and Dong Jun in the first joint dialogue of its kind.",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-04-22T07:15:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-04-22T09:40:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Beijing",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [],
        "related_titles": [],
    },
    first="BEIJING: Indonesia and China",
    last="Sjafrie is expected to meet",
    strip_prefix="BEIJING:",
    events=[
        *shared("en"),
        ev(
            "ministers_meet_detail_2025_04_21",
            False,
            MEET,
            [INDONESIA, CHINA],
            *APR21,
            "asserted",
            "Indonesian Foreign Minister Sugiono and Defence Minister",
            "the same dialogue told in detail",
        ),
        ev(
            "sugiono_urges_code_of_conduct",
            False,
            STMT,
            [INDONESIA, ASEAN],
            *APR21,
            "asserted",
            "Sugiono said Indonesia, which does not",
        ),
    ],
)
