"""Gold for Christopher Luxon's visit to Jakarta, 8-10 Dec 2025: the Merdeka Palace talks with Prabowo, the
upgrade to a Comprehensive Strategic Partnership, four MoUs and flood aid (Jakarta Globe, Media Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import INDONESIA, KADIN, LUXON, NEW_ZEALAND, PETERS, PRABOWO, SUGIONO, FLOOD_VICTIMS_SUMATRA
from common import MEET, SIGN, STMT, VISIT, ev, page

DEC9 = ("2025-12-09", "2025-12-09")
PALACE = ["Merdeka Palace", "Istana Merdeka", "Jakarta", "IDN"]
NZ_PARTIES = ["Fonterra", "New Zealand", "Selandia Baru", "NZL"]
ID_PARTIES = ["ID Food", "Indonesia", "IDN"]


def shared(lang: str) -> list[dict]:
    en = lang == "en"
    return [
        ev(
            "prabowo_receives_luxon_2025_12_09",
            True,
            [*VISIT, "03"],
            [LUXON, PRABOWO],
            *DEC9,
            "asserted",
            "President Prabowo Subianto received New Zealand" if en else "PRESIDEN Prabowo Subianto menerima kunjungan",
            "'on Tuesday' in a 9 Dec article" if en else "'Selasa (9/12)'",
            PALACE,
        ),
        ev(
            "ties_upgraded_to_csp_2025_12_09",
            True,
            SIGN,
            [INDONESIA, NEW_ZEALAND],
            *DEC9,
            "asserted",
            "President Prabowo Subianto received New Zealand" if en else "PRESIDEN Prabowo Subianto menerima kunjungan",
            "agreed the same day as the palace talks",
            PALACE,
        ),
        ev(
            "leaders_hold_talks_2025_12_09",
            False,
            MEET,
            [PRABOWO, LUXON],
            *DEC9,
            "asserted",
            "Luxon, who arrived in Jakarta on Monday evening" if en else "Luxon tiba di Istana sekitar pukul 10.00 WIB",
            "the closed-door talks, part of the reception: optional",
            PALACE,
        ),
        ev(
            "four_mous_signed_2025_12_09",
            True,
            SIGN,
            [NZ_PARTIES, ID_PARTIES],
            *DEC9,
            "asserted",
            "The leaders then witnessed the signing" if en else "Usai pertemuan, kedua pemimpin menyaksikan penandatanganan",
            "after the Tuesday talks",
            PALACE,
        ),
        ev(
            "nz_flood_aid_sumatra_2025_12_09",
            True,
            ["03", "07"],
            [LUXON, FLOOD_VICTIMS_SUMATRA],
            *DEC9,
            "asserted",
            "Luxon also announced NZ$3 million" if en else "Dalam kesempatan itu, Luxon mengumumkan bantuan",
            "announced at the Tuesday meeting; aid to be channelled through PMI",
        ),
        ev(
            "sugiono_meets_peters_2025_12_08",
            True,
            MEET,
            [SUGIONO, PETERS],
            "2025-12-08",
            "2025-12-08",
            "asserted",
            "On Monday, Foreign Minister Sugiono met" if en else "Sehari sebelumnya, Senin (8/12), Menteri Luar Negeri Sugiono",
            "'On Monday' in a Tuesday 9 Dec article" if en else "'Senin (8/12)'",
            ["Pejambon", "Gedung Pancasila", "Jakarta", "IDN"],
        ),
        ev(
            "luxon_to_meet_kadin_2025_12_10",
            True,
            MEET,
            [LUXON, KADIN],
            "2025-12-10",
            "2025-12-10",
            "planned",
            "Luxon is scheduled to meet Indonesian business leaders" if en else "Menurut jadwal, Luxon akan bertemu para pengusaha",
            "'on Wednesday' after a Tuesday 9 Dec article" if en else "'Rabu (10/12)'",
            ["Jakarta", "IDN"],
        ),
        ev(
            "prabowo_to_visit_wellington",
            False,
            VISIT,
            [PRABOWO, NEW_ZEALAND],
            "2026-01-01",
            "2026-12-31",
            "planned",
            "Prabowo accepted an invitation to visit Wellington" if en else "Prabowo juga menerima undangan",
            "'next year', no date: optional",
            ["Wellington", "NZL"],
        ),
        ev(
            "prabowo_quote_highest_level",
            False,
            STMT,
            [PRABOWO, NEW_ZEALAND],
            *DEC9,
            "asserted",
            '"New Zealand is a close friend' if en else '"Selandia Baru adalah sahabat dekat',
            "the joint press statement quoted",
        ),
    ]


page(
    "en_02_jakartaglobe_prabowo_luxon_upgrade_ties_sign_dairy_education_deals.txt",
    {
        "site": "jakartaglobe.id",
        "title": "Prabowo, Luxon Upgrade Ties, Sign Dairy and Education Deals in Jakarta",
        "subtitle": None,
        "authors": ["Jayanty Nada Shofa"],
        "section": "News",
        "published_at": {"accept": ["2025-12-09T18:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Indonesian President Prabowo Subianto, right, and New Zealand Prime Minister Christopher Luxon inspect the honor guard at the Merdeka Palace in Jakarta on Tuesday, Dec. 9, 2025. (B1 Photo/Joanito De Saojoao)"
        ],
        "related_titles": [
            "Indonesia Eyes New Zealand Dairy Know-How for Free Meals Program",
            "Indonesia, Australia Sign Treaty on Common Security in Sydney",
        ],
    },
    first="Jakarta. President Prabowo Subianto received",
    last="Prabowo accepted an invitation to visit Wellington",
    skip=("Read also:",),
    strip_prefix="Jakarta.",
    events=[
        *shared("en"),
        ev(
            "luxon_quote_sumatra",
            False,
            STMT,
            [LUXON, FLOOD_VICTIMS_SUMATRA],
            *DEC9,
            "asserted",
            '"Our thoughts are with the families',
            "sympathy quote: optional",
        ),
    ],
)

page(
    "id_02_mediaindonesia_prabowo_terima_pm_selandia_baru_teken_empat_mou.txt",
    {
        "site": "mediaindonesia.com",
        "title": "Prabowo Terima PM Selandia Baru di Istana, Empat MoU Diteken",
        "subtitle": None,
        "authors": ["Andhika Prasetyo"],
        "editors": ["Indriyani Astuti"],
        "section": "Politik dan Hukum",
        "published_at": {"accept": ["2025-12-09T17:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Presiden Prabowo Subianto (kanan) bersama Perdana Menteri Selandia Baru Christopher Luxon di Istana Merdeka, Jakarta, Selasa (9/12/2025).(MI/Susanto)"
        ],
        "related_titles": [
            "Pemerintah Kaji Impor Sapi Perah untuk Dukung MBG",
            "Prabowo Bertolak ke Pakistan untuk Kunjungan Kenegaraan",
        ],
    },
    first="PRESIDEN Prabowo Subianto menerima kunjungan",
    last="Prabowo juga menerima undangan",
    skip=("Baca juga:",),
    events=shared("id"),
)
