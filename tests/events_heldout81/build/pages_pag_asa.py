"""Gold for the Chinese coastguard ramming of the BRP Datu Pagbuaya near Pag-asa (Thitu), 12 Oct 2025, and the
protests that followed on 12-13 Oct (The Guardian, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CHINA,
    CHINA_CG,
    CHINA_EMBASSY,
    CHINA_FM,
    MALACANANG,
    PAG_ASA,
    PH_CG,
    PH_DFA,
    PH_FISHERIES,
    PH_NMC,
    PH_VESSEL,
    PHILIPPINES,
    US_ENVOY,
)
from common import DENY, STMT, SUMMON, ev, page

OCT12 = ("2025-10-12", "2025-10-12")
OCT13 = ("2025-10-13", "2025-10-13")
RAM = ["17", "18", "19"]
PROTEST_NOTE = ["10", "11", "12", "13"]
SCARBOROUGH = ["Scarborough Shoal", "PHL", "CHN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "cg_rams_datu_pagbuaya_2025_10_12",
            True,
            RAM,
            [CHINA_CG, PH_VESSEL],
            *OCT12,
            "asserted",
            "The Chinese ship struck the stern" if en else "Kapal Penjaga Pantai China menembakkan meriam air",
            "'at about 9.15am on Sunday' in a Monday article" if en else "'pada Ahad (12/10/2025) pagi'",
            PAG_ASA,
        ),
        ev(
            "china_cg_accuses_ph_ramming_2025_10_12",
            True,
            DENY,
            [CHINA_CG, PHILIPPINES],
            *OCT12,
            "asserted",
            "China's coastguard gave a different account." if en else "Penjaga Pantai China memberikan versi berbeda.",
            "'said on Sunday': accuses the Philippine ship of deliberate ramming" if en else "'pada Ahad'",
            PAG_ASA,
        ),
        ev(
            "nmc_condemns_china_2025_10_12",
            True,
            DENY,
            [PH_NMC, CHINA],
            *OCT12,
            "asserted",
            "The Philippines' national maritime council said late on Sunday"
            if en
            else "Dewan Maritim Nasional Filipina pada Ahad malam",
            "'late on Sunday'" if en else "'pada Ahad malam'",
        ),
        ev(
            "dfa_summons_chinese_diplomat_2025_10_13",
            True,
            SUMMON,
            [PH_DFA, CHINA_EMBASSY],
            *(("2025-10-12", "2025-10-13") if en else OCT13),
            "asserted",
            "The Department of Foreign Affairs in Manila said on Monday"
            if en
            else "Departemen Luar Negeri (DFA) Filipina, Senin (13/10/2025)",
            "'said on Monday that it had summoned': the summons on Sunday or Monday"
            if en
            else "'Senin (13/10/2025), memanggil'",
            ["Manila", "PHL"],
        ),
        ev(
            "china_lodges_representations_2025_10_13",
            True,
            PROTEST_NOTE,
            [CHINA_FM, PHILIPPINES],
            *OCT13,
            "asserted",
            "Hours later, the Chinese foreign ministry spokesperson Lin Jian"
            if en
            else "Pada hari yang sama, juru bicara Kementerian Luar Negeri China Lin Jian",
            "'Hours later' after Monday's summons" if en else "'Pada hari yang sama' as the Monday summons",
            ["Beijing", "CHN"],
        ),
    ]


page(
    "en_01_guardian_chinese_coastguard_rams_philippine_vessel_near_thitu_island.txt",
    {
        "site": "theguardian.com",
        "title": "Chinese coastguard rams Philippine government vessel near disputed Thitu island",
        "subtitle": "Manila summons Chinese diplomat as Beijing accuses Philippine ship of 'deliberately' colliding with its vessel in the South China Sea",
        "authors": ["Rebecca Ratcliffe"],
        "section": "Philippines",
        "published_at": {"accept": ["2025-10-13T09:14:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "The BFAR vessel BRP Datu Pagbuaya after it was hit by a Chinese coastguard ship near Pag-asa Island on Sunday. Photograph: Philippine Coast Guard/AFP/Getty Images"
        ],
        "related_titles": ["Philippines and China trade blame after ships collide near Scarborough Shoal"],
    },
    first="The Philippines has summoned a senior Chinese diplomat",
    last="China claims almost the whole of the South China Sea",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "scarborough_water_cannon_2025_09_16",
            True,
            RAM,
            [CHINA_CG, PH_FISHERIES],
            "2025-09-16",
            "2025-09-16",
            "asserted",
            "The confrontation is the latest in a series",
            "background: 'on 16 September', a crew member injured",
            ["Scarborough Shoal", "PHL"],
        ),
        ev(
            "tarriela_calls_reckless_2025_10_12",
            False,
            STMT,
            [PH_CG, CHINA_CG],
            *OCT12,
            "asserted",
            "The Philippine ship had been anchored near the island",
            "the coastguard's description of the attack: restates the lead event",
        ),
        ev(
            "us_envoy_backs_manila",
            False,
            STMT,
            [US_ENVOY, PHILIPPINES],
            None,
            None,
            "asserted",
            "The US ambassador to the Philippines, MaryKay Carlson",
            "no day given",
        ),
        ev(
            "china_declares_nature_reserve_2025_09",
            False,
            ["15", "16"],
            [CHINA, PHILIPPINES],
            "2025-09-01",
            "2025-09-15",
            "asserted",
            "The confrontation is the latest in a series",
            "'days after Beijing declared part of the shoal a national nature reserve': vague act, optional",
            SCARBOROUGH,
        ),
    ],
)

page(
    "id_01_republika_kapal_coast_guard_china_tabrak_kapal_filipina_dekat_pag_asa.txt",
    {
        "site": "republika.co.id",
        "title": "Kapal Coast Guard China Tabrak dan Semprot Kapal Filipina di Dekat Pulau Pag-asa",
        "subtitle": "Manila memanggil diplomat China, Beijing balik menuding kapal Filipina sengaja menabrak.",
        "authors": [],
        "editors": ["Friska Yolandha"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-13T18:42:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Manila",
        "cited_sources": ["Reuters", "AP"],
        "captions_required": [
            "Kapal Biro Perikanan Filipina BRP Datu Pagbuaya yang rusak di bagian buritan setelah ditabrak kapal Penjaga Pantai China di dekat Pulau Pag-asa, Laut China Selatan, Ahad (12/10/2025). (Philippine Coast Guard via AP)"
        ],
        "related_titles": [
            "Filipina dan China Saling Tuding Usai Tabrakan Kapal di Scarborough",
            "Marcos: Filipina Tidak Akan Mundur dari Laut China Selatan",
        ],
    },
    first="REPUBLIKA.CO.ID, MANILA --",
    last="China mengklaim hampir seluruh Laut China Selatan",
    skip=("Baca Juga:",),
    strip_prefix="REPUBLIKA.CO.ID, MANILA --",
    events=[
        *shared("id"),
        ev(
            "tarriela_describes_attack_2025_10_12",
            False,
            STMT,
            [PH_CG, CHINA_CG],
            *OCT12,
            "asserted",
            "Menurut Tarriela, kapal BFAR itu tengah berlabuh",
            "restates the lead event",
        ),
        ev(
            "malacanang_vows_diplomatic_steps",
            False,
            ["02", "03", "11"],
            [MALACANANG, CHINA],
            None,
            None,
            "planned",
            "Presiden Ferdinand Marcos Jr belum mengomentari",
            "'akan menempuh semua jalur diplomatik': no day given",
        ),
    ],
)
