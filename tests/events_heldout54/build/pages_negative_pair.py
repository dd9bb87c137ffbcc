"""Gold for the negative pair: two governing parties winning national votes on different days, Labour in
Norway (8 Sept 2025, Tempo) and Milei's La Libertad Avanza in Argentina (26 Oct 2025, Liputan6)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import MEET, REDUCE, STMT, THREAT, ev, page

STORE = ["Jonas Gahr Store", "Store", "Partai Buruh", "Labour", "Norwegia", "NOR"]
SOLBERG = ["Erna Solberg", "Solberg", "Partai Konservatif", "NOR"]
LISTHAUG = ["Sylvi Listhaug", "Listhaug", "Partai Kemajuan", "NOR"]
CENTRE = ["Partai Tengah", "Centre Party", "NOR"]
STOLTENBERG = ["Jens Stoltenberg", "Stoltenberg", "NOR"]
MILEI = ["Javier Milei", "Milei", "La Libertad Avanza", "LLA", "Argentina", "ARG"]
ARGENTINA = ["Argentina", "Javier Milei", "Milei", "bank sentral Argentina", "ARG"]
FUERZA = ["Fuerza Patria", "Axel Kicillof", "Kicillof", "Peronis", "oposisi", "ARG"]
GOVERNORS = ["gubernur provinsi", "para gubernur", "ARG"]
TRUMP = ["Donald Trump", "Trump", "Amerika Serikat", "AS", "Washington", "Pemerintahan Trump", "USA"]
SEP8 = ("2025-09-08", "2025-09-08")
OCT26 = ("2025-10-26", "2025-10-26")
CONCEDE = ["01", "02", "04", "08"]
PRAISE = ["01", "02", "04", "05"]

page(
    "id_03_tempo_partai_buruh_menang_pemilu_norwegia.txt",
    {
        "site": "tempo.co",
        "title": "Partai Buruh Menang Pemilu Norwegia, Jonas Gahr Store Pertahankan Kursi Perdana Menteri",
        "subtitle": None,
        "authors": ["Ida Rosdalina"],
        "editors": ["Yudono Yanuar"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-09-09T10:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Perdana Menteri Norwegia Jonas Gahr Store berbicara kepada pendukung Partai Buruh di Oslo, 8 September 2025. NTB/Javad Parsa via REUTERS"
        ],
        "related_titles": ["Norwegia Akui Palestina, Israel Tarik Duta Besar"],
    },
    first="TEMPO.CO, Jakarta -",
    last="Sejak itu, popularitas Partai Buruh",
    skip=("Baca juga:",),
    strip_prefix="TEMPO.CO, Jakarta -",
    events=[
        ev(
            "store_labour_wins_2025_09_08",
            True,
            STMT,
            [STORE],
            *SEP8,
            "asserted",
            "Partai Buruh pimpinan Perdana Menteri Jonas Gahr Store memenangi",
            "'yang digelar Senin, 8 September 2025'",
            ["Norwegia", "NOR"],
        ),
        ev(
            "store_declares_victory_2025_09_08",
            True,
            STMT,
            [STORE],
            *SEP8,
            "asserted",
            '"Kami berhasil!',
            "quote first, attribution and 'pada Senin malam' after",
            ["Oslo", "NOR"],
        ),
        ev(
            "solberg_concedes_2025_09_08",
            True,
            CONCEDE,
            [SOLBERG, STORE],
            *SEP8,
            "asserted",
            "Pemimpin Partai Konservatif, mantan Perdana Menteri Erna Solberg",
            "no date in the sentence: election night",
        ),
        ev(
            "listhaug_statement",
            False,
            STMT,
            [LISTHAUG],
            *SEP8,
            "asserted",
            "Partai Kemajuan yang berhaluan kanan",
        ),
        ev(
            "store_to_negotiate_budget",
            False,
            ["03", "04"],
            [STORE, CENTRE],
            None,
            None,
            "planned",
            "Store diperkirakan akan kembali memimpin",
            "'diperkirakan akan', no date for the talks",
        ),
        ev(
            "centre_party_quits_coalition_2025_01",
            True,
            [*REDUCE, "01", "02", "12"],
            [CENTRE, STORE],
            "2025-01-01",
            "2025-01-31",
            "asserted",
            "Koalisi pemerintahan Store pecah pada Januari lalu",
            "background: 'Januari lalu' from a September article",
        ),
        ev(
            "store_appoints_stoltenberg_2025_02",
            False,
            STMT,
            [STORE, STOLTENBERG],
            "2025-02-01",
            "2025-02-28",
            "asserted",
            "Sejak itu, popularitas Partai Buruh",
        ),
    ],
)

page(
    "id_04_liputan6_partai_milei_menang_pemilu_sela_argentina.txt",
    {
        "site": "liputan6.com",
        "title": "Partai Javier Milei Menang Telak di Pemilu Sela Argentina, Trump Beri Selamat",
        "subtitle": None,
        "authors": ["Tanti Yulianingsih"],
        "section": "Global",
        "published_at": {"accept": ["2025-10-27T08:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-10-27T09:12:00+07:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Buenos Aires",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Presiden Argentina Javier Milei merayakan hasil pemilu sela di markas partainya di Buenos Aires, Minggu (26/10/2025). (AP Photo/Natacha Pisarenko)"
        ],
        "related_titles": [
            "Trump Terima Milei di Gedung Putih, Janjikan Bantuan Rp 330 Triliun",
            "Milei Kalah di Pemilu Provinsi Buenos Aires, Peso Anjlok",
        ],
    },
    first="Liputan6.com, Buenos Aires -",
    last="Milei dijadwalkan bertemu para gubernur",
    skip=("Baca Juga", "Trump Terima Milei di Gedung Putih, Janjikan", "Milei Kalah di Pemilu Provinsi"),
    strip_prefix="Liputan6.com, Buenos Aires -",
    events=[
        ev(
            "lla_wins_midterms_2025_10_26",
            True,
            STMT,
            [MILEI],
            *OCT26,
            "asserted",
            "Partai La Libertad Avanza (LLA) pimpinan Presiden Argentina Javier Milei meraih",
            "'yang digelar Minggu (26/10/2025)'",
            ["Argentina", "ARG"],
        ),
        ev(
            "milei_victory_speech_2025_10_26",
            True,
            STMT,
            [MILEI],
            *OCT26,
            "asserted",
            '"Hari ini rakyat Argentina memutuskan',
            "quote, then attribution; election night",
            ["Buenos Aires", "ARG"],
        ),
        ev(
            "fuerza_patria_accepts_result",
            False,
            [*CONCEDE, "11", "12"],
            [FUERZA, MILEI],
            *OCT26,
            "asserted",
            "Koalisi Fuerza Patria mengakui hasil pemilu",
        ),
        ev(
            "trump_congratulates_milei_2025_10_26",
            True,
            PRAISE,
            [TRUMP, MILEI],
            "2025-10-26",
            "2025-10-27",
            "asserted",
            "Presiden Amerika Serikat Donald Trump langsung memberikan ucapan selamat",
            "'langsung': the night of the vote, US or Argentine time",
        ),
        ev(
            "trump_hosts_milei_2025_10_14",
            True,
            MEET,
            [TRUMP, MILEI],
            "2025-10-14",
            "2025-10-14",
            "asserted",
            "Dukungan Washington menjadi sorotan",
            "'Saat menerima Milei di Gedung Putih pada 14 Oktober'",
            ["Gedung Putih", "White House", "Washington", "USA"],
        ),
        ev(
            "trump_conditions_support_2025_10_14",
            True,
            THREAT,
            [TRUMP, ARGENTINA],
            "2025-10-14",
            "2025-10-14",
            "asserted",
            "Dukungan Washington menjadi sorotan",
            "conditional warning in the same sentence",
        ),
        ev(
            "opposition_accuses_us_meddling",
            False,
            ["11", "12"],
            [FUERZA, TRUMP],
            None,
            None,
            "asserted",
            "Pernyataan itu memicu kritik",
        ),
        ev(
            "us_argentina_swap_signed",
            False,
            ["03", "05", "06"],
            [TRUMP, ARGENTINA],
            None,
            None,
            "asserted",
            "Pemerintahan Trump sebelumnya telah menandatangani",
            "'sebelumnya', no date",
        ),
        ev(
            "milei_loses_buenos_aires_vote_2025_09_07",
            False,
            STMT,
            [MILEI],
            "2025-09-07",
            "2025-09-07",
            "asserted",
            "Kemenangan ini menjadi pemulihan bagi Milei",
        ),
        ev(
            "milei_to_meet_governors_2025_10_27",
            True,
            MEET,
            [MILEI, GOVERNORS],
            "2025-10-27",
            "2025-11-02",
            "planned",
            "Milei dijadwalkan bertemu para gubernur",
            "'pekan ini' from a Monday article: planned",
        ),
    ],
)
