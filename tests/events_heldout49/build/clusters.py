"""clusters.json: two positive pairs (Prabowo and Mohamed bin Zayed in Abu Dhabi, 9 Apr 2025; Hungary
quitting the ICC as Orban hosted Netanyahu, 2-3 Apr 2025) and one negative pair.

The negative pair is two expulsions of Russian diplomats over sabotage by European states: Germany on
21 May 2025 (BBC) and the Czech Republic on 14 Oct 2025 (Liputan6). Same kind of act (expel, summon the
envoy, Russia vows to reply), five months apart, different expelling states, and neither page recalls the
other, so each stays alone. The main events of every single page are listed alone too, so that arrests,
suspect namings, rulings or strikes merged across pages count as errors."""

from common import write_clusters

MBZ_ID = "id_01_antara_prabowo_dan_mbz_bahas_investasi_di_abu_dhabi.txt"
MBZ_EN = "en_01_cna_prabowo_meets_uae_president_in_abu_dhabi.txt"
ICC_EN = "en_02_reuters_hungary_quits_icc_as_netanyahu_visits.txt"
ICC_ID = "id_02_kompas_hongaria_keluar_dari_icc_saat_netanyahu_berkunjung.txt"
CZECH = "id_03_liputan6_ceko_usir_diplomat_rusia.txt"
GERMANY = "en_03_bbc_germany_expels_russian_diplomats_over_sabotage_plot.txt"
BENIN = "en_04_afp_benin_says_coup_attempt_foiled.txt"
PORTUGAL = "en_05_ap_portugal_government_falls_in_confidence_vote.txt"
LAMPUNG = "id_04_detik_kpk_tahan_bupati_lampung_tengah.txt"
NURHADI = "id_05_tempo_polda_ntb_tetapkan_tiga_tersangka_kematian_brigadir_nurhadi.txt"
NAJIB = "id_06_cnnindonesia_najib_razak_divonis_bersalah_kasus_1mdb.txt"
RED_FORT = "id_07_kumparan_nia_tangkap_pemilik_mobil_ledakan_benteng_merah.txt"

SHARED_MBZ = [
    "prabowo_mbz_talks_2025_04_09",
    "exchange_mous_2025_04_09",
    "prabowo_arrives_abu_dhabi_2025_04_09",
    "prabowo_to_antalya_2025_04_10",
    "prabowo_erdogan_planned_2025_04",
]
SHARED_ICC = [
    "hungary_announces_icc_withdrawal_2025_04_03",
    "orban_welcomes_netanyahu_2025_04_03",
    "netanyahu_arrives_budapest_2025_04_02",
    "icc_warrant_netanyahu_2024_11",
    "orban_invites_netanyahu_2024_11",
]
ALONE = [
    (CZECH, "czech_expels_russian_diplomat_2025_10_14"),
    (GERMANY, "germany_expels_russian_diplomats_2025_05_21"),
    (CZECH, "czech_summons_russian_charge_2025_10_14"),
    (GERMANY, "germany_summons_nechayev_2025_05_21"),
    (CZECH, "czech_cuts_russian_embassy_2021"),
    (GERMANY, "germany_closes_consulates_2023"),
    (GERMANY, "three_suspects_arrested_2025_05"),
    (MBZ_ID, "iuae_cepa_signed_2022_07"),
    (MBZ_EN, "trump_tariffs_2025_04"),
    (ICC_EN, "israel_strikes_gaza_school_2025_04_03"),
    (BENIN, "benin_foils_coup_2025_12_07"),
    (BENIN, "mutineers_arrested_2025_12_07"),
    (BENIN, "guinea_bissau_coup_2025_11_26"),
    (PORTUGAL, "parliament_topples_government_2025_03_11"),
    (LAMPUNG, "kpk_names_ardito_suspect_2025_12_11"),
    (LAMPUNG, "kpk_ott_ardito_2025_12_09"),
    (LAMPUNG, "kpk_detains_five_2025_12_11"),
    (LAMPUNG, "kpk_arrests_zainudin_2018_07"),
    (NURHADI, "polda_ntb_names_suspects_2025_07_04"),
    (NURHADI, "nurhadi_assaulted_2025_04_16"),
    (NAJIB, "court_convicts_najib_2025_12_26"),
    (NAJIB, "najib_jailed_2022_08"),
    (RED_FORT, "nia_arrests_amir_2025_11_16"),
    (RED_FORT, "red_fort_car_blast_2025_11_10"),
    (RED_FORT, "jk_police_raid_faridabad_2025_11_10"),
]

groups = [[[MBZ_ID, gid], [MBZ_EN, gid]] for gid in SHARED_MBZ]
groups += [[[ICC_EN, gid], [ICC_ID, gid]] for gid in SHARED_ICC]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
