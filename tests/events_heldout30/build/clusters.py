"""clusters.json: two positive pairs (Lawrence Wong's first visit to Indonesia, 10 June 2024; China's ICBM
test into the Pacific, 25 Sept 2024) and one negative pair.

The negative pair is two Kejagung cases in which a wealthy businessperson was named a suspect and detained the
same evening: Helena Lim in the PT Timah case on 26 March 2024 (Detik) and Budi Said in the Antam gold case on
18 January 2024 (Tempo): same actor, same kind of act, two months apart, and neither page recalls the other,
so each stays alone. The main event of every single page is listed alone too, so that two rulings, protests
or collisions merged across pages count as errors."""

from common import write_clusters

WONG_ID = "id_01_antara_jokowi_terima_pm_singapura_lawrence_wong_di_bogor.txt"
WONG_EN = "en_01_cna_wong_meets_jokowi_prabowo_first_indonesia_visit.txt"
ICBM_EN = "en_02_reuters_china_test_fires_icbm_into_pacific.txt"
ICBM_ID = "id_02_kompas_china_uji_coba_rudal_balistik_antarbenua.txt"
HELENA = "id_03_detik_kejagung_tetapkan_helena_lim_tersangka_timah.txt"
BUDI = "id_04_tempo_kejagung_tahan_budi_said_kasus_emas_antam.txt"

SHARED_WONG = [
    "wong_visits_indonesia_2024_06_10",
    "wong_jokowi_meet_2024_06_10",
    "wong_prabowo_meet_2024_06_10",
    "bintan_retreat_signing_2022_01_25",
    "wong_to_visit_malaysia_2024_06_11",
]
SHARED_ICBM = [
    "china_icbm_test_2024_09_25",
    "japan_denies_notice_2024_09_25",
    "liaoning_passes_yonaguni_2024_09_18",
    "y9_violates_japan_airspace_2024_08",
    "japan_summons_china_envoy_2024_08",
]
ALONE = [
    (HELENA, "kejagung_names_helena_suspect_2024_03_26"),
    (BUDI, "kejagung_names_budi_suspect_2024_01_18"),
    (HELENA, "kejagung_detains_helena_2024_03_26"),
    (BUDI, "kejagung_detains_budi_2024_01_18"),
    ("en_03_afp_chad_ends_defence_cooperation_with_france.txt", "chad_ends_defence_pact_2024_11_28"),
    ("en_04_ap_argentina_court_upholds_kirchner_conviction.txt", "court_upholds_cfk_conviction_2025_06_10"),
    (
        "en_05_aljazeera_chinese_ship_rams_philippine_vessel_sabina_shoal.txt",
        "ccg_rams_teresa_magbanua_2024_08_31",
    ),
    (
        "id_05_cnnindonesia_trump_umumkan_cabut_sanksi_suriah_di_riyadh.txt",
        "trump_pledges_lift_syria_sanctions_2025_05_13",
    ),
    ("id_06_kumparan_polisi_bubarkan_massa_pti_di_islamabad.txt", "security_forces_disperse_pti_2024_11_26"),
    ("id_07_liputan6_pengadilan_vonis_lee_jae_myung_bersalah.txt", "court_sentences_lee_2024_11_15"),
]

groups = [[[WONG_ID, gid], [WONG_EN, gid]] for gid in SHARED_WONG]
groups += [[[ICBM_EN, gid], [ICBM_ID, gid]] for gid in SHARED_ICBM]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
