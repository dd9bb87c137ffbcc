"""Gold for Friedrich Merz's election as German chancellor in a second Bundestag vote, 6 May 2025 (Reuters,
Kompas): the coalition deal of the day before and his Paris/Warsaw trip of the day after are shared."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import SIGN, STMT, VISIT, ev, page

MAY5 = ("2025-05-05", "2025-05-05")
MAY6 = ("2025-05-06", "2025-05-06")
MAY7 = ("2025-05-07", "2025-05-07")
MERZ = ["Friedrich Merz", "Merz", "DEU"]
BUNDESTAG = ["Bundestag", "parliament", "parlemen", "DEU"]
CONSERVATIVES = [
    "CDU",
    "Christian Democratic Union",
    "Uni Demokratik Kristen",
    "conservatives",
    "CSU",
    "Merz",
    "DEU",
]
SPD = ["Social Democrats", "SPD", "Partai Sosial Demokrat", "Lars Klingbeil", "Klingbeil", "DEU"]
FRANCE = ["Emmanuel Macron", "Macron", "France", "Perancis", "Prancis", "Paris", "FRA"]
POLAND = ["Donald Tusk", "Tusk", "Poland", "Polandia", "Warsaw", "Warsawa", "POL"]
WEIDEL = ["Alice Weidel", "Weidel", "AfD", "Alternative for Germany", "Alternatif untuk Jerman", "DEU"]
STEINMEIER = ["Frank-Walter Steinmeier", "Steinmeier", "DEU"]


def shared(lang: str) -> list[dict]:
    """Events both outlets report, each with its own evidence."""
    en = lang == "en"
    return [
        ev(
            "cdu_spd_sign_coalition_2025_05_05",
            True,
            SIGN,
            [CONSERVATIVES, SPD],
            *MAY5,
            "asserted",
            "Merz's conservatives and the Social Democrats (SPD) signed"
            if en
            else "Koalisi CDU/CSU dan Partai Sosial Demokrat (SPD) menguasai",
            "'on Monday' in a Tuesday article"
            if en
            else "'pada Senin (5/5/2025)', second sentence of the line",
            ["Berlin", "DEU"],
        ),
        ev(
            "merz_to_visit_paris_2025_05_07",
            True,
            VISIT,
            [MERZ, FRANCE],
            *MAY7,
            "planned",
            "Merz, who has pledged to make Germany" if en else "Merz dijadwalkan melakukan kunjungan",
            "'will travel ... on Wednesday'" if en else "'dijadwalkan ... pada Rabu (7/5/2025)'",
            ["Paris", "FRA"],
        ),
        ev(
            "merz_to_visit_warsaw_2025_05_07",
            True,
            VISIT,
            [MERZ, POLAND],
            *MAY7,
            "planned",
            "Merz, who has pledged to make Germany" if en else "Merz dijadwalkan melakukan kunjungan",
            "the second leg of the same trip, one sentence for two visits",
            ["Warsaw", "POL"],
        ),
        ev(
            "bundestag_elects_merz_2025_05_06",
            False,
            STMT,
            [BUNDESTAG, MERZ],
            *MAY6,
            "asserted",
            "Conservative leader Friedrich Merz was elected"
            if en
            else "Pemimpin partai konservatif Uni Demokratik Kristen",
            "an election by parliament has no CAMEO class of its own: optional",
            ["Berlin", "DEU"],
        ),
        ev(
            "steinmeier_appoints_merz_2025_05_06",
            False,
            STMT,
            [STEINMEIER, MERZ],
            *MAY6,
            "asserted",
            "President Frank-Walter Steinmeier formally appointed"
            if en
            else "Setelah terpilih, Merz dilantik secara resmi",
            "a formal appointment: optional",
        ),
        ev(
            "weidel_calls_for_new_election",
            False,
            [*STMT, "11"],
            [WEIDEL, MERZ],
            None,
            None,
            "asserted",
            "Alice Weidel, co-leader of the far-right"
            if en
            else "Pemimpin partai sayap kanan Alternatif untuk Jerman",
            "a demand, undated",
        ),
        ev(
            "merz_accepts_election_2025_05_06",
            False,
            STMT,
            [MERZ],
            *MAY6,
            "asserted",
            '"I am grateful for the trust' if en else '"Saya berterima kasih atas kepercayaan ini',
        ),
    ]


page(
    "en_01_reuters_merz_elected_chancellor_in_second_vote.txt",
    {
        "site": "reuters.com",
        "title": "Merz elected German chancellor in second vote after historic first-round defeat",
        "subtitle": None,
        "authors": ["Andreas Rinke", "Sarah Marsh"],
        "section": "Europe",
        "published_at": {"accept": ["2025-05-06T18:41:00+02:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-05-06"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Berlin",
        "cited_sources": [],
        "captions_required": [
            "Friedrich Merz, leader of the Christian Democratic Union (CDU), is sworn in as German Chancellor by Bundestag President Julia Kloeckner in Berlin, Germany, May 6, 2025. REUTERS/Liesa Johannssen"
        ],
        "related_titles": [],
    },
    first="BERLIN, May 6 (Reuters) -",
    last="U.S. Secretary of State Marco Rubio congratulated",
    strip_prefix="BERLIN, May 6 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "merz_fails_first_ballot_2025_05_06",
            False,
            ["12", *STMT],
            [BUNDESTAG, MERZ],
            *MAY6,
            "asserted",
            "Merz won 325 votes in the second secret ballot",
            "'falling six votes short' in the morning vote: a rejection, optional",
        ),
        ev(
            "greens_left_accuse_coalition",
            False,
            [*STMT, "11"],
            [["Greens", "Left party", "opposition", "DEU"], CONSERVATIVES],
            *MAY6,
            "asserted",
            "The parliamentary groups had agreed to change",
        ),
        ev(
            "rubio_congratulates_merz_2025_05_06",
            False,
            STMT,
            [["Marco Rubio", "Rubio", "USA"], MERZ],
            *MAY6,
            "asserted",
            "U.S. Secretary of State Marco Rubio congratulated",
        ),
        ev(
            "merz_sworn_in_caption_2025_05_06",
            False,
            STMT,
            [MERZ],
            *MAY6,
            "asserted",
            "Friedrich Merz, leader of the Christian Democratic Union",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_merz_terpilih_kanselir_jerman.txt",
    {
        "site": "kompas.com",
        "title": "Sempat Gagal di Putaran Pertama, Friedrich Merz Akhirnya Terpilih Jadi Kanselir Jerman",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-07T06:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Berlin",
        "cited_sources": ["AFP", "Reuters"],
        "captions_required": [
            "Friedrich Merz mengucapkan sumpah jabatan sebagai Kanselir Jerman di hadapan Ketua Bundestag Julia Kloeckner di Berlin, Selasa (6/5/2025). (AFP/RALF HIRSCHBERGER)"
        ],
        "related_titles": [
            "Profil Friedrich Merz, Pengacara Korporat yang Kini Pimpin Jerman",
            "Jerman Gelar Pemilu Dini, AfD Raih Hasil Terbaik Sepanjang Sejarah",
        ],
    },
    first="BERLIN, KOMPAS.com -",
    last="Merz dijadwalkan melakukan kunjungan",
    skip=("Baca juga:",),
    strip_prefix="BERLIN, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "merz_fails_first_ballot_2025_05_06",
            False,
            ["12", *STMT],
            [BUNDESTAG, MERZ],
            *MAY6,
            "asserted",
            "Pada putaran pertama yang digelar Selasa pagi",
            "a rejection, optional",
        ),
        ev(
            "merz_sworn_in_caption_2025_05_06",
            False,
            STMT,
            [MERZ],
            *MAY6,
            "asserted",
            "Friedrich Merz mengucapkan sumpah jabatan",
            "from a photo caption",
        ),
    ],
)
