"""clusters.json: two positive pairs (Israel's killing of Hassan Nasrallah in Beirut, 27 Sept 2024; Prabowo
as Macron's guest of honour at the Bastille Day parade, 14 July 2025) and one negative pair.

The negative pair is two rounds of US air strikes on Houthi-held Yemen: the opening strikes on Sanaa and Saada
of 15 March 2025 (Al Jazeera) and the strike on a migrant detention centre in Saada on 28 April 2025 (CNN
Indonesia): same attacker, same target group, same province named, six weeks apart. CNN Indonesia's
'sejak 15 Maret' is a campaign tally (optional), not the opening strike, so nothing merges across the pair.
The main event of every single page is listed alone too, so that strikes, signings or meetings merged across
pages count as errors."""

from common import write_clusters

NASRALLAH_EN = "en_01_reuters_israel_kills_hezbollah_leader_nasrallah.txt"
NASRALLAH_ID = "id_01_kompas_israel_tewaskan_pemimpin_hizbullah_nasrallah.txt"
BASTILLE_ID = "id_02_antara_prabowo_tamu_kehormatan_bastille_day.txt"
BASTILLE_EN = "en_02_afp_indonesian_troops_lead_bastille_day_parade.txt"
YEMEN_MAR = "en_03_aljazeera_us_strikes_on_yemen_houthis_kill_31.txt"
YEMEN_APR = "id_03_cnnindonesia_serangan_as_hantam_pusat_tahanan_migran_yaman.txt"

SHARED_NASRALLAH = [
    "israel_strike_kills_nasrallah_2024_09_27",
    "hezbollah_rockets_on_israel_2024_09_28",
    "israel_strikes_lebanon_2024_09_28",
    "pager_explosions_2024_09_17",
    "israel_strike_kills_aqil_2024_09_20",
]
SHARED_BASTILLE = [
    "prabowo_macron_parade_2025_07_14",
    "prabowo_macron_talks_2025_07_14",
    "macron_state_visit_jakarta_2025_05_28",
]
ALONE = [
    (YEMEN_MAR, "us_strikes_yemen_2025_03_15"),
    (YEMEN_APR, "us_strike_saada_migrant_centre_2025_04_28"),
    (YEMEN_MAR, "us_uk_strike_houthis_2024_01"),
    (YEMEN_APR, "us_strike_ras_isa_2025_04_17"),
    ("id_04_liputan6_pembajakan_kereta_jaffar_express_pakistan.txt", "bla_hijacks_jaffar_express_2025_03_11"),
    ("id_05_detik_kejagung_tetapkan_riza_chalid_tersangka.txt", "kejagung_names_riza_suspect_2025_07_10"),
    ("id_06_tempo_buruh_demo_tolak_tapera_di_istana.txt", "buruh_protest_tapera_2024_06_06"),
    ("id_07_kumparan_pasukan_ukraina_masuk_wilayah_kursk_rusia.txt", "ukraine_incursion_kursk_2024_08_06"),
    ("en_04_ap_us_and_ukraine_sign_minerals_deal.txt", "us_ukraine_sign_minerals_deal_2025_04_30"),
    ("en_05_cna_trump_lee_reach_trade_deal_in_gyeongju.txt", "lee_trump_trade_deal_2025_10_29"),
]

groups = [[[NASRALLAH_EN, gid], [NASRALLAH_ID, gid]] for gid in SHARED_NASRALLAH]
groups += [[[BASTILLE_ID, gid], [BASTILLE_EN, gid]] for gid in SHARED_BASTILLE]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
