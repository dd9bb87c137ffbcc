"""Gold for the US-Ukraine talks in Geneva on the US 28-point peace plan, 23 Nov 2025 (Guardian, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import DRISCOLL, E3, KHARKIV, PUTIN, RUSSIA, TRUMP, UKRAINE, USA, ZELENSKY
from common import MEET, STMT, VIOLENCE, ev, page

NOV23 = ("2025-11-23", "2025-11-23")
GENEVA = ["Geneva", "Jenewa", "US mission", "CHE"]
DISAPPROVE = ["11", "12", "01", "02", "10"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "us_ukraine_talks_geneva_2025_11_23",
            True,
            MEET,
            [USA, UKRAINE],
            *NOV23,
            "asserted",
            "US and Ukrainian officials have made" if en else "Amerika Serikat (AS) dan Ukraina menggelar perundingan",
            "'talks in Geneva on Sunday' in a Sunday-evening article" if en else "'pada Ahad (23/11/2025)'",
            GENEVA,
        ),
        ev(
            "trump_accuses_ukraine_2025_11_23",
            True,
            DISAPPROVE,
            [TRUMP, UKRAINE],
            *NOV23,
            "asserted",
            "The talks opened hours after Donald Trump accused"
            if en
            else "Perundingan itu digelar beberapa jam setelah Presiden AS",
            "'in a post ... on Sunday morning' (next sentence)"
            if en
            else "'beberapa jam setelah' the Sunday talks",
        ),
        ev(
            "driscoll_presents_plan_kyiv_2025_11_20",
            True,
            ["03", "04", "05"],
            [DRISCOLL, ZELENSKY],
            "2025-11-20",
            "2025-11-20",
            "asserted",
            "The plan, drawn up by Witkoff" if en else "Draf itu pertama kali disodorkan Driscoll",
            "'in Kyiv on Thursday' before a Sunday article" if en else "'pada Kamis (20/11/2025)'",
            ["Kyiv", "UKR"],
        ),
        ev(
            "putin_says_plan_basis_2025_11_21",
            True,
            STMT,
            [PUTIN, USA],
            "2025-11-21",
            "2025-11-21",
            "asserted",
            "Vladimir Putin said on Friday that the US plan" if en else "Rusia belum menanggapi hasil perundingan Jenewa.",
            "'on Friday' before a Sunday article" if en else "'pada Jumat (21/11/2025)' in the line's second sentence",
        ),
        ev(
            "e3_advisers_meet_ukraine_2025_11_23",
            True,
            MEET,
            [E3, UKRAINE],
            *NOV23,
            "asserted",
            "National security advisers from the UK, France and Germany"
            if en
            else "Penasihat keamanan nasional Inggris, Prancis, dan Jerman",
            "'in Geneva on Sunday'" if en else "'pada hari yang sama' as the Sunday talks",
            GENEVA,
        ),
        ev(
            "trump_deadline_thanksgiving",
            False,
            ["10", "13"],
            [TRUMP, UKRAINE],
            None,
            None,
            "asserted",
            "In an address to the nation on Friday" if en else "Draf itu pertama kali disodorkan Driscoll",
            "the deadline (27 Nov) is dated, the setting of it is not",
        ),
        ev(
            "europe_counterproposal",
            False,
            ["03", "05"],
            [E3, USA],
            None,
            None,
            "asserted",
            "National security advisers from the UK, France and Germany"
            if en
            else "Penasihat keamanan nasional Inggris, Prancis, dan Jerman",
            "counterproposal circulated: undated",
        ),
    ]


page(
    "en_01_guardian_us_and_ukraine_hold_talks_in_geneva_on_peace_plan.txt",
    {
        "site": "theguardian.com",
        "title": "US and Ukraine report 'tremendous progress' in Geneva talks on Trump peace plan",
        "subtitle": "Marco Rubio says negotiators have narrowed differences over 28-point plan, hours after Trump says Kyiv has shown 'zero gratitude'",
        "authors": ["Pjotr Sauer", "Dan Sabbagh"],
        "section": "Ukraine",
        "published_at": {"accept": ["2025-11-23T20:41:00+00:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-11-24T07:15:00+00:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "The US secretary of state, Marco Rubio, centre, speaks to reporters after talks with the Ukrainian delegation at the US mission in Geneva. Photograph: Fabrice Coffrini/AFP/Getty Images"
        ],
        "related_titles": ["Zelenskyy says Ukraine faces 'one of most difficult moments in history' over US plan"],
    },
    first="US and Ukrainian officials have made",
    last="Fighting continued as the diplomats met.",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "yermak_calls_talks_productive_2025_11_23",
            False,
            STMT,
            [["Andriy Yermak", "Yermak", "UKR"], USA],
            *NOV23,
            "asserted",
            "The Ukrainian team was headed by Andriy Yermak",
            "comment on the same meeting",
            GENEVA,
        ),
        ev(
            "zelensky_address_2025_11_21",
            False,
            STMT,
            [ZELENSKY],
            "2025-11-21",
            "2025-11-21",
            "asserted",
            "In an address to the nation on Friday",
            "'on Friday' before a Sunday article; no addressee, so optional",
            ["Kyiv", "UKR"],
        ),
        ev(
            "trump_criticises_europe_oil_2025_11_23",
            False,
            DISAPPROVE,
            [TRUMP, ["Europe", "EUR"]],
            *NOV23,
            "asserted",
            "The talks opened hours after Donald Trump accused",
            "second accusation in the same post",
        ),
        ev(
            "russian_drones_strike_kharkiv_2025_11_23",
            True,
            VIOLENCE,
            [RUSSIA, KHARKIV],
            "2025-11-22",
            "2025-11-23",
            "asserted",
            "Fighting continued as the diplomats met.",
            "'overnight into Sunday'",
            ["Kharkiv", "UKR"],
        ),
    ],
)

page(
    "id_01_republika_as_dan_ukraina_gelar_perundingan_di_jenewa.txt",
    {
        "site": "republika.co.id",
        "title": "AS dan Ukraina Klaim Kemajuan Besar dalam Perundingan Rencana Damai di Jenewa",
        "subtitle": None,
        "authors": ["Kamran Dikarma"],
        "editors": ["Setyanavidita Livikacansera"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-24T06:32:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jenewa",
        "cited_sources": ["Reuters", "AP"],
        "captions_required": [
            "Menteri Luar Negeri AS Marco Rubio (tengah) memberikan keterangan kepada wartawan usai bertemu delegasi Ukraina di Jenewa, Swiss, Ahad (23/11/2025)."
        ],
        "related_titles": [
            "Zelensky: Ukraina Hadapi Pilihan Sulit antara Martabat dan Kehilangan Mitra Utama",
            "Putin Sebut Rencana Damai AS Bisa Jadi Dasar Penyelesaian Akhir",
            "Eropa Siapkan Usulan Tandingan atas Rencana Damai Trump untuk Ukraina",
        ],
    },
    first="REPUBLIKA.CO.ID, JENEWA --",
    last="Rusia belum menanggapi hasil perundingan Jenewa.",
    skip=("BACA JUGA:",),
    strip_prefix="REPUBLIKA.CO.ID, JENEWA --",
    events=[
        *shared("id"),
        ev(
            "rubio_claims_progress_2025_11_23",
            False,
            STMT,
            [USA, UKRAINE],
            *NOV23,
            "asserted",
            "Usai pertemuan di kantor perwakilan AS di Jenewa",
            "comment on the same meeting",
            GENEVA,
        ),
    ],
)
