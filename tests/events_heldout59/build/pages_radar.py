"""Gold for the Chinese J-15 radar lock-on on Japanese F-15s near Okinawa, 6 Dec 2025, and Tokyo's protest on
7 Dec (NHK World, SINDOnews)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AUSTRALIA, CHINA, JAPAN, JAPAN_MOFA, KOIZUMI, PLA_NAVY, TAKAICHI
from common import DENY, MEET, MISSILE, STMT, SUMMON, ev, page

DEC6 = ("2025-12-06", "2025-12-06")
DEC7 = ("2025-12-07", "2025-12-07")
OKINAWA = ["Okinawa", "Okinawa Prefecture", "Pulau Okinawa", "JPN"]
DISAPPROVE = ["11", "12", "01", "02", "10"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "radar_lock_2025_12_06",
            True,
            MISSILE,
            [CHINA, JAPAN],
            *DEC6,
            "asserted",
            "Japan's Defense Minister Koizumi Shinjiro says Chinese military aircraft"
            if en
            else "Menteri Pertahanan Jepang Shinjiro Koizumi mengatakan, jet tempur J-15",
            "'on Saturday' in a Sunday article" if en else "'pada Sabtu (6/12/2025) sore dan malam'",
            OKINAWA,
        ),
        ev(
            "japan_protests_to_china_2025_12_07",
            True,
            SUMMON,
            [JAPAN_MOFA, CHINA],
            *DEC7,
            "asserted",
            "The Foreign Ministry said Vice Minister Funakoshi Takehiro"
            if en
            else "Kementerian Luar Negeri Jepang menyebut Wakil Menteri",
            "'on Sunday' in a Sunday article" if en else "'pada Minggu (7/12/2025)'",
            ["Tokyo", "JPN"],
        ),
        ev(
            "koizumi_calls_acts_dangerous_2025_12_07",
            True,
            DISAPPROVE,
            [KOIZUMI, CHINA],
            *DEC7,
            "asserted",
            'Koizumi called the acts "dangerous"' if en else '"Ini adalah tindakan berbahaya',
            "the late-night news conference held 'early on Sunday' (caption)"
            if en
            else "'konferensi pers yang digelar Minggu dini hari'",
            ["Tokyo", "JPN"],
        ),
        ev(
            "china_navy_accuses_japan_2025_12_07",
            True,
            [*DENY, "10"],
            [PLA_NAVY, JAPAN],
            "2025-12-06",
            "2025-12-07",
            "asserted",
            "China's navy disputed Japan's account." if en else "Beijing membantah versi Tokyo.",
            "undated rebuttal reported in a Sunday article: Saturday or Sunday",
        ),
        ev(
            "takaichi_vows_calm_response_2025_12_07",
            False,
            STMT,
            [TAKAICHI, CHINA],
            *DEC7,
            "asserted",
            "Prime Minister Takaichi Sanae told reporters on Sunday"
            if en
            else "Perdana Menteri Takaichi mengatakan Jepang akan menanggapi",
            "no named addressee: optional",
        ),
        ev(
            "takaichi_taiwan_remarks_2025_11_07",
            False,
            STMT,
            [TAKAICHI, ["Taiwan", "TWN"]],
            "2025-11-07",
            "2025-11-07",
            "asserted",
            "Relations between Japan and China have been strained"
            if en
            else "Hubungan kedua negara memanas sejak Perdana Menteri",
            "background remark to the Diet, not an act towards another actor",
        ),
    ]


page(
    "en_02_nhkworld_japan_protests_chinese_jets_radar_lock.txt",
    {
        "site": "www3.nhk.or.jp",
        "title": "Japan protests to China over radar lock-on by Chinese fighter jets",
        "subtitle": None,
        "authors": [],
        "section": "Politics",
        "published_at": {"accept": ["2025-12-07T12:45:00+09:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Japan's Defense Minister Koizumi Shinjiro speaks to reporters at the Defense Ministry in Tokyo early on Sunday."
        ],
        "related_titles": [
            "Chinese carrier Liaoning sails through waters near Okinawa",
            "China urges its citizens to avoid travel to Japan",
        ],
    },
    first="Japan's Defense Minister Koizumi Shinjiro says Chinese military aircraft",
    last="Relations between Japan and China have been strained",
    events=[
        *shared("en"),
        ev(
            "second_radar_lock_2025_12_06",
            False,
            MISSILE,
            [CHINA, JAPAN],
            *DEC6,
            "asserted",
            "He said another J-15 did the same",
            "second lock-on 'from around 6:37 p.m.': part of the lead event",
            OKINAWA,
        ),
        ev(
            "koizumi_to_meet_marles_2025_12_07",
            True,
            MEET,
            [KOIZUMI, AUSTRALIA],
            *DEC7,
            "planned",
            "Koizumi is scheduled to hold talks",
            "'later on Sunday' in a Sunday article",
            ["Tokyo", "JPN"],
        ),
    ],
)

page(
    "id_02_sindonews_jepang_protes_jet_china_kunci_radar.txt",
    {
        "site": "international.sindonews.com",
        "title": "Jet Tempur China Kunci Radar ke Pesawat Jepang, Tokyo Layangkan Protes Keras",
        "subtitle": None,
        "authors": ["Muh Shamil"],
        "editors": ["Muh Shamil"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-12-07T15:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Tokyo",
        "cited_sources": ["NHK"],
        "captions_required": [],
        "related_titles": [
            "China Imbau Warganya Hindari Bepergian ke Jepang",
            "Takaichi Tegaskan Tak Akan Cabut Pernyataan soal Taiwan",
            "Kapal Induk Liaoning Berlayar di Dekat Okinawa, Jepang Siaga",
        ],
    },
    first="TOKYO - Jepang melayangkan protes keras",
    last="Perdana Menteri Takaichi mengatakan Jepang akan menanggapi",
    skip=("Baca Juga:",),
    strip_prefix="TOKYO -",
    events=[
        *shared("id"),
        ev(
            "japan_lodges_protest_lead",
            False,
            SUMMON,
            [JAPAN, CHINA],
            *DEC7,
            "asserted",
            "Jepang melayangkan protes keras kepada China",
            "the lead restates the Sunday protest",
        ),
    ],
)
