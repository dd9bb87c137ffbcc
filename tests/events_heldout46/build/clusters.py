"""clusters.json: two positive pairs (Merz elected chancellor, 6 May 2025, Reuters and Kompas; Spain's arms
embargo and Israel's entry ban on two Spanish ministers, 8 Sept 2025, Al Jazeera and CNN Indonesia) and one
negative pair.

The negative pair is Mexico's two mass transfers of cartel suspects to the US: 29 on 27 Feb 2025 (Detik) and
26 on 12 Aug 2025 (AP). Same actors, same act, six months apart. AP recalls the February transfer and the
1985 Camarena killing, so those background events merge with Detik's; the August transfer and each page's
own meetings, threats and denials stay alone. The main events of the single pages (arrests, charges, a
ruling, a dissolution) are listed alone too, so that arrests merged across pages count as errors."""

from common import write_clusters

MERZ_EN = "en_01_reuters_merz_elected_chancellor_in_second_vote.txt"
MERZ_ID = "id_01_kompas_merz_terpilih_kanselir_jerman.txt"
SPAIN_EN = "en_02_aljazeera_spain_arms_embargo_israel_bars_ministers.txt"
SPAIN_ID = "id_02_cnnindonesia_spanyol_embargo_senjata_israel.txt"
MEX_FEB = "id_03_detik_meksiko_serahkan_29_bos_kartel_ke_as.txt"
MEX_AUG = "en_03_ap_mexico_sends_26_cartel_figures_to_us.txt"

SHARED_MERZ = [
    "cdu_spd_sign_coalition_2025_05_05",
    "merz_to_visit_paris_2025_05_07",
    "merz_to_visit_warsaw_2025_05_07",
]
SHARED_SPAIN = [
    "spain_arms_embargo_israel_2025_09_08",
    "israel_bars_spanish_ministers_2025_09_08",
    "saar_accuses_spain_antisemitism_2025_09_08",
    "spain_rejects_saar_accusation_2025_09_08",
    "spain_recalls_ambassador_2025_09_08",
    "spain_recognises_palestine_2024_05_28",
]
SHARED_MEXICO = ["mexico_sends_29_to_us_2025_02_27", "caro_quintero_killed_camarena_1985"]
ALONE = [
    (MEX_AUG, "mexico_sends_26_to_us_2025_08_12"),
    (MEX_FEB, "mexico_delegation_meets_rubio_2025_02_27"),
    (MEX_AUG, "us_mexico_security_talks_planned_2025_08_18"),
    (MEX_FEB, "trump_threatens_tariffs_2025_02_27"),
    (MEX_AUG, "sheinbaum_denies_pressure_2025_08_12"),
    ("en_04_bbc_besigye_charged_before_military_court.txt", "court_martial_charges_besigye_2024_11_20"),
    ("en_04_bbc_besigye_charged_before_military_court.txt", "kenya_police_arrest_fdc_2024_07"),
    ("en_05_reuters_moldova_pro_eu_party_wins_majority.txt", "police_detain_74_2025_09_22"),
    ("id_04_tempo_junta_mali_bubarkan_partai_politik.txt", "junta_dissolves_parties_2025_05_13"),
    (
        "id_05_liputan6_dua_anggota_tni_tersangka_penculikan_kacab_bank.txt",
        "police_arrest_suspects_2025_08_22",
    ),
    (
        "id_05_liputan6_dua_anggota_tni_tersangka_penculikan_kacab_bank.txt",
        "pomdam_detains_soldiers_2025_08_23",
    ),
    ("id_06_antara_mk_larang_polisi_aktif_duduki_jabatan_sipil.txt", "mk_bars_active_police_2025_11_13"),
    (
        "id_07_kumparan_polisi_hong_kong_tangkap_kontraktor_kebakaran_tai_po.txt",
        "hk_police_arrest_three_2025_11_27",
    ),
    (
        "id_07_kumparan_polisi_hong_kong_tangkap_kontraktor_kebakaran_tai_po.txt",
        "icac_arrests_eight_2025_11_28",
    ),
]

groups = [[[MERZ_EN, gid], [MERZ_ID, gid]] for gid in SHARED_MERZ]
groups += [[[SPAIN_EN, gid], [SPAIN_ID, gid]] for gid in SHARED_SPAIN]
groups += [[[MEX_FEB, gid], [MEX_AUG, gid]] for gid in SHARED_MEXICO]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
