"""Gold for Pope Leo XIV's trip to Turkey and Lebanon, 27 Nov - 2 Dec 2025 (France 24, IDN Times)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AOUN, BARTHOLOMEW, BLAST_FAMILIES, ERDOGAN, HEZBOLLAH, ISRAEL, LEBANON, POPE
from common import MEET, STMT, VIOLENCE, VISIT, ev, page

DEC2 = ("2025-12-02", "2025-12-02")
PORT = ["Beirut port", "Pelabuhan Beirut", "Beirut", "LBN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "pope_prays_at_port_meets_families_2025_12_02",
            True,
            [*VISIT, "03", "05"],
            [POPE, BLAST_FAMILIES],
            *DEC2,
            "asserted",
            "Pope Leo XIV stood in silent prayer on Tuesday" if en else "Paus Leo XIV berdoa dalam hening",
            "'on Tuesday' in a Tuesday article" if en else "'Selasa (2/12/2025)'",
            PORT,
        ),
        ev(
            "pope_urges_lay_down_weapons_2025_12_02",
            True,
            STMT,
            [POPE, LEBANON],
            *DEC2,
            "asserted",
            '"Let us lay down our weapons," Leo said' if en else '"Marilah kita meletakkan senjata kita,"',
            "the homily of the Tuesday waterfront mass",
            ["Beirut", "LBN"],
        ),
        ev(
            "aoun_receives_pope_2025_11_30",
            True,
            MEET,
            [AOUN, POPE],
            "2025-11-30",
            "2025-11-30",
            "asserted",
            "The pope arrived in Lebanon on Sunday" if en else "Paus tiba di Lebanon dari Turki",
            "'on Sunday ... that evening' before a Tuesday article" if en else "'Minggu (30/11/2025)' malam",
            ["Baabda", "LBN"],
        ),
        ev(
            "pope_meets_erdogan_2025_11_27",
            True,
            MEET,
            [POPE, ERDOGAN],
            "2025-11-27",
            "2025-11-27",
            "asserted",
            "In Turkey, Leo met President Recep Tayyip Erdogan" if en else "Sebelum ke Lebanon, Paus Leo bertemu",
            "'on Thursday' before a Tuesday article: 27 Nov" if en else "'Kamis (27/11/2025)'",
            ["Ankara", "TUR"],
        ),
        ev(
            "israel_strike_kills_tabatabai_2025_11_23",
            True,
            VIOLENCE,
            [ISRAEL, HEZBOLLAH],
            "2025-11-23",
            "2025-11-23",
            "asserted",
            "The visit came little more than a week after" if en else "Kunjungan itu berlangsung sekitar sepekan setelah",
            "'on November 23' / '23 November': background strike",
            ["Beirut", "LBN"],
        ),
    ]


page(
    "en_02_france24_pope_leo_prays_at_beirut_port_blast_site.txt",
    {
        "site": "france24.com",
        "title": "Pope Leo prays at Beirut port blast site, urges Lebanese to 'lay down weapons' as trip ends",
        "subtitle": "Pope Leo XIV prayed in silence on Tuesday at the site of the 2020 Beirut port explosion and celebrated a mass for around 150,000 people on the capital's waterfront, wrapping up a six-day trip to Turkey and Lebanon.",
        "authors": ["FRANCE 24"],
        "section": "Middle East",
        "published_at": {"accept": ["2025-12-02T15:48:00+01:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-12-02T17:05:00+01:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP", "AP"],
        "captions_required": [
            "Pope Leo XIV prays at the site of the 2020 Beirut port explosion in Beirut, Lebanon, on December 2, 2025. © Andrew Medichini, AP"
        ],
        "related_titles": ["Pope Leo visits Nicaea to mark 1,700 years of Christian creed"],
    },
    first="Pope Leo XIV stood in silent prayer",
    last="The pope was due to fly back to Rome",
    skip=("READ MORE", "Pope Leo visits Nicaea"),
    events=[
        *shared("en"),
        ev(
            "pope_celebrates_mass_beirut_2025_12_02",
            False,
            VISIT,
            [POPE, LEBANON],
            *DEC2,
            "asserted",
            "The American-born pontiff, on his first foreign trip",
            "'later' on Tuesday; a mass has no second actor beyond the crowd",
            ["Beirut", "LBN"],
        ),
        ev(
            "pope_urges_leaders_peace_2025_11_30",
            False,
            STMT,
            [POPE, LEBANON],
            "2025-11-30",
            "2025-11-30",
            "asserted",
            "The pope arrived in Lebanon on Sunday",
            "the appeal at Baabda, Sunday evening",
            ["Baabda", "LBN"],
        ),
        ev(
            "hezbollah_letter_to_pope",
            False,
            ["02", "01"],
            [HEZBOLLAH, POPE],
            "2025-11-23",
            "2025-11-30",
            "asserted",
            "Hezbollah, which had sent the pope a letter",
            "'ahead of the visit': no date",
        ),
        ev(
            "israel_strikes_south_lebanon",
            False,
            VIOLENCE,
            [ISRAEL, LEBANON],
            None,
            None,
            "asserted",
            "The visit came little more than a week after",
            "'near-daily strikes': generic",
        ),
        ev(
            "pope_joins_bartholomew_iznik_2025_11_28",
            True,
            MEET,
            [POPE, BARTHOLOMEW],
            "2025-11-28",
            "2025-11-28",
            "asserted",
            "In Turkey, Leo met President Recep Tayyip Erdogan",
            "'on Friday' before a Tuesday article",
            ["Iznik", "Nicaea", "TUR"],
        ),
    ],
)

page(
    "id_02_idntimes_paus_leo_berdoa_di_lokasi_ledakan_pelabuhan_beirut.txt",
    {
        "site": "idntimes.com",
        "title": "Paus Leo Berdoa di Lokasi Ledakan Pelabuhan Beirut, Tutup Lawatan ke Lebanon",
        "subtitle": "Paus menyerukan warga Lebanon meletakkan senjata",
        "authors": ["Dini Suciatiningrum"],
        "editors": ["Dini Suciatiningrum"],
        "section": "World",
        "published_at": {"accept": ["2025-12-02T20:35:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Paus Leo XIV berdoa di lokasi ledakan pelabuhan Beirut, Lebanon, Selasa (2/12/2025). (AP Photo/Andrew Medichini)"
        ],
        "related_titles": ["Paus Leo XIV Kunjungi Masjid Biru di Istanbul", "Profil Paus Leo XIV, Paus Pertama dari Amerika Serikat"],
    },
    first="Jakarta, IDN Times -",
    strip_prefix="Jakarta, IDN Times -",
    last="Ini merupakan perjalanan luar negeri pertama",
    skip=("Baca Juga:",),
    neutral=("1. Serukan warga Lebanon meletakkan senjata", "2. Kunjungan di tengah serangan Israel"),
    events=[
        *shared("id"),
        ev(
            "pope_leads_mass_beirut_2025_12_02",
            False,
            VISIT,
            [POPE, LEBANON],
            *DEC2,
            "asserted",
            "Setelah itu, Paus memimpin misa",
            "after the port visit on Tuesday",
            ["Beirut", "LBN"],
        ),
        ev(
            "pope_attends_nicaea_with_bartholomew_2025_11",
            False,
            MEET,
            [POPE, BARTHOLOMEW],
            "2025-11-27",
            "2025-11-30",
            "asserted",
            "Sebelum ke Lebanon, Paus Leo bertemu",
            "'lalu': after 27 Nov and before Lebanon, no own date",
            ["Iznik", "TUR"],
        ),
    ],
)
