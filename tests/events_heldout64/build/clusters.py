"""clusters.json: two positive pairs (the Myanmar junta's raid on KK Park, 18-19 Oct 2025, and Thailand taking in
those who fled to Mae Sot from 22 Oct, The Straits Times and Republika; the Ghana helicopter crash of 6 Aug 2025:
Mahama's national mourning, the armed forces' inquiry and the AU's condolences, The Independent and SINDOnews)
and one negative pair.

The negative pair is two road crashes with the police questioning the driver: the truck at the Ciawi 2 toll gate,
Bogor, West Java, on 4-5 Feb 2025 (Okezone) and the bus at the Krapyak toll exit, Semarang, Central Java, on
22 Dec 2025 (Tribunnews): same kind of act by similar actors (police and the transport ministry), ten months and
two provinces apart, and neither page recalls the other, so each stays alone. The main event of every single page
is listed alone too, so that two arrests, statements or aid deliveries merged across pages count as errors."""

from common import write_clusters

KK_EN = "en_01_straitstimes_myanmar_junta_raids_kk_park_as_hundreds_flee_to_thailand.txt"
KK_ID = "id_01_republika_junta_myanmar_gerebek_kk_park_ribuan_orang_kabur_ke_thailand.txt"
GHANA_EN = "en_02_independent_ghana_defence_and_environment_ministers_killed_in_helicopter_crash.txt"
GHANA_ID = "id_02_sindonews_menhan_dan_menteri_lingkungan_ghana_tewas_dalam_kecelakaan_helikopter.txt"
CIAWI = "id_03_okezone_truk_rem_blong_tabrak_antrean_di_gerbang_tol_ciawi_polisi_periksa_sopir.txt"
KRAPYAK = "id_04_tribunnews_bus_terguling_di_exit_tol_krapyak_semarang_polisi_periksa_sopir.txt"

SHARED_KK = ["junta_raids_kk_park_2025_10_18", "thailand_takes_in_fleeing_workers_2025_10_22"]
SHARED_GHANA = [
    "mahama_declares_national_mourning_2025_08_06",
    "armed_forces_open_inquiry_2025_08_07",
    "au_condolences_to_ghana_2025_08_07",
]
ALONE = [
    (CIAWI, "police_question_truck_driver_2025_02_05"),
    (KRAPYAK, "polda_jateng_questions_bus_driver_2025_12_22"),
    (CIAWI, "dudy_visits_site_urges_odol_action_2025_02_05"),
    (KRAPYAK, "kemenhub_freezes_bus_permit_2025_12_22"),
    (KK_EN, "spacex_disables_starlink_kits_2025_10_22"),
    (KK_ID, "kbri_sends_team_to_mae_sot_2025_10_23"),
    (GHANA_EN, "tinubu_calls_mahama_2025_08_07"),
    (
        "en_03_france24_protesters_force_their_way_into_cop30_venue_in_belem.txt",
        "protesters_force_way_into_cop30_2025_11_11",
    ),
    (
        "en_04_dw_spain_portugal_blackout_sanchez_demands_accountability.txt",
        "sanchez_vows_to_hold_operators_accountable_2025_04_29",
    ),
    (
        "en_05_guardian_ugandan_police_fire_teargas_at_bobi_wine_supporters.txt",
        "police_fire_teargas_at_wine_supporters_2025_10_07",
    ),
    ("id_05_bisnis_pemerintah_cabut_empat_iup_nikel_di_raja_ampat.txt", "government_revokes_four_iups_2025_06_10"),
    ("id_06_merdeka_kpk_tahan_bupati_bekasi_dan_ayahnya_usai_ott.txt", "kpk_detains_ade_kuswara_2025_12_20"),
    (
        "id_07_suara_basarnas_evakuasi_jenazah_pendaki_brasil_juliana_marins_dari_rinjani.txt",
        "basarnas_evacuates_hiker_body_2025_06_25",
    ),
]

groups = [[[KK_EN, gid], [KK_ID, gid]] for gid in SHARED_KK]
groups += [[[GHANA_EN, gid], [GHANA_ID, gid]] for gid in SHARED_GHANA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
