"""clusters.json: two positive pairs (Trump's national guard deployment to Illinois and Judge Perry's order
blocking it, 4-9 Oct 2025, The Guardian and Republika; the M8.8 Kamchatka earthquake's tsunami warnings and
evacuations, 29-30 Jul 2025, The Straits Times and Okezone) and one negative pair.

The negative pair is two separate land-burning cases: Riau police arresting a farmer in Rokan Hilir on
19 Jul 2025 (Tribun Pekanbaru, 22 Jul) and West Kalimantan police catching a farmer in Kubu Raya on 10 Aug
2025 and naming 12 suspects (Suara, 14 Aug): same kind of act by the same kind of actor, three weeks and two
provinces apart, and neither page recalls the other, so each stays alone. The main event of every single
page is listed alone too, so that two arrests, rulings or statements merged across pages count as errors."""

from common import write_clusters

GUARD_EN = "en_01_guardian_judge_blocks_trump_national_guard_deployment_in_illinois.txt"
GUARD_ID = "id_01_republika_hakim_blokir_pengerahan_garda_nasional_di_illinois.txt"
QUAKE_EN = "en_02_straitstimes_massive_kamchatka_quake_triggers_tsunami_warnings_across_pacific.txt"
QUAKE_ID = "id_02_okezone_gempa_m8_8_kamchatka_picu_peringatan_tsunami_jepang_hingga_indonesia.txt"
RIAU = "id_03_tribunnews_polda_riau_tangkap_pembakar_lahan_di_rokan_hilir.txt"
KALBAR = "id_04_suara_polda_kalbar_tetapkan_tersangka_karhutla_kubu_raya.txt"

SHARED_GUARD = [
    "judge_blocks_deployment_2025_10_09",
    "trump_federalises_illinois_guard_2025_10_04",
    "illinois_chicago_sue_2025_10_06",
    "trump_says_pritzker_johnson_jail_2025_10_08",
    "texas_troops_arrive_elwood_2025_10_07",
    "white_house_appeals_2025_10_09",
]
SHARED_QUAKE = [
    "japan_orders_evacuations_2025_07_30",
    "ishiba_urges_vigilance_2025_07_30",
    "severo_kurilsk_evacuated_2025_07_30",
    "bmkg_issues_tsunami_warning_2025_07_30",
    "hawaii_orders_coastal_evacuation_2025_07_29",
]
ALONE = [
    (RIAU, "polda_riau_arrests_farmer_2025_07_19"),
    (KALBAR, "polda_kalbar_catches_hr_2025_08_10"),
    (RIAU, "polda_riau_charges_farmer_2025_07_22"),
    (KALBAR, "polda_kalbar_names_12_suspects_2025_08_14"),
    (
        "en_03_france24_sri_lanka_police_arrest_former_president_ranil_wickremesinghe.txt",
        "police_arrest_wickremesinghe_2025_08_22",
    ),
    ("en_04_nikkeiasia_taiwan_recall_vote_fails_to_unseat_kmt_lawmakers.txt", "voters_reject_recall_2025_07_26"),
    (
        "en_05_dw_hong_kong_court_convicts_jimmy_lai_western_governments_react.txt",
        "court_convicts_jimmy_lai_2025_12_15",
    ),
    ("id_05_sindonews_kpk_cegah_yaqut_ke_luar_negeri_kasus_kuota_haji.txt", "kpk_bars_yaqut_travel_2025_08_11"),
    (
        "id_06_merdeka_kapal_km_barcelona_terbakar_di_perairan_minahasa_utara.txt",
        "rescuers_evacuate_passengers_2025_07_20",
    ),
    (
        "id_07_jawapos_erupsi_lewotobi_laki_laki_puluhan_penerbangan_bali_dibatalkan.txt",
        "airlines_cancel_bali_flights_2025_07_07",
    ),
]

groups = [[[GUARD_EN, gid], [GUARD_ID, gid]] for gid in SHARED_GUARD]
groups += [[[QUAKE_EN, gid], [QUAKE_ID, gid]] for gid in SHARED_QUAKE]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
