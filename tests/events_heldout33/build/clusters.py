"""clusters.json: two positive pairs (India's Operation Sindoor strikes, 7 May 2025; the first hostage and
prisoner releases of the Gaza truce, 19-20 Jan 2025) and one negative pair.

The negative pair is the EU's 16th Russia sanctions package (24 Feb 2025, Antara) and its 17th (20 May 2025,
Reuters): same actors, same act, three months apart, and neither page recalls the other's package, so each
stays alone; Britain's same-day packages on each date stay apart too. The main event of every single page
is listed alone, so that two strikes, meetings, protests or sanctions merged across pages count as errors."""

from common import write_clusters

SINDOOR_EN = "en_01_reuters_india_strikes_pakistan_operation_sindoor.txt"
SINDOOR_ID = "id_01_kompas_india_gempur_pakistan_operasi_sindoor.txt"
HOSTAGES_EN = "en_02_ap_hamas_frees_three_hostages_as_truce_begins.txt"
HOSTAGES_ID = "id_02_cnnindonesia_hamas_bebaskan_tiga_sandera.txt"
EU16 = "id_03_antara_uni_eropa_sahkan_sanksi_ke16_rusia.txt"
EU17 = "en_03_reuters_eu_adopts_17th_sanctions_package.txt"

SHARED_SINDOOR = [
    "india_strikes_pakistan_2025_05_07",
    "loc_artillery_exchange_2025_05_07",
    "pahalgam_attack_2025_04_22",
    "india_suspends_indus_treaty_2025_04_23",
]
SHARED_HOSTAGES = [
    "hamas_frees_three_hostages_2025_01_19",
    "israel_frees_90_prisoners_2025_01_20",
    "gaza_ceasefire_takes_effect_2025_01_19",
    "israel_strikes_during_delay_2025_01_19",
    "hamas_to_free_four_more_2025_01_25",
    "hamas_attack_israel_2023_10_07",
]
ALONE = [
    (EU16, "eu_adopts_16th_package_2025_02_24"),
    (EU17, "eu_adopts_17th_package_2025_05_20"),
    (EU16, "uk_largest_package_2025_02_24"),
    (EU17, "uk_sanctions_100_tankers_2025_05_20"),
    (EU16, "eu_15th_package_2024_12_16"),
    (EU17, "eu_chemical_hybrid_sanctions_2025_05_20"),
    ("en_04_aljazeera_israel_strikes_evin_prison.txt", "israel_strikes_evin_2025_06_23"),
    ("en_05_bbc_starmer_trump_white_house_state_visit.txt", "starmer_trump_white_house_2025_02_27"),
    ("id_04_detik_kejagung_tetapkan_4_tersangka_chromebook.txt", "kejagung_names_four_suspects_2025_07_15"),
    ("id_05_kumparan_macron_bertemu_xi_di_beijing.txt", "macron_xi_talks_2025_12_04"),
    ("id_06_liputan6_demo_terbesar_serbia_belgrade.txt", "belgrade_mass_protest_2025_03_15"),
    ("id_07_tempo_demo_tolak_kenaikan_pbb_bone_ricuh.txt", "bone_pbb_protest_2025_08_19"),
]

groups = [[[SINDOOR_EN, gid], [SINDOOR_ID, gid]] for gid in SHARED_SINDOOR]
groups += [[[HOSTAGES_EN, gid], [HOSTAGES_ID, gid]] for gid in SHARED_HOSTAGES]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
