"""clusters.json: two positive pairs (the Islamabad court bombing, 11 Nov 2025; Nawrocki's win in Poland's
runoff, 2 June 2025) and one negative pair.

The negative pair is two Ukrainian drone strikes on Russian oil facilities: Lukoil's Volgograd refinery on
14 Aug 2025 (Detik) and Novatek's Ust-Luga terminal on 24 Aug 2025 (Al Jazeera): same attacker, same kind
of target, same Russian claim of drones downed overnight, ten days apart, and neither page recalls the
other's strike, so each stays alone. The main event of every single page is listed alone too, so that two
arrests, resignations or attacks merged across pages count as errors."""

from common import write_clusters

ISB_EN = "en_01_reuters_suicide_bomber_kills_12_outside_islamabad_court.txt"
ISB_ID = "id_01_kompas_bom_bunuh_diri_di_pengadilan_islamabad.txt"
POL_EN = "en_02_ap_nawrocki_wins_polish_presidential_runoff.txt"
POL_ID = "id_02_cnnindonesia_nawrocki_menang_pilpres_polandia.txt"
VOLGOGRAD = "id_03_detik_drone_ukraina_serang_kilang_volgograd.txt"
UST_LUGA = "en_03_aljazeera_ukrainian_drones_hit_ust_luga_terminal.txt"

SHARED_ISB = [
    "bombing_islamabad_court_2025_11_11",
    "shehbaz_blames_afghanistan_2025_11_11",
    "ttp_denies_role_2025_11_11",
    "wana_cadet_college_attack_2025_11_10",
    "istanbul_talks_collapse_last_week",
    "pak_afg_border_clashes_2025_10",
    "naqvi_briefs_senate_2025_11_12",
]
SHARED_POL = [
    "trzaskowski_concedes_2025_06_02",
    "trump_congratulates_nawrocki_2025_06_02",
    "zelensky_congratulates_nawrocki_2025_06_02",
    "trump_hosts_nawrocki_2025_05",
    "tusk_announces_confidence_vote_2025_06_02",
]
ALONE = [
    (VOLGOGRAD, "ukraine_drones_hit_volgograd_refinery_2025_08_14"),
    (UST_LUGA, "ukraine_drones_hit_ust_luga_2025_08_24"),
    (VOLGOGRAD, "russia_intercepts_44_drones_2025_08_14"),
    (UST_LUGA, "russia_intercepts_95_drones_2025_08_24"),
    ("en_04_afp_dutch_government_collapses_as_wilders_quits.txt", "wilders_quits_coalition_2025_06_03"),
    ("en_05_bbc_manchester_synagogue_attack.txt", "attack_on_manchester_synagogue_2025_10_02"),
    (
        "id_04_antara_kirgistan_tajikistan_teken_perjanjian_perbatasan.txt",
        "japarov_rahmon_sign_border_treaty_2025_03_13",
    ),
    ("id_05_liputan6_polisi_tangkap_tersangka_penembakan_charlie_kirk.txt", "robinson_arrested_2025_09_11"),
    ("id_06_tempo_pemerintah_bulgaria_mundur_usai_demo.txt", "zhelyazkov_announces_resignation_2025_12_11"),
    ("id_07_kumparan_polisi_tangkap_penjarah_rumah_sahroni.txt", "police_arrest_12_looters_2025_09"),
]

groups = [[[ISB_EN, gid], [ISB_ID, gid]] for gid in SHARED_ISB]
groups += [[[POL_EN, gid], [POL_ID, gid]] for gid in SHARED_POL]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
