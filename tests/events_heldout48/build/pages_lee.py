"""Gold for Lee Jae-myung's election win (3 June 2025) and swearing-in (4 June 2025) (Antara, CNA)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import MEET, RESTRICT, RULING, STMT, ev, page

LEE = ["Lee Jae-myung", "Lee", "KOR"]
KIM_MS = ["Kim Moon-soo", "Kim", "KOR"]
NORTH_KOREA = ["Korea Utara", "North Korea", "North Korean", "Semenanjung Korea", "PRK"]
ISHIBA = ["Shigeru Ishiba", "Ishiba", "Jepang", "Japan", "Tokyo", "JPN"]
USA = ["Gedung Putih", "White House", "Washington", "United States", "Amerika Serikat", "AS", "USA"]
CHINA = ["China", "Beijing", "Lin Jian", "CHN"]
COURT = ["Mahkamah Konstitusi", "Constitutional Court", "KOR"]
YOON = ["Yoon Suk Yeol", "Yoon", "KOR"]
TRUMP = ["Donald Trump", "Trump", "USA"]
SOUTH_KOREA = ["South Korea", "Korea Selatan", "Seoul", "Lee Jae-myung", "Lee", "KOR"]
JUN4 = ("2025-06-04", "2025-06-04")
SEOUL = ["Seoul", "KOR"]
META = {"page_date_not_publication": None, "flags_required": [], "dateline": "Seoul", "related_titles": []}


def shared(en: bool) -> list[dict]:
    """Events both outlets report."""
    return [
        ev(
            "lee_pledges_dialogue_with_north_korea_2025_06_04",
            True,
            STMT,
            [LEE, NORTH_KOREA],
            *JUN4,
            "asserted",
            '"We will deter North Korean provocations' if en else "Dalam pidato yang sama, Lee berjanji",
            "in the inaugural address of Wednesday 4 June",
        ),
        ev(
            "kim_concedes_congratulates_lee_2025_06_04",
            True,
            STMT,
            [KIM_MS, LEE],
            *JUN4,
            "asserted",
            "Kim conceded defeat early on Wednesday"
            if en
            else "Kim Moon-soo mengakui kekalahannya pada Rabu dini hari",
            "'early on Wednesday' / 'Rabu dini hari'",
        ),
        ev(
            "lee_trump_call_planned",
            True,
            ["04"],
            [LEE, TRUMP],
            "2025-06-04",
            "2025-06-11",
            "planned",
            "Lee is expected to speak with US President"
            if en
            else "Kantor kepresidenan Korea Selatan mengatakan Lee dijadwalkan",
            "'in the coming days' from 4 June",
        ),
        ev(
            "court_removes_yoon_2025_04_04",
            True,
            RULING,
            [COURT, YOON],
            "2025-04-04",
            "2025-04-04",
            "asserted",
            "The Constitutional Court removed Yoon"
            if en
            else "Pemilu kilat tersebut digelar setelah Mahkamah Konstitusi",
            "background with its date",
        ),
        ev(
            "yoon_martial_law_2024_12_03",
            True,
            RESTRICT,
            [YOON, SOUTH_KOREA],
            "2024-12-03",
            "2024-12-03",
            "asserted",
            "The Constitutional Court removed Yoon"
            if en
            else "Pemilu kilat tersebut digelar setelah Mahkamah Konstitusi",
            "background: 'martial law declaration of Dec 3 last year' / '3 Desember 2024'",
        ),
        ev(
            "lee_sworn_in_2025_06_04",
            False,
            STMT,
            [LEE],
            *JUN4,
            "asserted",
            "South Korea's new President Lee Jae-myung was sworn in"
            if en
            else "Lee Jae-myung dari Partai Demokrat resmi dilantik",
            "a swearing-in has no CAMEO class of its own: optional",
            SEOUL,
        ),
        ev(
            "lee_wins_election_2025_06_03",
            False,
            STMT,
            [LEE],
            "2025-06-03",
            "2025-06-03",
            "asserted",
            "The liberal Democratic Party candidate took"
            if en
            else "Lee, 61 tahun, memenangi pemilihan presiden kilat",
            "an election win has no CAMEO class: optional",
        ),
        ev(
            "ishiba_congratulates_lee",
            False,
            STMT,
            [ISHIBA, LEE],
            "2025-06-03",
            "2025-06-04",
            "asserted",
            "Japan's Prime Minister Shigeru Ishiba congratulated"
            if en
            else "Perdana Menteri Jepang Shigeru Ishiba mengucapkan selamat",
        ),
        ev(
            "ishiba_lee_meeting_hoped",
            False,
            MEET,
            [ISHIBA, LEE],
            None,
            None,
            "planned",
            "Japan's Prime Minister Shigeru Ishiba congratulated"
            if en
            else "Perdana Menteri Jepang Shigeru Ishiba mengucapkan selamat",
            "'hoped to meet him soon': a wish, not a scheduled meeting",
        ),
        ev(
            "lee_nominates_kim_min_seok",
            False,
            STMT,
            [LEE, ["Kim Min-seok", "KOR"]],
            *JUN4,
            "asserted",
            "Later on Wednesday, Lee nominated" if en else "Tak lama setelah dilantik, Lee menunjuk",
        ),
    ]


page(
    "id_02_antara_lee_jae_myung_dilantik_jadi_presiden_korsel.txt",
    {
        **META,
        "site": "antaranews.com",
        "title": "Lee Jae-myung dilantik sebagai Presiden Korea Selatan sehari setelah menang pemilu",
        "subtitle": None,
        "authors": ["Shofi Ayudiana"],
        "editors": ["Primayanti"],
        "section": "Dunia",
        "published_at": {"accept": ["2025-06-04T14:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "cited_sources": ["Xinhua"],
        "captions_required": [
            "Presiden Korea Selatan Lee Jae-myung mengucapkan sumpah jabatan dalam upacara pelantikan di Gedung Majelis Nasional, Seoul, Rabu (4/6/2025). ANTARA/Xinhua/Yao Qilin"
        ],
    },
    first="Seoul (ANTARA) -",
    last="Kantor kepresidenan Korea Selatan mengatakan",
    strip_prefix="Seoul (ANTARA) -",
    events=[
        *shared(False),
        ev(
            "white_house_calls_election_fair",
            False,
            STMT,
            [USA, ["Korea Selatan", "KOR"]],
            "2025-06-03",
            "2025-06-04",
            "asserted",
            "Sementara itu, Gedung Putih menyebut",
            "no date in this page",
        ),
        ev(
            "lee_oath_caption_2025_06_04",
            False,
            STMT,
            [LEE],
            *JUN4,
            "asserted",
            "Presiden Korea Selatan Lee Jae-myung mengucapkan sumpah",
            "from a photo caption",
        ),
    ],
)

page(
    "en_02_cna_lee_jae_myung_sworn_in_as_south_korea_president.txt",
    {
        **META,
        "site": "channelnewsasia.com",
        "title": "Lee Jae-myung sworn in as South Korea's president, vows dialogue with North Korea",
        "subtitle": "South Korea's new leader took office without the usual two-month transition after a snap election triggered by the ouster of Yoon Suk Yeol.",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-06-04T15:45:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-06-04T18:10:00+08:00"], "accept_null": True},
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [],
    },
    first="SEOUL: South Korea's new President",
    last="The Constitutional Court removed Yoon",
    strip_prefix="SEOUL:",
    events=[
        *shared(True),
        ev(
            "white_house_calls_election_fair_2025_06_03",
            True,
            STMT,
            [USA, CHINA],
            "2025-06-03",
            "2025-06-03",
            "asserted",
            "A White House official said on Tuesday",
            "'on Tuesday' (US time): fair vote, warning on Chinese interference",
        ),
        ev(
            "china_congratulates_lee_2025_06_04",
            True,
            STMT,
            [CHINA, LEE],
            *JUN4,
            "asserted",
            "China's foreign ministry spokesperson Lin Jian",
            "'on Wednesday'",
        ),
        ev(
            "parliament_votes_down_martial_law",
            False,
            STMT,
            [["lawmakers", "National Assembly", "KOR"], YOON],
            "2024-12-03",
            "2024-12-04",
            "asserted",
            "Lee took the oath of office in a pared-back",
            "'six months earlier'",
        ),
        ev(
            "parliament_impeaches_yoon",
            False,
            RULING,
            [["parliament", "KOR"], YOON],
            None,
            None,
            "asserted",
            "The Constitutional Court removed Yoon",
            "undated background",
        ),
    ],
)
