"""clusters.json: two positive pairs (the taxi strike and riots in Luanda of 28-30 Jul 2025 and the
government's toll, France 24/AFP and SINDOnews; the Putrajaya meeting of 16 Oct 2025 at which Malaysia and
Indonesia agreed on a joint task force on migrant workers, The Star and IDN Times) and one negative pair.

The negative pair is Gakkum Kehutanan's action against illegal logging: a sawmill raid in Ketapang, West
Kalimantan, on 16 Sep 2025 with two financiers named suspects (Okezone) and the arrest of three loggers in
Bukit Tigapuluh National Park, Tebo, Jambi, on 6 Nov 2025 (Media Indonesia): same agency, same kind of act
(raid, suspects named, detention), seven weeks and two islands apart, and neither page recalls the other, so
each stays alone. The main event of every single page is listed alone too, so that two arrests, rulings,
statements or meetings merged across pages count as errors."""

from common import write_clusters

ANGOLA_EN = "en_01_france24_angola_fuel_protests_22_dead_more_than_1200_arrested.txt"
ANGOLA_ID = "id_01_sindonews_kerusuhan_protes_harga_solar_di_angola_22_orang_tewas.txt"
PMI_EN = "en_02_thestar_malaysia_indonesia_agree_joint_task_force_on_migrant_workers.txt"
PMI_ID = "id_02_idntimes_ri_dan_malaysia_sepakat_bentuk_satgas_bersama_pekerja_migran.txt"
KETAPANG = "id_03_okezone_gakkum_kehutanan_sita_ratusan_kubik_kayu_ilegal_di_ketapang.txt"
TEBO = "id_04_mediaindonesia_gakkum_kehutanan_tangkap_tiga_pembalak_liar_di_bukit_tigapuluh.txt"

SHARED_ANGOLA = [
    "taxi_strike_begins_2025_07_28",
    "police_arrest_1214_2025_07_28",
    "police_fire_tear_gas_2025_07_28",
    "homem_announces_toll_2025_07_30",
    "unita_accuses_police_2025_07_29",
]
SHARED_PMI = [
    "sim_karding_meet_2025_10_16",
    "agree_joint_task_force_2025_10_16",
    "karding_to_meet_saifuddin_2025_10_17",
    "indonesia_freezes_worker_sending_2022_07",
]
ALONE = [
    (KETAPANG, "gakkum_raids_sawmill_seizes_timber_2025_09_16"),
    (TEBO, "gakkum_arrests_three_loggers_2025_11_06"),
    (KETAPANG, "gakkum_names_two_suspects_2025_09_19"),
    (TEBO, "gakkum_names_three_suspects_2025_11_08"),
    (KETAPANG, "suspects_detained_2025_09_19"),
    (TEBO, "suspects_detained_polda_jambi_2025_11_08"),
    (ANGOLA_EN, "police_disperse_july12_protest_2025_07_12"),
    ("en_03_guardian_hamas_frees_us_israeli_hostage_edan_alexander.txt", "hamas_releases_alexander_2025_05_12"),
    (
        "en_04_independent_judge_dismisses_terrorism_charges_against_luigi_mangione.txt",
        "carro_dismisses_terrorism_counts_2025_09_16",
    ),
    ("en_05_nhkworld_tokyo_court_orders_unification_church_to_disband.txt", "court_orders_dissolution_2025_03_25"),
    (
        "id_05_merdeka_polda_ntt_tetapkan_anggota_dprd_kabupaten_kupang_tersangka_narkoba.txt",
        "polda_ntt_arrests_councillor_2025_11_08",
    ),
    (
        "id_06_suara_kapal_wisata_terbalik_di_pulau_tikus_bengkulu_nakhoda_jadi_tersangka.txt",
        "polda_names_captain_suspect_2025_05_13",
    ),
    (
        "id_07_jawapos_sopir_truk_mogok_tolak_zero_odol_khofifah_temui_perwakilan.txt",
        "truck_drivers_strike_and_rally_2025_06_19",
    ),
]

groups = [[[ANGOLA_EN, gid], [ANGOLA_ID, gid]] for gid in SHARED_ANGOLA]
groups += [[[PMI_EN, gid], [PMI_ID, gid]] for gid in SHARED_PMI]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
