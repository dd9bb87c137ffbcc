"""clusters.json: two positive pairs (Trump and Anwar in Kuala Lumpur, 26 Oct 2025; Israel's strikes on Sanaa
airport, 6 May 2025, with the Hodeidah strike and the Ben Gurion missile before it) and one negative pair.

The negative pair is the KPK's two detentions of former Kemnaker officials in the RPTKA case: four on
Thursday 17 July 2025 (Detik) and four others on Thursday 24 July 2025 (Tempo). Same actor, same act, same
case, one week apart: two events. Tempo recalls the first detention ('Pekan lalu'), so that recall merges
with Detik's main event, while Tempo's own detention and Detik's June naming of suspects stay alone. The
main event of every single page is listed alone too, so that two arrests, strikes or rulings merged across
pages count as errors."""

from common import write_clusters

TRUMP_EN = "en_01_reuters_trump_anwar_sign_trade_deal_in_kuala_lumpur.txt"
TRUMP_ID = "id_01_antara_anwar_dan_trump_teken_perjanjian_dagang.txt"
SANAA_EN = "en_02_aljazeera_israel_strikes_sanaa_airport.txt"
SANAA_ID = "id_02_kompas_israel_gempur_bandara_sanaa.txt"
DETIK = "id_03_detik_kpk_tahan_empat_tersangka_pemerasan_rptka.txt"
TEMPO = "id_04_tempo_kpk_tahan_empat_tersangka_lain_kasus_tka.txt"

SHARED_TRUMP = [
    "trump_anwar_sign_trade_2025_10_26",
    "trump_arrives_kl_2025_10_26",
    "trump_attends_asean_us_summit_2025_10_26",
    "kl_protest_against_trump_2025_10_26",
    "trump_to_visit_tokyo_2025_10_27",
]
SHARED_SANAA = [
    "israel_strikes_sanaa_airport_2025_05_06",
    "israel_strikes_hodeidah_2025_05_05",
    "houthi_missile_ben_gurion_2025_05_04",
    "trump_halts_houthi_strikes_2025_05_06",
]
ALONE = [
    (TEMPO, "kpk_detains_four_2025_07_24"),
    (DETIK, "kpk_names_eight_suspects_2025_06"),
    (DETIK, "suhartono_lawyer_denies_2025_07_17"),
    ("en_03_ap_serbian_police_tear_gas_novi_sad_students.txt", "police_tear_gas_novi_sad_2025_09_05"),
    (
        "en_04_afp_mongolia_pm_oyun_erdene_loses_confidence_vote.txt",
        "parliament_ousts_oyun_erdene_2025_06_03",
    ),
    ("en_05_bbc_malawi_chakwera_concedes_to_mutharika.txt", "chakwera_concedes_2025_09_24"),
    (
        "id_05_cnnindonesia_polisi_tetapkan_tersangka_pembakaran_dprd_makassar.txt",
        "polda_names_12_suspects_2025_09_03",
    ),
    ("id_06_liputan6_pengadilan_afsel_putuskan_jenazah_lungu.txt", "court_rules_lungu_body_2025_08_08"),
    (
        "id_07_kumparan_polisi_thailand_tangkap_tersangka_jaringan_penipuan.txt",
        "thai_police_arrest_21_2025_11_13",
    ),
]

groups = [[[TRUMP_EN, gid], [TRUMP_ID, gid]] for gid in SHARED_TRUMP]
groups += [[[SANAA_EN, gid], [SANAA_ID, gid]] for gid in SHARED_SANAA]
groups += [[[DETIK, "kpk_detains_four_2025_07_17"], [TEMPO, "kpk_detains_four_2025_07_17"]]]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
