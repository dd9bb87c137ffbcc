"""clusters.json: two positive pairs (Typhoon Ragasa in Taiwan and Guangdong, 23-24 Sept 2025, The Guardian and
IDN Times; the Khyber Pakhtunkhwa floods, the army's rescue in Buner and China's aid, 16-17 Aug 2025, DW and
SINDOnews) and one negative pair.

The negative pair is two trafficking rings broken up by provincial police: Polda Kepri's arrests in Batam on
11 Mar 2025 (migrants bound for Malaysia, Tribunnews) and Polda NTB's arrests in Lombok on 19 Jul 2025 (women
bound for Saudi Arabia, Okezone): same kind of act by the same kind of actor, four months and a sea apart, and
neither page recalls the other, so each stays alone. The main event of every single page is listed alone too,
so that two arrests, rulings or statements merged across pages count as errors."""

from common import write_clusters

RAGASA_EN = "en_01_guardian_typhoon_ragasa_barrier_lake_floods_hualien.txt"
RAGASA_ID = "id_01_idntimes_topan_ragasa_danau_jebol_di_hualien_14_tewas.txt"
FLOODS_EN = "en_02_dw_pakistan_floods_buner_rescue_foreign_aid.txt"
FLOODS_ID = "id_02_sindonews_banjir_bandang_pakistan_344_tewas_militer_dikerahkan.txt"
KEPRI = "id_03_tribunnews_polda_kepri_bongkar_jaringan_tppo_pmi_ilegal_ke_malaysia.txt"
NTB = "id_04_okezone_polda_ntb_tangkap_perekrut_tkw_ilegal_ke_arab_saudi.txt"

SHARED_RAGASA = [
    "taiwan_troops_to_guangfu_2025_09_24",
    "cho_orders_evacuation_probe_2025_09_24",
    "kmt_accuses_central_government_2025_09_24",
    "guangdong_evacuates_1_9_million_2025_09_24",
]
SHARED_FLOODS = [
    "army_deploys_to_buner_2025_08_16",
    "shehbaz_orders_relief_2025_08_16",
    "gandapur_promises_compensation_2025_08_16",
    "xi_condolences_to_zardari_2025_08_17",
    "china_pledges_emergency_aid_2025_08_17",
]
ALONE = [
    (KEPRI, "polda_kepri_arrests_three_traffickers_2025_03_11"),
    (NTB, "polda_ntb_arrests_two_recruiters_2025_07_19"),
    (KEPRI, "victims_handed_to_bp3mi_2025_03_12"),
    (NTB, "iqbal_warns_residents_2025_07_21"),
    (RAGASA_EN, "xi_orders_all_out_efforts_2025_09_23"),
    (
        "en_03_ap_minneapolis_annunciation_church_shooting_kills_two_children.txt",
        "westman_fires_on_church_2025_08_27",
    ),
    (
        "en_04_france24_african_union_suspends_madagascar_after_military_takeover.txt",
        "au_suspends_madagascar_2025_10_15",
    ),
    (
        "en_04_france24_african_union_suspends_madagascar_after_military_takeover.txt",
        "randrianirina_seizes_power_2025_10_14",
    ),
    (
        "en_05_independent_famine_confirmed_in_gaza_city_israel_rejects_ipc.txt",
        "ipc_confirms_famine_2025_08_22",
    ),
    (
        "en_05_independent_famine_confirmed_in_gaza_city_israel_rejects_ipc.txt",
        "netanyahu_rejects_famine_finding_2025_08_22",
    ),
    (
        "id_05_suara_eks_wali_kota_palembang_harnojoyo_divonis_6_tahun_korupsi_pasar_cinde.txt",
        "court_sentences_harnojoyo_2025_12_04",
    ),
    (
        "id_06_republika_tebing_galian_gunung_kuda_cirebon_longsor_polisi_tetapkan_tersangka.txt",
        "police_name_quarry_suspects_2025_06_01",
    ),
    ("id_07_bisnis_dpr_sahkan_revisi_uu_bumn_kementerian_jadi_badan.txt", "dpr_passes_bumn_law_2025_10_02"),
]

groups = [[[RAGASA_EN, gid], [RAGASA_ID, gid]] for gid in SHARED_RAGASA]
groups += [[[FLOODS_EN, gid], [FLOODS_ID, gid]] for gid in SHARED_FLOODS]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
