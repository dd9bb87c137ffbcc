"""Gold for the negative pair: two new leaders congratulated on different days - Nicusor Dan after Romania's
runoff of 18 May 2025 (Detik) and Sanae Takaichi after Japan's Diet vote of 21 Oct 2025 (CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import AGREE, MEET, REDUCE, RESTRICT, RULING, STMT, ev, page

DAN = ["Nicusor Dan", "Dan", "ROU"]
SIMION = ["George Simion", "Simion", "AUR", "ROU"]
EU_FRANCE = [
    "Ursula von der Leyen",
    "von der Leyen",
    "Komisi Eropa",
    "Emmanuel Macron",
    "Macron",
    "Prancis",
    "FRA",
]
FRANCE = ["Prancis", "Kementerian Luar Negeri Prancis", "FRA"]
DUROV = ["Pavel Durov", "Durov", "Telegram"]
RO_COURT = ["Mahkamah Konstitusi Rumania", "Mahkamah Konstitusi", "ROU"]
GEORGESCU = ["Calin Georgescu", "Georgescu", "ROU"]
RO_BEC = ["Biro Pemilihan Pusat", "ROU"]
RUSSIA = ["Rusia", "Moskow", "RUS"]
ROMANIA = ["Rumania", "ROU"]
TAKAICHI = ["Sanae Takaichi", "Takaichi", "Jepang", "Tokyo", "JPN"]
LDP = ["Partai Demokrat Liberal", "LDP", "Takaichi", "JPN"]
ISHIN = ["Partai Inovasi Jepang", "Ishin", "JPN"]
KOMEITO = ["Komeito", "JPN"]
WELLWISHERS = ["Anthony Albanese", "Albanese", "Australia", "AUS", "Lee Jae-myung", "Korea Selatan", "KOR"]
CHINA = ["China", "Pemerintah China", "Guo Jiakun", "CHN"]
TRUMP = ["Donald Trump", "Trump", "Amerika Serikat", "USA"]
ASEAN = ["ASEAN", "KTT ASEAN", "Kuala Lumpur", "MYS"]
MAY18 = ("2025-05-18", "2025-05-18")
OCT21 = ("2025-10-21", "2025-10-21")

page(
    "id_03_detik_nicusor_dan_menangi_pilpres_rumania.txt",
    {
        "site": "detik.com",
        "title": "Wali Kota Bukares Nicusor Dan Menangi Pilpres Rumania, Kalahkan Kandidat Sayap Kanan Simion",
        "subtitle": None,
        "authors": ["Tim detikcom"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-19T07:42:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Bukares",
        "cited_sources": ["AFP", "Reuters"],
        "captions_required": [
            "Foto: Nicusor Dan menyapa para pendukungnya di Bukares, Minggu (18/5/2025). (REUTERS/Stoyan Nenov)"
        ],
        "related_titles": ["Rumania Gelar Pilpres Ulang Usai Hasil Putaran Pertama 2024 Dibatalkan"],
    },
    first="Bukares - Wali Kota Bukares",
    last="Dan dijadwalkan dilantik",
    skip=("Baca juga:",),
    strip_prefix="Bukares -",
    events=[
        ev(
            "eu_leaders_congratulate_dan_2025_05_18",
            True,
            STMT,
            [EU_FRANCE, DAN],
            *MAY18,
            "asserted",
            "Presiden Komisi Eropa Ursula von der Leyen",
            "'pada Minggu malam'",
        ),
        ev(
            "simion_concedes_2025_05_18",
            True,
            STMT,
            [SIMION, DAN],
            "2025-05-18",
            "2025-05-19",
            "asserted",
            "Simion, yang sebelumnya mengklaim kemenangan",
            "'Minggu tengah malam': the night of 18 to 19 May",
        ),
        ev(
            "court_annuls_first_round_2024_12_06",
            True,
            RULING,
            [RO_COURT, GEORGESCU],
            "2024-12-06",
            "2024-12-06",
            "asserted",
            "Pemilu ulang ini digelar setelah Mahkamah Konstitusi",
            "background with its date",
        ),
        ev(
            "bec_bars_georgescu_2025_03",
            True,
            RESTRICT,
            [RO_BEC, GEORGESCU],
            "2025-03-01",
            "2025-03-31",
            "asserted",
            "Georgescu sendiri kemudian dilarang",
            "'pada Maret lalu' in a May 2025 article",
        ),
        ev(
            "dan_wins_runoff_2025_05_18",
            False,
            STMT,
            [DAN],
            *MAY18,
            "asserted",
            "Wali Kota Bukares yang berhaluan tengah",
            "an election win has no CAMEO class: optional",
            ["Bukares", "ROU"],
        ),
        ev(
            "dan_inauguration_planned_2025_05_26",
            False,
            STMT,
            [DAN],
            "2025-05-26",
            "2025-05-26",
            "planned",
            "Dan dijadwalkan dilantik",
            "a swearing-in has no CAMEO class: optional",
        ),
        ev(
            "durov_accuses_france",
            False,
            STMT,
            [DUROV, FRANCE],
            None,
            None,
            "asserted",
            "Sementara itu, pendiri Telegram Pavel Durov",
        ),
        ev(
            "france_asked_telegram_to_silence",
            False,
            ["10", "17"],
            [FRANCE, DUROV],
            None,
            None,
            "denied",
            "Kementerian Luar Negeri Prancis membantah",
            "the request Durov alleges, as France denies it",
        ),
        ev(
            "russian_interference_alleged",
            False,
            ["11", "12", "17"],
            [RUSSIA, ROMANIA],
            "2024-11-01",
            "2024-12-06",
            "alleged",
            "Pemilu ulang ini digelar setelah Mahkamah Konstitusi",
            "'tuduhan campur tangan Rusia'",
        ),
        ev(
            "russian_interference_denied",
            False,
            ["11", "12", "17"],
            [RUSSIA, ROMANIA],
            None,
            None,
            "denied",
            "Moskow membantah terlibat",
        ),
        ev("dan_thanks_supporters", False, STMT, [DAN], *MAY18, "asserted", '"Rakyat Rumania telah memilih.'),
    ],
)

page(
    "id_04_cnnindonesia_takaichi_terpilih_jadi_pm_jepang.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Sanae Takaichi Terpilih Jadi Perdana Menteri Perempuan Pertama Jepang",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-21T15:30:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Sanae Takaichi membungkuk setelah terpilih sebagai perdana menteri dalam sidang majelis rendah parlemen Jepang di Tokyo, Selasa (21/10/2025). (REUTERS/Kim Kyung-Hoon)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia -- Parlemen Jepang",
    last="Takaichi juga diperkirakan",
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        ev(
            "leaders_congratulate_takaichi_2025_10_21",
            True,
            STMT,
            [WELLWISHERS, TAKAICHI],
            *OCT21,
            "asserted",
            "Perdana Menteri Australia Anthony Albanese",
            "'pada Selasa malam'",
        ),
        ev(
            "ldp_ishin_sign_coalition_2025_10_20",
            True,
            AGREE,
            [LDP, ISHIN],
            "2025-10-20",
            "2025-10-20",
            "asserted",
            "Kemenangan itu dimungkinkan setelah LDP",
            "'pada Senin (20/10)'",
            ["Tokyo", "JPN"],
        ),
        ev(
            "komeito_quits_coalition_2025_10_10",
            True,
            REDUCE,
            [KOMEITO, LDP],
            "2025-10-10",
            "2025-10-10",
            "asserted",
            "Pemerintahan Takaichi terbentuk setelah partai Komeito",
            "'pada 10 Oktober lalu'",
        ),
        ev(
            "trump_visits_tokyo_planned_2025_10_27",
            True,
            MEET,
            [TRUMP, TAKAICHI],
            "2025-10-27",
            "2025-10-29",
            "planned",
            "Presiden Amerika Serikat Donald Trump dijadwalkan",
            "'dijadwalkan ... pada 27-29 Oktober'",
            ["Tokyo", "JPN"],
        ),
        ev(
            "takaichi_asean_summit_planned",
            True,
            ["03", "04"],
            [TAKAICHI, ASEAN],
            "2025-10-25",
            "2025-10-26",
            "planned",
            "Takaichi juga diperkirakan",
            "'akhir pekan ini' from Tuesday 21 Oct",
            ["Kuala Lumpur", "MYS"],
        ),
        ev(
            "diet_elects_takaichi_2025_10_21",
            False,
            STMT,
            [["Parlemen Jepang", "JPN"], TAKAICHI],
            *OCT21,
            "asserted",
            "Parlemen Jepang memilih Ketua",
            "an election has no CAMEO class: optional",
            ["Tokyo", "JPN"],
        ),
        ev(
            "ishiba_cabinet_resigns_2025_10_21",
            False,
            STMT,
            [["Shigeru Ishiba", "Ishiba", "JPN"]],
            *OCT21,
            "asserted",
            "Sebelum pemungutan suara, Perdana Menteri Shigeru Ishiba",
            "a resignation has no CAMEO class: optional",
        ),
        ev(
            "china_urges_tokyo",
            False,
            STMT,
            [CHINA, TAKAICHI],
            "2025-10-21",
            "2025-10-21",
            "asserted",
            "Pemerintah China, melalui juru bicara",
            "undated; the day of the vote",
        ),
        ev(
            "ishin_support_pledge",
            False,
            AGREE,
            [ISHIN, LDP],
            None,
            None,
            "asserted",
            "Ishin tidak akan mendapatkan kursi",
        ),
    ],
)
