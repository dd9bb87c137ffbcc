"""clusters.json: two positive pairs (the Warsaw-Lublin rail sabotage of 15-16 Nov 2025 and Tusk's accusation,
Reuters and Kompas; the Ukrainian sea-drone strikes on two tankers and the CPC terminal and Kazakhstan's
protest, 28-29 Nov 2025, AFP and CNN Indonesia) and one negative pair.

The negative pair is Prabowo's two flood visits in Sumatra: Tapanuli Tengah on 1 Dec 2025 (Antara) and Aceh
Tamiang on 7 Dec 2025 (Kumparan): same actor, same kind of act (a visit to evacuees, aid, a regional appeal),
six days apart, and neither page recalls the other, so each stays alone. The main event of every single page
is listed alone too, so that two aid deliveries, signings or strikes merged across pages count as errors."""

from common import write_clusters

POLAND_EN = "en_01_reuters_poland_charges_two_ukrainians_over_rail_sabotage.txt"
POLAND_ID = "id_01_kompas_polandia_dakwa_dua_warga_ukraina_sabotase_rel.txt"
SEA_EN = "en_02_afp_kazakhstan_protests_ukraine_drone_attack_on_cpc_terminal.txt"
SEA_ID = "id_02_cnnindonesia_kazakhstan_protes_ukraine_usai_serangan_drone_laut.txt"
TAPTENG = "id_03_antara_prabowo_tinjau_korban_banjir_tapanuli_tengah.txt"
ACEH = "id_04_kumparan_prabowo_kunjungi_pengungsi_banjir_di_aceh.txt"

SHARED_POLAND = ["rail_sabotage_blast_2025_11_15", "tusk_blames_russia_2025_11_18"]
SHARED_SEA = [
    "kazakhstan_protests_to_ukraine_2025_11_29",
    "drones_hit_cpc_terminal_2025_11_29",
    "sea_drones_hit_tankers_2025_11_28",
]
ALONE = [
    (TAPTENG, "prabowo_visits_tapanuli_tengah_2025_12_01"),
    (ACEH, "prabowo_visits_aceh_tamiang_2025_12_07"),
    (TAPTENG, "government_airdrops_aid_2025_12_01"),
    (ACEH, "malaysia_sends_aid_aceh_2025_12_06"),
    (TAPTENG, "dpr_urges_national_disaster_2025_11_30"),
    (ACEH, "mualem_asks_heavy_equipment_2025_12_06"),
    (POLAND_ID, "prosecutors_charge_two_ukrainians_2025_11_19"),
    ("en_03_ap_hurricane_melissa_jamaica_appeals_for_aid.txt", "uk_emergency_funding_2025_10_29"),
    (
        "en_04_aljazeera_trump_declares_venezuelan_airspace_closed.txt",
        "trump_declares_airspace_closed_2025_11_29",
    ),
    ("en_05_cna_myanmar_votes_in_junta_run_election.txt", "sagaing_air_strike_2025_12_27"),
    (
        "id_05_liputan6_india_kirim_bantuan_ke_sri_lanka_usai_siklon_ditwah.txt",
        "india_ships_deliver_aid_2025_11_28",
    ),
    ("id_06_tempo_kongo_dan_m23_teken_kerangka_damai_di_doha.txt", "drc_m23_sign_doha_framework_2025_11_15"),
    ("id_07_detik_polisi_periksa_nakhoda_kmp_tunu_pratama_jaya.txt", "polda_jatim_questions_crew_2025_07_04"),
]

groups = [[[POLAND_EN, gid], [POLAND_ID, gid]] for gid in SHARED_POLAND]
groups += [[[SEA_EN, gid], [SEA_ID, gid]] for gid in SHARED_SEA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
