"""Gold for the crash of a Turkish Air Force C-130 in Georgia's Sighnaghi municipality on 11 Nov 2025: the
Georgian criminal probe, the condolence calls to Erdogan, the Turkish investigators (DW, Okezone)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    ALIYEV,
    ERDOGAN,
    GEORGIA,
    GEORGIA_MIA,
    KOBAKHIDZE,
    TURKEY,
    TURKISH_INVESTIGATORS,
    TURKISH_MOD,
)
from common import STMT, ev, page

NOV11 = ("2025-11-11", "2025-11-11")
NOV12 = ("2025-11-12", "2025-11-12")
SIGHNAGHI = ["Sighnaghi", "Georgia", "GEO"]
CONDOLE = ["01", "02", "03", "04", "05"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "georgia_opens_criminal_probe_2025_11_11",
            True,
            ["09", "01", "02"],
            [GEORGIA_MIA, TURKEY],
            *NOV11,
            "asserted",
            "Georgia's Interior Ministry said it had opened" if en else "Kementerian Dalam Negeri Georgia mengatakan",
            "'opened a criminal investigation on Tuesday' in a Wednesday article"
            if en
            else "'pada Selasa malam', Tuesday 11 Nov",
            SIGHNAGHI,
        ),
        ev(
            "kobakhidze_calls_erdogan_2025_11_11",
            True,
            CONDOLE,
            [KOBAKHIDZE, ERDOGAN],
            *NOV11,
            "asserted",
            "Georgian Prime Minister Irakli Kobakhidze called" if en else "Perdana Menteri Georgia Irakli Kobakhidze menelepon",
            "'on Tuesday evening' / 'pada Selasa malam'",
        ),
        ev(
            "aliyev_calls_erdogan_2025_11_11",
            True,
            CONDOLE,
            [ALIYEV, ERDOGAN],
            *NOV11,
            "asserted",
            "Georgian Prime Minister Irakli Kobakhidze called" if en else "Perdana Menteri Georgia Irakli Kobakhidze menelepon",
            "'also phoned Erdogan the same day' as Kobakhidze's Tuesday call",
        ),
        ev(
            "turkish_investigators_arrive_2025_11_12",
            True,
            ["04", "06", "03"],
            [TURKISH_INVESTIGATORS, GEORGIA],
            *NOV12,
            "asserted",
            "A team of Turkish military investigators arrived" if en else "Tim penyelidik militer Turki tiba",
            "'on Wednesday' / 'pada Rabu', 12 Nov",
            SIGHNAGHI,
        ),
        ev(
            "guler_confirms_deaths_2025_11_12",
            False,
            STMT,
            [TURKISH_MOD],
            *NOV12,
            "asserted",
            "Turkey's Defense Ministry said on Wednesday" if en else "Kementerian Pertahanan Turki memastikan",
            "an announcement with one actor",
        ),
    ]


page(
    "en_02_dw_turkish_military_cargo_plane_crash_in_georgia_kills_20.txt",
    {
        "site": "dw.com",
        "title": "Turkey says all 20 aboard military cargo plane killed in Georgia crash",
        "subtitle": "Georgia has opened a criminal investigation after a Turkish Air Force C-130 went down near the Azerbaijani border. Turkish investigators have arrived at the crash site.",
        "authors": [],
        "section": "Conflicts",
        "published_at": {"accept_dates": ["2025-11-12"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["Reuters", "AFP", "dpa"],
        "captions_required": [
            "Wreckage of the Turkish C-130 lies in a field in Georgia's Sighnaghi municipality Image: Georgian Interior Ministry/AP/picture alliance"
        ],
        "related_titles": [
            "Azerbaijan celebrates Victory Day with military parade",
            "Georgia: Thousands rally in Tbilisi against government",
        ],
    },
    first="Turkey's Defense Ministry said on Wednesday",
    last="The C-130, a four-engine turboprop",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "erdogan_promises_investigation_2025_11_11",
            False,
            STMT,
            [ERDOGAN],
            *NOV11,
            "asserted",
            "Erdogan, speaking at an event in Ankara on Tuesday",
            "a statement to the nation, one actor",
            ["Ankara", "TUR"],
        ),
    ],
)

page(
    "id_02_okezone_pesawat_militer_turki_jatuh_di_georgia_20_tewas.txt",
    {
        "site": "okezone.com",
        "title": "Pesawat Kargo Militer Turki Jatuh di Georgia, Seluruh 20 Personel Tewas",
        "subtitle": None,
        "authors": ["Rahman Asmardika"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-12T17:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Tbilisi",
        "cited_sources": [],
        "captions_required": [
            "Puing pesawat C-130 milik AU Turki di wilayah Sighnaghi, Georgia. (Foto: Kementerian Dalam Negeri Georgia)"
        ],
        "related_titles": [
            "Erdogan Hadiri Parade Hari Kemenangan di Baku",
            "Turki dan Azerbaijan Gelar Latihan Militer Bersama",
        ],
    },
    first="TBILISI - Kementerian Pertahanan Turki",
    last="Pesawat C-130 buatan Lockheed Martin",
    skip=("BACA JUGA:", "Erdogan Hadiri Parade", "Turki dan Azerbaijan Gelar"),
    strip_prefix="TBILISI -",
    events=[*shared("id")],
)
