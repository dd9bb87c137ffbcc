"""Gold for Trump's national guard deployment to Illinois and the judge's order blocking it, 4-9 Oct 2025
(The Guardian, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    APPEALS_COURT,
    BORDER_PATROL,
    ILLINOIS,
    JOHNSON,
    PENTAGON,
    PERRY,
    PRITZKER,
    PRITZKER_JOHNSON,
    TEXAS_GUARD,
    TRUMP,
    TRUMP_ADMIN,
    WOMAN_SHOT,
)
from common import FORCE, RULING, STMT, THREAT, ev, page

CHICAGO = ["Chicago", "Illinois", "USA"]
GUARD_TARGET = ["Illinois national guard", "Garda Nasional Illinois", "Illinois", "Chicago", "USA"]
SUE = ["10", "11", "12"]
APPEAL = ["10", "11", "12", "17"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "judge_blocks_deployment_2025_10_09",
            True,
            RULING,
            [PERRY, TRUMP_ADMIN],
            "2025-10-09",
            "2025-10-09",
            "asserted",
            "A federal judge in Chicago on Thursday" if en else "Seorang hakim federal di Chicago",
            "'on Thursday' in a Thursday 9 Oct article" if en else "'Kamis (9/10/2025) waktu setempat'",
            CHICAGO,
        ),
        ev(
            "trump_federalises_illinois_guard_2025_10_04",
            True,
            ["15", "17"],
            [TRUMP, GUARD_TARGET],
            "2025-10-04",
            "2025-10-04",
            "asserted",
            "Trump signed an order on Saturday" if en else "Trump menandatangani perintah pengambilalihan",
            "'on Saturday' before the Thursday ruling" if en else "'Sabtu (4/10/2025)'",
            ["Illinois", "USA"],
        ),
        ev(
            "illinois_chicago_sue_2025_10_06",
            True,
            SUE,
            [ILLINOIS, TRUMP_ADMIN],
            "2025-10-06",
            "2025-10-06",
            "asserted",
            "Illinois and Chicago sued on Monday" if en else "Pemerintah Negara Bagian Illinois dan Kota Chicago menggugat",
            "'on Monday' of the week of the Thursday ruling" if en else "'Senin (6/10/2025)'",
            CHICAGO,
        ),
        ev(
            "trump_says_pritzker_johnson_jail_2025_10_08",
            True,
            THREAT,
            [TRUMP, PRITZKER_JOHNSON],
            "2025-10-08",
            "2025-10-08",
            "asserted",
            "The ruling came a day after Trump wrote" if en else "Putusan itu keluar sehari setelah Trump",
            "'a day after' the Thursday 9 Oct ruling",
        ),
        ev(
            "texas_troops_arrive_elwood_2025_10_07",
            True,
            ["15"],
            [TEXAS_GUARD[:-1] + PENTAGON, ILLINOIS],
            "2025-10-07",
            "2025-10-07",
            "asserted",
            "Trump signed an order on Saturday" if en else "Trump menandatangani perintah pengambilalihan",
            "'arrived ... on Tuesday' (Selasa), same paragraph as the federalisation",
            ["Elwood", "Illinois", "USA"],
        ),
        ev(
            "white_house_appeals_2025_10_09",
            True,
            APPEAL,
            [TRUMP_ADMIN, APPEALS_COURT[:-1] + PERRY],
            "2025-10-09",
            "2025-10-10",
            "asserted",
            "The White House said it would appeal." if en else "Gedung Putih menyatakan akan mengajukan banding.",
            "notice of appeal filed 'within hours' of the Thursday ruling; Republika's Friday WIB page",
        ),
        ev(
            "pritzker_welcomes_ruling_2025_10_09",
            False,
            STMT,
            [PRITZKER, PERRY],
            "2025-10-09",
            "2025-10-10",
            "asserted",
            "Governor JB Pritzker welcomed the ruling." if en else "Gubernur Illinois JB Pritzker menyambut",
            "reaction to the ruling; a comment, optional",
        ),
        ev(
            "border_patrol_shoots_woman_2025_10_04",
            False,
            FORCE,
            [BORDER_PATROL, WOMAN_SHOT],
            "2025-10-04",
            "2025-10-04",
            "asserted",
            "Trump signed an order on Saturday" if en else "Trump menandatangani perintah pengambilalihan",
            "'hours after' the Saturday order; subordinate clause, victim unnamed",
            ["Brighton Park", "Chicago", "USA"],
        ),
        ev(
            "hearing_on_injunction_2025_10_22",
            False,
            ["01", "02", "03", "04"],
            [PERRY, TRUMP_ADMIN],
            "2025-10-22",
            "2025-10-22",
            "planned",
            "The judge's order does not stop" if en else "Sidang lanjutan untuk membahas",
            "a scheduled court hearing: planned, weakly an event",
        ),
    ]


page(
    "en_01_guardian_judge_blocks_trump_national_guard_deployment_in_illinois.txt",
    {
        "site": "theguardian.com",
        "title": "Judge blocks Trump from deploying national guard troops in Illinois",
        "subtitle": "US district judge April Perry says she has seen no credible evidence of a 'danger of rebellion' in the state, as Texas troops wait outside Chicago",
        "authors": ["Maya Yang"],
        "section": "Illinois",
        "published_at": {"accept": ["2025-10-09T23:41:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Members of the Texas national guard at the Army Reserve training center in Elwood, Illinois, on Tuesday. Photograph: Kamil Krzaczynski/AFP/Getty Images"
        ],
        "related_titles": [
            "Trump says Pritzker and Chicago mayor 'should be in jail'",
            "Judge in Oregon blocks deployment of California guard troops to Portland",
        ],
    },
    first="A federal judge in Chicago on Thursday",
    last="The case is one of several",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "johnson_calls_post_threat_2025_10_08",
            False,
            ["11", "12"],
            [JOHNSON, TRUMP],
            "2025-10-08",
            "2025-10-09",
            "asserted",
            "The ruling came a day after Trump wrote",
            "Johnson's reply to the post",
        ),
        ev(
            "oregon_judge_blocks_portland_deployment",
            False,
            RULING,
            [["federal judge in Oregon", "USA"], TRUMP_ADMIN],
            "2025-10-04",
            "2025-10-05",
            "asserted",
            "The case is one of several",
            "'last weekend': background, another case",
            ["Portland", "Oregon", "USA"],
        ),
    ],
)

page(
    "id_01_republika_hakim_blokir_pengerahan_garda_nasional_di_illinois.txt",
    {
        "site": "republika.co.id",
        "title": "Hakim Federal Blokir Pengerahan Garda Nasional ke Illinois, Gedung Putih Ajukan Banding",
        "subtitle": None,
        "authors": ["Dwina Agustin"],
        "editors": ["Setyanavidita Livikacansera"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-10T08:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Chicago",
        "cited_sources": ["Reuters", "AP"],
        "captions_required": [
            "Anggota Garda Nasional Texas berada di pusat pelatihan Cadangan Angkatan Darat di Elwood, Illinois, Selasa (7/10/2025). Foto: EPA-EFE/TANNEN MAURY"
        ],
        "related_titles": [
            "Trump Kerahkan Garda Nasional ke Portland, Gubernur Oregon Meradang",
            "Penembakan di Brighton Park, Warga Chicago Turun ke Jalan Protes Agen Imigrasi",
        ],
    },
    first="REPUBLIKA.CO.ID, CHICAGO --",
    last="Sidang lanjutan untuk membahas",
    skip=("Baca Juga:",),
    strip_prefix="REPUBLIKA.CO.ID, CHICAGO --",
    events=[*shared("id")],
)
