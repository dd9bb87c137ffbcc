"""clusters.json: two positive pairs (the drone sightings over Copenhagen, Oslo and Aalborg airports of 22-25 Sept
2025, Frederiksen's remarks and the Kremlin's denial, The Guardian and Republika; the Cebu earthquake, Marcos's visit
to Bogo on 2 Oct 2025 and the first foreign aid, The Straits Times and Okezone) and one negative pair.

The negative pair is two police raids on illegal gold mines (PETI): Polda Kalbar in Sintang, West Kalimantan, on
16 Sept 2025 (Tribunnews) and Polda Jambi in Merangin, Jambi, on 6 Nov 2025 (Jawa Pos): the same kind of act by
provincial police against miners and financiers, seven weeks and two provinces apart, and neither page recalls the
other, so each stays alone. The main event of every single page is listed alone too."""

from common import write_clusters

DRONES_EN = "en_01_guardian_drone_sightings_shut_copenhagen_and_oslo_airports.txt"
DRONES_ID = "id_01_republika_drone_misterius_lumpuhkan_bandara_kopenhagen_dan_oslo.txt"
CEBU_EN = "en_02_straitstimes_marcos_visits_quake_hit_bogo_as_aid_arrives.txt"
CEBU_ID = "id_02_okezone_marcos_kunjungi_bogo_korban_gempa_cebu_jadi_72_orang.txt"
SINTANG = "id_03_tribunnews_polda_kalbar_gerebek_tambang_emas_ilegal_di_sintang.txt"
MERANGIN = "id_04_jawapos_polda_jambi_tangkap_penambang_emas_ilegal_di_merangin.txt"

SHARED_DRONES = [
    "drones_shut_copenhagen_airport_2025_09_22",
    "frederiksen_points_at_russia_2025_09_23",
    "kremlin_denies_involvement_2025_09_24",
    "drones_close_aalborg_airport_2025_09_24",
    "poulsen_calls_it_hybrid_attack_2025_09_25",
]
SHARED_CEBU = [
    "marcos_visits_bogo_2025_10_02",
    "japan_sends_relief_goods_2025_10_02",
    "south_korea_pledges_aid_2025_10_02",
    "us_military_airlifts_aid_2025_10_02",
]
ALONE = [
    (SINTANG, "polda_kalbar_raids_sintang_mine_2025_09_16"),
    (MERANGIN, "polda_jambi_arrests_nine_2025_11_06"),
    (SINTANG, "three_financiers_named_suspects_detained"),
    (MERANGIN, "nine_named_suspects"),
    (DRONES_EN, "russian_jets_violate_estonia_airspace_2025_09_19"),
    (
        "en_03_aljazeera_taliban_restore_internet_after_nationwide_shutdown.txt",
        "taliban_shut_down_internet_2025_09_29",
    ),
    (
        "en_04_independent_gunmen_abduct_25_schoolgirls_in_kebbi_nigeria.txt",
        "gunmen_abduct_kebbi_schoolgirls_2025_11_17",
    ),
    (
        "en_05_dw_bundestag_passes_new_military_service_law.txt",
        "students_protest_military_service_2025_12_05",
    ),
    (
        "id_05_sindonews_jepang_kerahkan_pasukan_ke_akita_hadapi_serangan_beruang.txt",
        "japan_deploys_sdf_to_akita_2025_11_05",
    ),
    (
        "id_06_mediaindonesia_iaea_gencatan_senjata_lokal_listrik_pltn_zaporizhzhia_pulih.txt",
        "russia_ukraine_agree_local_ceasefire_2025_10_18",
    ),
    (
        "id_07_voaindonesia_herminie_menangi_pilpres_seychelles.txt",
        "ramkalawan_concedes_2025_10_12",
    ),
]

groups = [[[DRONES_EN, gid], [DRONES_ID, gid]] for gid in SHARED_DRONES]
groups += [[[CEBU_EN, gid], [CEBU_ID, gid]] for gid in SHARED_CEBU]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
