"""clusters.json: two positive pairs (the Syrian coast clashes of 6-7 March 2025, Reuters and Kompas; the
Bosnian court's sentence on Dodik of 26 Feb 2025, AP and Antara), background events shared by two pages on
one story told on different days (Algeria's downing of a Malian drone; the Navy men's toll-road shooting),
and one negative pair.

The negative pair is two Jakarta pages where an investigating force names suspects: Puspomal naming three
Navy men on 6 Jan 2025 (Detik) and Polda Metro Jaya naming a student over the SMAN 72 blast on 11 Nov 2025
(CNN Indonesia): same kind of act, same city, ten months apart, so each stays alone. The main event of every
other single page is listed alone too, so that arrests, rulings or strikes merged across pages count as
errors."""

from common import write_clusters

SYRIA = (
    "en_01_reuters_syrian_forces_battle_assad_loyalists_on_coast.txt",
    "id_01_kompas_pasukan_suriah_bentrok_dengan_loyalis_assad.txt",
)
DODIK = (
    "en_02_ap_bosnian_court_sentences_dodik.txt",
    "id_02_antara_pengadilan_bosnia_vonis_milorad_dodik.txt",
)
DRONE = (
    "en_05_afp_algeria_says_it_downed_drone_near_mali_border.txt",
    "id_07_kumparan_mali_dan_aljazair_tarik_duta_besar.txt",
)
NAVY = (
    "id_04_detik_puspomal_tetapkan_tiga_anggota_tni_al_tersangka.txt",
    "id_06_tempo_dua_anggota_tni_al_penembak_bos_rental_divonis_seumur_hidup.txt",
)
SMAN72 = "id_05_cnnindonesia_polisi_tetapkan_siswa_pelaku_ledakan_sman_72.txt"

SHARED = [
    (SYRIA, "forces_battle_loyalists_2025_03_07"),
    (SYRIA, "loyalists_ambush_patrol_2025_03_06"),
    (SYRIA, "curfews_imposed_2025_03_06"),
    (SYRIA, "sharaa_urges_surrender_2025_03_07"),
    (SYRIA, "revenge_killings_alleged_2025_03"),
    (SYRIA, "official_denies_targeting_civilians"),
    (SYRIA, "rebels_topple_assad_2024_12"),
    (DODIK, "court_sentences_dodik_2025_02_26"),
    (DODIK, "dodik_rejects_verdict_2025_02_26"),
    (DODIK, "rs_parliament_to_ban_state_court_2025_02_27"),
    (DODIK, "russia_condemns_ruling_2025_02_26"),
    (DODIK, "vucic_flies_to_banja_luka_2025_02_26"),
    (DODIK, "dodik_signs_laws_defying_envoy_2023_07"),
    (DRONE, "algeria_downs_malian_drone_2025_04_01"),
    (DRONE, "mali_junta_ends_algiers_accord_2024_01"),
    (NAVY, "navy_men_shoot_rental_owner_2025_01_02"),
]
ALONE = [
    (NAVY[0], "puspomal_names_three_suspects_2025_01_06"),
    (SMAN72, "police_name_student_abh_2025_11_11"),
    (NAVY[0], "puspomal_detains_suspects"),
    (SMAN72, "explosion_at_sman72_mosque_2025_11_07"),
    (NAVY[1], "court_sentences_two_to_life_2025_03_25"),
    (DRONE[1], "aes_recall_ambassadors_2025_04_06"),
    (DRONE[1], "algeria_recalls_ambassadors_2025_04_07"),
    ("en_03_aljazeera_armenia_arrests_archbishop_galstanyan.txt", "nss_arrests_galstanyan_2025_06_25"),
    (
        "en_04_cna_philippine_police_arrest_officials_flood_control_graft.txt",
        "police_arrest_dpwh_officials_2025_11_20",
    ),
    ("id_03_liputan6_parlemen_thailand_pilih_anutin_jadi_pm.txt", "parliament_elects_anutin_2025_09_05"),
]

groups = [[[pair[0], gid], [pair[1], gid]] for pair, gid in SHARED]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
