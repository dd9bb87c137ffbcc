"""Gold for the arrests of public works officials in the Philippine flood-control graft case, 20 Nov 2025
(CNA): a single page."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import ARREST, CHARGE, DENY, RESTRICT, STMT, THREAT, ev, page

NOV20 = ("2025-11-20", "2025-11-20")
PH_POLICE = [
    "Philippine police",
    "police",
    "investigators",
    "National Bureau of Investigation",
    "NBI",
    "government",
    "authorities",
    "PHL",
]
DPWH = ["Department of Public Works and Highways", "DPWH", "public works", "officials", "engineer", "PHL"]
SANDIGANBAYAN = ["Sandiganbayan", "anti-graft court", "court", "PHL"]
OMBUDSMAN = ["Office of the Ombudsman", "Ombudsman", "PHL"]
CO = ["Zaldy Co", "Co", "PHL"]
MARCOS = ["Ferdinand Marcos Jr", "Marcos", "PHL"]
PH_GOV = ["foreign affairs department", "Jonvic Remulla", "Remulla", "authorities", "government", "PHL"]
SUSPECTS = ["16 people", "group", "Zaldy Co", "Co", "officials", "contractors", "PHL"]

page(
    "en_04_cna_philippine_police_arrest_officials_flood_control_graft.txt",
    {
        "site": "channelnewsasia.com",
        "title": "Philippine police arrest public works officials in flood-control graft case as ex-lawmaker Zaldy Co remains abroad",
        "subtitle": 'Marcos says there will be "no sacred cows" in the investigation, which has triggered large street protests.',
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-11-21T18:15:00+08:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Manila",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "A former public works engineer is escorted by National Bureau of Investigation agents after his arrest in Quezon City, Philippines, on Nov 20, 2025. (Photo: AFP/Jam Sta Rosa)"
        ],
        "related_titles": [],
    },
    first="MANILA: Philippine police and investigators arrested",
    last="Several contractors are also under investigation",
    strip_prefix="MANILA:",
    events=[
        ev(
            "police_arrest_dpwh_officials_2025_11_20",
            True,
            ARREST,
            [PH_POLICE, DPWH],
            *NOV20,
            "asserted",
            "Philippine police and investigators arrested",
            "'on Thursday (Nov 20)'",
            ["Manila", "PHL"],
        ),
        ev(
            "sandiganbayan_issues_warrants_2025_11_18",
            True,
            [*ARREST, *CHARGE],
            [SANDIGANBAYAN, SUSPECTS],
            "2025-11-18",
            "2025-11-18",
            "asserted",
            "The arrests came two days after",
            "'two days after' the Thursday arrests",
        ),
        ev(
            "ombudsman_files_charges_last_week",
            True,
            CHARGE,
            [OMBUDSMAN, SUSPECTS],
            "2025-11-10",
            "2025-11-16",
            "asserted",
            "The Office of the Ombudsman filed",
            "'last week' from a Friday 2025-11-21 article",
        ),
        ev(
            "marcos_vows_no_sacred_cows_2025_11_20",
            True,
            THREAT,
            [MARCOS, SUSPECTS],
            *NOV20,
            "asserted",
            '"There will be no sacred cows.',
            "quote first, attribution with 'on Thursday night' after it",
        ),
        ev(
            "co_denies_kickbacks",
            True,
            DENY,
            [CO, PH_POLICE + OMBUDSMAN],
            "2025-11-18",
            "2025-11-21",
            "denied",
            "Co, a former chair of the House appropriations committee",
            "denial through his lawyer; no date",
        ),
        ev(
            "passport_to_be_cancelled",
            True,
            [*RESTRICT, *STMT],
            [PH_GOV, CO],
            "2025-11-20",
            "2025-11-30",
            "planned",
            "Interior Secretary Jonvic Remulla said",
            "'would cancel': planned, no date",
        ),
        ev(
            "marcos_sona_2025_07_28",
            True,
            STMT,
            [MARCOS, ["lawmakers", "Congress", "PHL"]],
            "2025-07-28",
            "2025-07-28",
            "asserted",
            "Marcos first drew attention to the anomalies",
            "background: 'on Jul 28'",
        ),
        ev(
            "anti_corruption_protests_since_july",
            False,
            ["14"],
            [["Filipinos", "protests", "PHL"], ["government", "PHL"]],
            "2025-07-28",
            "2025-11-21",
            "asserted",
            "Since then, tens of thousands of Filipinos",
            "'since then': a range, no single day",
        ),
        ev(
            "government_freezes_assets",
            False,
            RESTRICT,
            [PH_GOV, ["contractors", "PHL"]],
            None,
            None,
            "asserted",
            "Several contractors are also under investigation",
            "no date",
        ),
        ev(
            "engineer_escorted_caption_2025_11_20",
            False,
            ARREST,
            [PH_POLICE, DPWH],
            *NOV20,
            "asserted",
            "A former public works engineer is escorted",
            "from a photo caption",
        ),
    ],
)
