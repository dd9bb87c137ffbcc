"""clusters.json: two positive pairs (Iran's strike on Al Udeid after the US strikes on its nuclear sites,
# ruff: noqa: E501  -- alias lists and file names read best on one line
22-23 June 2025, AP and Kompas; the UK, Canada, Australia and Portugal recognising Palestine, 21 Sept 2025,
BBC and Antara) and one negative pair.

The negative pair is two protests by online motorcycle-taxi drivers in Jakarta: at Patung Kuda on 20 May
2025 (Detik) and at the manpower ministry on 17 Feb 2025 (Kumparan), each received by a minister. Detik
recalls the February protest in one background line, so that mention merges with Kumparan's protest; the
May protest and the two ministers' meetings stay alone. The main event of every single page is listed
alone too, so that two meetings, rulings or arrests merged across pages count as errors."""

from common import write_clusters

IRAN_EN = "en_01_ap_iran_fires_missiles_at_us_base_in_qatar.txt"
IRAN_ID = "id_01_kompas_iran_serang_pangkalan_as_di_qatar.txt"
PAL_EN = "en_02_bbc_uk_canada_australia_recognise_palestine.txt"
PAL_ID = "id_02_antara_inggris_kanada_australia_akui_negara_palestina.txt"
DETIK = "id_03_detik_ribuan_ojol_demo_di_patung_kuda.txt"
KUMPARAN = "id_04_kumparan_ojol_demo_di_kemnaker_tuntut_thr.txt"

SHARED_IRAN = [
    "iran_strikes_al_udeid_2025_06_23",
    "us_strikes_iran_nuclear_sites_2025_06_22",
    "trump_announces_ceasefire_2025_06_23",
    "qatar_condemns_attack_2025_06_23",
    "israel_strikes_iran_2025_06_13",
]
SHARED_PALESTINE = [
    "uk_recognises_palestine_2025_09_21",
    "canada_recognises_palestine_2025_09_21",
    "australia_recognises_palestine_2025_09_21",
    "portugal_recognises_palestine_2025_09_21",
    "netanyahu_rejects_recognition_2025_09_21",
    "france_to_recognise_palestine_2025_09_22",
]
ALONE = [
    (DETIK, "ojol_protest_patung_kuda_2025_05_20"),
    (DETIK, "dudy_receives_protesters_2025_05_20"),
    (KUMPARAN, "immanuel_meets_protesters_2025_02_17"),
    (KUMPARAN, "yassierli_meets_aplikator_last_week"),
    ("en_03_reuters_rubio_presses_panama_over_canal.txt", "rubio_mulino_talks_2025_02_02"),
    ("en_04_afp_vance_visits_pituffik_base_in_greenland.txt", "vance_visits_pituffik_2025_03_28"),
    ("en_05_cna_chinese_ships_collide_near_scarborough_shoal.txt", "china_chases_ph_vessel_2025_08_11"),
    ("id_05_cnnindonesia_joseph_aoun_terpilih_jadi_presiden_lebanon.txt", "macron_calls_aoun_2025_01_09"),
    ("id_06_tempo_kpk_ott_di_ogan_komering_ulu.txt", "kpk_sting_oku_2025_03_15"),
    ("id_06_tempo_kpk_ott_di_ogan_komering_ulu.txt", "kpk_detains_six_2025_03_16"),
    (
        "id_07_liputan6_mahkamah_agung_thailand_vonis_thaksin_penjara.txt",
        "court_orders_thaksin_jailed_2025_09_09",
    ),
]

groups = [[[IRAN_EN, gid], [IRAN_ID, gid]] for gid in SHARED_IRAN]
groups += [[[PAL_EN, gid], [PAL_ID, gid]] for gid in SHARED_PALESTINE]
groups += [[[DETIK, "ojol_protest_kemnaker_2025_02_17"], [KUMPARAN, "ojol_protest_kemnaker_2025_02_17"]]]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
