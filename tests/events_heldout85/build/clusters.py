"""clusters.json: two positive pairs (the sentencing of former Peruvian President Alejandro Toledo in Lima on
21 Oct 2024, Reuters and detikNews; the Chinese assault on Vietnamese fishermen near the Paracels on 29 Sep 2024
and the protest and denial that followed, CNA and Tempo) and one negative pair.

The negative pair is two drug-smuggling attempts foiled by Bea Cukai at international airports: Kualanamu stops
a passenger from Penang carrying sabu on 13 Mar 2025 and BNNP Sumut arrests the receiver in Medan (Liputan6);
Ngurah Rai stops a Brazilian carrying cocaine on 9 Jul 2025 and Polda Bali arrests a second Brazilian in Canggu
(Jawa Pos): same kind of act (customs seizure at an airport, courier detained, receiver arrested by police in a
follow-up, both charged under the narcotics law), different airports, agencies, drugs and dates, and neither
page recalls the other, so each stays alone. The main events of every single page are listed alone too, so that
merging two arrests, statements or aid deliveries across pages counts as an error."""

from common import write_clusters

TOLEDO_EN = "en_01_reuters_peru_ex_president_toledo_sentenced_to_20_years_in_odebrecht_case.txt"
TOLEDO_ID = "id_01_detik_eks_presiden_peru_alejandro_toledo_divonis_20_tahun_penjara.txt"
PARACEL_EN = "en_02_cna_vietnam_protests_to_china_over_attack_on_fishermen_near_paracels.txt"
PARACEL_ID = "id_02_tempo_vietnam_protes_china_usai_nelayan_dipukuli_di_paracel.txt"
KUALANAMU = "id_03_liputan6_bea_cukai_kualanamu_gagalkan_penyelundupan_sabu_dari_penang.txt"
NGURAH_RAI = "id_04_jawapos_bea_cukai_ngurah_rai_tangkap_wn_brasil_bawa_kokain.txt"
LABUHANBATU = "id_05_kompas_kpk_tahan_bupati_labuhanbatu_erik_ritonga_usai_ott.txt"
KERTASARI = "id_06_antara_bnpb_salurkan_bantuan_korban_gempa_kertasari_bandung.txt"
XI_MALAYSIA = "id_07_cnnindonesia_xi_jinping_dan_anwar_teken_31_kesepakatan_di_putrajaya.txt"
PENSIONERS = "en_03_ap_argentine_police_fire_tear_gas_at_pensioners_protest_outside_congress.txt"
CATATUMBO = "en_04_bbc_colombia_suspends_eln_talks_as_catatumbo_violence_kills_80.txt"
SPY = "en_05_straitstimes_philippines_arrests_suspected_chinese_spy_in_makati.txt"

SHARED_TOLEDO = [
    "court_sentences_toledo_2024_10_21",
    "toledo_lawyer_to_appeal_2024_10_21",
    "prosecutors_to_seek_toledo_assets_2024_10_21",
    "toledo_extradited_to_lima_2023_04_23",
]
SHARED_PARACEL = [
    "chinese_officers_beat_vietnamese_fishermen_2024_09_29",
    "vietnam_protests_to_china_2024_10_02",
    "vietnam_demands_investigation_and_compensation_2024_10_02",
    "china_rejects_vietnam_account_2024_10_03",
    "philippines_backs_vietnam_2024_10_03",
]
ALONE = [
    (KUALANAMU, "bc_kualanamu_seizes_sabu_from_penang_passenger_2025_03_13"),
    (NGURAH_RAI, "bc_ngurah_rai_seizes_cocaine_2025_07_09"),
    (KUALANAMU, "bc_kualanamu_detains_rs_2025_03_13"),
    (NGURAH_RAI, "bc_ngurah_rai_arrests_brazilian_courier_2025_07_09"),
    (KUALANAMU, "bnnp_arrests_receiver_hs_2025_03_14"),
    (NGURAH_RAI, "polda_bali_arrests_second_brazilian_in_canggu_2025_07_10"),
    (KUALANAMU, "rs_and_hs_charged_under_narcotics_law_2025_03"),
    (NGURAH_RAI, "brazilians_charged_under_narcotics_law_2025_07"),
    (LABUHANBATU, "kpk_sting_arrests_erik_in_labuhanbatu_2024_01_11"),
    (LABUHANBATU, "kpk_detains_four_suspects_2024_01_12"),
    (KERTASARI, "bnpb_hands_aid_in_kertasari_2024_09_19"),
    (XI_MALAYSIA, "xi_anwar_talks_2025_04_16"),
    (XI_MALAYSIA, "xi_anwar_witness_31_agreements_2025_04_16"),
    (PENSIONERS, "security_forces_fire_tear_gas_at_protesters_2025_03_12"),
    (PENSIONERS, "police_arrest_124_2025_03_12"),
    (CATATUMBO, "eln_attacks_farc_dissidents_in_catatumbo_2025_01_16"),
    (CATATUMBO, "petro_suspends_eln_peace_talks_2025_01_17"),
    (SPY, "nbi_arrests_deng_and_two_filipinos_2025_02_20"),
    (SPY, "chinese_embassy_rejects_accusations_2025_02_26"),
]

groups = [[[TOLEDO_EN, gid], [TOLEDO_ID, gid]] for gid in SHARED_TOLEDO]
groups += [[[PARACEL_EN, gid], [PARACEL_ID, gid]] for gid in SHARED_PARACEL]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
