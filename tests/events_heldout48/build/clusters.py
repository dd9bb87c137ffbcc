"""clusters.json: two positive pairs (Israel's strike on the European Hospital in Khan Younis, 13 May 2025;
Lee Jae-myung's swearing-in, 4 June 2025), a third pair of background events shared by the two Kabila pages
(the Senate lifting his immunity on 22 May 2025, the April suspension of his party), and one negative pair.

The negative pair is two new leaders congratulated by foreign leaders: Nicusor Dan after Romania's runoff of
18 May 2025 (Detik) and Sanae Takaichi after Japan's Diet vote of 21 Oct 2025 (CNN Indonesia): same kind of
act, five months apart, neither page recalls the other, so each stays alone. The main event of every single
page is listed alone too, so that two rulings, arrests or statements merged across pages count as errors."""

from common import write_clusters

GAZA_EN = "en_01_reuters_israeli_strike_hits_gaza_european_hospital.txt"
GAZA_ID = "id_01_kompas_serangan_israel_di_rumah_sakit_eropa_gaza.txt"
LEE_ID = "id_02_antara_lee_jae_myung_dilantik_jadi_presiden_korsel.txt"
LEE_EN = "en_02_cna_lee_jae_myung_sworn_in_as_south_korea_president.txt"
KABILA_EN = "en_04_aljazeera_dr_congo_court_sentences_kabila_to_death.txt"
KABILA_ID = "id_07_tempo_senat_kongo_cabut_imunitas_joseph_kabila.txt"
CECOT = "en_03_ap_us_deports_venezuelans_to_el_salvador_prison.txt"
ROMANIA = "id_03_detik_nicusor_dan_menangi_pilpres_rumania.txt"
TAKAICHI = "id_04_cnnindonesia_takaichi_terpilih_jadi_pm_jepang.txt"

SHARED_GAZA = [
    "israel_strikes_european_hospital_2025_05_13",
    "israel_strikes_nasser_hospital_2025_05_13",
    "hamas_frees_edan_alexander_2025_05_12",
    "israel_resumes_offensive_2025_03_18",
    "yahya_sinwar_killed_2024_10",
]
SHARED_LEE = [
    "lee_pledges_dialogue_with_north_korea_2025_06_04",
    "kim_concedes_congratulates_lee_2025_06_04",
    "lee_trump_call_planned",
    "court_removes_yoon_2025_04_04",
    "yoon_martial_law_2024_12_03",
]
SHARED_KABILA = ["senate_lifts_kabila_immunity_2025_05_22", "government_suspends_pprd_2025_04"]
ALONE = [
    (ROMANIA, "eu_leaders_congratulate_dan_2025_05_18"),
    (TAKAICHI, "leaders_congratulate_takaichi_2025_10_21"),
    (ROMANIA, "court_annuls_first_round_2024_12_06"),
    (TAKAICHI, "ldp_ishin_sign_coalition_2025_10_20"),
    (CECOT, "us_deports_venezuelans_to_cecot_2025_03_16"),
    (CECOT, "boasberg_bars_deportations_2025_03_15"),
    (KABILA_EN, "court_sentences_kabila_to_death_2025_09_30"),
    ("en_05_bbc_germany_spy_agency_labels_afd_extremist.txt", "bfv_classifies_afd_extremist_2025_05_02"),
    ("id_05_liputan6_kkb_serang_guru_di_anggruk_yahukimo.txt", "kkb_attacks_teachers_anggruk_2025_03_21"),
    ("id_06_kumparan_eks_kapolres_ngada_jadi_tersangka.txt", "polda_ntt_names_fajar_suspect_2025_03_13"),
    ("id_06_kumparan_eks_kapolres_ngada_jadi_tersangka.txt", "propam_arrests_fajar_2025_02_20"),
]

groups = [[[GAZA_EN, gid], [GAZA_ID, gid]] for gid in SHARED_GAZA]
groups += [[[LEE_ID, gid], [LEE_EN, gid]] for gid in SHARED_LEE]
groups += [[[KABILA_EN, gid], [KABILA_ID, gid]] for gid in SHARED_KABILA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
