"""clusters.json: two positive pairs (Hurricane Melissa in eastern Cuba, 29-30 Oct 2025, and the offers of
aid, Guardian and Republika; the West Sumatra floods, BNPB's visit to Agam on 29 Nov and the aid of 29-30 Nov
2025, Jakarta Globe and Media Indonesia) and one negative pair.

The negative pair is two immigration actions against foreign workers on visit visas: six Russians held in
Canggu on 28 Aug and deported from Bali on 11 Sep 2025 (SINDOnews), and 24 Chinese nationals held at a Batam
shipyard on 3 Nov 2025 and due for deportation the week after (Tribunnews). Same kind of act, different
province, date and group, and neither page recalls the other, so each stays alone. The main events of every
single page are listed alone too, so that arrests, statements or aid merged across pages count as errors."""

from common import write_clusters

CUBA_EN = "en_01_guardian_cuba_counts_cost_of_hurricane_melissa_as_diaz_canel_tours_santiago.txt"
CUBA_ID = "id_01_republika_badai_melissa_terjang_kuba_diaz_canel_tinjau_santiago.txt"
SUMBAR_EN = "en_02_jakartaglobe_bnpb_chief_visits_agam_as_west_sumatra_flood_toll_rises.txt"
SUMBAR_ID = "id_02_mediaindonesia_kepala_bnpb_tinjau_galodo_di_agam.txt"
BALI = "id_03_sindonews_imigrasi_ngurah_rai_deportasi_enam_wn_rusia.txt"
BATAM = "id_04_tribunnews_imigrasi_batam_amankan_24_wn_china_di_galangan_kapal.txt"
KEJATI = "id_05_idntimes_kejati_sulsel_tahan_tiga_tersangka_korupsi_bibit_nanas.txt"
BANDUNG = "id_06_jawapos_polisi_tembakkan_gas_air_mata_di_kawasan_kampus_unisba.txt"
LABUAN_BAJO = "id_07_okezone_polisi_periksa_nakhoda_km_putri_sakinah_yang_tenggelam_di_labuan_bajo.txt"
SPAIN = "en_03_france24_spain_supreme_court_convicts_attorney_general_garcia_ortiz.txt"
TAJIK = "en_04_dw_tajikistan_says_gunmen_from_afghanistan_kill_two_more_chinese_workers.txt"
AOMORI = "en_05_japantimes_magnitude_7_5_quake_off_aomori_prompts_first_megaquake_advisory.txt"

SHARED_CUBA = [
    "diaz_canel_address_2025_10_29",
    "diaz_canel_visits_santiago_2025_10_30",
    "us_offers_aid_2025_10_29",
    "rodriguez_replies_to_us_2025_10_30",
    "mexico_pledges_aid_ship_2025_10_30",
]
SHARED_SUMBAR = [
    "suharyanto_visits_agam_2025_11_29",
    "bnpb_to_send_helicopters_2025_11_29",
    "mahyeldi_asks_central_government_2025_11_29",
    "social_minister_delivers_aid_2025_11_30",
]
ALONE = [
    (BALI, "imigrasi_deports_six_russians_2025_09_11"),
    (BATAM, "imigrasi_batam_detains_24_chinese_2025_11_03"),
    (BALI, "imigrasi_detains_six_russians_2025_08_28"),
    (BATAM, "imigrasi_batam_to_deport_24_chinese"),
    (CUBA_EN, "venezuela_aid_flight_2025_10_30"),
    (KEJATI, "kejati_names_and_detains_three_2025_10_14"),
    (BANDUNG, "police_fire_tear_gas_at_campus_2025_09_01"),
    (BANDUNG, "police_arrest_42_2025_09_01"),
    (LABUAN_BAJO, "polres_questions_captain_and_crew_2025_12_27"),
    (LABUAN_BAJO, "ksop_suspends_operator_permits_2025_12_28"),
    (SPAIN, "court_convicts_garcia_ortiz_2025_11_20"),
    (TAJIK, "gunmen_kill_two_chinese_workers_2025_11_30"),
    (TAJIK, "china_condemns_attacks_2025_12_01"),
    (AOMORI, "sdf_dispatched_to_aomori_2025_12_09"),
    (AOMORI, "us_ambassador_offers_help_2025_12_09"),
]

groups = [[[CUBA_EN, gid], [CUBA_ID, gid]] for gid in SHARED_CUBA]
groups += [[[SUMBAR_EN, gid], [SUMBAR_ID, gid]] for gid in SHARED_SUMBAR]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
