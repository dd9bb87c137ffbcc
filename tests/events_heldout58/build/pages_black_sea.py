"""Gold for Ukraine's sea-drone strikes on two shadow-fleet tankers (28 Nov 2025) and on the CPC terminal (29 Nov),
and Kazakhstan's protest (AFP, CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CPC, ERDOGAN, KAZAKHSTAN, RUSSIA, TANKERS, TURKEY, UKRAINE
from common import MEET, STMT, THREAT, VIOLENCE, ev, page

NOV28 = ("2025-11-28", "2025-11-28")
NOV29 = ("2025-11-29", "2025-11-29")
BLACK_SEA = ["Black Sea", "Laut Hitam", "Turkey", "Turki", "TUR"]
CPC_LOC = ["Novorossiysk", "RUS"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "kazakhstan_protests_to_ukraine_2025_11_29",
            True,
            ["11", "12", "13", "10"],
            [KAZAKHSTAN, UKRAINE],
            *NOV29,
            "asserted",
            "Kazakhstan on Saturday lodged a protest" if en else "Pemerintah Kazakhstan melayangkan protes",
            "'on Saturday' in a Saturday article" if en else "'Sabtu (29/11)' with no year",
        ),
        ev(
            "drones_hit_cpc_terminal_2025_11_29",
            True,
            VIOLENCE,
            [UKRAINE, CPC],
            *NOV29,
            "asserted",
            "Kazakhstan on Saturday lodged a protest" if en else "Pemerintah Kazakhstan melayangkan protes",
            "the attack is told inside the protest sentence",
            CPC_LOC,
        ),
        ev(
            "sea_drones_hit_tankers_2025_11_28",
            True,
            VIOLENCE,
            [UKRAINE, TANKERS],
            *NOV28,
            "asserted",
            "The attack came after the Kairos and the Virat"
            if en
            else "Serangan itu terjadi sehari setelah dua kapal tanker",
            "'on Friday' in a Saturday article; the attacker is named two paragraphs later"
            if en
            else "'sehari setelah' the Saturday attack: Friday 28 Nov",
            BLACK_SEA,
        ),
        ev(
            "sbu_source_claims_strikes",
            False,
            STMT,
            [UKRAINE, TANKERS],
            *NOV28,
            "asserted",
            "A source in Ukraine's SBU security service"
            if en
            else "Seorang sumber di Dinas Keamanan Ukraina",
            "the claim of responsibility: the strike told again",
        ),
        ev(
            "kazakh_ministry_demands_measures",
            False,
            STMT,
            [KAZAKHSTAN, UKRAINE],
            *NOV29,
            "asserted",
            "Kazakhstan's foreign ministry said" if en else "Kementerian Luar Negeri Kazakhstan menyebut",
            "the protest's wording",
        ),
    ]


page(
    "en_02_afp_kazakhstan_protests_ukraine_drone_attack_on_cpc_terminal.txt",
    {
        "site": "afp.com",
        "title": "Kazakhstan protests after Ukrainian sea drones hit oil terminal, shadow fleet tankers",
        "subtitle": None,
        "authors": [],
        "section": "Europe",
        "published_at": {"accept": ["2025-11-29T19:05:00+00:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kyiv",
        "cited_sources": ["AFP"],
        "captions_required": [],
        "related_titles": [],
    },
    first="Kyiv (AFP) –",
    last="Ukraine has stepped up long-range drone attacks",
    strip_prefix="Kyiv (AFP) –",
    events=[
        *shared("en"),
        ev(
            "crews_evacuated_2025_11_28",
            False,
            ["07"],
            [TURKEY, TANKERS],
            *NOV28,
            "asserted",
            "Turkish Transport Minister Abdulkadir Uraloglu said",
            "rescue of the crews",
        ),
        ev(
            "erdogan_warns_escalation",
            False,
            THREAT,
            [ERDOGAN, UKRAINE],
            None,
            None,
            "asserted",
            "Ankara later voiced concern",
            "'later': no date of its own",
        ),
        ev(
            "russia_accused_kyiv_terrorism",
            False,
            STMT,
            [RUSSIA, UKRAINE],
            None,
            None,
            "asserted",
            "Moscow did not immediately comment",
            "'has previously accused': background, undated",
        ),
        ev(
            "eu_uk_sanction_tankers_2025",
            False,
            ["16"],
            [["European Union", "EU", "Britain", "British", "GBR"], TANKERS],
            "2025-01-01",
            "2025-11-28",
            "asserted",
            "Both tankers were placed under European Union",
            "'earlier this year'",
        ),
    ],
)

page(
    "id_02_cnnindonesia_kazakhstan_protes_ukraine_usai_serangan_drone_laut.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Kazakhstan Protes Ukraina Usai Drone Laut Hantam Terminal Minyak CPC",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-30T09:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP", "Anadolu", "Reuters"],
        "captions_required": [
            "Ilustrasi. Kapal tanker Kairos terbakar di Laut Hitam setelah dihantam drone laut di lepas pantai Turki, Jumat (28/11/2025). (Foto: REUTERS/Kementerian Transportasi Turki)"
        ],
        "related_titles": [],
    },
    first="Pemerintah Kazakhstan melayangkan protes",
    last="Rusia belum memberikan tanggapan resmi",
    events=[
        *shared("id"),
        ev(
            "tanker_caption_2025_11_28",
            False,
            VIOLENCE,
            [UKRAINE, TANKERS],
            *NOV28,
            "asserted",
            "Ilustrasi. Kapal tanker Kairos terbakar",
            "from a photo caption; the attacker is only 'drone laut'",
        ),
        ev(
            "erdogan_cabinet_black_sea_2025_12_01",
            False,
            MEET,
            [ERDOGAN, TURKEY],
            "2025-12-01",
            "2025-12-01",
            "planned",
            "Presiden Turki Recep Tayyip Erdogan pada Senin (1/12) dijadwalkan",
            "'dijadwalkan' on a coming Monday; a cabinet meeting has one side only",
        ),
    ],
)
