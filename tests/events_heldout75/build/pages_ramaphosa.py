"""Gold for South African President Cyril Ramaphosa's state visit to Jakarta, 22-24 Oct 2025, and the MoUs
signed with Prabowo (The Jakarta Post, Merdeka)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import G20, INDONESIA, MALAYSIA, PRABOWO, RAMAPHOSA, SOUTH_AFRICA
from common import MEET, SIGN, VISIT, ev, page

OCT22 = ("2025-10-22", "2025-10-22")
OCT23 = ("2025-10-23", "2025-10-23")
OCT24 = ("2025-10-24", "2025-10-24")
G20_DATES = ("2025-11-22", "2025-11-23")
PALACE = ["Merdeka Palace", "Istana Merdeka", "Jakarta", "IDN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "ramaphosa_arrives_jakarta_2025_10_22",
            True,
            VISIT,
            [RAMAPHOSA, INDONESIA],
            *OCT22,
            "asserted",
            "Ramaphosa, who arrived in Jakarta on Wednesday evening" if en else "Ramaphosa tiba di Tanah Air pada Rabu (22/10) malam",
            "'on Wednesday evening' in a Thursday 23 Oct article" if en else "'Rabu (22/10) malam'",
            ["Jakarta", "Halim Perdanakusuma", "IDN"],
        ),
        ev(
            "prabowo_ramaphosa_talks_2025_10_23",
            True,
            MEET,
            [PRABOWO, RAMAPHOSA],
            *OCT23,
            "asserted",
            "President Prabowo Subianto and his South African counterpart" if en else "Presiden Prabowo Subianto menerima kunjungan kenegaraan",
            "'on Thursday' in a Thursday article" if en else "'Kamis (23/10)'",
            PALACE,
        ),
        ev(
            "three_mous_signed_2025_10_23",
            True,
            SIGN,
            [PRABOWO, RAMAPHOSA],
            *OCT23,
            "asserted",
            "Following the talks, Prabowo and Ramaphosa witnessed" if en else "Usai pertemuan, Prabowo dan Ramaphosa menyaksikan",
            "after the Thursday talks",
            PALACE,
        ),
        ev(
            "ramaphosa_invites_prabowo_g20_2025_10_23",
            True,
            ["03", "04", "05"],
            [RAMAPHOSA, PRABOWO],
            *OCT23,
            "asserted",
            "Ramaphosa said the two countries had agreed" if en else "Ramaphosa mengatakan kedua negara sepakat",
            "the invitation made at the Thursday talks",
        ),
        ev(
            "ramaphosa_to_leave_for_kuala_lumpur_2025_10_24",
            True,
            VISIT,
            [RAMAPHOSA, MALAYSIA],
            *OCT24,
            "planned",
            "Ramaphosa is scheduled to leave Jakarta on Friday" if en else "Dari Jakarta, Ramaphosa dijadwalkan bertolak ke Kuala Lumpur",
            "'on Friday' after a Thursday 23 Oct article" if en else "'Jumat (24/10)'",
            ["Kuala Lumpur", "MYS"],
        ),
    ]


page(
    "en_02_jakartapost_prabowo_ramaphosa_sign_mous_in_jakarta.txt",
    {
        "site": "thejakartapost.com",
        "title": "Prabowo, Ramaphosa sign deals on energy, education as South African leader visits",
        "subtitle": "South Africa's President Cyril Ramaphosa is on his first state visit to Indonesia ahead of the ASEAN summit in Kuala Lumpur.",
        "authors": ["Yvette Tanamal"],
        "section": "Politics",
        "published_at": {"accept": ["2025-10-23T17:48:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "President Prabowo Subianto (right) shakes hands with South African President Cyril Ramaphosa during a welcoming ceremony at the Merdeka Palace in Jakarta on Oct. 23, 2025. (Antara/Hafidz Mubarak A)"
        ],
        "related_titles": [
            "Indonesia eyes African markets as exports to US face tariffs",
            "Prabowo to skip APEC, send Gibran to Gyeongju",
        ],
    },
    first="President Prabowo Subianto and his South African counterpart",
    last="Ramaphosa is scheduled to leave Jakarta on Friday",
    skip=("Read also:",),
    events=[
        *shared("en"),
        ev(
            "prabowo_to_attend_g20_johannesburg_2025_11_22",
            True,
            VISIT,
            [PRABOWO, G20],
            *G20_DATES,
            "planned",
            "Foreign Minister Sugiono said Prabowo had accepted",
            "'would attend the summit' of 'Nov. 22-23' given in the line before",
            ["Johannesburg", "ZAF"],
        ),
        ev(
            "prabowo_praises_partner_2025_10_23",
            False,
            ["01", "02", "05"],
            [PRABOWO, SOUTH_AFRICA],
            *OCT23,
            "asserted",
            '"South Africa is a key partner for Indonesia in Africa',
            "press remarks after the meeting",
        ),
        ev(
            "leaders_discuss_gaza_2025_10_23",
            False,
            ["01", "02", "04"],
            [PRABOWO, RAMAPHOSA],
            *OCT23,
            "asserted",
            "The two leaders also discussed the situation in Gaza",
            "part of the Thursday talks",
        ),
    ],
)

page(
    "id_02_merdeka_prabowo_dan_ramaphosa_saksikan_penandatanganan_tiga_mou.txt",
    {
        "site": "merdeka.com",
        "title": "Prabowo dan Presiden Afrika Selatan Ramaphosa Saksikan Penandatanganan Tiga MoU di Istana",
        "subtitle": None,
        "authors": ["Lisza Egeham"],
        "editors": ["Yunita Amalia"],
        "section": "Politik",
        "published_at": {"accept": ["2025-10-23T15:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Presiden Prabowo Subianto menyambut Presiden Afrika Selatan Cyril Ramaphosa di Istana Merdeka, Jakarta, Kamis (23/10/2025). ©Biro Pers Sekretariat Presiden"
        ],
        "related_titles": [
            "Prabowo Bakal Hadiri KTT G20 di Afrika Selatan",
            "Lula Datang ke Istana, Indonesia-Brasil Teken 8 Kesepakatan",
        ],
    },
    first="Merdeka.com - Presiden Prabowo Subianto",
    last="Dari Jakarta, Ramaphosa dijadwalkan bertolak",
    skip=("BACA JUGA:", "Prabowo Bakal Hadiri KTT G20", "Lula Datang ke Istana"),
    strip_prefix="Merdeka.com -",
    events=[
        *shared("id"),
        ev(
            "prabowo_to_attend_g20_johannesburg_2025_11_22",
            True,
            VISIT,
            [PRABOWO, G20],
            *G20_DATES,
            "planned",
            "Menteri Luar Negeri Sugiono memastikan Prabowo",
            "accepted the invitation to the summit of '22-23 November 2025' given in the line before",
            ["Johannesburg", "ZAF"],
        ),
        ev(
            "prabowo_praises_partner_2025_10_23",
            False,
            ["01", "02", "05"],
            [PRABOWO, SOUTH_AFRICA],
            *OCT23,
            "asserted",
            '"Afrika Selatan adalah mitra kunci Indonesia',
            "joint press statement after the talks",
        ),
    ],
)
