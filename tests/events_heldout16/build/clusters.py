"""clusters.json: two positive pairs (Putin's visit to Mongolia, 2-3 Sept 2024; the killing of Ismail
Haniyeh in Tehran, 31 July 2024) and one negative pair.

The negative pair is two North Korean hypersonic IRBM launches, on 14 January 2024 (Detik) and 2 April 2024
(CNA): same actor, same kind of act, different days, and neither page recalls the other's launch, so each
stays alone. The main event of every single page is listed alone too, with the other dated strikes and
launches, so that two Israeli strikes, two arrests or two missile launches merged across pages count as
errors."""

from common import write_clusters

MONGOLIA_EN = "en_01_reuters_putin_welcomed_in_mongolia_despite_icc_warrant.txt"
MONGOLIA_ID = "id_01_kompas_putin_disambut_karpet_merah_di_mongolia.txt"
HANIYEH_EN = "en_02_ap_hamas_leader_haniyeh_killed_in_iran.txt"
HANIYEH_ID = "id_02_cnnindonesia_pemimpin_hamas_ismail_haniyeh_tewas_di_teheran.txt"
NK_JAN = "id_03_detik_korut_tembakkan_rudal_balistik_jarak_menengah.txt"
NK_APR = "en_03_cna_north_korea_tests_hwasong_16b_hypersonic_missile.txt"
NASSER = "id_07_liputan6_serangan_israel_ke_rs_nasser_tewaskan_lima_jurnalis.txt"

SHARED_MONGOLIA = [
    "putin_welcomed_in_mongolia_2024_09_03",
    "putin_arrives_ulaanbaatar_2024_09_02",
    "putin_khurelsukh_talks_2024_09_03",
    "sign_agreements_2024_09_03",
    "icc_warrant_putin_2023_03",
    "ukraine_condemns_mongolia_2024_09_03",
]
SHARED_HANIYEH = [
    "israel_kills_haniyeh_2024_07_31",
    "haniyeh_meets_khamenei_2024_07_30",
    "khamenei_threatens_israel_2024_07_31",
    "hamas_attack_israel_2023_10_07",
]
ALONE = [
    (NK_JAN, "nk_fires_irbm_2024_01_14"),
    (NK_APR, "nk_fires_hwasong16b_2024_04_02"),
    (NK_JAN, "nk_hwasong18_icbm_2023_12_18"),
    (NK_APR, "nk_fires_srbms_2024_03_18"),
    (NASSER, "israel_strikes_nasser_hospital_2025_08_25"),
    (NASSER, "israel_kills_anas_al_sharif_2025_08_10"),
    (HANIYEH_EN, "israel_strikes_beirut_shukr_2024_07_30"),
    (HANIYEH_EN, "israel_kills_haniyeh_sons_2024_04"),
    ("id_04_tempo_kpk_tahan_wali_kota_semarang_dan_suami.txt", "kpk_detains_hevearita_2025_02_19"),
    ("id_05_kumparan_demo_gen_z_di_meksiko_ricuh_100_polisi_terluka.txt", "police_arrest_20_2025_11_15"),
    ("id_06_antara_prabowo_dan_carney_saksikan_penandatanganan_ica_cepa.txt", "sign_ica_cepa_2025_09_24"),
    (
        "en_04_bbc_sarkozy_sentenced_to_five_years_over_libya_funding.txt",
        "court_sentences_sarkozy_2025_09_25",
    ),
    (
        "en_05_aljazeera_azerbaijan_detains_sputnik_staff_as_row_with_russia_deepens.txt",
        "azerbaijan_detains_sputnik_staff_2025_06_30",
    ),
]

groups = [[[MONGOLIA_EN, gid], [MONGOLIA_ID, gid]] for gid in SHARED_MONGOLIA]
groups += [[[HANIYEH_EN, gid], [HANIYEH_ID, gid]] for gid in SHARED_HANIYEH]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
