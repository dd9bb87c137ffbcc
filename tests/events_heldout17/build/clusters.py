"""clusters.json: two positive pairs (Canada-India expulsions, 14 Oct 2024; To Lam's visit to
Jakarta, 9-11 March 2025) and one negative pair.

The negative pair is two Russian ballistic-missile strikes on Ukrainian cities, Kryvyi Rih on 4 April 2025
(Detik) and Sumy on 13 April 2025 (BBC): same actors, same kind of act, nine days apart, and neither
page recalls the other's strike, so each stays alone. The main event of every single page is listed alone
too, so that two sanctions, rulings or killings merged across pages count as errors."""

from common import write_clusters

CANADA_EN = "en_01_reuters_canada_expels_six_indian_diplomats.txt"
CANADA_ID = "id_01_kompas_kanada_usir_enam_diplomat_india.txt"
TO_LAM_EN = "en_02_jakartapost_indonesia_vietnam_upgrade_ties_to_lam_visit.txt"
TO_LAM_ID = "id_02_antara_prabowo_dan_to_lam_sepakat_tingkatkan_kemitraan.txt"
KRYVYI_RIH = "id_03_detik_rudal_rusia_hantam_kryvyi_rih_20_tewas.txt"
SUMY = "en_03_bbc_russian_missiles_kill_dozens_in_sumy.txt"

SHARED_CANADA = [
    "canada_expels_indian_diplomats_2024_10_14",
    "india_expels_canadian_diplomats_2024_10_14",
    "india_summons_wheeler_2024_10_14",
    "nijjar_killed_2023_06_18",
    "trudeau_tells_parliament_2023_09",
    "trudeau_starmer_call_2024_10_13",
]
SHARED_TO_LAM = [
    "upgrade_partnership_2025_03_10",
    "prabowo_to_lam_talks_2025_03_10",
    "exchange_mous_2025_03_10",
    "to_lam_arrives_jakarta_2025_03_09",
    "eez_agreement_2022_12",
    "to_lam_asean_speech_2025_03_11",
    "to_lam_to_visit_singapore_2025_03_11",
]
ALONE = [
    (KRYVYI_RIH, "russia_strikes_kryvyi_rih_2025_04_04"),
    (SUMY, "russia_strikes_sumy_2025_04_13"),
    (SUMY, "witkoff_putin_talks_2025_04_11"),
    ("en_04_aljazeera_imran_khan_sentenced_to_14_years.txt", "court_sentences_imran_2025_01_17"),
    ("en_05_afp_us_sanctions_colombian_president_petro.txt", "us_sanctions_petro_2025_10_24"),
    ("en_06_ap_tanzania_protests_as_hassan_declared_winner.txt", "election_day_protests_2025_10_29"),
    ("id_04_tempo_mk_putuskan_pemilu_nasional_dan_daerah_dipisah.txt", "mk_rules_split_elections_2025_06_26"),
    (
        "id_05_cnnindonesia_trump_umumkan_tarif_19_persen_usai_telepon_prabowo.txt",
        "us_indonesia_tariff_deal_2025_07_15",
    ),
    ("id_06_kumparan_tpnpb_diduga_bunuh_pendulang_emas_di_yahukimo.txt", "tpnpb_kills_miners_2025_04_05"),
]

groups = [[[CANADA_EN, gid], [CANADA_ID, gid]] for gid in SHARED_CANADA]
groups += [[[TO_LAM_EN, gid], [TO_LAM_ID, gid]] for gid in SHARED_TO_LAM]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
