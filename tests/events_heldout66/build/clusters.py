"""clusters.json: two positive pairs (the crowd pelting King Felipe VI, Sánchez and Mazón with mud in Paiporta on
3 Nov 2024, The Guardian and Okezone; the Myanmar earthquake of 28 Mar 2025, the junta's appeal and the rescue
teams of 29 Mar, SCMP and VOA Indonesia) and one negative pair.

The negative pair is two villagers' protests against palm oil companies broken up by police: the blockade of a
plantation road in Desa Bangkal, Seruyan (Central Kalimantan), dispersed with nine people held on 14 May 2025
(Merdeka), and the occupation of a plantation in Desa Pantai Raja, Kampar (Riau), dispersed with 14 arrests on
9 Sept 2025 (Media Indonesia): same kind of act by similar actors, four months and two provinces apart, and
neither page recalls the other, so each stays alone. The main event of every single page is listed alone too,
so that two releases, meetings or visits merged across pages count as errors."""

from common import write_clusters

VALENCIA_EN = "en_01_guardian_spanish_king_pelted_with_mud_in_flood_hit_paiporta.txt"
VALENCIA_ID = "id_01_okezone_raja_felipe_dan_pm_sanchez_dilempari_lumpur_di_paiporta.txt"
QUAKE_EN = "en_02_scmp_china_india_russia_send_rescuers_as_myanmar_junta_appeals_for_aid.txt"
QUAKE_ID = "id_02_voaindonesia_junta_myanmar_minta_bantuan_asing_tim_china_india_rusia_tiba.txt"
SERUYAN = "id_03_merdeka_polisi_bubarkan_aksi_warga_tolak_perusahaan_sawit_di_seruyan.txt"
KAMPAR = "id_04_mediaindonesia_blokade_kebun_sawit_di_kampar_dibubarkan_14_warga_ditangkap.txt"

SHARED_VALENCIA = [
    "crowd_pelts_king_with_mud_2024_11_03",
    "sanchez_car_attacked_2024_11_03",
    "felipe_talks_to_residents_2024_11_03",
    "sanchez_sends_troops_and_police_2024_11_02",
    "police_investigate_car_attack_2024_11_03",
]
SHARED_QUAKE = [
    "junta_appeals_for_aid_2025_03_28",
    "china_sends_rescue_team_2025_03_29",
    "india_sends_relief_flight_2025_03_29",
    "russia_sends_rescuers_2025_03_29",
    "malaysia_singapore_send_teams_2025_03_29",
    "junta_air_strike_naungcho_2025_03_28",
]
ALONE = [
    (SERUYAN, "police_disperse_seruyan_blockade_2025_05_14"),
    (KAMPAR, "police_disperse_kampar_occupation_2025_09_09"),
    (SERUYAN, "police_detain_nine_2025_05_14"),
    (KAMPAR, "police_arrest_fourteen_2025_09_09"),
    (SERUYAN, "villagers_blockade_company_road_2025_05_12"),
    (KAMPAR, "villagers_occupy_plantation_2025_09_07"),
    (
        "id_05_sindonews_tom_lembong_dan_hasto_bebas_usai_prabowo_teken_abolisi_dan_amnesti.txt",
        "lembong_and_hasto_freed_2025_08_01",
    ),
    (
        "id_06_idntimes_pemerintah_putuskan_empat_pulau_sengketa_milik_aceh.txt",
        "government_rules_islands_belong_to_aceh_2025_06_17",
    ),
    (
        "id_07_bisnis_kejagung_tetapkan_dirjen_anggaran_isa_rachmatarwata_tersangka_jiwasraya.txt",
        "kejagung_names_isa_suspect_2025_02_07",
    ),
    (
        "en_03_straitstimes_hajiji_sworn_in_as_sabah_chief_minister_after_grs_win.txt",
        "hajiji_sworn_in_before_governor_2025_11_30",
    ),
    ("en_04_independent_trump_visits_kerrville_after_deadly_texas_floods.txt", "trump_visits_kerrville_2025_07_11"),
    (
        "en_05_france24_trump_signs_bill_ending_longest_us_government_shutdown.txt",
        "trump_signs_funding_bill_2025_11_12",
    ),
]

groups = [[[VALENCIA_EN, gid], [VALENCIA_ID, gid]] for gid in SHARED_VALENCIA]
groups += [[[QUAKE_EN, gid], [QUAKE_ID, gid]] for gid in SHARED_QUAKE]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
