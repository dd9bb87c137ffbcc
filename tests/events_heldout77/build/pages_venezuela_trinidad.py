"""Gold for Venezuela's suspension of the Dragon gas deal with Trinidad and Tobago after the USS Gravely docked
in Port of Spain, 26-27 Oct 2025 (France 24, 28 Oct; SINDOnews, 29 Oct)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import GIL, PERSAD, RODRIGUEZ, TRINIDAD, UN_SC, US_NAVY, USA, VEN_ASSEMBLY, VENEZUELA
from common import STMT, ev, page

OCT26 = ("2025-10-26", "2025-10-26")
OCT27 = ("2025-10-27", "2025-10-27")
LAST_WEEK = ("2025-10-20", "2025-10-26")
PORT_OF_SPAIN = ["Port of Spain", "Trinidad and Tobago", "Trinidad dan Tobago", "TTO"]
ACCUSE = ["11", "12", "01", "02", "10"]
PNG = ["16", "17", "11", "12"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "venezuela_suspends_gas_deal_2025_10_27",
            True,
            ["16"],
            [VENEZUELA, TRINIDAD],
            *OCT27,
            "asserted",
            "Venezuelan President Nicolas Maduro on Monday ordered"
            if en
            else "Presiden Venezuela Nicolas Maduro menangguhkan",
            "'on Monday' in a Tuesday 28 Oct article" if en else "'pada Senin (27/10/2025)'",
            ["Caracas", "VEN"],
        ),
        ev(
            "uss_gravely_docks_port_of_spain_2025_10_26",
            True,
            ["04", "06", "15"],
            [US_NAVY, TRINIDAD],
            *OCT26,
            "asserted",
            "The USS Gravely docked in Port of Spain on Sunday" if en else "Keputusan itu diambil sehari setelah kapal perusak",
            "'on Sunday' (the day before Monday's suspension); joint drills with the T&T Defence Force"
            if en
            else "'pada Minggu (26/10/2025)'; joint drills",
            PORT_OF_SPAIN,
        ),
        ev(
            "rodriguez_accuses_persad_bissessar_2025_10_27",
            True,
            ACCUSE,
            [RODRIGUEZ, PERSAD],
            *OCT27,
            "asserted",
            "Vice President Delcy Rodriguez, who is also oil minister" if en else "Wakil Presiden Venezuela Delcy Rodriguez menuding",
            "the justification of Monday's decision, given the same day"
            if en
            else "no date of its own; the accusation accompanies the Monday (27/10) suspension",
            ["Caracas", "VEN"],
        ),
        ev(
            "persad_bissessar_dismisses_suspension_2025_10_27",
            True,
            STMT,
            [PERSAD, VENEZUELA],
            *OCT27,
            "asserted",
            "Persad-Bissessar brushed off the suspension." if en else "Persad-Bissessar menanggapi enteng langkah Caracas.",
            "'on Monday evening'" if en else "'Senin malam' in the same line",
            PORT_OF_SPAIN,
        ),
        ev(
            "assembly_declares_persad_persona_non_grata",
            True,
            PNG,
            [VEN_ASSEMBLY, PERSAD],
            *LAST_WEEK,
            "asserted",
            "Venezuela's National Assembly last week declared" if en else "Pekan lalu, Majelis Nasional Venezuela menyatakan",
            "'last week' in a Tuesday 28 Oct article: 20-26 Oct"
            if en
            else "'Pekan lalu' in a Wednesday 29 Oct article: 20-26 Oct",
            ["Caracas", "VEN"],
        ),
        ev(
            "venezuela_to_take_complaint_to_unsc",
            False,
            ["02", "10", "11", "12"],
            [GIL, UN_SC],
            None,
            None,
            "planned",
            "Foreign Minister Yvan Gil said Venezuela" if en else "Latihan gabungan dengan pasukan AS tersebut",
            "'would take its complaint': undated plan",
        ),
    ]


page(
    "en_01_france24_venezuela_suspends_gas_deal_with_trinidad_over_us_warship.txt",
    {
        "site": "france24.com",
        "title": "Venezuela suspends gas deal with Trinidad and Tobago as US warship docks in Port of Spain",
        "subtitle": 'Caracas accused its island neighbour of turning itself into a "US aircraft carrier" and said it had broken up a CIA-backed cell planning an attack.',
        "authors": ["FRANCE 24"],
        "section": "Americas",
        "published_at": {"accept": ["2025-10-28T06:14:00+00:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-10-28T09:52:00+00:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP"],
        "captions_required": [
            "The guided-missile destroyer USS Gravely arrives in Port of Spain, Trinidad and Tobago, on October 26, 2025. © Martin Bernetti, AFP"
        ],
        "related_titles": [
            "US strikes on alleged drug boats: what we know",
            "Trump says he authorised covert CIA action in Venezuela",
        ],
    },
    first="Venezuelan President Nicolas Maduro on Monday ordered",
    last="Foreign Minister Yvan Gil said Venezuela",
    skip=("Read also", "US strikes on alleged drug boats: what we know"),
    events=[
        *shared("en"),
        ev(
            "venezuela_claims_cia_cell_captured_2025_10_26",
            True,
            ["17", "11", "12"],
            [VENEZUELA, USA],
            *OCT26,
            "alleged",
            "Also on Sunday, Caracas said it had captured",
            "'Also on Sunday'; a claim offered without evidence",
            ["Caracas", "VEN"],
        ),
        ev(
            "us_boat_strikes_kill_trinidadians",
            False,
            ["18", "19"],
            [USA, ["Trinidadian fishermen", "drug-smuggling boats", "TTO"]],
            "2025-09-01",
            "2025-10-28",
            "asserted",
            "Venezuela's National Assembly last week declared",
            "background: strikes 'since September', no single date",
        ),
        ev(
            "us_revokes_dragon_licence_2025",
            False,
            ["16"],
            [USA, TRINIDAD],
            "2025-01-01",
            "2025-10-28",
            "asserted",
            "The Dragon field agreement, signed in 2023",
            "'earlier this year': vague",
        ),
        ev(
            "maduro_accuses_washington",
            False,
            ["11", "12"],
            [VENEZUELA, USA],
            None,
            None,
            "asserted",
            "The Trump administration has massed warships",
            "a standing accusation, undated",
        ),
    ],
)

page(
    "id_01_sindonews_venezuela_tangguhkan_kesepakatan_gas_dengan_trinidad_dan_tobago.txt",
    {
        "site": "sindonews.com",
        "title": "Venezuela Tangguhkan Kesepakatan Gas dengan Trinidad dan Tobago usai Kapal Perang AS Berlabuh",
        "subtitle": None,
        "authors": ["Andika Hendra Mustaqim"],
        "section": "International",
        "published_at": {"accept": ["2025-10-29T07:35:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Caracas",
        "cited_sources": [],
        "captions_required": [
            "Kapal perusak USS Gravely milik Angkatan Laut AS tiba di Port of Spain, Trinidad dan Tobago. FOTO/AFP"
        ],
        "related_titles": [
            "Trump Akui Izinkan Operasi Rahasia CIA di Venezuela",
            "Venezuela Kerahkan Ribuan Tentara ke Perbatasan",
        ],
    },
    first="CARACAS - Presiden Venezuela Nicolas Maduro",
    last="Latihan gabungan dengan pasukan AS tersebut",
    skip=("BACA JUGA:",),
    strip_prefix="CARACAS -",
    events=[
        *shared("id"),
        ev(
            "venezuela_claims_cia_cell_captured",
            False,
            ["17", "11", "12"],
            [VENEZUELA, USA],
            None,
            None,
            "alleged",
            "Pemerintah Venezuela juga mengklaim telah menangkap",
            "no date on this page; a claim without evidence",
        ),
    ],
)
