"""clusters.json: two positive pairs (Sushila Karki sworn in as Nepal's interim prime minister, 12 Sept 2025,
Reuters and Kompas; Trump announcing Kazakhstan's entry into the Abraham Accords, 6 Nov 2025, AP and CNN
Indonesia), the Juwita killing and the naming of the sailor as suspect shared by Kumparan (March) and Antara
(May, as background), and one negative pair.

The negative pair is two military-police cases in Indonesia a week apart: Pomdam II/Sriwijaya naming two
soldiers suspects in the Way Kanan shooting of three police officers (17-20 Mar 2025, Tempo) and Pomal
naming a Navy sailor suspect in the killing of journalist Juwita (22-26 Mar 2025, Kumparan): same kind of
actor and act (a killing, an arrest, a naming as suspect), different people and days, so none may merge.
The main event of every single page is listed alone too."""

from common import write_clusters

NEPAL_EN = "en_01_reuters_sushila_karki_sworn_in_as_nepal_interim_pm.txt"
NEPAL_ID = "id_01_kompas_sushila_karki_dilantik_jadi_pm_sementara_nepal.txt"
KAZ_EN = "en_02_ap_kazakhstan_to_join_abraham_accords.txt"
KAZ_ID = "id_02_cnnindonesia_kazakstan_gabung_perjanjian_abraham.txt"
WAY_KANAN = "id_03_tempo_pomdam_tetapkan_dua_prajurit_tersangka_penembakan_way_kanan.txt"
JUWITA = "id_04_kumparan_pomal_tetapkan_kelasi_jumran_tersangka_pembunuhan_juwita.txt"
JUWITA_TRIAL = "id_05_antara_oditur_dakwa_kelasi_jumran_bunuh_jurnalis_juwita.txt"

SHARED_NEPAL = [
    "police_fire_on_protesters_2025_09_08",
    "gen_z_protest_parliament_2025_09_08",
    "nepal_lifts_social_media_ban_2025_09_09",
    "protesters_torch_parliament_2025_09_09",
    "oli_resigns_2025_09_09",
    "army_imposes_curfew_2025_09_09",
    "paudel_dissolves_house_2025_09_12",
    "army_to_ease_curfew_2025_09_13",
]
SHARED_KAZ = [
    "trump_announces_kazakhstan_joins_2025_11_06",
    "kazakhstan_joins_accords_2025_11_06",
    "trump_calls_tokayev_netanyahu_2025_11_06",
    "trump_hosts_c5_dinner_2025_11_06",
    "witkoff_says_country_to_join_2025_11_05",
]
SHARED_JUWITA = ["jumran_kills_juwita_2025_03_22", "pomal_names_jumran_suspect_2025_03_26"]
ALONE = [
    (WAY_KANAN, "pomdam_names_two_suspects_2025_03_20"),
    (WAY_KANAN, "pomdam_detains_suspects_2025_03_18"),
    (WAY_KANAN, "soldiers_shoot_three_police_2025_03_17"),
    (JUWITA, "jumran_arrested_2025_03_24"),
    (JUWITA, "pomal_detains_jumran"),
    (JUWITA_TRIAL, "oditur_charges_jumran_2025_05_05"),
    (NEPAL_EN, "paudel_talks_army_protesters_2025_09_10"),
    ("en_03_aljazeera_sudani_bloc_leads_iraq_election.txt", "ihec_releases_results_2025_11_12"),
    ("en_04_bbc_catherine_connolly_elected_irish_president.txt", "humphreys_concedes_2025_10_25"),
    ("en_05_cna_ishiba_vows_to_stay_after_upper_house_loss.txt", "ishiba_vows_to_stay_2025_07_21"),
    ("id_06_liputan6_asfura_dinyatakan_menang_pilpres_honduras.txt", "cne_declares_asfura_winner_2025_12_24"),
    (
        "id_07_detik_polda_jatim_naikkan_kasus_ambruknya_ponpes_al_khoziny_ke_penyidikan.txt",
        "polda_raises_to_investigation_2025_10_09",
    ),
]

groups = [[[NEPAL_EN, gid], [NEPAL_ID, gid]] for gid in SHARED_NEPAL]
groups += [[[KAZ_EN, gid], [KAZ_ID, gid]] for gid in SHARED_KAZ]
groups += [[[JUWITA, gid], [JUWITA_TRIAL, gid]] for gid in SHARED_JUWITA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
