"""clusters.json: two positive pairs (Witkoff and Kushner's Kremlin talks with Putin on 2 Dec 2025, The Guardian
and Republika; Pope Leo XIV's trip to Turkey and Lebanon, 27 Nov - 2 Dec 2025, France 24 and IDN Times) and one
negative pair.

The negative pair is two police raids on online-gambling operators: Polda Metro Jaya in Kembangan, Jakarta Barat,
on 10 Nov 2025 (Okezone) and Polda Sumut in Medan Sunggal on 25 Nov 2025 (Suara): same kind of act (a raid and
arrests by regional police, a request to a state agency, charges under the ITE law and Pasal 303), two weeks and
two cities apart, and neither page recalls the other, so each stays alone. The main event of every single page is
listed alone too, so that two raids, aid pledges or condemnations merged across pages count as errors."""

from common import write_clusters

MOSCOW_EN = "en_01_guardian_witkoff_and_kushner_meet_putin_in_moscow.txt"
MOSCOW_ID = "id_01_republika_putin_terima_witkoff_dan_kushner_di_kremlin.txt"
POPE_EN = "en_02_france24_pope_leo_prays_at_beirut_port_blast_site.txt"
POPE_ID = "id_02_idntimes_paus_leo_berdoa_di_lokasi_ledakan_pelabuhan_beirut.txt"
JAKARTA = "id_03_okezone_polda_metro_gerebek_markas_judi_online_di_jakarta_barat.txt"
MEDAN = "id_04_suara_polda_sumut_ungkap_jaringan_judi_online_di_medan.txt"

SHARED_MOSCOW = [
    "putin_meets_witkoff_kushner_2025_12_02",
    "ushakov_no_compromise_2025_12_02",
    "us_ukraine_talks_florida_2025_11_30",
    "putin_warns_europe_2025_12_02",
    "umerov_to_meet_envoys_2025_12_04",
]
SHARED_POPE = [
    "pope_prays_at_port_meets_families_2025_12_02",
    "pope_urges_lay_down_weapons_2025_12_02",
    "aoun_receives_pope_2025_11_30",
    "pope_meets_erdogan_2025_11_27",
    "israel_strike_kills_tabatabai_2025_11_23",
]
ALONE = [
    (JAKARTA, "polda_metro_raids_gambling_den_2025_11_10"),
    (MEDAN, "polda_sumut_raids_gambling_office_2025_11_25"),
    (JAKARTA, "police_ask_ppatk_trace_funds"),
    (MEDAN, "police_ask_komdigi_block_accounts"),
    (MOSCOW_EN, "macron_hosts_zelensky_2025_12_01"),
    (POPE_EN, "pope_joins_bartholomew_iznik_2025_11_28"),
    ("en_03_dw_eu_leaders_agree_90_billion_loan_for_ukraine.txt", "eu_agrees_loan_to_ukraine_2025_12_19"),
    (
        "en_04_straitstimes_kalmaegi_death_toll_rises_as_storm_hits_vietnam.txt",
        "singapore_pledges_aid_2025_11_06",
    ),
    ("en_05_independent_us_seizes_oil_tanker_off_venezuela.txt", "us_seizes_tanker_skipper_2025_12_10"),
    ("id_05_antara_semeru_erupsi_status_naik_ke_awas.txt", "bpbd_evacuates_residents_2025_11_19"),
    ("id_06_merdeka_israel_serbu_beit_jinn_suriah_13_warga_tewas.txt", "israel_raids_beit_jinn_2025_11_28"),
    ("id_07_tribunnews_drone_rsf_hantam_tk_di_kordofan_selatan.txt", "rsf_drone_hits_kindergarten_2025_12_04"),
]

groups = [[[MOSCOW_EN, gid], [MOSCOW_ID, gid]] for gid in SHARED_MOSCOW]
groups += [[[POPE_EN, gid], [POPE_ID, gid]] for gid in SHARED_POPE]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
