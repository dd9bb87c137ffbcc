"""clusters.json: two positive pairs (the ICC warrants for Netanyahu and Gallant, 21 Nov 2024; North Korea
blowing up the inter-Korean roads, 15 Oct 2024) and one negative pair.

The negative pair is two Trump-Sheinbaum phone calls that each paused US tariffs on Mexico, 3 Feb 2025
(Reuters) and 6 Mar 2025 (Detik): same actors, same kind of act, a month apart. Detik's background line on
the February pause is the same event as Reuters' lead, so that one pair is merged; the calls, the March
delay, the February tariff orders and the March entry into force each stay alone. The main event of every
single page is listed alone too, so that meetings, visits or arrests merged across pages count as errors."""

from common import write_clusters

ICC_EN = "en_01_reuters_icc_issues_arrest_warrants_for_netanyahu_gallant.txt"
ICC_ID = "id_01_kompas_icc_keluarkan_surat_penangkapan_netanyahu.txt"
ROADS_EN = "en_02_ap_north_korea_blows_up_inter_korean_roads.txt"
ROADS_ID = "id_02_cnnindonesia_korut_ledakkan_jalan_penghubung_ke_korsel.txt"
MEX_FEB = "en_03_reuters_trump_pauses_mexico_tariffs_after_sheinbaum_call.txt"
MEX_MAR = "id_03_detik_trump_tunda_tarif_usai_telepon_sheinbaum.txt"

SHARED_ICC = [
    "icc_issues_warrants_2024_11_21",
    "netanyahu_rejects_warrants_2024_11_21",
    "khan_seeks_warrants_2024_05_20",
]
SHARED_ROADS = [
    "nk_blows_up_roads_2024_10_15",
    "sk_warning_shots_2024_10_15",
    "nk_vows_seal_border_2024_10_09",
    "nk_accuses_drones_2024_10",
]
ALONE = [
    (MEX_FEB, "trump_sheinbaum_call_2025_02_03"),
    (MEX_MAR, "trump_sheinbaum_call_2025_03_06"),
    (MEX_MAR, "trump_delays_mexico_tariffs_2025_03_06"),
    (MEX_FEB, "trump_signs_tariff_orders_2025_02_01"),
    (MEX_MAR, "us_tariffs_take_effect_2025_03_04"),
    (MEX_FEB, "sheinbaum_orders_retaliation_2025_02_02"),
    (MEX_MAR, "sheinbaum_to_announce_retaliation_2025_03_09"),
    ("en_04_afp_mali_burkina_niger_formally_quit_ecowas.txt", "aes_quit_ecowas_2025_01_29"),
    ("en_05_aljazeera_kenyan_police_arrive_in_haiti.txt", "kenyan_police_land_in_haiti_2024_06_25"),
    ("id_04_antara_prabowo_bertemu_putra_mahkota_saudi_di_jeddah.txt", "prabowo_mbs_meet_2025_07_02"),
    ("id_05_kumparan_prabowo_terima_lula_di_istana_merdeka.txt", "prabowo_receives_lula_2025_10_23"),
    ("id_06_tempo_kpk_tahan_bupati_sidoarjo_gus_muhdlor.txt", "kpk_detains_muhdlor_2024_05_07"),
    (
        "id_07_liputan6_jurnalis_demo_tolak_revisi_uu_penyiaran_di_dpr.txt",
        "journalists_protest_dpr_2024_05_27",
    ),
]

groups = [[[ICC_EN, gid], [ICC_ID, gid]] for gid in SHARED_ICC]
groups += [[[ROADS_EN, gid], [ROADS_ID, gid]] for gid in SHARED_ROADS]
groups += [
    [[MEX_FEB, "trump_pauses_mexico_tariffs_2025_02_03"], [MEX_MAR, "trump_pauses_mexico_tariffs_2025_02_03"]]
]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
