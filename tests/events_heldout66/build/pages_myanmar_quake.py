"""Gold for the M7.7 earthquake in central Myanmar, 28 Mar 2025: the junta's rare appeal for aid and the rescue
teams sent by China, India, Russia, Malaysia and Singapore on 29 Mar (SCMP, VOA Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CHINA,
    INDIA,
    INDONESIA,
    MALAYSIA,
    MIN_AUNG_HLAING,
    MYANMAR,
    MYANMAR_JUNTA,
    RUSSIA,
    SAGAING_VILLAGE,
    SINGAPORE,
    UN,
)
from common import FORCE, STMT, ev, page

MAR28 = ("2025-03-28", "2025-03-28")
MAR29 = ("2025-03-29", "2025-03-29")
ARRIVAL = ("2025-03-28", "2025-03-29")
YANGON = ["Yangon", "MMR"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "junta_appeals_for_aid_2025_03_28",
            True,
            ["02"],
            [MIN_AUNG_HLAING],
            *MAR28,
            "asserted",
            "Junta chief Min Aung Hlaing said in a televised address" if en else "Pemimpin junta Jenderal Senior Min Aung Hlaing pada Jumat",
            "'on Friday' in a Saturday article; one actor: the appeal names no country",
            ["Naypyitaw", "MMR"],
        ),
        ev(
            "china_sends_rescue_team_2025_03_29",
            True,
            ["07"],
            [CHINA, MYANMAR],
            *MAR29,
            "asserted",
            "A 37-member team from China's Yunnan province" if en else "China mengirim tim beranggotakan 37 orang",
            "'landed in Yangon early on Saturday'",
            YANGON,
        ),
        ev(
            "india_sends_relief_flight_2025_03_29",
            True,
            ["07"],
            [INDIA, MYANMAR],
            *MAR29,
            "asserted",
            "India dispatched a C-130J" if en else "India menerbangkan pesawat angkut militer C-130J",
            "'landed in Yangon on Saturday morning'",
            YANGON,
        ),
        ev(
            "russia_sends_rescuers_2025_03_29",
            True,
            ["07"],
            [RUSSIA, MYANMAR],
            *ARRIVAL,
            "asserted",
            "Russia's emergencies ministry said it had flown" if en else "India menerbangkan pesawat angkut militer C-130J",
            "no day of its own; the lead has Russian teams arriving on Saturday: Friday to Saturday",
        ),
        ev(
            "malaysia_singapore_send_teams_2025_03_29",
            True,
            ["07"],
            [MALAYSIA + SINGAPORE, MYANMAR],
            *ARRIVAL,
            "asserted",
            "Russia's emergencies ministry said it had flown" if en else "Malaysia dan Singapura juga mengirim tim",
            "no day of its own: between the quake and the Saturday article",
        ),
        ev(
            "junta_air_strike_naungcho_2025_03_28",
            True,
            FORCE,
            [MYANMAR_JUNTA, SAGAING_VILLAGE],
            *MAR28,
            "alleged",
            "Despite the disaster, the military carried out" if en else "Sementara itu, kelompok perlawanan setempat",
            "'hours after the quake' (Friday); reported by a resistance group",
            ["Naungcho", "Sagaing", "MMR"],
        ),
        ev(
            "china_pledges_emergency_aid",
            False,
            ["03", "07"],
            [CHINA, MYANMAR],
            *ARRIVAL,
            "asserted",
            "A 37-member team from China's Yunnan province" if en else "China mengirim tim beranggotakan 37 orang",
            "a pledge in the same line, no day of its own",
        ),
    ]


page(
    "en_02_scmp_china_india_russia_send_rescuers_as_myanmar_junta_appeals_for_aid.txt",
    {
        "site": "scmp.com",
        "title": "Myanmar earthquake: China, India, Russia send rescuers after junta makes rare appeal for aid",
        "subtitle": "Death toll passes 1,600 as teams dig through rubble in Mandalay; military government says international help is welcome",
        "authors": [],
        "section": "Southeast Asia",
        "published_at": {"accept": ["2025-03-29T20:45:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-03-29T22:12:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["Reuters", "Agence France-Presse"],
        "captions_required": [
            "Rescue workers search for survivors in a collapsed building in Mandalay on Saturday, a day after a 7.7-magnitude earthquake struck central Myanmar. Photo: AFP"
        ],
        "related_titles": ["Bangkok tower collapse: search for dozens of workers trapped under rubble"],
    },
    first="Rescue teams from China, India and Russia arrived",
    last="Despite the disaster, the military carried out",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "rescuers_arrive_lead_2025_03_29",
            False,
            ["07"],
            [CHINA + INDIA + RUSSIA, MYANMAR],
            *MAR29,
            "asserted",
            "Rescue teams from China, India and Russia arrived",
            "the lead sums up the three deliveries coded above",
        ),
        ev(
            "modi_offers_help",
            False,
            STMT,
            [["Narendra Modi", "Modi", "IND"], MYANMAR],
            *ARRIVAL,
            "asserted",
            "India dispatched a C-130J",
            "'stood ready to help': a statement, no day of its own",
        ),
        ev(
            "un_allocates_emergency_funds",
            False,
            ["07"],
            [UN, MYANMAR],
            *ARRIVAL,
            "asserted",
            "The United Nations said it had allocated",
            "no day of its own",
        ),
    ],
)

page(
    "id_02_voaindonesia_junta_myanmar_minta_bantuan_asing_tim_china_india_rusia_tiba.txt",
    {
        "site": "voaindonesia.com",
        "title": "Junta Myanmar Minta Bantuan Asing, Tim Penyelamat dari China, India, dan Rusia Tiba",
        "subtitle": None,
        "authors": [],
        "section": "Dunia",
        "published_at": {"accept": ["2025-03-29T19:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["Associated Press"],
        "captions_required": [
            "Petugas penyelamat mencari korban di reruntuhan bangunan di Mandalay, Myanmar, Sabtu, 29 Maret 2025, sehari setelah gempa berkekuatan 7,7 mengguncang Myanmar tengah. (Foto: AP)"
        ],
        "related_titles": [
            "Gedung 30 Lantai di Bangkok Runtuh Akibat Gempa Myanmar, Puluhan Pekerja Terjebak",
            "Korban Tewas Gempa Myanmar Terus Bertambah, PBB Kucurkan Dana Darurat",
        ],
    },
    first="Tim penyelamat dari China, India, dan Rusia tiba",
    last="Sementara itu, kelompok perlawanan setempat",
    skip=("Baca juga:",),
    events=[
        *shared("id"),
        ev(
            "rescuers_arrive_lead_2025_03_29",
            False,
            ["07"],
            [CHINA + INDIA + RUSSIA, MYANMAR],
            *MAR29,
            "asserted",
            "Tim penyelamat dari China, India, dan Rusia tiba",
            "the lead sums up the three deliveries coded above",
        ),
        ev(
            "indonesia_to_send_aid",
            False,
            ["03", "07"],
            [INDONESIA, MYANMAR],
            "2025-03-29",
            "2025-04-05",
            "planned",
            "Malaysia dan Singapura juga mengirim tim",
            "'dalam beberapa hari mendatang': vague, so optional",
        ),
    ],
)
