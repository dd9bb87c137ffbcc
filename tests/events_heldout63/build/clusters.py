"""clusters.json: two positive pairs (the Air India AI171 crash in Ahmedabad and the day after, 12-13 June 2025,
The Independent and SINDOnews; the Gloria funicular derailment in Lisbon, national mourning and the inquiries,
3-4 Sept 2025, The Guardian and Republika) and one negative pair.

The negative pair is two Indonesian earthquakes: Poso, Central Sulawesi, on 17 Aug 2025 (IDN Times, the governor's
visit on 18 Aug) and the Bali Sea off Sumenep, East Java, on 30 Sept 2025 (Suara, the regent's visit to Sapudi on
2 Oct): the same kind of acts (BMKG reports, emergency status, officials visiting evacuees, aid sent), six weeks
and two provinces apart, and neither page recalls the other, so each stays alone. The main event of every single
page is listed alone too, so that two visits, aid deliveries or inquiries merged across pages count as errors."""

from common import write_clusters

AIR_EN = "en_01_independent_modi_visits_air_india_crash_site_as_black_box_found.txt"
AIR_ID = "id_01_sindonews_modi_kunjungi_lokasi_jatuhnya_air_india_kotak_hitam_ditemukan.txt"
LIS_EN = "en_02_guardian_lisbon_funicular_crash_portugal_declares_national_mourning.txt"
LIS_ID = "id_02_republika_funikular_gloria_di_lisboa_tergelincir_16_orang_tewas.txt"
POSO = "id_03_idntimes_gempa_m5_7_guncang_poso_gubernur_tinjau_pengungsi.txt"
SUMENEP = "id_04_suara_gempa_m6_guncang_sumenep_bupati_tinjau_pulau_sapudi.txt"

SHARED_AIR = [
    "modi_visits_crash_site_2025_06_13",
    "modi_meets_survivor_2025_06_13",
    "dgca_orders_787_checks_2025_06_13",
    "uk_sends_aaib_team_2025_06",
]
SHARED_LISBON = [
    "national_mourning_declared_2025_09_03",
    "prosecutors_open_inquiry_2025_09_04",
    "gpiaaf_opens_investigation_2025_09",
    "von_der_leyen_condolences_2025_09",
]
ALONE = [
    (POSO, "governor_visits_poso_evacuees_2025_08_18"),
    (SUMENEP, "fauzi_visits_sapudi_2025_10_02"),
    (POSO, "bnpb_sends_aid_to_poso_2025_08_18"),
    (SUMENEP, "khofifah_sends_team_and_aid_2025_10_01"),
    (POSO, "bmkg_reports_poso_quake_2025_08_17"),
    (SUMENEP, "bmkg_reports_sumenep_quake_2025_10"),
    (POSO, "poso_emergency_status_2025_08_17"),
    (SUMENEP, "sumenep_emergency_status_2025_10_01"),
    (
        "id_05_merdeka_setya_novanto_bebas_bersyarat_dari_lapas_sukamiskin.txt",
        "setnov_released_on_parole_2025_08_16",
    ),
    ("id_06_bisnis_danantara_siapkan_negosiasi_utang_whoosh_ke_china.txt", "danantara_to_negotiate_with_cdb_2025_11"),
    (
        "id_07_tribunnews_polisi_tetapkan_dirut_terra_drone_tersangka_kebakaran_kemayoran.txt",
        "police_name_terra_drone_director_suspect_2025_12_11",
    ),
    (
        "en_03_straitstimes_anutin_declares_emergency_in_songkhla_as_hat_yai_floods.txt",
        "anutin_apologises_for_flood_response_2025_11_27",
    ),
    ("en_04_dw_australia_social_media_ban_for_under_16s_takes_effect.txt", "australia_ban_takes_effect_2025_12_10"),
    (
        "en_05_france24_india_hands_red_fort_blast_probe_to_anti_terror_agency.txt",
        "nia_takes_over_red_fort_probe_2025_11_11",
    ),
]

groups = [[[AIR_EN, gid], [AIR_ID, gid]] for gid in SHARED_AIR]
groups.append([[AIR_EN, "tata_announces_compensation_2025_06_12"], [AIR_ID, "tata_announces_compensation_2025_06"]])
groups += [[[LIS_EN, gid], [LIS_ID, gid]] for gid in SHARED_LISBON]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
