"""clusters.json: three positive pairs (Trump and Lula in Kuala Lumpur, 26 Oct 2025; Ethiopia's dam
inauguration and Egypt's complaint, 9 Sept 2025; Trump's pardon of Changpeng Zhao, 23 Oct 2025) and one
negative pair.

The negative pair is two resignations of a leader's closest aide under an ethics or corruption cloud: Angela
Rayner in London on 5 Sept 2025 (BBC) and Andriy Yermak in Kyiv on 28 Nov 2025 (Detik): same kind of act,
different people and countries, almost three months apart, and neither page recalls the other, so each stays
alone. The main event of every single page is listed alone too, so that merging two meetings, protests or
seizures across pages counts as an error."""

from common import write_clusters

LULA_EN = "en_01_reuters_trump_lula_meet_in_kuala_lumpur.txt"
LULA_ID = "id_01_kompas_trump_dan_lula_bertemu_di_kuala_lumpur.txt"
GERD_EN = "en_02_afp_ethiopia_inaugurates_gerd.txt"
GERD_ID = "id_02_cnnindonesia_etiopia_resmikan_bendungan_nil.txt"
ZHAO_EN = "en_04_ap_trump_pardons_binance_founder_zhao.txt"
ZHAO_ID = "id_04_kumparan_trump_ampuni_pendiri_binance.txt"
RAYNER = "en_03_bbc_angela_rayner_resigns.txt"
YERMAK = "id_03_detik_andriy_yermak_mundur.txt"

SHARED_LULA = [
    "trump_lula_meet_2025_10_26",
    "us_tariffs_on_brazil_2025_08",
    "us_brazil_talks_to_begin_2025_10_26",
    "lula_offers_mediation_2025_10_26",
    "trump_lula_unga_2025_09",
    "trump_lula_video_call_2025_10_06",
    "trump_to_visit_tokyo_2025_10_27",
]
SHARED_GERD = [
    "african_leaders_attend_gerd_2025_09_09",
    "egypt_complains_to_unsc_2025_09_09",
    "egypt_threatens_measures_2025_09_09",
]
SHARED_ZHAO = [
    "trump_pardons_zhao_2025_10_23",
    "zhao_sentenced_2024_04",
    "white_house_denies_business_link_2025_10_23",
]
ALONE = [
    (RAYNER, "rayner_resigns_2025_09_05"),
    (YERMAK, "yermak_resigns_2025_11_28"),
    (RAYNER, "magnus_finds_breach_2025_09_05"),
    (YERMAK, "nabu_searches_yermak_home_2025_11_28"),
    ("id_05_antara_asim_munir_jadi_panglima_pasukan_pertahanan.txt", "zardari_appoints_munir_cdf_2025_12_04"),
    ("id_06_tempo_dpr_sahkan_revisi_kuhap.txt", "coalition_protests_at_dpr_2025_11_18"),
    ("id_07_liputan6_bnn_gagalkan_penyelundupan_2_ton_sabu.txt", "joint_team_seizes_meth_ship_2025_05_13"),
    ("en_05_cna_carney_meets_xi_in_gyeongju.txt", "carney_xi_meet_2025_10_31"),
]

groups = [[[LULA_EN, gid], [LULA_ID, gid]] for gid in SHARED_LULA]
groups += [[[GERD_EN, gid], [GERD_ID, gid]] for gid in SHARED_GERD]
groups += [[[ZHAO_EN, gid], [ZHAO_ID, gid]] for gid in SHARED_ZHAO]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
