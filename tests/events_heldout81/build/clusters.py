"""clusters.json: two positive pairs (the Chinese coastguard ramming of the BRP Datu Pagbuaya near Pag-asa on
12 Oct 2025 and the protests of 12-13 Oct, The Guardian and Republika; Chinese Premier Li Qiang's visit to
Jakarta, 24-26 May 2025, SCMP and Okezone) and one negative pair.

The negative pair is two online-investment-fraud rings broken up by regional police: Polda Jateng's arrests in
Semarang and Sukoharjo on 7 Aug 2025 (IDN Times) and Polda Sumut's arrests in Medan on 21 Oct 2025
(SindoNews): same kind of act (arrests, charges, a press conference accusing the suspects), different
provinces and dates, and neither page recalls the other, so each stays alone. The main event of every single
page is listed alone too, so that two arrests, visits or expulsions merged across pages count as errors."""

from common import write_clusters

PAGASA_EN = "en_01_guardian_chinese_coastguard_rams_philippine_vessel_near_thitu_island.txt"
PAGASA_ID = "id_01_republika_kapal_coast_guard_china_tabrak_kapal_filipina_dekat_pag_asa.txt"
LI_EN = "en_02_scmp_li_qiang_and_prabowo_sign_deals_in_jakarta.txt"
LI_ID = "id_02_okezone_prabowo_terima_pm_china_li_qiang_di_istana_merdeka.txt"
JATENG = "id_03_idntimes_polda_jateng_bongkar_penipuan_investasi_kripto_bodong.txt"
SUMUT = "id_04_sindonews_polda_sumut_tangkap_enam_pelaku_penipuan_trading_online.txt"

SHARED_PAGASA = [
    "cg_rams_datu_pagbuaya_2025_10_12",
    "china_cg_accuses_ph_ramming_2025_10_12",
    "nmc_condemns_china_2025_10_12",
    "dfa_summons_chinese_diplomat_2025_10_13",
    "china_lodges_representations_2025_10_13",
]
SHARED_LI = [
    "li_arrives_in_jakarta_2025_05_24",
    "prabowo_li_talks_2025_05_25",
    "prabowo_li_witness_12_agreements_2025_05_25",
    "li_to_fly_to_kuala_lumpur_2025_05_26",
]
ALONE = [
    (JATENG, "polda_jateng_arrests_four_2025_08_07"),
    (SUMUT, "polda_sumut_arrests_six_2025_10_21"),
    (JATENG, "polda_jateng_charges_suspects_2025_08_12"),
    (SUMUT, "polda_sumut_charges_six_2025_10_23"),
    (JATENG, "dwi_accuses_suspects_2025_08_12"),
    (SUMUT, "ferry_accuses_suspects_2025_10_23"),
    (PAGASA_EN, "scarborough_water_cannon_2025_09_16"),
    (LI_EN, "prabowo_beijing_trip_2024_11"),
    (
        "en_03_france24_peru_ex_president_humala_and_wife_sentenced_to_15_years.txt",
        "court_sentences_humala_heredia_2025_04_15",
    ),
    ("en_04_dw_rwanda_cuts_ties_with_belgium_expels_diplomats.txt", "rwanda_severs_ties_expels_belgians_2025_03_17"),
    (
        "en_05_nikkeiasia_nippon_steel_completes_us_steel_takeover_after_golden_share_deal.txt",
        "nippon_completes_us_steel_acquisition_2025_06_18",
    ),
    (
        "id_05_mediaindonesia_puting_beliung_terjang_jepara_bpbd_salurkan_bantuan.txt",
        "bpbd_distributes_logistics_2025_11_10",
    ),
    ("id_06_antara_kejati_papua_barat_tahan_mantan_kadinkes_teluk_bintuni.txt", "kejati_detains_ym_2025_12_04"),
    (
        "id_07_suara_petani_sawit_demo_di_kantor_gubernur_jambi_tuntut_harga_tbs.txt",
        "farmers_protest_at_governor_office_2025_07_16",
    ),
]

groups = [[[PAGASA_EN, gid], [PAGASA_ID, gid]] for gid in SHARED_PAGASA]
groups += [[[LI_EN, gid], [LI_ID, gid]] for gid in SHARED_LI]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
