"""clusters.json: two positive pairs (the Houthi drone on Tel Aviv and Israel's Hodeidah strike, 19-20 July
2024; Pope Francis in Jakarta and the Istiqlal Declaration, 3-6 Sept 2024) and one negative pair.

The negative pair is two Tbilisi protests against Georgia's 'foreign agents' bill: the police dispersal and
63 arrests of 30 April-1 May 2024 (CNN Indonesia) and the protest and 13 detentions at the third reading on
14 May 2024 (BBC): same actors, same kind of act, two weeks apart, and neither page recalls the other, so
each stays alone. The main event of every single page is listed alone too, so that two arrests,
expulsions or meetings merged across pages count as errors."""

from common import write_clusters

HODEIDAH_EN = "en_01_reuters_israel_strikes_hodeidah_after_tel_aviv_drone.txt"
HODEIDAH_ID = "id_01_kompas_israel_gempur_pelabuhan_hodeidah.txt"
POPE_ID = "id_02_antara_paus_fransiskus_teken_deklarasi_istiqlal.txt"
POPE_EN = "en_02_ap_pope_francis_imam_sign_istiqlal_declaration.txt"
GEORGIA_ID = "id_03_cnnindonesia_polisi_georgia_bubarkan_demo_ruu_agen_asing.txt"
GEORGIA_EN = "en_03_bbc_georgia_parliament_passes_foreign_agents_law.txt"

SHARED_HODEIDAH = ["israel_strikes_hodeidah_2024_07_20", "houthi_drone_tel_aviv_2024_07_19"]
SHARED_POPE = [
    "pope_imam_sign_declaration_2024_09_05",
    "pope_visits_istiqlal_2024_09_05",
    "pope_meets_jokowi_2024_09_04",
    "pope_arrives_jakarta_2024_09_03",
    "pope_to_png_2024_09_06",
]
ALONE = [
    (GEORGIA_ID, "police_disperse_protest_2024_04_30"),
    (GEORGIA_EN, "protest_outside_parliament_2024_05_14"),
    (GEORGIA_ID, "police_arrest_63_2024_04_30"),
    (GEORGIA_EN, "police_detain_13_2024_05_14"),
    (GEORGIA_ID, "protest_tbilisi_2024_04_30"),
    ("en_04_afp_france_declares_emergency_in_new_caledonia.txt", "france_state_of_emergency_2024_05_15"),
    ("en_05_aljazeera_bangladesh_imposes_curfew_deploys_army.txt", "curfew_imposed_2024_07_19"),
    ("en_05_aljazeera_bangladesh_imposes_curfew_deploys_army.txt", "police_fire_on_protesters_2024_07_18"),
    ("id_04_kumparan_as_usir_dubes_afrika_selatan.txt", "us_expels_rasool_2025_03_14"),
    ("id_05_liputan6_polisi_ekuador_serbu_kedubes_meksiko.txt", "ecuador_raids_mexican_embassy_2024_04_05"),
    ("id_05_liputan6_polisi_ekuador_serbu_kedubes_meksiko.txt", "ecuador_expels_serur_2024_04_04"),
    (
        "id_06_tempo_bareskrim_tetapkan_kades_kohod_tersangka_pagar_laut.txt",
        "bareskrim_names_arsin_suspect_2025_02_18",
    ),
    ("id_07_detik_prabowo_bertemu_pm_starmer_di_london.txt", "prabowo_starmer_talks_2024_11_21"),
]

groups = [[[HODEIDAH_EN, gid], [HODEIDAH_ID, gid]] for gid in SHARED_HODEIDAH]
groups += [[[POPE_ID, gid], [POPE_EN, gid]] for gid in SHARED_POPE]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
