"""clusters.json: two positive pairs (the US-Ukraine talks in Geneva on the 28-point plan, 23 Nov 2025, and the
events around them, Guardian and Republika; the Chinese radar lock-on near Okinawa on 6 Dec 2025 and Japan's
protest on 7 Dec, NHK World and SINDOnews) and one negative pair.

The negative pair is two protests outside provincial councils dispersed by police: students against the new KUHAP
at the DPRD Sumut in Medan on 20 Nov 2025 (Tribun Medan) and workers demanding a higher 2026 minimum wage at the
DPRD Jateng in Semarang on 10 Dec 2025 (Suara.com): same kind of act (a protest, a dispersal, detentions), other
provinces and weeks, and neither page recalls the other, so each stays alone. The main events of every single page
are listed alone too, so that two arrests, charges or sanctions merged across pages count as errors."""

from common import write_clusters

GENEVA_EN = "en_01_guardian_us_and_ukraine_hold_talks_in_geneva_on_peace_plan.txt"
GENEVA_ID = "id_01_republika_as_dan_ukraina_gelar_perundingan_di_jenewa.txt"
RADAR_EN = "en_02_nhkworld_japan_protests_chinese_jets_radar_lock.txt"
RADAR_ID = "id_02_sindonews_jepang_protes_jet_china_kunci_radar.txt"
MEDAN = "id_03_tribunnews_demo_tolak_kuhap_di_dprd_sumut_ricuh.txt"
SEMARANG = "id_04_suara_demo_buruh_tuntut_ump_di_dprd_jateng_dibubarkan.txt"
GUARD = "en_03_independent_national_guard_members_shot_near_white_house.txt"
TANKER = "en_04_france24_us_seizes_oil_tanker_off_venezuela.txt"
PRINCE = "en_05_straitstimes_us_uk_sanction_cambodia_prince_group_chen_zhi.txt"
SEMERU = "id_05_merdeka_semeru_erupsi_status_awas_warga_mengungsi.txt"
SARKOZY = "id_06_mediaindonesia_sarkozy_mulai_jalani_hukuman_di_penjara_la_sante.txt"
DELPEDRO = "id_07_idntimes_polisi_tangkap_direktur_lokataru_delpedro_marhaen.txt"

SHARED_GENEVA = [
    "us_ukraine_talks_geneva_2025_11_23",
    "trump_accuses_ukraine_2025_11_23",
    "driscoll_presents_plan_kyiv_2025_11_20",
    "putin_says_plan_basis_2025_11_21",
    "e3_advisers_meet_ukraine_2025_11_23",
]
SHARED_RADAR = [
    "radar_lock_2025_12_06",
    "japan_protests_to_china_2025_12_07",
    "koizumi_calls_acts_dangerous_2025_12_07",
    "china_navy_accuses_japan_2025_12_07",
]
ALONE = [
    (MEDAN, "students_protest_dprd_sumut_2025_11_20"),
    (SEMARANG, "workers_protest_dprd_jateng_2025_12_10"),
    (MEDAN, "police_disperse_students_medan_2025_11_20"),
    (SEMARANG, "police_disperse_workers_semarang_2025_12_10"),
    (MEDAN, "police_detain_17_students_2025_11_20"),
    (SEMARANG, "police_detain_nine_workers_2025_12_10"),
    (GUARD, "gunman_shoots_guard_members_2025_11_26"),
    (GUARD, "uscis_halts_afghan_requests_2025_11_26"),
    (TANKER, "us_seizes_tanker_skipper_2025_12_10"),
    (PRINCE, "us_sanctions_prince_group_2025_10_14"),
    (PRINCE, "us_indicts_chen_zhi_2025_10_14"),
    (SEMERU, "bpbd_evacuates_residents_2025_11_19"),
    (SARKOZY, "sarkozy_jailed_la_sante_2025_10_21"),
    (DELPEDRO, "polda_arrests_delpedro_2025_09_01"),
]

groups = [[[GENEVA_EN, gid], [GENEVA_ID, gid]] for gid in SHARED_GENEVA]
groups += [[[RADAR_EN, gid], [RADAR_ID, gid]] for gid in SHARED_RADAR]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
