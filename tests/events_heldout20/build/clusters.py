"""clusters.json: two positive pairs (Alice Guo's arrest and handover, 4-5 Sept 2024; the shooting of Robert
Fico, 15-16 May 2024), one background event shared by two unrelated pages (the 7 Oct 2023 attack, recalled by
the Sinwar and the pager pages), and one negative pair.

The negative pair is two Venezuelan post-election protests in Caracas: the clashes of Monday 29 July 2024
(AP) and the peaceful opposition rally of Saturday 3 August 2024 (Detik): same country, city, actors and
kind of act, five days apart, and neither page reports the other's protest, so each stays alone; so do the
two electoral-council declarations (29 July, 2 Aug) and Maduro's accusation and threat. The main event of
every single page is listed alone too, so that two prisoner transfers (Veloso, the Bali Nine) or two
Philippine statements merged across pages count as errors."""

from common import write_clusters

ALICE_ID = "id_01_kompas_alice_guo_ditangkap_di_tangerang.txt"
ALICE_EN = "en_01_cna_alice_guo_handed_over_to_philippines.txt"
FICO_EN = "en_02_reuters_slovak_pm_fico_shot.txt"
FICO_ID = "id_02_cnnindonesia_pm_slowakia_robert_fico_ditembak.txt"
VEN_EN = "en_03_ap_venezuela_security_forces_clash_with_protesters.txt"
VEN_ID = "id_03_detik_oposisi_venezuela_gelar_aksi_di_caracas.txt"
VELOSO = "id_04_antara_mary_jane_veloso_dipindahkan_ke_filipina.txt"
MEHRTENS = "id_05_tempo_tpnpb_bebaskan_pilot_susi_air.txt"
SINWAR = "id_06_kumparan_hamas_konfirmasi_yahya_sinwar_tewas.txt"
BALI_NINE = "id_07_liputan6_lima_anggota_bali_nine_dipulangkan_ke_australia.txt"
PAGERS = "en_04_aljazeera_pagers_explode_across_lebanon.txt"
KENYA = "en_05_bbc_kenya_protesters_storm_parliament.txt"

SHARED_ALICE = [
    "polri_arrests_guo_2024_09_04",
    "handover_guo_2024_09_05",
    "abalos_marbil_fly_jakarta_2024_09_05",
    "marcos_thanks_indonesia_2024_09_04",
]
SHARED_FICO = [
    "fico_shot_2024_05_15",
    "cintula_charged_2024_05_16",
    "suspect_detained_2024_05_15",
    "caputova_pellegrini_appeal",
]
ALONE = [
    (VEN_EN, "security_forces_fire_tear_gas_2024_07_29"),
    (VEN_EN, "protests_caracas_2024_07_29"),
    (VEN_EN, "opposition_rally_planned_2024_07_30"),
    (VEN_ID, "opposition_rally_caracas_2024_08_03"),
    (VEN_EN, "cne_declares_maduro_2024_07_29"),
    (VEN_ID, "cne_reaffirms_maduro_2024_08_02"),
    (VEN_EN, "maduro_accuses_coup"),
    (VEN_ID, "maduro_threatens_jail_2024_07_31"),
    (VELOSO, "indonesia_transfers_veloso_2024_12_17"),
    (VELOSO, "transfer_arrangement_signed_2024_12_06"),
    (VELOSO, "marcos_announces_return_2024_11"),
    (BALI_NINE, "bali_nine_return_darwin_2024_12_15"),
    (BALI_NINE, "yusril_to_sign_with_france"),
    (MEHRTENS, "tpnpb_frees_mehrtens_2024_09_21"),
    (SINWAR, "israel_kills_sinwar_2024_10_16"),
    (PAGERS, "pagers_explode_lebanon_2024_09_17"),
    (KENYA, "protesters_storm_parliament_2024_06_25"),
    (KENYA, "police_fire_on_protesters_2024_06_25"),
]

groups = [[[ALICE_ID, gid], [ALICE_EN, gid]] for gid in SHARED_ALICE]
groups += [[[FICO_EN, gid], [FICO_ID, gid]] for gid in SHARED_FICO]
groups += [[[SINWAR, "oct7_attack_2023_10_07"], [PAGERS, "oct7_attack_2023_10_07"]]]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
