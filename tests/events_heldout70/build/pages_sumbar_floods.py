"""Gold for the West Sumatra floods and galodo of late Nov 2025: BNPB in Agam on 29 Nov, the governor's
appeal and the social minister's aid on 30 Nov (Jakarta Globe, Media Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    AGAM,
    BNPB,
    CENTRAL_GOVT,
    DPR_COMMISSION,
    EVACUEES,
    ISOLATED_VILLAGES,
    MAHYELDI,
    SOCIAL_MINISTER,
    WEST_SUMATRA,
)
from common import MEET, STMT, ev, page

AGAM_PLACE = ["Agam", "Palembayan", "Salareh Aia", "West Sumatra", "Sumatera Barat", "IDN"]
PADANG_PARIAMAN = ["Padang Pariaman", "West Sumatra", "Sumatera Barat", "IDN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "suharyanto_visits_agam_2025_11_29",
            True,
            MEET,
            [BNPB, AGAM],
            "2025-11-29",
            "2025-11-29",
            "asserted",
            "The head of the National Disaster Management Agency (BNPB)" if en else "KEPALA Badan Nasional Penanggulangan Bencana (BNPB) Letjen",
            "'on Saturday' in a Sunday 30 Nov article" if en else "'Sabtu (29/11)'",
            AGAM_PLACE,
        ),
        ev(
            "bnpb_to_send_helicopters_2025_11_29",
            True,
            ["03", "07"],
            [BNPB, ISOLATED_VILLAGES],
            "2025-11-29",
            "2025-12-02",
            "planned",
            "\"Our priority in the next three days" if en else "Ia menyebut BNPB akan menambah dua helikopter",
            "said during Saturday's visit; the helicopters are to come in the next days",
            AGAM_PLACE,
        ),
        ev(
            "mahyeldi_asks_central_government_2025_11_29",
            True,
            STMT,
            [MAHYELDI, CENTRAL_GOVT],
            "2025-11-29",
            "2025-11-29",
            "asserted",
            "On Saturday, Mahyeldi asked the central government" if en else "Gubernur Sumatera Barat Mahyeldi Ansharullah telah menetapkan",
            "'On Saturday' (appeal for heavy equipment, CAMEO 02)" if en else "'Pada Sabtu, Mahyeldi meminta pemerintah pusat' (second sentence)",
            ["Padang", "West Sumatra", "Sumatera Barat", "IDN"],
        ),
        ev(
            "social_minister_delivers_aid_2025_11_30",
            True,
            ["07", "04"],
            [SOCIAL_MINISTER, EVACUEES],
            "2025-11-30",
            "2025-11-30",
            "asserted",
            "Social Affairs Minister Saifullah Yusuf handed over aid" if en else "Sementara itu, Menteri Sosial Saifullah Yusuf",
            "'on Sunday' in a Sunday article" if en else "'Minggu (30/11)'",
            PADANG_PARIAMAN,
        ),
        ev(
            "mahyeldi_declares_emergency_2025_11_27",
            False,
            ["01", "07"],
            [MAHYELDI, WEST_SUMATRA],
            "2025-11-27",
            "2025-11-27",
            "asserted",
            "West Sumatra Governor Mahyeldi Ansharullah declared" if en else "Gubernur Sumatera Barat Mahyeldi Ansharullah telah menetapkan",
            "a domestic emergency status, 'on Thursday' / 'sejak Kamis (27/11)'",
        ),
    ]


page(
    "en_02_jakartaglobe_bnpb_chief_visits_agam_as_west_sumatra_flood_toll_rises.txt",
    {
        "site": "jakartaglobe.id",
        "title": "BNPB Chief Visits Agam as West Sumatra Flood Toll Rises to 61",
        "subtitle": None,
        "authors": ["Jayanty Nada Shofa"],
        "editors": [],
        "section": "News",
        "published_at": {"accept": ["2025-11-30T16:51:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Padang",
        "cited_sources": [],
        "captions_required": [
            "Rescuers search for victims among mud and debris after a flash flood swept through Salareh Aia village in Palembayan, Agam regency, West Sumatra, on Saturday. (Antara Photo/Iggoy el Fitra)"
        ],
        "related_titles": ["Death Toll in North Sumatra Floods Climbs as Sibolga Remains Isolated"],
    },
    first="Padang. The head of the National Disaster Management Agency",
    last="The floods in West Sumatra are part of a wider disaster",
    strip_prefix="Padang.",
    skip=("Read also:",),
    events=shared("en"),
)

page(
    "id_02_mediaindonesia_kepala_bnpb_tinjau_galodo_di_agam.txt",
    {
        "site": "mediaindonesia.com",
        "title": "Kepala BNPB Tinjau Galodo di Agam, Korban Tewas Banjir Sumbar Jadi 61 Orang",
        "subtitle": None,
        "authors": ["Yose Hendra"],
        "editors": ["Heryadi"],
        "section": "Nusantara",
        "published_at": {"accept": ["2025-11-30T19:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Tim SAR gabungan mencari korban galodo di Nagari Salareh Aia, Kecamatan Palembayan, Kabupaten Agam, Sabtu (29/11/2025). MI/Yose Hendra"
        ],
        "related_titles": ["Banjir Bandang Terjang Padang, Ribuan Warga Mengungsi"],
    },
    first="KEPALA Badan Nasional Penanggulangan Bencana",
    last="Di Jakarta, Ketua Komisi VIII DPR",
    skip=("Baca juga:",),
    events=[
        *shared("id"),
        ev(
            "dpr_urges_faster_aid",
            False,
            STMT,
            [DPR_COMMISSION, CENTRAL_GOVT],
            None,
            None,
            "asserted",
            "Di Jakarta, Ketua Komisi VIII DPR",
            "no date of its own",
            ["Jakarta", "IDN"],
        ),
    ],
)
