"""clusters.json: two positive pairs (the Sharm el-Sheikh Gaza summit, 13 Oct 2025; Ukraine's drone strikes
on Russian air bases, 1 Jun 2025) and one negative pair.

The negative pair is two Israeli air strikes on Sanaa, on 24 August 2025 (Al Jazeera) and 28 August 2025
(CNN Indonesia): same attacker, same city, same kind of act, different days, and neither page recalls the
other's strike, so each stays alone. The main event of every single page is listed alone too, so that two
Prabowo meetings, two arrests or two sanctions rounds merged across pages count as errors."""

from common import write_clusters

GAZA_EN = "en_01_afp_trump_hails_historic_dawn_at_sharm_el_sheikh_gaza_summit.txt"
GAZA_ID = "id_01_antara_prabowo_hadiri_ktt_perdamaian_gaza_di_sharm_el_sheikh.txt"
WEB_EN = "en_02_ap_ukraine_drones_hit_russian_bombers_deep_inside_russia.txt"
WEB_ID = "id_02_detik_ukraina_serang_pangkalan_udara_rusia_dengan_drone.txt"
SANAA_EN = "en_03_aljazeera_israel_strikes_sanaa_presidential_complex_power_plants.txt"
SANAA_ID = "id_03_cnnindonesia_pm_houthi_tewas_dalam_serangan_israel_di_sanaa.txt"

SHARED_GAZA = [
    "sign_gaza_declaration_2025_10_13",
    "hamas_frees_hostages_2025_10_13",
    "israel_frees_prisoners_2025_10_13",
    "trump_addresses_knesset_2025_10_13",
    "gaza_truce_takes_effect_2025_10_10",
]
SHARED_WEB = [
    "ukraine_drones_hit_airbases_2025_06_01",
    "istanbul_talks_2025_06_02",
    "russia_drone_barrage_2025_06_01",
    "istanbul_talks_2025_05_16",
]
ALONE = [
    (SANAA_EN, "israel_strikes_sanaa_2025_08_24"),
    (SANAA_ID, "israel_strike_kills_houthi_pm_2025_08_28"),
    (SANAA_EN, "houthi_cluster_missile_2025_08_22"),
    (SANAA_EN, "israel_strikes_sanaa_airport_2025_05"),
    (GAZA_ID, "prabowo_trump_talk_2025_10_13"),
    (
        "id_06_liputan6_prabowo_dan_albanese_umumkan_perjanjian_keamanan_baru.txt",
        "prabowo_albanese_talks_2025_11_12",
    ),
    (
        "en_04_reuters_us_sanctions_brazil_judge_de_moraes_trump_signs_tariff_order.txt",
        "us_sanctions_de_moraes_2025_07_30",
    ),
    (
        "en_05_bbc_marine_le_pen_barred_from_office_after_embezzlement_verdict.txt",
        "court_convicts_le_pen_2025_03_31",
    ),
    (
        "en_06_cna_former_south_korean_first_lady_kim_keon_hee_arrested.txt",
        "court_arrests_kim_keon_hee_2025_08_12",
    ),
    (
        "id_04_kompas_dua_demonstran_gen_z_tewas_ditembak_di_maroko.txt",
        "gendarmes_shoot_protesters_2025_10_01",
    ),
    ("id_05_tempo_kpk_tetapkan_kadis_pupr_sumut_tersangka_usai_ott.txt", "kpk_ott_sumut_2025_06_26"),
]

groups = [[[GAZA_EN, gid], [GAZA_ID, gid]] for gid in SHARED_GAZA]
groups += [[[WEB_EN, gid], [WEB_ID, gid]] for gid in SHARED_WEB]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
